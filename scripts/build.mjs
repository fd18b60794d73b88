// Builds dist/ with ncc: the create action (dist/index.js), the run action (dist/run/index.js),
// the undici they load only on first use (dist/undici.cjs, see src/vendor/undici-lazy.ts), the
// emulator and the demo; then dist/licenses.txt for everything the actions bundle.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A clean dist/: chunk names change from build to build, and a stale chunk must not linger.
rmSync('dist', { recursive: true, force: true });

// webpack's stats of the builds whose packages dist/licenses.txt lists; kept out of dist/.
const statsDir = mkdtempSync(join(tmpdir(), 'ncc-stats-'));
const statsFiles = [];
const ncc = (entry, out, { stats = false } = {}) => {
  if (stats) statsFiles.push(join(statsDir, `${statsFiles.length}.json`));
  const statsOut = stats ? ['--stats-out', statsFiles.at(-1)] : [];
  execFileSync(join('node_modules', '.bin', 'ncc'), ['build', entry, '-o', out, '--no-source-map-register', '--quiet', ...statsOut], {
    stdio: 'inherit',
  });
};

ncc('src/create/index.ts', 'dist', { stats: true });
ncc('src/run/index.ts', 'dist/run', { stats: true });
ncc('src/doctor/index.ts', 'dist/doctor', { stats: true });

// undici is CommonJS; dist/package.json makes .js files ES modules, hence the .cjs name.
const scratch = mkdtempSync(join(tmpdir(), 'undici-'));
ncc('node_modules/undici/index.js', scratch, { stats: true });
copyFileSync(join(scratch, 'index.js'), join('dist', 'undici.cjs'));
rmSync(scratch, { recursive: true, force: true });

ncc('emulator/cli/emulator.ts', 'dist/emulator');
ncc('emulator/cli/demo.ts', 'dist/demo');

// The licences of the npm packages in the actions' bundles, one entry per package version: its
// "name version" line, its licence id, the licence text. The packages are read from webpack's stats
// of each build (ncc --stats-out), which name every module put into every chunk. ncc's own --license
// lists only the last chunk's packages once Octokit is split into a lazily loaded chunk, and the
// production dependency tree also holds packages that put no code in a bundle (type-only ones).
const packages = new Map();
for (const stats of statsFiles) {
  const visit = (modules) => {
    for (const m of modules ?? []) {
      const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^@\\/][^\\/]*)[\\/]/.exec(m.nameForCondition ?? '');
      if (match) {
        const pkg = JSON.parse(readFileSync(join(match[1], 'package.json'), 'utf8'));
        packages.set(`${pkg.name}@${pkg.version}`, { dir: match[1], pkg });
      }
      visit(m.modules);
    }
  };
  visit(JSON.parse(readFileSync(stats, 'utf8')).modules);
}
rmSync(statsDir, { recursive: true, force: true });
if (packages.size === 0) throw new Error("no npm package found in ncc's stats: has their format changed?");

const entry = ({ dir, pkg }) => {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  return `${pkg.name} ${pkg.version}\n${pkg.license ?? 'see the package'}\n${file ? readFileSync(join(dir, file), 'utf8').trim() : '(no licence file in the package)'}\n`;
};
// The title's count is checked against the entries by __tests__/bundle-packages.test.ts.
writeFileSync(
  join('dist', 'licenses.txt'),
  `Third-party software bundled in dist/, ${packages.size} npm packages, with their licences.\n\n` +
    [...packages.keys()]
      .sort()
      .map((k) => entry(packages.get(k)))
      .join('\n'),
);
