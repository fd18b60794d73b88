// `npm run docs`: regenerates the fault matrix in docs/reliability.md by running the tests that
// observe it with WRITE_DOCS=1 (a plain test run writes nothing tracked); .ci/run then fails if
// docs/ changed. A section left alone fails it too: a test file skips the write when its rows do
// not number its MATRIX_ROWS, which would otherwise leave a stale table unnoticed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The test files that own the matrix's sections (through __tests__/helpers/matrix.ts).
const OWNERS = ['__tests__/faults', '__tests__/run/lifecycle.test.ts'];
const DOC = 'docs/reliability.md';

function regenerate(record) {
  const jest = spawnSync(join('node_modules', '.bin', 'jest'), OWNERS, {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
      WRITE_DOCS: '1',
      MATRIX_RECORD: record,
    },
  });
  if (jest.status !== 0) return `the tests that write ${DOC} failed; it may be partly rewritten.`;
  const written = existsSync(record) ? readFileSync(record, 'utf8').split('\n') : [];
  const sections = [...readFileSync(DOC, 'utf8').matchAll(/<!-- matrix:([\w-]+) -->/g)].map((m) => m[1]);
  const missed = sections.filter((name) => !written.includes(name));
  if (missed.length > 0) {
    return (
      `${DOC} sections not rewritten: ${missed.join(', ')}. A test file skips the write when its rows do not number ` +
      'its MATRIX_ROWS; or the file that owns the section is missing from scripts/docs.mjs.'
    );
  }
  console.log(`${DOC}: sections ${sections.join(', ')} rewritten.`);
  return undefined;
}

const scratch = mkdtempSync(join(tmpdir(), 'docs-'));
const failure = regenerate(join(scratch, 'sections'));
rmSync(scratch, { recursive: true, force: true });
if (failure) {
  console.error(`npm run docs: ${failure}`);
  process.exitCode = 1;
}
