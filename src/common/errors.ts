// One error type per layer: InputError for what the user gave, ApiError (huawei/api-error.ts) for
// what the cloud answered.

export { errorMessage } from '../huawei/api-error.js';

/** A bad or missing input; the message names the input and says what is expected. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Invisible characters that change how text renders: format characters (bidi overrides, zero-width) and line separators. */
export const INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}]/gu;

/** `U+202E` for a character (a code point). */
export const codePoint = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Quotes a user-given value for a message: JSON-escaped so blanks, control and invisible characters show. */
export function quote(value: string, max = 80): string {
  const cut = [...value];
  const json = JSON.stringify(cut.length > max ? cut.slice(0, max).join('') + '…' : value);
  // JSON.stringify leaves these as they are; escaped, a log line shows them instead of obeying them.
  return json.replace(INVISIBLE, (char) =>
    Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );
}

/** How a message names where a value came from: an input, or an environment variable (upper case). */
export function describeSource(name: string): string {
  return /^[A-Z][A-Z0-9_]*$/.test(name) ? `Environment variable ${name}` : `Input "${name}"`;
}
