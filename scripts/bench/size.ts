// What the create path loads: the bundle's bytes, the npm packages bundled in dist/ (from
// dist/licenses.txt), and the peak resident memory of one run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Emulator } from '../../emulator/index.js';
import { bundledPackages, type BundledPackage } from './licenses.js';
import { runStep } from './step.js';

export interface BundleSize {
  bytes: number;
  gzipBytes: number;
  /** npm packages inlined into the actions' bundles, one per version, from dist/licenses.txt. */
  packages: BundledPackage[];
  /** Distinct Node built-ins the bundle loads (ncc keeps them external). */
  builtins: number;
}

export function bundleSize(bundle: string, licenses: string): BundleSize {
  const code = readFileSync(bundle);
  const text = code.toString('utf8');
  return {
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    packages: bundledPackages(readFileSync(licenses, 'utf8')),
    // ncc keeps built-ins external, each loaded by one createRequire call.
    builtins: new Set(text.match(/__WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("[^"]+"\)/g)).size,
  };
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
