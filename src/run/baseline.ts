// Reading the regression gate's baseline: the newest normally finished run of a task (with the
// earlier ones for the trend chart), one given run, or an earlier step's results.json. A baseline
// that cannot be had is `kind: 'none'` with the reason, never an exception: whether that fails the
// step is on_missing_baseline's call, not this module's.
//
// Call budget: a task by id costs one ShowHistoryRunInfo and max(trend_runs, 1) outlines, so at most
// trend_runs + 2 calls; by name, the ShowTaskSet pages besides. run: costs one call, file: none.
import { readFileSync } from 'node:fs';
import { describeSource, errorMessage, InputError, quote } from '../common/errors.js';
import { parseRef } from '../common/validate.js';
import type { CptsClient } from '../cpts/client.js';
import { findTasksByName } from '../cpts/create-task.js';
import { listSome, type Ref } from '../cpts/refs.js';
import { MAX_ID, type HistoryRun, type ReportOutline } from '../cpts/types.js';
import type { Baseline, BaselineRun, BaselineSpec, TrendPoint } from './gate-model.js';
import { statusName } from './identity.js';
import { KPI_FIELDS, kpisOf, type Kpis } from './kpis.js';
import { inParallel } from './in-parallel.js';

const FORMS = 'task:<task name or id>, run:<task_run_id> or file:<path of an earlier results.json>';

export function parseBaselineSpec(input: string, text: string): BaselineSpec | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const bad = (detail = '') => new InputError(input, `${describeSource(input)} must be ${FORMS}${detail}; got ${quote(value)}.`);
  const [, kind, rest = ''] = /^(task|run|file):(.*)$/su.exec(value) ?? [];
  const target = rest.trim();
  if (kind === 'file') {
    if (target === '') throw bad(' (file: needs a path)');
    return { kind: 'file', path: target };
  }
  if (kind === 'run') {
    if (!/^\d+$/.test(target) || Number(target) > MAX_ID) throw bad(` (run: takes a task run id, an integer from 0 to ${MAX_ID})`);
    return { kind: 'run', taskRunId: Number(target) };
  }
  if (kind !== 'task') throw bad();
  try {
    return { kind: 'task', task: parseRef(input, target, 'a task') };
  } catch (error) {
    if (error instanceof InputError) throw bad(' (task: takes a task id or a name with a letter in it)');
    throw error;
  }
}

export interface BaselineOptions {
  /** The PerfTest project whose tasks a task name is looked up among. */
  testSuiteId: number;
  /** The run being judged: never its own baseline. */
  currentRunId: number | undefined;
  /** How many runs the trend chart shows (0: none). */
  trendRuns: number;
  /** Reads a results.json (default: the file system, UTF-8). */
  readFile?: (path: string) => string;
}

/** Outlines read at once: quick enough, and well short of what the gateway throttles. */
const OUTLINE_CONCURRENCY = 4;
/** run_status (ShowTask) and task_status (the outline) of a run that finished normally. */
const FINISHED = 2;
/** The run's status as a message shows it: `3 (ended abnormally)`, in the words of the rest of the log. */
const statusText = (status: number | undefined): string => (status === undefined ? 'not given' : `${status} (${statusName(status)})`);

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What a form gives before the call count is added. */
type Outcome = { run: BaselineRun; trend: TrendPoint[]; log: string } | { reason: string };

/** A failed API call, in words saying what was being read; what readBaseline turns into `none`. */
class ReadFailure extends Error {}

/** Mistakes in the code, not answers of the service: these are thrown, not turned into a reason. */
const isBug = (error: unknown): boolean =>
  error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError || error instanceof SyntaxError;

/**
 * The baseline `spec` names, with the trend of earlier runs. Logs which run it is at info level.
 * The client's own retries apply to each call; a call that fails after them gives `none`.
 */
export async function readBaseline(client: CptsClient, spec: BaselineSpec, options: BaselineOptions): Promise<Baseline> {
  const reader = new Reader(client, options);
  try {
    const outcome =
      spec.kind === 'task'
        ? await reader.fromTask(spec.task)
        : spec.kind === 'run'
          ? await reader.fromRun(spec.taskRunId)
          : reader.fromFile(spec.path);
    if ('reason' in outcome) return { kind: 'none', reason: outcome.reason, calls: reader.calls };
    client.retry.log.info(outcome.log);
    return { kind: 'found', run: outcome.run, trend: outcome.trend, calls: reader.calls };
  } catch (error) {
    if (!(error instanceof ReadFailure)) throw error;
    return { kind: 'none', reason: error.message, calls: reader.calls };
  }
}

/** A task as messages name it: `task 123 "main-perf"`, and what finding it by name had to say. */
interface FoundTask {
  id: number;
  label: string;
  note: string;
}

/** A run of the history with its outline. */
interface ReadRun {
  run: HistoryRun;
  outline: ReportOutline;
}

class Reader {
  /** API calls made: each ShowTaskSet page, ShowHistoryRunInfo and outline once, however often retried. */
  calls = 0;
  private readonly api: CptsClient;

  constructor(
    client: CptsClient,
    private readonly options: BaselineOptions,
  ) {
    this.api = counting(client, () => this.calls++);
  }

  async fromTask(ref: Ref): Promise<Outcome> {
    const task = await this.findTask(ref);
    if ('reason' in task) return task;
    const history = await this.guard(`could not read the runs of ${task.label}`, () => this.api.showHistoryRunInfo(task.id));
    const candidates = endedRuns(history, this.options.currentRunId);
    // Finding the task by name may have had to choose among several: the reason says which.
    const none = (reason: string) => ({ reason: task.note ? `${reason} (${task.note})` : reason });
    if (candidates.length === 0) return none(noEndedRun(task, history, this.options.currentRunId));
    const read = candidates.slice(0, Math.max(this.options.trendRuns, 1));
    const outlines = await inParallel(read, OUTLINE_CONCURRENCY, (run) => this.outline(run.run_id));
    const kept = read.map((run, i) => ({ run, outline: outlines[i] })).filter((r) => statusOf(r.outline) === FINISHED);
    if (kept.length === 0) return none(noneFinished(task, read, outlines, candidates.length, this.options.trendRuns));
    const [newest] = kept;
    const baseline = runOf('task', newest, task.id);
    const skipped = read.indexOf(newest.run);
    return {
      run: baseline,
      trend: this.options.trendRuns === 0 ? [] : kept.map(trendPoint).reverse(),
      log:
        `Baseline: run ${newest.run.run_id} of ${task.label}, started ${baseline.startTime ?? '(time not given)'}: its newest run that finished normally` +
        `${skipped > 0 ? `; ${plural(skipped, 'newer ended run')} that did not finish normally skipped` : ''}.${task.note ? ` ${task.note}.` : ''}`,
    };
  }

  async fromRun(taskRunId: number): Promise<Outcome> {
    if (taskRunId === this.options.currentRunId) {
      return { reason: `run ${taskRunId} is the run being judged, which is never its own baseline` };
    }
    const outline = await this.outline(taskRunId);
    const status = statusOf(outline);
    if (status !== FINISHED) return { reason: `run ${taskRunId} did not finish normally: its run_status is ${statusText(status)}, not 2` };
    const run = runOf('run', { run: { run_id: taskRunId }, outline }, undefined);
    const trend = this.options.trendRuns > 0 ? [trendPoint({ run: { run_id: taskRunId }, outline })] : [];
    return { run, trend, log: `Baseline: run ${taskRunId}, as the baseline input names it.` };
  }

  fromFile(path: string): Outcome {
    const read = readResults(path, this.options.readFile ?? ((p) => readFileSync(p, 'utf8')));
    if ('reason' in read) return read;
    const { run } = read;
    const where = `the run in ${quote(path, 200)} (${run.taskRunId === undefined ? 'a run' : `run ${run.taskRunId}`} of task ${run.taskId})`;
    if (run.taskRunId !== undefined && run.taskRunId === this.options.currentRunId) {
      return { reason: `${where} is the run being judged, which is never its own baseline` };
    }
    if ((run.status !== 'passed' && run.status !== 'failed') || run.runStatus !== FINISHED) {
      const status = run.status === undefined ? 'not given' : quote(run.status);
      return { reason: `${where} did not finish normally: its status is ${status}, its run_status ${statusText(run.runStatus)}` };
    }
    const { taskId, taskRunId, startTime, endTime, kpis } = run;
    const baseline: BaselineRun = { source: 'file', taskId, taskRunId, startTime, endTime, kpis };
    const trend = fileTrend(read.trend, { taskRunId, startTime, kpis }, this.options.trendRuns);
    return { run: baseline, trend, log: `Baseline: ${where}, read from the file (its status: ${run.status}).` };
  }

  private async findTask(ref: Ref): Promise<FoundTask | { reason: string }> {
    if ('id' in ref) return { id: ref.id, label: `task ${ref.id}`, note: '' };
    const project = this.options.testSuiteId;
    const tasks = await this.guard(`could not list the tasks of PerfTest project ${project}`, () =>
      findTasksByName(this.api, project, ref.name),
    );
    if (tasks.length === 0) return { reason: `no task is named ${quote(ref.name)} in PerfTest project ${project}` };
    const newest = tasks.reduce((a, b) => (b.id > a.id ? b : a));
    const note =
      tasks.length > 1
        ? `${tasks.length} tasks are named ${quote(ref.name)} in PerfTest project ${project}; the newest, ${newest.id}, is used`
        : '';
    return { id: newest.id, label: `task ${newest.id} ${quote(ref.name)}`, note };
  }

  private outline(taskRunId: number): Promise<ReportOutline> {
    return this.guard(`could not read the report of run ${taskRunId}`, () => this.api.showMergeReportLogsOutline(taskRunId));
  }

  /** `work`, its failure (after the client's retries) turned into a ReadFailure saying what was being read. */
  private async guard<T>(what: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isBug(error)) throw error;
      throw new ReadFailure(`${what}: ${errorMessage(error)}`);
    }
  }
}

/**
 * The client, counting its calls: findTasksByName takes a client and pages by itself. Each method
 * counts once per call; the client's retries happen inside it.
 */
function counting(client: CptsClient, count: () => void): CptsClient {
  const counted = Object.create(client) as CptsClient;
  counted.showTaskSet = (...args) => (count(), client.showTaskSet(...args));
  counted.showHistoryRunInfo = (...args) => (count(), client.showHistoryRunInfo(...args));
  counted.showMergeReportLogsOutline = (...args) => (count(), client.showMergeReportLogsOutline(...args));
  return counted;
}

/** Runs that ended, the one being judged left out, newest (highest id) first: the answer's order is not promised. */
function endedRuns(history: HistoryRun[], currentRunId: number | undefined): HistoryRun[] {
  const byId = new Map(history.filter((r) => r.end_time && r.run_id !== currentRunId).map((r) => [r.run_id, r]));
  return [...byId.values()].sort((a, b) => b.run_id - a.run_id);
}

const statusOf = (outline: ReportOutline): number | undefined => outline.task_basic_execution_data?.task_status;

function noEndedRun(task: FoundTask, history: HistoryRun[], currentRunId: number | undefined): string {
  if (history.length === 0) return `${task.label} has no runs yet`;
  const judged = history.some((r) => r.run_id === currentRunId);
  return (
    `${task.label} has no ended run to compare with (${plural(history.length, 'run')}` +
    `${judged ? `, among them the run being judged, ${currentRunId}, which is never its own baseline` : ''})`
  );
}

function noneFinished(task: FoundTask, read: HistoryRun[], outlines: ReportOutline[], ended: number, trendRuns: number): string {
  const which =
    read.length === 1
      ? `the ${ended === 1 ? 'only' : 'newest'} ended run of ${task.label} did not finish normally (run_status 2 is a normal finish)`
      : `none of the ${read.length}${read.length < ended ? ' newest' : ''} ended runs of ${task.label} finished normally (run_status 2)`;
  const statuses = listSome(read.map((r, i) => `run ${r.run_id}: ${statusText(statusOf(outlines[i]))}`));
  const older =
    read.length < ended
      ? `; ${plural(ended - read.length, 'older ended run')} ${ended - read.length === 1 ? 'was' : 'were'} not read (trend_runs ${trendRuns})`
      : '';
  return `${which}: ${statuses}${older}`;
}

function runOf(source: BaselineRun['source'], { run, outline }: ReadRun, taskId: number | undefined): BaselineRun {
  const basics = outline.task_basic_execution_data;
  // The service gives '' for a time it does not know.
  const startTime = run.start_time || basics?.start_time || undefined;
  const endTime = run.end_time || basics?.end_time || undefined;
  return { source, taskId, taskRunId: run.run_id, startTime, endTime, kpis: kpisOf(outline) };
}

function trendPoint({ run, outline }: ReadRun): TrendPoint {
  return {
    taskRunId: run.run_id,
    startTime: run.start_time || outline.task_basic_execution_data?.start_time || undefined,
    kpis: kpisOf(outline),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A results.json's figures, as far as they are numbers the action knows. */
function kpisFrom(figures: unknown): Kpis {
  const kpis: Kpis = {};
  if (!isRecord(figures)) return kpis;
  for (const field of KPI_FIELDS) {
    const value = figures[field];
    if (typeof value === 'number' && Number.isFinite(value)) kpis[field] = value;
  }
  return kpis;
}

/** A results.json's run, as far as its fields have the types the file's schema gives them. */
interface FileRun {
  taskId: number;
  taskRunId?: number;
  status?: string;
  runStatus?: number;
  startTime?: string;
  endTime?: string;
  kpis: Kpis;
}

const numberIn = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const textIn = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The file's run and trend, or why it is not a results.json this tool wrote (schema 1). */
function readResults(path: string, readFile: (path: string) => string): { run: FileRun; trend: unknown[] } | { reason: string } {
  const what = `the baseline file ${quote(path, 200)}`;
  let json: unknown;
  try {
    json = JSON.parse(readFile(path));
  } catch (error) {
    // readFile's errors name the path and the cause (ENOENT, EISDIR, ...); JSON.parse's are SyntaxErrors.
    return {
      reason: error instanceof SyntaxError ? `${what} is not JSON: ${error.message}` : `could not read ${what}: ${errorMessage(error)}`,
    };
  }
  const expected = `${what} is not a results.json of codearts-perftest-action (schema 1)`;
  if (!isRecord(json)) return { reason: `${expected}: it is not a JSON object` };
  if (json.tool !== 'codearts-perftest-action' || json.schema !== 1) {
    return {
      reason: `${expected}: its tool is ${JSON.stringify(json.tool) ?? 'not given'}, its schema ${JSON.stringify(json.schema) ?? 'not given'}`,
    };
  }
  const run = json.run;
  const taskId = isRecord(run) ? numberIn(run.taskId) : undefined;
  if (!isRecord(run) || taskId === undefined || !isRecord(run.figures))
    return { reason: `${expected}: it has no run with a taskId and figures` };
  return {
    run: {
      taskId,
      taskRunId: numberIn(run.taskRunId),
      status: textIn(run.status),
      runStatus: numberIn(run.runStatus),
      startTime: textIn(run.startTime),
      endTime: textIn(run.endTime),
      kpis: kpisFrom(run.figures),
    },
    trend: Array.isArray(json.trend) ? json.trend : [],
  };
}

/** The file's own trend and then its run, oldest first, the newest `trendRuns` of them. */
function fileTrend(entries: unknown[], own: TrendPoint, trendRuns: number): TrendPoint[] {
  if (trendRuns === 0) return [];
  const earlier = entries.filter(isRecord).map((entry): TrendPoint => ({
    taskRunId: numberIn(entry.taskRunId),
    startTime: textIn(entry.startTime),
    kpis: kpisFrom(entry.figures),
  }));
  // A file whose trend already ends with its own run does not chart it twice.
  const last = earlier.at(-1);
  const points = last && own.taskRunId !== undefined && last.taskRunId === own.taskRunId ? earlier : [...earlier, own];
  return points.slice(-trendRuns);
}
