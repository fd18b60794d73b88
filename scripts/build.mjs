// Builds dist/ with ncc: the create action (dist/index.js), the run action (dist/run/index.js),
// the undici they load only on first use (dist/undici.cjs, see src/vendor/undici-lazy.ts), the
// emulator and the demo; then dist/licenses.txt for everything the actions bundle.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ncc = (entry, out) =>
  execFileSync(join('node_modules', '.bin', 'ncc'), ['build', entry, '-o', out, '--no-source-map-register', '--quiet'], {
    stdio: 'inherit',
  });

ncc('src/index.ts', 'dist');
ncc('src/run/index.ts', 'dist/run');

// undici is CommonJS; dist/package.json makes .js files ES modules, hence the .cjs name.
const scratch = mkdtempSync(join(tmpdir(), 'undici-'));
ncc('node_modules/undici/index.js', scratch);
copyFileSync(join(scratch, 'index.js'), join('dist', 'undici.cjs'));
rmSync(scratch, { recursive: true, force: true });

ncc('emulator/cli.ts', 'dist/emulator');
ncc('emulator/demo.ts', 'dist/demo');

// ncc's own --license lists only the last chunk's packages once Octokit is split into a lazily
// loaded chunk, so the list is made from the production dependency tree instead.
const seen = new Map();
const visit = (dir) => {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const key = `${pkg.name}@${pkg.version}`;
  if (!seen.has(key)) {
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    seen.set(
      key,
      `${pkg.name} ${pkg.version}\n${pkg.license ?? 'see the package'}\n${file ? readFileSync(join(dir, file), 'utf8').trim() : '(no licence file in the package)'}\n`,
    );
  }
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    // Node's resolution: the nearest node_modules up from the dependant.
    let base = dir;
    for (;;) {
      const candidate = join(base, 'node_modules', dep);
      if (existsSync(join(candidate, 'package.json'))) {
        visit(candidate);
        break;
      }
      const parent = join(base, '..');
      if (parent === base) break;
      base = parent;
    }
  }
};
visit('.');
seen.delete([...seen.keys()][0]); // the project itself
writeFileSync(
  join('dist', 'licenses.txt'),
  'Third-party software bundled in dist/, with its licences.\n\n' +
    [...seen.keys()]
      .sort()
      .map((k) => seen.get(k))
      .join('\n'),
);
