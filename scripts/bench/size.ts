// What the create path loads: the bundle's bytes, the packages ncc inlined into it, and the peak
// resident memory of one run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Emulator } from '../../emulator/index.js';
import { runStep } from './step.js';

export interface BundleSize {
  bytes: number;
  gzipBytes: number;
  /** npm packages inlined, from ncc's licenses.txt. */
  packages: string[];
  /** Distinct Node built-ins the bundle loads (ncc keeps them external). */
  builtins: number;
}

export function bundleSize(bundle: string, licenses: string): BundleSize {
  const code = readFileSync(bundle);
  const text = code.toString('utf8');
  return {
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    packages: packagesIn(readFileSync(licenses, 'utf8')),
    // ncc keeps built-ins external, each loaded by one createRequire call.
    builtins: new Set(text.match(/__WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("[^"]+"\)/g)).size,
  };
}

/**
 * ncc's licenses.txt has one entry per bundled package: its name, its licence id, the licence
 * text, then a blank line. The bundle itself keeps no module paths (no source map), so this is
 * where the package list is.
 */
function packagesIn(licenses: string): string[] {
  const lines = licenses.split('\n');
  const isName = (line: string) => /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/.test(line);
  const isLicence = (line: string | undefined) => /^\(?[A-Za-z0-9.+-]+( (OR|AND|WITH) [A-Za-z0-9.+-]+)*\)?$/.test(line ?? '');
  const names = lines.filter((line, i) => (i === 0 || lines[i - 1] === '') && isName(line) && isLicence(lines[i + 1]));
  return [...new Set(names)].sort();
}

/**
 * Peak RSS in KiB of one successful run of `command`, from GNU time's `-f %M`; undefined where
 * /usr/bin/time is missing or is not GNU time (BSD time has no -f).
 */
export async function peakRssKiB(emulator: Emulator, command: readonly string[]): Promise<number | undefined> {
  const time = '/usr/bin/time';
  if (spawnSync(time, ['-f', '%M', 'true'], { stdio: 'ignore' }).status !== 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'bench-rss-'));
  try {
    const file = join(dir, 'rss');
    // -o keeps the figure out of the child's own stderr.
    await runStep(emulator, [time, '-f', '%M', '-o', file, ...command]);
    return Number(readFileSync(file, 'utf8').trim().split('\n').pop());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
