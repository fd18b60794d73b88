// The PR's own environment around a run, as the steps see it: the variables set before the start and
// put back after the run (main step) or after a cancellation (post step), the preflight, and what
// the log, the summary and the post step are told about each. variables.ts does the calls.
import { quote } from '../common/errors.js';
import type { CptsClient } from '../cpts/client.js';
import type { Runner } from '../github/runner.js';
import type { PreflightReport } from './preflight.js';
import { STATE } from './state.js';
import { restoreVariables, setVariables, type RestoreOutcome, type VariableRecord } from './variables.js';

/** What the summary shows of the environment. */
export interface EnvironmentReport {
  testSuiteId: number;
  variables: VariableRow[];
  preflight?: PreflightReport;
}

/** One variable as the summary shows it: values already masked where they must be. */
export interface VariableRow {
  name: string;
  set: string;
  /** Its old values, or undefined for a variable this run created. */
  was?: string;
  /** What became of it after the run; undefined until then. */
  after?: string;
  /** It could not be put back. */
  failed?: boolean;
}

/** What the post step needs to put the variables back, saved before anything is written. */
export interface SavedVariables {
  testSuiteId: number;
  masked: boolean;
  records: VariableRecord[];
}

export const MASK = '***';

/** A value as text: a string as it is, a number (an integer variable's) as JSON. */
const textOf = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** Values as messages and the summary show them: quoted, a list in brackets, or *** when they are secrets. */
export function valuesText(values: unknown[], masked: boolean): string {
  if (masked) return MASK;
  const texts = values.map(textOf);
  return texts.length === 1 ? quote(texts[0]) : `[${texts.map((t) => quote(t)).join(', ')}]`;
}

/** Values as a summary cell shows them (as code): one value as it is, several as a JSON list, or ***. */
export function cellText(values: unknown[], masked: boolean): string {
  if (masked) return MASK;
  return values.length === 1 && typeof values[0] === 'string' ? values[0] : JSON.stringify(values);
}

/** Replaces each secret in a text (a URL or an error the service wrote) with ***. */
export function hider(secrets: string[]): (text: string) => string {
  // Longest first, so that a secret holding a shorter one is hidden whole.
  const sorted = [...new Set(secrets.filter((s) => s !== ''))].sort((a, b) => b.length - a.length);
  return (text) => sorted.reduce((t, secret) => t.split(secret).join(MASK).split(encodeURIComponent(secret)).join(MASK), text);
}

/** Every value of the records, as text: what is masked when the values are secrets. */
export function secretsOf(records: VariableRecord[]): string[] {
  return records.flatMap((r) => [...r.ours, ...(r.was ?? [])]).map(textOf);
}

export function saveVariables(runner: Runner, saved: SavedVariables | undefined): void {
  runner.saveState(STATE.variables, saved && saved.records.length > 0 ? JSON.stringify(saved) : '');
}

/** What the main step saved, or undefined when there is nothing to put back. */
export function savedVariables(runner: Runner): SavedVariables | undefined {
  const text = runner.getState(STATE.variables);
  if (!text) return undefined;
  const saved = JSON.parse(text) as SavedVariables;
  return saved.records.length > 0 ? saved : undefined;
}

/** Sets the variables (saved for the post step first) and reads them back; the rows for the summary. */
export async function setEnvironmentVariables(runner: Runner, client: CptsClient, saved: SavedVariables): Promise<VariableRow[]> {
  const { testSuiteId, masked, records } = saved;
  saveVariables(runner, saved);
  const shown = (values: unknown[]) => valuesText(values, masked);
  await setVariables(client, testSuiteId, records, shown);
  saveVariables(runner, saved); // with the ids of created variables
  for (const r of records) {
    const was = r.was === undefined ? 'created for this run' : `was ${shown(r.was)}`;
    runner.info(`Set variable ${r.name} of PerfTest project ${testSuiteId} to ${shown(r.ours)} (${was}); read back.`);
  }
  return records.map((r) => rowOf(r, masked));
}

/** A variable's row before anything became of it. */
const rowOf = (record: VariableRecord, masked: boolean): VariableRow => ({
  name: record.name,
  set: cellText(record.ours, masked),
  was: record.was && cellText(record.was, masked),
});

/**
 * Puts the variables back and logs what became of each (a warning when it needs attention). What
 * could not be put back stays saved, so that the post step tries again. The rows' `after`, by name.
 */
export async function putBackVariables(
  runner: Runner,
  client: CptsClient,
  saved: SavedVariables,
  step: 'main' | 'post',
): Promise<Map<string, VariableRow>> {
  const { testSuiteId, masked, records } = saved;
  const outcomes = await restoreVariables(client, testSuiteId, records);
  const rows = new Map<string, VariableRow>();
  records.forEach((record, i) => {
    const { log, after, warn } = describe(record, outcomes[i], saved, step);
    (warn ? runner.warning : runner.info).call(runner, log);
    rows.set(record.name, { ...rowOf(record, masked), after, failed: outcomes[i].kind === 'failed' });
  });
  saveVariables(runner, { ...saved, records: records.filter((_, i) => outcomes[i].kind === 'failed') });
  return rows;
}

/** A restore outcome in words: the log line, the summary's cell, and whether it needs attention. */
function describe(
  record: VariableRecord,
  outcome: RestoreOutcome,
  { testSuiteId, masked }: SavedVariables,
  step: 'main' | 'post',
): { log: string; after: string; warn: boolean } {
  const name = `Variable ${record.name} of PerfTest project ${testSuiteId}`;
  const old = record.was && valuesText(record.was, masked);
  switch (outcome.kind) {
    case 'restored':
      return { log: `${name} put back to ${old}.`, after: '✅ put back', warn: false };
    case 'deleted':
      return { log: `${name}, created for this run, deleted.`, after: '✅ deleted (created for this run)', warn: false };
    case 'unchanged':
      return {
        log: `${name} ${record.was === undefined ? 'does not exist' : `holds its old value ${old}`}: nothing to put back.`,
        after: '✅ nothing to put back',
        warn: false,
      };
    case 'taken': {
      const now = valuesText(outcome.now, masked);
      return {
        log:
          `${name} holds ${now} now, not the value this run set: another job or person changed it during the run, so the run may ` +
          "have loaded their target. Left as it is. Serialise this project's runs with a workflow concurrency group (see the README).",
        after: `⚠️ changed by someone else during the run; left as ${now}`,
        warn: true,
      };
    }
    case 'gone':
      return {
        log: `${name} no longer exists: someone deleted it during the run. Nothing to put back.`,
        after: '⚠️ deleted by someone else',
        warn: true,
      };
    case 'failed':
      return {
        log:
          `Could not put ${record.name} of PerfTest project ${testSuiteId} back${old ? ` to ${old}` : ' (delete it: it was created for this run)'}: ` +
          `${outcome.reason}. ${step === 'main' ? 'The post step tries again.' : 'Put it back in the CodeArts PerfTest console.'}`,
        after: `❌ not put back${step === 'main' ? ' yet (the post step tries again)' : ''}: ${outcome.reason}`,
        warn: true,
      };
  }
}
