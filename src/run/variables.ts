// The PerfTest project's global variables, set for one run and put back after it. They are shared
// state: each is saved (with its old values) for the post step before anything is written, a lost
// answer is settled by reading the values back, and a variable is put back only while it still holds
// what this run set; if someone else changed it meanwhile, it is theirs now and left alone.
import { InputError, quote } from '../common/errors.js';
import type { CptsClient } from '../cpts/client.js';
import { listSome } from '../cpts/refs.js';
import { VARIABLE_TYPE, type UpdateVariableRequestBody, type VariableDetail } from '../cpts/types.js';
import { ApiError, errorMessage } from '../huawei/api-error.js';
import type { EnvironmentConfig } from './variables-config.js';

/** A variable this run sets, as saved for the post step before anything is written. */
export interface VariableRecord {
  name: string;
  /** Undefined for a variable this run creates, until it is read back. */
  id?: number;
  variable_type: number;
  /** Its values before this run; undefined when this run creates it. */
  was?: unknown[];
  /** The values this run sets. */
  ours: unknown[];
}

/** What became of a variable after the run. */
export type RestoreOutcome =
  | { kind: 'restored' }
  | { kind: 'deleted' }
  /** It held its old values already: the set never happened, or it was put back before. */
  | { kind: 'unchanged' }
  /** Someone else changed it after this run set it: left as it is. */
  | { kind: 'taken'; now: unknown[] }
  /** It no longer exists: someone deleted it. */
  | { kind: 'gone' }
  | { kind: 'failed'; reason: string };

/** What a collision means, and what to do; the run is not started. */
const COLLISION =
  'another job or person is changing the variables of this PerfTest project at the same time. Nothing was started. Let one job ' +
  'at a time use the project: a workflow concurrency group (README, "Testing the pull request\'s own deployment").';

/** A variable that does not hold what this run set right after the set: someone else writes it too. */
export class VariableCollision extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VariableCollision';
  }
}

/** The kinds a variable may be listed as; text exists only on some sites. */
const LISTED_TYPES = [VARIABLE_TYPE.integer, VARIABLE_TYPE.enumeration, VARIABLE_TYPE.file, VARIABLE_TYPE.text];
/** The saved records must fit the post step's state (an environment variable): well under 128 KB. */
const MAX_SAVED_CHARS = 60_000;

/** The values as text, for comparing: an answer may give numbers as strings or the other way round. */
const key = (values: unknown[]): string => JSON.stringify(values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))));
const holds = (variable: VariableDetail, values: unknown[]): boolean => key(variable.variable) === key(values);

/** The global variables of the PerfTest project of the kinds given (default: every kind the site has). */
export async function listVariables(
  client: CptsClient,
  testSuiteId: number,
  types: readonly number[] = LISTED_TYPES,
): Promise<VariableDetail[]> {
  const lists = await Promise.all(
    [...new Set(types)].map((type) =>
      client.listVariables(testSuiteId, type).catch((error: unknown) => {
        // A site without text variables refuses to list them: there are none to find.
        if (type === VARIABLE_TYPE.text && error instanceof ApiError && error.status === 400) {
          client.retry.log.debug(`No text variables on this site (ListVariables for type 5: ${errorMessage(error)}).`);
          return [];
        }
        throw error;
      }),
    ),
  );
  // Should the service list every kind whatever the path asks, each variable still counts once.
  const byId = new Map<number, VariableDetail>();
  for (const variable of lists.flat()) if (!byId.has(variable.id)) byId.set(variable.id, variable);
  return [...byId.values()];
}

/** What each setting will write, checked against the project's variables before anything is written. */
export async function planVariables(client: CptsClient, testSuiteId: number, config: EnvironmentConfig): Promise<VariableRecord[]> {
  const existing = await listVariables(client, testSuiteId);
  const shown = (value: string) => (config.maskVariables ? '(masked)' : quote(value));
  const records = config.variables.map(({ name, value }): VariableRecord => {
    const matches = existing.filter((v) => v.name === name);
    if (matches.length > 1) {
      throw new InputError(
        'variables',
        `PerfTest project ${testSuiteId} has ${matches.length} variables named ${name} (ids ${matches.map((v) => v.id).join(', ')}): rename all but one, then run again.`,
      );
    }
    const [found] = matches;
    if (!found) {
      if (config.createVariables) return { name, variable_type: VARIABLE_TYPE.enumeration, ours: [value] };
      const names = existing.map((v) => v.name).sort();
      throw new InputError(
        'variables',
        `Input "variables" names ${name}, which is not a global variable of PerfTest project ${testSuiteId}` +
          `${names.length ? ` (its variables: ${listSome(names)})` : ' (it has none)'}. Add it to the project, or set create_variables: true to create it for the run. Nothing was changed.`,
      );
    }
    const ours = valuesFor(found, value, shown, testSuiteId);
    return { name, id: found.id, variable_type: found.variable_type, was: found.variable, ours };
  });
  const saved = JSON.stringify(records).length;
  if (saved > MAX_SAVED_CHARS) {
    throw new InputError(
      'variables',
      `The variables to set hold ${saved} characters with their old values, more than the ${MAX_SAVED_CHARS} this step can keep to put them back after the run. Set fewer variables, or variables with fewer values. Nothing was changed.`,
    );
  }
  return records;
}

/** The values a setting writes into an existing variable of its kind. */
function valuesFor(found: VariableDetail, value: string, shown: (value: string) => string, testSuiteId: number): unknown[] {
  switch (found.variable_type) {
    case VARIABLE_TYPE.enumeration:
    case VARIABLE_TYPE.text:
      return [value];
    case VARIABLE_TYPE.integer:
      // An integer variable is a range [start, end]: one number is the range from it to itself.
      if (!/^-?\d{1,15}$/.test(value)) {
        throw new InputError(
          'variables',
          `${found.name} is an integer variable of PerfTest project ${testSuiteId}, so its value must be an integer; got ${shown(value)}.`,
        );
      }
      return [Number(value), Number(value)];
    case VARIABLE_TYPE.file:
      throw new InputError(
        'variables',
        `${found.name} is a file variable of PerfTest project ${testSuiteId}: its values come from an uploaded file and cannot be set from an input. Use an enumeration or text variable.`,
      );
    default:
      throw new InputError(
        'variables',
        `${found.name} is a variable of type ${found.variable_type}, which this action cannot set (it sets integer, enumeration and text variables).`,
      );
  }
}

/** The kinds to read back: the records' own (a variable keeps its kind). */
const kindsOf = (records: VariableRecord[]): number[] => records.map((r) => r.variable_type);

const bodyOf = (record: VariableRecord, values: unknown[]): UpdateVariableRequestBody => ({
  id: record.id!,
  name: record.name,
  variable_type: record.variable_type,
  variable: values,
});

/** The variable a record stands for, found by id, or by name for one this run creates. */
const find = (variables: VariableDetail[], record: VariableRecord): VariableDetail | undefined =>
  variables.find((v) => (record.id === undefined ? v.name === record.name : v.id === record.id));

/**
 * Sets every record's values, then reads them back: all must hold what this run set, or someone else
 * is writing them too (VariableCollision). Created variables get their ids in the records.
 */
export async function setVariables(
  client: CptsClient,
  testSuiteId: number,
  records: VariableRecord[],
  shown: (values: unknown[]) => string,
): Promise<void> {
  const updates = records.filter((r) => r.id !== undefined);
  if (updates.length > 0) {
    await client.updateVariable(
      testSuiteId,
      updates.map((r) => bodyOf(r, r.ours)),
      { recover: () => settleSet(client, testSuiteId, updates, shown) },
    );
  }
  for (const record of records.filter((r) => r.id === undefined)) {
    const body = [{ id: 0, name: record.name, variable_type: record.variable_type, variable: record.ours, is_quoted: false }];
    await client.createVariable(testSuiteId, body, { recover: () => settleSet(client, testSuiteId, [record], shown) });
  }
  const now = await listVariables(client, testSuiteId, kindsOf(records));
  for (const record of records) {
    const found = find(now, record);
    if (found && holds(found, record.ours)) {
      record.id = found.id;
      continue;
    }
    throw new VariableCollision(
      `${record.name} ${found ? `holds ${shown(found.variable)}` : 'does not exist'} right after this run set it to ${shown(record.ours)}: ${COLLISION}`,
    );
  }
}

/** After a set whose answer was lost: done if every record holds ours; sent again if some still hold their old values. */
async function settleSet(
  client: CptsClient,
  testSuiteId: number,
  records: VariableRecord[],
  shown: (values: unknown[]) => string,
): Promise<{ variableId?: number } | undefined> {
  const now = await listVariables(client, testSuiteId, kindsOf(records));
  let pending = false;
  for (const record of records) {
    const found = find(now, record);
    if (found && holds(found, record.ours)) continue;
    const untouched = record.was === undefined ? found === undefined : found !== undefined && holds(found, record.was);
    if (!untouched) {
      throw new VariableCollision(
        `${record.name} ${found ? `holds ${shown(found.variable)}` : 'no longer exists'}, neither its old value nor the one this run sent before the answer was lost: ${COLLISION}`,
      );
    }
    pending = true;
  }
  client.retry.log.info(
    pending ? 'The set was not applied: sending it again.' : 'The answer to the set was lost, but reading back shows every value set.',
  );
  return pending ? undefined : {};
}

/**
 * Puts back each variable that still holds what this run set (old values back, or a created one
 * deleted), and says what became of each. Never throws: a failure is the outcome of the variables it
 * concerns.
 */
export async function restoreVariables(client: CptsClient, testSuiteId: number, records: VariableRecord[]): Promise<RestoreOutcome[]> {
  let now: VariableDetail[];
  try {
    now = await listVariables(client, testSuiteId, kindsOf(records));
  } catch (error) {
    return records.map(() => ({ kind: 'failed', reason: errorMessage(error) }));
  }
  // By name: each variable is named once (variables-config.ts refuses repeats).
  const outcomes = new Map<string, RestoreOutcome>();
  const ours: VariableRecord[] = [];
  for (const record of records) {
    const found = find(now, record);
    if (!found) outcomes.set(record.name, record.was === undefined ? { kind: 'unchanged' } : { kind: 'gone' });
    else if (holds(found, record.ours)) ours.push({ ...record, id: found.id });
    else if (record.was !== undefined && holds(found, record.was)) outcomes.set(record.name, { kind: 'unchanged' });
    else outcomes.set(record.name, { kind: 'taken', now: found.variable });
  }
  const updates = ours.filter((r) => r.was !== undefined);
  if (updates.length > 0) {
    const settled = await putBack(client, testSuiteId, updates);
    updates.forEach((r, i) => outcomes.set(r.name, settled[i]));
  }
  for (const created of ours.filter((r) => r.was === undefined)) {
    const outcome = await client
      .deleteVariable(testSuiteId, created.id!, { recover: () => settleDelete(client, testSuiteId, created) })
      .then((): RestoreOutcome => ({ kind: 'deleted' }))
      .catch((error: unknown): RestoreOutcome => ({ kind: 'failed', reason: errorMessage(error) }));
    outcomes.set(created.name, outcome);
  }
  return records.map((r) => outcomes.get(r.name)!);
}

/** One UpdateVariable with the old values; a lost answer settled by reading back, variable by variable. */
async function putBack(client: CptsClient, testSuiteId: number, records: VariableRecord[]): Promise<RestoreOutcome[]> {
  let settled: RestoreOutcome[] | undefined;
  try {
    await client.updateVariable(
      testSuiteId,
      records.map((r) => bodyOf(r, r.was!)),
      {
        recover: async () => {
          const now = await listVariables(client, testSuiteId, kindsOf(records));
          const found = records.map((r) => find(now, r));
          // Still ours somewhere: the put did not happen; send it again.
          if (records.some((r, i) => found[i] !== undefined && holds(found[i]!, r.ours))) return undefined;
          settled = records.map((r, i): RestoreOutcome => {
            const v = found[i];
            if (!v) return { kind: 'gone' };
            return holds(v, r.was!) ? { kind: 'restored' } : { kind: 'taken', now: v.variable };
          });
          client.retry.log.info('The answer to putting the variables back was lost; reading back settled it.');
          return {};
        },
      },
    );
  } catch (error) {
    return records.map(() => ({ kind: 'failed', reason: errorMessage(error) }));
  }
  return settled ?? records.map(() => ({ kind: 'restored' }));
}

/** After a delete whose answer was lost: done once the variable is gone. */
async function settleDelete(client: CptsClient, testSuiteId: number, record: VariableRecord): Promise<true | undefined> {
  const now = await listVariables(client, testSuiteId, kindsOf([record]));
  return now.some((v) => v.id === record.id) ? undefined : true;
}
