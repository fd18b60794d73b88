// The fault matrix in docs/reliability.md is written by more than one test file, each owning the
// sections between its markers; Jest runs files in parallel processes, hence the lock file. Tests
// write it only under WRITE_DOCS=1 (`npm run docs`), so that a test run leaves tracked files alone.
import { appendFileSync, closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const DOC = new URL('../../docs/reliability.md', import.meta.url);
const LOCK = new URL('../../docs/.reliability.md.lock', import.meta.url);
const WRITE = process.env.WRITE_DOCS === '1';
/** scripts/docs.mjs's list of the sections written, so that one skipped (a partial run) fails it. */
const RECORD = process.env.MATRIX_RECORD;

export interface Row {
  fault: string;
  expected: string;
  observed: string;
}

/** A section's table (its prose above it), in Markdown. */
export function table(intro: string, rows: Row[]): string {
  // Quoted answers may hold HTML (an error page): escaped, so a table cell shows it as text.
  const cell = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return `${intro}\n\n| fault | expected | observed |\n|---|---|---|\n${rows.map((r) => `| ${cell(r.fault)} | ${cell(r.expected)} | ${cell(r.observed)} |`).join('\n')}\n`;
}

/**
 * Replaces the text between `<!-- matrix:name -->` and `<!-- /matrix:name -->`, or appends the
 * section; only under WRITE_DOCS=1.
 */
export function writeSection(name: string, markdown: string): void {
  if (!WRITE) return;
  const fd = acquire();
  try {
    const open = `<!-- matrix:${name} -->`;
    const close = `<!-- /matrix:${name} -->`;
    const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '';
    const block = `${open}\n${markdown.trim()}\n${close}`;
    const start = doc.indexOf(open);
    const end = doc.indexOf(close);
    const next = start >= 0 && end > start ? doc.slice(0, start) + block + doc.slice(end + close.length) : `${doc.trimEnd()}\n\n${block}\n`;
    writeFileSync(DOC, next);
    if (RECORD) appendFileSync(RECORD, `${name}\n`);
  } finally {
    closeSync(fd);
    rmSync(LOCK, { force: true });
  }
}

function acquire(): number {
  for (let tries = 0; ; tries++) {
    try {
      return openSync(LOCK, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || tries > 200) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}
