// Builds dist/ with ncc: the create action (dist/index.js), the run action (dist/run/index.js),
// the undici they load only on first use (dist/undici.cjs, see src/vendor/undici-lazy.ts), the
// emulator and the demo.
import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ncc = (entry, out, ...flags) =>
  execFileSync(join('node_modules', '.bin', 'ncc'), ['build', entry, '-o', out, '--no-source-map-register', '--quiet', ...flags], {
    stdio: 'inherit',
  });

ncc('src/index.ts', 'dist', '--license', 'licenses.txt');
ncc('src/run/index.ts', 'dist/run');

// undici is CommonJS; dist/package.json makes .js files ES modules, hence the .cjs name.
const scratch = mkdtempSync(join(tmpdir(), 'undici-'));
ncc('node_modules/undici/index.js', scratch, '--license', 'licenses.txt');
copyFileSync(join(scratch, 'index.js'), join('dist', 'undici.cjs'));
appendFileSync(join('dist', 'licenses.txt'), '\n' + readFileSync(join(scratch, 'licenses.txt'), 'utf8'));
rmSync(scratch, { recursive: true, force: true });

ncc('emulator/cli.ts', 'dist/emulator');
ncc('emulator/demo.ts', 'dist/demo');
