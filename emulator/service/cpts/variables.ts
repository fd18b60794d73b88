// CodeArts PerfTest's global variables of a PerfTest project (test suite): ListVariables,
// UpdateVariable, CreateVariable and DeleteVariable. The variables themselves, and what they decide (a
// case's host), are in ../variables.ts; a run takes their values when it starts (state.ts).
//
// Where the contract is silent, the emulator chooses:
// - a PerfTest project that does not exist answers 403 SVCSTG.CPTS.4032002, as the other routes do;
// - a variable id that is not one of the project's answers 400 SVCSTG.CPTS.4001001 naming it, in
//   UpdateVariable and DeleteVariable alike: the project is the caller's, and within it the id is a
//   bad parameter;
// - UpdateVariable and CreateVariable take a non-empty list and change all of it or nothing: every
//   entry is checked before any is applied;
// - a name is non-empty and unique in its project: a name another variable has (or will have, after
//   the same request) answers 400 SVCSTG.CPTS.4001002, as other conflicts do;
// - values: a non-empty list; an integer variable's values are JSON integers, an enumeration's or a
//   text's strings or numbers. A file variable (type 3) cannot be created or set through these
//   operations (its file is uploaded in the console): 400. Text variables (type 5) exist only on
//   some sites: with fixture.textVariables false, type 5 answers 400 wherever it is given;
// - UpdateVariable keeps a variable's is_quoted, variable_mode and share_mode; CreateVariable takes
//   is_quoted from the body and gives variable_mode and share_mode 0 (sequential, per case);
// - CreateVariable ignores the ids in its body: each new variable gets the next id of the account's
//   counter, and `json.variable_id` is the new id of the first; UpdateVariable's is the first id of its
//   body. Both answer 201, as Huawei documents for UpdateVariable;
// - DeleteVariable answers 204 with no body: its response model has no fields. Deleting a variable a
//   case's host uses is allowed; the reference then stays as it is, and names no host.
import type { Answer } from '../../shared/answer.js';
import type { CallContext, State } from '../state.js';
import { VARIABLE_TYPE_NAMES, VARIABLE_TYPES, type Variable, type VariableType, type VariableValue } from '../variables.js';
import { conflict, existingProject, invalid, OK, pathInt, queryInt } from './common.js';

const TYPES_TEXT = VARIABLE_TYPES.map((t) => `${t} (${VARIABLE_TYPE_NAMES[t]})`).join(', ');

/** A variable_type the site knows, or a 400: one of 1, 2, 3, 5, and 5 only where the site has text variables. */
function knownType(state: State, type: unknown, where: string): VariableType {
  if (!VARIABLE_TYPES.includes(type as VariableType))
    throw invalid(`${where}variable_type must be one of ${TYPES_TEXT}, got ${String(type)}`);
  if (type === 5 && state.fixture.textVariables === false) throw invalid(`${where}this site has no text variables (variable_type 5)`);
  return type as VariableType;
}

/** A type these operations may write: not a file's. */
function writableType(state: State, type: unknown, where: string): VariableType {
  const known = knownType(state, type, where);
  if (known === 3)
    throw invalid(`${where}a file variable (variable_type 3) cannot be set through this API: its file is uploaded in the console`);
  return known;
}

function checkName(name: unknown, where: string): string {
  if (typeof name !== 'string' || name.trim() === '') throw invalid(`${where}name must be a non-empty string`);
  return name;
}

function checkValues(values: unknown, type: VariableType, where: string): VariableValue[] {
  if (!Array.isArray(values) || values.length === 0) throw invalid(`${where}variable must be a non-empty list of values`);
  for (const value of values) {
    const fits = type === 1 ? Number.isInteger(value) : typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
    if (!fits) {
      const expected = type === 1 ? 'integers' : 'strings or numbers';
      throw invalid(`${where}the values of ${VARIABLE_TYPE_NAMES[type]} variables must be ${expected}, got ${JSON.stringify(value)}`);
    }
  }
  return values as VariableValue[];
}

/** The body's entries: a non-empty list (the contract checked each entry's fields and their types). */
function entries(body: unknown): Record<string, unknown>[] {
  if (!Array.isArray(body) || body.length === 0) throw invalid('the request body must be a non-empty list of variables');
  return body as Record<string, unknown>[];
}

/** A 400 conflict for the first name given to two variables of the project. */
function checkUniqueNames(names: string[], projectId: number): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw conflict(`a variable named "${name}" already exists in PerfTest project ${projectId}`);
    seen.add(name);
  }
}

/** VariableDetail. */
const detailOf = (v: Variable) => ({
  id: v.id,
  name: v.name,
  variable_type: v.variable_type,
  variable: [...v.variable],
  is_quoted: v.is_quoted,
  variable_mode: v.variable_mode,
  share_mode: v.share_mode,
  ...(v.variable_type === 3 && v.file_size !== undefined ? { file_size: v.file_size } : {}),
});

export function listVariables(ctx: CallContext): Answer {
  const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
  const type = knownType(ctx.state, pathInt(ctx, 'variable_type'), '');
  const variable_list = ctx.state
    .variablesOf(project.id)
    .filter((v) => v.variable_type === type)
    .map(detailOf);
  return { status: 200, body: { ...OK, variable_list } };
}

export function updateVariable(ctx: CallContext): Answer {
  const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
  const variables = ctx.state.variablesOf(project.id);
  const items = entries(ctx.body);
  const listed = new Set<unknown>();
  const changes = items.map((item) => {
    const found = variables.find((v) => v.id === item.id);
    if (!found) throw invalid(`variable ${String(item.id)} does not exist in PerfTest project ${project.id}`);
    if (listed.has(found.id)) throw invalid(`variable ${found.id} is listed more than once`);
    listed.add(found.id);
    const where = `variable ${found.id}: `;
    if (found.variable_type === 3) {
      throw invalid(`${where}${found.name} is a file variable (variable_type 3), which cannot be set through this API`);
    }
    const variable_type = writableType(ctx.state, item.variable_type, where);
    return { target: found, name: checkName(item.name, where), variable_type, variable: checkValues(item.variable, variable_type, where) };
  });
  // Names unique among the project's variables as they will be; all checked before anything changes.
  checkUniqueNames(
    variables.map((v) => changes.find((c) => c.target === v)?.name ?? v.name),
    project.id,
  );
  for (const { target, name, variable_type, variable } of changes) Object.assign(target, { name, variable_type, variable: [...variable] });
  return { status: 201, body: { ...OK, json: { variable_id: changes[0].target.id } } };
}

export function createVariable(ctx: CallContext): Answer {
  const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
  const variables = ctx.state.variablesOf(project.id);
  const fresh = entries(ctx.body).map((item, i) => {
    const where = `variable ${i + 1} of the body: `;
    const variable_type = writableType(ctx.state, item.variable_type, where);
    return {
      name: checkName(item.name, where),
      variable_type,
      variable: checkValues(item.variable, variable_type, where),
      is_quoted: item.is_quoted as boolean,
      variable_mode: 0 as const,
      share_mode: 0 as const,
    };
  });
  checkUniqueNames([...variables.map((v) => v.name), ...fresh.map((f) => f.name)], project.id);
  const created = fresh.map((fields) => ctx.state.variables.add(project.id, fields));
  return { status: 201, body: { ...OK, json: { variable_id: created[0].id } } };
}

/** A required integer query parameter (the contract checked that it is given, once). */
function requiredQueryInt(ctx: CallContext, name: string): number {
  const value = queryInt(ctx, name, 0);
  if (value === undefined) throw invalid(`query parameter ${name} is required`);
  return value;
}

export function deleteVariable(ctx: CallContext): Answer {
  const project = existingProject(ctx.state, requiredQueryInt(ctx, 'test_suite_id'));
  const id = requiredQueryInt(ctx, 'variable_id');
  const variables = ctx.state.variablesOf(project.id);
  const at = variables.findIndex((v) => v.id === id);
  if (at < 0) throw invalid(`variable ${id} does not exist in PerfTest project ${project.id}`);
  variables.splice(at, 1);
  return { status: 204 };
}
