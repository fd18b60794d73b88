// Markdown for the summaries and the comment: numbers as the summary shows them, and user
// text (names, messages, values) made inert: nothing in it renders as Markdown or HTML, reorders
// the line or mentions anyone.
import { codePoint, INVISIBLE } from './errors.js';

export const format = (n: number | undefined): string =>
  n === undefined ? 'n/a' : n.toLocaleString('en-US', { maximumFractionDigits: 2 });

export const unit = (n: number | undefined, suffix: string): string => (n === undefined ? 'n/a' : `${format(n)}${suffix}`);

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A full stop, unless the text ends with one (or another mark) already. */
export const fullStop = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/** User text on one line, with characters that would reorder or hide it (bidi overrides, controls) shown as code points. */
export const visible = (text: string): string =>
  text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\p{Cc}/gu, codePoint)
    .replace(INVISIBLE, codePoint);

/**
 * Inline code for user text (a name, a rule naming one): nothing in it renders as Markdown or HTML, nor
 * mentions anyone. The fence is longer than any run of backticks inside; `|` escaped in a table cell.
 */
export function code(text: string, cell = true): string {
  const flat = visible(text);
  if (flat === '') return '—';
  // In a cell GitHub reads `\|` as `\` and an escaped pipe, others as `\\` and the cell's end: escaped text reads alike in both.
  if (cell && flat.includes('\\|')) return escaped(flat);
  const fence = '`'.repeat(Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  // A space each side keeps a backtick at an end from joining the fence; CommonMark strips one from each side.
  const pad = /^`|`$|^ .* $/.test(flat) ? ' ' : '';
  return `${fence}${pad}${cell ? flat.replace(/\|/g, '\\|') : flat}${pad}${fence}`;
}

/** A name as a message quotes it (common/errors.ts' quote: a JSON string). */
const QUOTED = /("(?:[^"\\]|\\.)*")/;

/**
 * A message holding user text (a verdict's note): the names it quotes as inline code, the rest with
 * its Markdown and HTML characters escaped; `cell`: in a table cell.
 */
export function prose(text: string, cell = true): string {
  return text
    .split(QUOTED)
    .map((part, i) => (i % 2 === 1 ? code(part, cell) : escaped(visible(part))))
    .join('');
}

/** Text with every character escaped that Markdown or HTML would read as markup. */
export const escaped = (text: string): string => text.replace(/[\\`*_[\]<>|~&]/g, '\\$&');
