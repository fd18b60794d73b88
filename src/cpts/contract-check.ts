// Does an answer fit the API contract? A 2xx answer's JSON against its operation's response model,
// from compact shapes generated from contract/: every operation's (contract-shapes.ts, through
// contract-fit.ts), or the create action's alone (contract-shapes-create.ts), so that the create
// action bundles only what it checks. The contract's `required` is the SDK's claim, so a deviation
// is a sign that the service's answers changed, not an error: callers report deviations, they never
// fail on one. A deviation names a path and the types involved, never a value, since answers hold
// ids, names and secrets.

/** Generated shapes: each operation's response model, and each model's fields (type, `!` when required). */
export interface ContractShapes {
  RESPONSE_OF: Record<string, string>;
  MODELS: Record<string, Record<string, string>>;
}

export interface Deviation {
  operation: string;
  /** Where: `taskInfo.related_temp_running_data[].task_run_info_id`; '' for the answer itself. */
  path: string;
  /** 'not in the contract', 'required, missing', 'expected int, got string', … */
  problem: string;
}

/** At most this many deviations per answer: past them, the answer is plainly of another shape. */
export const MAX_DEVIATIONS = 50;
/** How deep an answer is followed, in objects and lists. */
export const MAX_DEPTH = 16;

const FIELD_NAME = /^[A-Za-z_$][\w.$-]{0,63}$/;

interface Check {
  deviate: (path: string, problem: string) => void;
  /** Whether MAX_DEVIATIONS are found: the walk stops. */
  full: () => boolean;
}

/** A contract type, read once: a JSON scalar, anything, a list or dict of a type, a model, or one unknown here. */
type Type =
  | { kind: 'scalar'; name: string; fits: (value: unknown) => boolean }
  | { kind: 'any' }
  | { kind: 'list' | 'dict'; name: string; of: string }
  | { kind: 'model'; name: string; fields: Map<string, string>; required: string[] };

const SCALARS: Record<string, (value: unknown) => boolean> = {
  str: (value) => typeof value === 'string',
  datetime: (value) => typeof value === 'string',
  date: (value) => typeof value === 'string',
  int: (value) => Number.isInteger(value),
  float: (value) => typeof value === 'number',
  bool: (value) => typeof value === 'boolean',
};

const join = (path: string, name: string) => (path ? `${path}.${name}` : name);

export class ContractChecker {
  private readonly types = new Map<string, Type>();
  private dottedFields: Set<string> | undefined;

  constructor(private readonly shapes: ContractShapes) {}

  /**
   * Whether a key looks like a field name rather than data: an identifier-like name of at most 64
   * characters, without a run of 5 digits (an id), not a long hexadecimal or upper-case code (a
   * project id, an access key), and with a '-' or a '.' only when the contract has such a field (a
   * host name, a case's slug). A key of data that looks like a field name (`nightly_checkout`)
   * cannot be told from one.
   */
  isFieldName(key: string): boolean {
    if (!FIELD_NAME.test(key) || /\d{5}/.test(key)) return false;
    if (key.length >= 16 && /\d/.test(key) && (/^[0-9a-f]+$/i.test(key) || /^[0-9A-Z_]+$/.test(key))) return false;
    // The contract's field names with a '-' or a '.' (OS-FEDERATION): any other such key is taken for data.
    this.dottedFields ??= new Set(
      Object.values(this.shapes.MODELS)
        .flatMap((fields) => Object.keys(fields))
        .filter((name) => /[-.]/.test(name)),
    );
    return /[-.]/.test(key) ? this.dottedFields.has(key) : true;
  }

  /** A key as a shape or a path may show it: itself when it looks like a field name, else '<key>'. */
  placeholderKey(key: string): string {
    return this.isFieldName(key) ? key : '<key>';
  }

  /**
   * The deviations of an answer (`json`, parsed) from the response model of `operation`, each path
   * once, in the order met: the elements of a list share one path (`field[]`), and so do the values
   * of a dict (`field.<key>`). An answer may null any field. [] for an operation the shapes lack,
   * and for no JSON at all (undefined: an empty body).
   */
  checkAnswer(operation: string, json: unknown): Deviation[] {
    const { RESPONSE_OF } = this.shapes;
    const model = Object.hasOwn(RESPONSE_OF, operation) ? this.typeOf(RESPONSE_OF[operation]) : undefined;
    if (model?.kind !== 'model' || json === undefined) return [];
    const found = new Map<string, string>();
    const check: Check = {
      deviate: (path, problem) => {
        if (!found.has(path) && found.size < MAX_DEVIATIONS) found.set(path, problem);
      },
      full: () => found.size >= MAX_DEVIATIONS,
    };
    if (isRecord(json)) this.checkFields(model, json, '', 0, check);
    else check.deviate('', 'expected an object');
    return [...found].map(([path, problem]) => ({ operation, path, problem }));
  }

  private typeOf(name: string): Type {
    let type = this.types.get(name);
    if (type) return type;
    const { MODELS } = this.shapes;
    const list = /^list\[(.+)\]$/.exec(name);
    const dict = /^dict\(str, ?(.+)\)$/.exec(name);
    if (Object.hasOwn(SCALARS, name)) type = { kind: 'scalar', name, fits: SCALARS[name] };
    else if (list) type = { kind: 'list', name, of: list[1] };
    else if (dict) type = { kind: 'dict', name, of: dict[1] };
    else if (Object.hasOwn(MODELS, name)) {
      const entries = Object.entries(MODELS[name]);
      const fields = new Map(entries.map(([field, t]) => [field, t.replace(/^!/, '')]));
      type = { kind: 'model', name, fields, required: entries.filter(([, t]) => t.startsWith('!')).map(([field]) => field) };
    } else {
      // `object`, and a type this checker does not know: it says nothing about the answer.
      type = { kind: 'any' };
    }
    this.types.set(name, type);
    return type;
  }

  /** An object of a model, at `depth`: fields the model lacks, required ones missing, each field's type. */
  private checkFields(model: Type & { kind: 'model' }, value: Record<string, unknown>, path: string, depth: number, check: Check) {
    for (const [name, item] of Object.entries(value)) {
      if (check.full()) return;
      const type = model.fields.get(name);
      if (type === undefined) check.deviate(join(path, this.placeholderKey(name)), 'not in the contract');
      else if (item !== undefined) this.checkType(this.typeOf(type), item, join(path, name), depth + 1, check);
    }
    for (const name of model.required) {
      if (!Object.hasOwn(value, name) || value[name] === undefined) check.deviate(join(path, name), 'required, missing');
    }
  }

  /** A value of a contract type, at `depth` (the answer itself is at 0). */
  private checkType(type: Type, value: unknown, path: string, depth: number, check: Check): void {
    if (value === null || type.kind === 'any') return;
    if (type.kind === 'scalar') {
      if (type.fits(value)) return;
      const got = type.name === 'int' && typeof value === 'number' ? 'a fractional number' : jsonType(value);
      return check.deviate(path, `expected ${type.name}, got ${got}`);
    }
    if (type.kind === 'list' ? !Array.isArray(value) : !isRecord(value))
      return check.deviate(path, `expected ${type.name}, got ${jsonType(value)}`);
    if (depth >= MAX_DEPTH) return check.deviate(path, `deeper than ${MAX_DEPTH} levels, not checked`);
    if (type.kind === 'model') return this.checkFields(type, value as Record<string, unknown>, path, depth, check);
    // A list's elements share one path, and so do a dict's values (its keys are data).
    const items = type.kind === 'list' ? (value as unknown[]) : Object.values(value as object);
    const where = type.kind === 'list' ? `${path}[]` : join(path, '<key>');
    const of = this.typeOf(type.of);
    for (const item of items) {
      if (check.full()) return;
      this.checkType(of, item, where, depth + 1, check);
    }
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The JSON type of a value: string, number, boolean, array, object or null. */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
