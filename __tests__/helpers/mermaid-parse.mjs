// Parses Mermaid diagrams with the real Mermaid parser, in a plain Node process with a jsdom window
// (DOMPurify, which Mermaid loads, needs one). Reads a JSON array of diagrams on stdin; prints a
// JSON array with, per diagram, null when it parses or the parser's message when it does not.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const { window } = new JSDOM('');
Object.assign(globalThis, { window, document: window.document });
const { default: mermaid } = await import('mermaid');
const diagrams = JSON.parse(readFileSync(0, 'utf8'));
const results = [];
for (const diagram of diagrams) {
  try {
    await mermaid.parse(diagram);
    results.push(null);
  } catch (error) {
    results.push(String(error?.message ?? error));
  }
}
process.stdout.write(JSON.stringify(results));
