// Pure validators: each takes an input's name and text and returns a typed value or throws an
// InputError that names the input, quotes the value (never a secret) and says what is expected.
import { MAX_ID } from '../cpts/types.js';
import { refText, type Ref } from '../cpts/refs.js';
import { INVISIBLE, InputError, codePoint, describeSource, quote } from './errors.js';

export const MAX_NAME_LENGTH = 42;

export function parseId(input: string, text: string, what: string): number {
  if (!/^\d+$/.test(text) || Number(text) > MAX_ID) {
    throw new InputError(input, `${describeSource(input)} must be ${what}: an integer from 0 to ${MAX_ID}; got ${quote(text)}.`);
  }
  return Number(text);
}

/** An id (digits) or a name (with at least one letter); anything else, `-1` or `1.5` say, is an error. */
export function parseRef(input: string, text: string, what: string, inList = false): Ref {
  const value = text.trim();
  if (/^\d+$/.test(value) && Number(value) <= MAX_ID) return { id: Number(value) };
  if (!/\p{L}/u.test(value) || /\p{Cc}/u.test(value)) {
    throw new InputError(
      input,
      inList
        ? `${describeSource(input)} must list ${what} by id (an integer from 0 to ${MAX_ID}) or name, separated by commas, spaces or newlines; ${quote(value)} is neither.`
        : `${describeSource(input)} must be ${what} id (an integer from 0 to ${MAX_ID}) or name; got ${quote(value)}.`,
    );
  }
  return { name: value };
}

/**
 * Entries separated by commas or newlines; within an entry of digits and blanks only, blanks
 * separate ids too (`1 2, 3`), while other entries are names and keep their blanks. Duplicates are
 * dropped and reported.
 */
export function parseRefList(input: string, text: string, what: string): { refs: Ref[]; duplicates: string[] } {
  const entries = text
    .split(/[,\n]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .flatMap((entry) => (/^[\d\s]+$/.test(entry) ? entry.split(/\s+/) : [entry]));
  if (entries.length === 0) {
    throw new InputError(
      input,
      `${describeSource(input)} must list ${what} (ids or names) separated by commas, spaces or newlines; got ${quote(text)}.`,
    );
  }
  const refs: Ref[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const ref = parseRef(input, entry, what, true);
    const key = refText(ref);
    if (seen.has(key)) duplicates.push(key);
    else refs.push(ref);
    seen.add(key);
  }
  return { refs, duplicates };
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts; empty gives `fallback`. */
export function parseBoolean<T extends boolean | undefined>(input: string, text: string, fallback: T): boolean | T {
  if (text === '') return fallback;
  if (TRUE.includes(text)) return true;
  if (FALSE.includes(text)) return false;
  throw new InputError(input, `${describeSource(input)} must be true or false; got ${quote(text)}.`);
}

export function parseRegion(input: string, text: string): string {
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(text)) {
    throw new InputError(
      input,
      `${describeSource(input)} must be a Huawei Cloud region id such as cn-north-4 or ap-southeast-1; got ${quote(text)}.`,
    );
  }
  return text;
}

export const PROJECT_ID_HELP =
  "It is the 32-character id of the region's IAM project: Huawei Cloud console > My Credentials > " +
  'API Credentials > Projects, the row of your region. It is not the PerfTest project id, which goes in "project".';

export function parseProjectId(input: string, text: string): string {
  if (!/^[0-9a-f]{32}$/.test(text)) {
    throw new InputError(input, `${describeSource(input)} must be 32 lower-case hex characters; got ${quote(text)}. ${PROJECT_ID_HELP}`);
  }
  return text;
}

/**
 * An explicit task name: 1 to 42 UTF-16 code units (as JavaScript and Java count; the service's own
 * counting is not documented), no control or invisible formatting characters.
 */
export function parseName(input: string, text: string): string {
  const trimmed = text.trim();
  const length = trimmed.length;
  if (length === 0) {
    throw new InputError(
      input,
      `${describeSource(input)} is blank; give a task name of 1 to ${MAX_NAME_LENGTH} characters, or leave it out to use a generated one.`,
    );
  }
  if (length > MAX_NAME_LENGTH) {
    throw new InputError(
      input,
      `${describeSource(input)} must be at most ${MAX_NAME_LENGTH} characters (the service's limit), counted in UTF-16 code units ` +
        `as JavaScript and Java count them: an emoji or other character beyond U+FFFF counts as 2; got ${length}: ${quote(trimmed, 60)}.`,
    );
  }
  if (/\p{Cc}/u.test(trimmed)) {
    throw new InputError(
      input,
      `${describeSource(input)} must not contain control characters such as newlines or tabs; got ${quote(trimmed)}.`,
    );
  }
  const invisible = [...new Set(trimmed.match(INVISIBLE))];
  if (invisible.length > 0) {
    // Named by code point: the raw character would reorder or hide text in the log line itself.
    throw new InputError(
      input,
      `${describeSource(input)} must not contain invisible formatting characters (bidi overrides, zero-width characters, line ` +
        `separators); got ${invisible.map(codePoint).join(', ')} in ${quote(trimmed)}.`,
    );
  }
  return trimmed;
}

const ENDPOINT_EXPECTED =
  'must be an https:// URL such as https://cpts.cn-north-4.myhuaweicloud.com (http:// only for localhost, 127.0.0.1 or [::1])';

/** Why a text is not a URL, without showing it: it may hold a secret. */
function notAUrl(text: string): string {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(text)) return 'it has no scheme such as https://';
  if (/\s/.test(text)) return 'it contains a blank';
  return 'it does not parse as a URL (check the host and port)';
}

/** A URL (without userinfo) for a message: the query and fragment may hold secrets, so they are cut. */
function shownUrl(text: string): string {
  const bare = text.split(/[?#]/)[0];
  return bare === text ? quote(text) : `${quote(bare)} (query or fragment not shown)`;
}

/**
 * An endpoint origin: https://host[:port], or http:// for loopback hosts (local emulators, tests).
 * Messages never show userinfo, a query, or a value that is not a URL: any of them may hold a secret.
 */
export function parseEndpoint(input: string, text: string): { origin: string; host: string } {
  const source = describeSource(input);
  // Any "@" is refused before parsing: an origin never holds one, and whatever precedes it may be a password.
  if (text.includes('@')) {
    throw new InputError(
      input,
      `${source} must not carry credentials (it holds "@", which sets off a user name and password): credentials in the URL are not allowed; ` +
        'give keys through access_key_id/secret_access_key, and the endpoint as scheme, host and port only (value not shown).',
    );
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(input, `${source} ${ENDPOINT_EXPECTED}; got a value that is not a URL: ${notAUrl(text)} (value not shown).`);
  }
  const loopback = url.hostname === 'localhost' || url.hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new InputError(input, `${source} ${ENDPOINT_EXPECTED}; got ${shownUrl(text)}.`);
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new InputError(
      input,
      `${source} must be the endpoint's scheme, host and optional port only, without a path or query; got ${shownUrl(text)}.`,
    );
  }
  return { origin: url.origin, host: url.host };
}

/** An integer within bounds; empty gives `fallback`. */
export function parseBoundedInt(input: string, text: string, min: number, max: number, fallback: number, what: string): number {
  if (text === '') return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new InputError(input, `${describeSource(input)} must be ${what}: an integer from ${min} to ${max}; got ${quote(text)}.`);
  }
  return Number(text);
}

/** One of a fixed set of words; empty gives `fallback`. */
export function parseChoice<T extends string>(input: string, text: string, choices: readonly T[], fallback: T): T {
  if (text === '') return fallback;
  if (!(choices as readonly string[]).includes(text)) {
    throw new InputError(input, `${describeSource(input)} must be one of ${choices.join(', ')}; got ${quote(text)}.`);
  }
  return text as T;
}
