// `npm run bench:check` (.ci/run): fails when docs/benchmarks.md was measured on other bundles than
// those in dist/. The repository root may be given (the tests give a scratch one).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleBundles } from './bench/stamp.mjs';

const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
const problems = staleBundles(readFileSync(join(root, 'docs', 'benchmarks.md'), 'utf8'), root);
for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exitCode = 1;
else console.log('docs/benchmarks.md was measured on the bundles in dist/.');
