// The API contract (contract/*.json, from Huawei's official SDK) as a checker: does a request or an
// answer fit its operation's models? Written by hand: the contract's type language (str, int, float,
// bool, object, datetime, list[T], dict(str, T), model names) is small, and a JSON-Schema library
// would first need the contract translated into schemas.
import cptsContract from '../../contract/cpts.json' with { type: 'json' };
import iamContract from '../../contract/iam.json' with { type: 'json' };

export interface Field {
  type: string;
  required: boolean;
  doc?: string;
}

export interface Operation {
  method: string;
  path: string;
  path_params: string[];
  query_params: string[];
  header_params: string[];
  response_headers: string[];
  request: string;
  response: string;
}

export interface Contract {
  source: { repository: string; commit: string; client: string };
  operations: Record<string, Operation>;
  models: Record<string, { fields: Record<string, Field> }>;
}

export type Service = 'cpts' | 'iam';

export const CONTRACTS: Record<Service, Contract> = { cpts: cptsContract as Contract, iam: iamContract as Contract };

/** The service and definition of a contract operation, or undefined for one the contract lacks. */
export function operationOf(name: string): { service: Service; contract: Contract; operation: Operation } | undefined {
  for (const service of ['cpts', 'iam'] as const) {
    const operation = CONTRACTS[service].operations[name];
    if (operation) return { service, contract: CONTRACTS[service], operation };
  }
  return undefined;
}

export interface Violation {
  /** Where, as a JSON path: `taskInfo.related_temp_running_data[0].task_run_info_id`. */
  path: string;
  problem: string;
}

/** Requests must give every required field and nothing else; answers may omit or null any field. */
type Mode = 'request' | 'answer';

const join = (path: string, name: string) => (path ? `${path}.${name}` : name);

export function checkValue(contract: Contract, type: string, value: unknown, path: string, mode: Mode): Violation[] {
  const bad = (expected: string): Violation[] => [{ path, problem: `expected ${expected}, got ${describe(value)}` }];
  if (value === null) return mode === 'answer' ? [] : bad(type);
  const list = /^list\[(.+)\]$/.exec(type);
  if (list) {
    if (!Array.isArray(value)) return bad(`a list (${type})`);
    return value.flatMap((item, i) => checkValue(contract, list[1], item, `${path}[${i}]`, mode));
  }
  const dict = /^dict\(str, (.+)\)$/.exec(type);
  if (dict) {
    if (!isRecord(value)) return bad(`an object (${type})`);
    return Object.entries(value).flatMap(([k, v]) => checkValue(contract, dict[1], v, join(path, k), mode));
  }
  switch (type) {
    case 'str':
      return typeof value === 'string' ? [] : bad('a string');
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? [] : bad('a date-time string');
    case 'int':
      return Number.isInteger(value) ? [] : bad('an integer');
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? [] : bad('a number');
    case 'bool':
      return typeof value === 'boolean' ? [] : bad('a boolean');
    case 'object':
      return [];
  }
  const model = contract.models[type];
  if (!model) return [{ path, problem: `the contract has no model ${type}` }];
  if (!isRecord(value)) return bad(`an object (${type})`);
  return checkFields(contract, model.fields, value, path, mode);
}

function checkFields(contract: Contract, fields: Record<string, Field>, value: Record<string, unknown>, path: string, mode: Mode) {
  const violations: Violation[] = [];
  for (const name of Object.keys(value)) {
    if (!(name in fields)) violations.push({ path: join(path, name), problem: 'is not a field of the model' });
  }
  for (const [name, field] of Object.entries(fields)) {
    const present = value[name] !== undefined;
    if (!present) {
      if (mode === 'request' && field.required) violations.push({ path: join(path, name), problem: 'is required' });
      continue;
    }
    violations.push(...checkValue(contract, field.type, value[name], join(path, name), mode));
  }
  return violations;
}

export interface RequestParts {
  /** Path parameters by the contract's names (`{project_id}` aside). */
  params: Record<string, string>;
  query: [string, string][];
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  /** The parsed JSON body, undefined when there was none. */
  body: unknown;
}

/** Path, query, header and body fields of a request against the operation's request model. */
export function checkRequest(name: string, parts: RequestParts): Violation[] {
  const found = operationOf(name);
  if (!found) return [];
  const { contract, operation } = found;
  const fields = contract.models[operation.request]?.fields ?? {};
  const violations: Violation[] = [];
  const queryNames = new Set(parts.query.map(([n]) => n));
  for (const n of queryNames) {
    if (!operation.query_params.includes(n)) violations.push({ path: `query ${n}`, problem: 'is not a parameter of the operation' });
  }
  for (const [n, field] of Object.entries(fields)) {
    if (n === 'body') continue;
    const where = operation.path_params.includes(n) ? 'path' : operation.header_params.includes(n) ? 'header' : 'query';
    const values =
      where === 'path'
        ? [parts.params[n]]
        : where === 'header'
          ? [parts.headers[n.toLowerCase()]]
          : parts.query.filter(([q]) => q === n).map(([, v]) => v);
    const given = values.filter((v): v is string => v !== undefined);
    if (given.length === 0) {
      if (field.required) violations.push({ path: `${where} ${n}`, problem: 'is required' });
      continue;
    }
    if (given.length > 1) violations.push({ path: `${where} ${n}`, problem: 'is given more than once' });
    else if (!textFits(field.type, given[0]))
      violations.push({ path: `${where} ${n}`, problem: `expected ${field.type}, got "${given[0]}"` });
  }
  const bodyField = fields.body;
  if (bodyField) {
    if (parts.body === undefined) {
      if (bodyField.required || hasRequired(contract, bodyField.type)) violations.push({ path: 'body', problem: 'is required' });
    } else violations.push(...checkValue(contract, bodyField.type, parts.body, '', 'request').map(inBody));
  } else if (parts.body !== undefined) violations.push({ path: 'body', problem: 'the operation takes no body' });
  return violations;
}

/** `body.name`, or `body[0].name` for a body that is a list. */
const inBody = (v: Violation): Violation => ({ ...v, path: v.path ? `body${v.path.startsWith('[') ? '' : '.'}${v.path}` : 'body' });

/** A 2xx JSON answer against the operation's response model (response headers aside). */
export function checkAnswer(name: string, body: unknown): Violation[] {
  const found = operationOf(name);
  if (!found || body === undefined) return [];
  const { contract, operation } = found;
  const model = contract.models[operation.response];
  if (!isRecord(body)) return [{ path: '(answer)', problem: `expected a JSON object, got ${describe(body)}` }];
  const fields = Object.fromEntries(Object.entries(model.fields).filter(([n]) => !operation.response_headers.includes(n)));
  return checkFields(contract, fields, body, '', 'answer');
}

function hasRequired(contract: Contract, type: string): boolean {
  return Object.values(contract.models[type]?.fields ?? {}).some((f) => f.required);
}

function textFits(type: string, text: string): boolean {
  if (type === 'int') return /^-?\d+$/.test(text);
  if (type === 'float') return text.trim() !== '' && Number.isFinite(Number(text));
  if (type === 'bool') return text === 'true' || text === 'false';
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return `${typeof value} ${text.length > 40 ? text.slice(0, 40) + '…' : text}`;
}

export const formatViolations = (violations: Violation[]): string =>
  violations
    .slice(0, 5)
    .map((v) => `${v.path} ${v.problem}`)
    .join('; ') + (violations.length > 5 ? `; and ${violations.length - 5} more` : '');
