// dist/licenses.txt lists each npm package that the actions bundle, once, and the bench counts what
// it lists (docs/benchmarks.md once said 0 for 24 entries, one of them @actions/http-client twice).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledPackages, declaredCount, duplicates, packagesCell } from '../scripts/bench/licenses.js';
import { bundleSize } from '../scripts/bench/size.js';

const dist = (path: string) => new URL(`../dist/${path}`, import.meta.url);
const licenses = readFileSync(dist('licenses.txt'), 'utf8');

test('dist/licenses.txt lists no npm package in more than one version', () => {
  const twice = Object.fromEntries(duplicates(bundledPackages(licenses)));
  expect(twice).toEqual({});
});

test("the bench's count of bundled packages is the count dist/licenses.txt gives, of the entries it has", () => {
  const { packages } = bundleSize(fileURLToPath(dist('index.js')), fileURLToPath(dist('licenses.txt')));
  // Independent of the bench's parser: every "name x.y.z" line, wherever it is.
  const entryLines = licenses.split('\n').filter((line) => /^(@[\w.-]+\/)?[\w.-]+ \d+\.\d+\.\d+\S*$/.test(line));
  expect(packages.length).toBeGreaterThan(0);
  expect(packages.length).toBe(declaredCount(licenses));
  expect(packages.map((p) => `${p.name} ${p.version}`)).toEqual(entryLines);
  // The actions' own runtime dependencies are among them.
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
  expect(packages.map((p) => p.name)).toEqual(expect.arrayContaining(Object.keys(pkg.dependencies)));
});

test("the bench's report gives the count and names a package bundled in two versions", () => {
  const text = [
    'Third-party software bundled in dist/, 3 npm packages, with their licences.',
    '',
    '@scope/a 3.0.2\nMIT\nThe MIT License\n\nCopyright 1.2.3 someone\n',
    '@scope/a 4.0.1\nMIT\nThe MIT License\n',
    'b 1.0.0\nISC\nISC License\n',
  ].join('\n');
  const packages = bundledPackages(text);
  expect(packages).toHaveLength(declaredCount(text)!);
  expect(packagesCell(packages)).toBe('3: `@scope/a`, `b`; in more than one version: `@scope/a` (3.0.2, 4.0.1)');
});
