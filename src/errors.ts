// One error type per layer: InputError for what the user gave, ApiError (huawei/api-error.ts) for
// what the cloud answered.

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

/** Quotes a user-given value for a message: JSON-escaped so blanks and control characters show. */
export function quote(value: string, max = 80): string {
  const cut = [...value];
  return JSON.stringify(cut.length > max ? cut.slice(0, max).join('') + '…' : value);
}

/** How a message names where a value came from: an input, or an environment variable (upper case). */
export function describeSource(name: string): string {
  return /^[A-Z][A-Z0-9_]*$/.test(name) ? `Environment variable ${name}` : `Input "${name}"`;
}
