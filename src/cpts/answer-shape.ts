// The shape of an answer, for a support file that users attach to public issues: its field names,
// JSON types and list lengths, and nothing that identifies an account, a project, a task or a person.
// Text becomes '<string>' and numbers '<int>' or '<float>', but for a few enumeration-like fields,
// named below, whose small values say which state the service answered; a date keeps its pattern
// ('9999-99-99T99:99:99Z'); a key that does not look like a field name becomes '<key>' (an object
// keyed by names or ids would otherwise hand them out). What is kept is decided by the key's own name,
// at any depth.
import { isFieldName } from './contract-fit.js';

/** How deep an answer's shape goes, in objects and lists. */
const MAX_DEPTH = 16;

/** Text fields whose values are codes, kept when they look like one (an error code, a cluster type). */
const ENUMERATION_TEXT = new Set(['code', 'cluster_type', 'network_type', 'datumType', 'statusCode', 'status']);
const CODE = /^[A-Za-z0-9_.-]{1,40}$/;
/** Number fields whose values are states or kinds, kept when they are integers from -1 to 99. */
const ENUMERATION_NUMBERS = new Set([
  'run_status',
  'task_status',
  'variable_type',
  'status',
  'type',
  'result',
  'datumType',
  'operate_mode',
  'share_mode',
  'variable_mode',
]);

/** A date and time at the start of a text: its pattern is kept, digits as 9. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?: ?(?:Z|[+-]\d{2}:?\d{2}))?/;

/**
 * What a text may show of itself: a date's pattern, digits as 9, with its separators, T and Z
 * ('9999-99-99 99:99:99.999Z'), and '…' when more text follows it; '<string>' for any other text.
 */
export function placeholderText(text: string): string {
  const date = DATE_TIME.exec(text);
  if (!date) return '<string>';
  const pattern = date[0].replace(/\d/g, '9');
  return date[0].length < text.length ? `${pattern}…` : pattern;
}

/**
 * The shape of an answer's JSON (or of the value at `path`, whose last field name then decides, as
 * for `taskInfo.run_status`): objects keep their keys (see isFieldName), lists become
 * `{ array: length, items: shape of the first, mixed: true when another element's shape differs }`,
 * booleans and null stay, and text and numbers become placeholders, but for codes and states in
 * the enumeration-like fields and `success_rate`'s kind and scale.
 */
export function shapeOf(json: unknown, path?: string): unknown {
  const field = path
    ?.replace(/(\[\])+$/, '')
    .split('.')
    .pop();
  return shape(json, field, 0);
}

function shape(value: unknown, field: string | undefined, depth: number): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'string')
    return field !== undefined && ENUMERATION_TEXT.has(field) && CODE.test(value) ? value : placeholderText(value);
  if (typeof value === 'number') {
    if (field === 'success_rate') {
      const scale = value >= 0 && value <= 1 ? '0-1' : value > 1 && value <= 100 ? '0-100' : 'other';
      return { number: Number.isInteger(value) ? 'int' : 'float', scale };
    }
    const state = field !== undefined && ENUMERATION_NUMBERS.has(field) && Number.isInteger(value) && value >= -1 && value <= 99;
    return state ? value : Number.isInteger(value) ? '<int>' : '<float>';
  }
  if (typeof value !== 'object') return value === undefined ? undefined : `<${typeof value}>`;
  if (depth >= MAX_DEPTH) return '<deeper>';
  if (Array.isArray(value)) {
    if (value.length === 0) return { array: 0 };
    // The elements are under the list's own field name: a list of states keeps them.
    const shapes = value.map((item) => shape(item, field, depth + 1));
    const first = JSON.stringify(shapes[0]);
    const mixed = shapes.some((item) => JSON.stringify(item) !== first);
    return { array: value.length, items: shapes[0], ...(mixed ? { mixed: true } : {}) };
  }
  const entries = Object.entries(value);
  const hidden = entries.filter(([key]) => !isFieldName(key)).length;
  let n = 0;
  // fromEntries, not assignment: a '__proto__' key stays a key.
  return Object.fromEntries(
    entries.map(([key, item]) => [isFieldName(key) ? key : hidden === 1 ? '<key>' : `<key ${++n}>`, shape(item, key, depth + 1)]),
  );
}
