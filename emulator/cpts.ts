// CodeArts PerfTest operations, validated the way a strict server would, with cpts-style
// `{code, message}` errors. The error codes are the emulator's own, in the service's format.
import type { CaseSeed, CredentialSeed, PerfTestProjectSeed } from './fixture.js';
import { reportOutline } from './report.js';
import { RUN_STATUS, type State, type Task } from './state.js';

export class CptsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface CallContext {
  state: State;
  /** The key a signed request was signed with. */
  key?: CredentialSeed;
  params: Record<string, string>;
  query: [string, string][];
  body: unknown;
}

export interface Answer {
  status: number;
  body?: unknown;
}

const MAX_INT = 2147483647;
const OK = { code: 'SVCSTG.CPTS.0000000', message: 'success' };
const invalid = (message: string) => new CptsError(400, 'SVCSTG.CPTS.4001001', message);
/** The service's answer for a task or PerfTest project that does not exist or is not the caller's. */
const notYours = (message: string) => new CptsError(403, 'SVCSTG.CPTS.4032002', message);
const conflict = (message: string) => new CptsError(400, 'SVCSTG.CPTS.4001002', message);
const iso = (ms: number) => new Date(ms).toISOString();

function isInt(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_INT;
}

function pathInt(ctx: CallContext, name: string): number {
  const text = ctx.params[name];
  if (!/^\d+$/.test(text) || Number(text) > MAX_INT) throw invalid(`${name} must be an integer, got "${text}"`);
  return Number(text);
}

/** An optional integer query parameter (the contract marks offset and limit optional). */
function queryInt(ctx: CallContext, name: string, min: number): number | undefined {
  const value = ctx.query.find(([n]) => n === name)?.[1];
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > MAX_INT) {
    throw invalid(`query parameter ${name} must be an integer of at least ${min}, got "${value}"`);
  }
  return Number(value);
}

/** offset is an item offset; without limit, everything from offset on (no page size is promised). */
function page<T>(ctx: CallContext, items: T[]): T[] {
  const offset = queryInt(ctx, 'offset', 0) ?? 0;
  const limit = Math.min(queryInt(ctx, 'limit', 1) ?? Infinity, ctx.state.fixture.pageSize ?? Infinity);
  return items.slice(offset, limit === Infinity ? undefined : offset + limit);
}

function object(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('the request body must be a JSON object');
  return body as Record<string, unknown>;
}

function existingProject(state: State, id: number): PerfTestProjectSeed {
  const project = state.project(id);
  if (!project) throw notYours(`PerfTest project ${id} does not exist or is not yours`);
  return project;
}

function taskById(state: State, id: number): Task {
  const task = state.tasks.get(id);
  if (!task) throw notYours(`task ${id} does not exist or is not yours`);
  return task;
}

const existingTask = (ctx: CallContext): Task => taskById(ctx.state, pathInt(ctx, 'task_id'));

/** The fields shared by CreateNewTask and UpdateTaskRelatedTestCase. */
function taskFields(state: State, raw: unknown, allowFullLink: boolean) {
  const body = object(raw);
  const name = body.name;
  // Counted in UTF-16 code units, as Java (and so most likely the service) counts a String's length.
  if (typeof name !== 'string' || name.length < 1 || name.length > 42) {
    throw invalid('name must be a string of 1 to 42 characters');
  }
  if (typeof body.parallel !== 'boolean') throw invalid('parallel is required and must be a boolean');
  if (body.enable_full_link !== undefined && (!allowFullLink || typeof body.enable_full_link !== 'boolean')) {
    throw invalid(allowFullLink ? 'enable_full_link must be a boolean' : 'enable_full_link is not accepted here');
  }
  if (!isInt(body.project_id)) throw invalid('project_id is required and must be an integer');
  if (body.operate_mode !== 2) throw invalid('operate_mode is required and must be 2');
  const list = body.case_id_list;
  if (!Array.isArray(list) || list.length === 0 || !list.every(isInt)) {
    throw invalid('case_id_list is required and must be a non-empty array of integers');
  }
  const project = state.project(body.project_id);
  if (!project) throw notYours(`PerfTest project ${body.project_id} does not exist or is not yours`);
  for (const id of list) {
    const found = state.caseOf(project, id);
    if (!found || found.status === 0) throw invalid(`case ${id} does not exist in PerfTest project ${project.id}`);
    if (found.type !== 2) throw invalid(`${id} is a folder, not a case`);
    if (found.status === 2) throw invalid(`case ${id} (${found.name}) is disabled`);
  }
  return {
    name,
    parallel: body.parallel,
    ...(body.enable_full_link === undefined ? {} : { enable_full_link: body.enable_full_link as boolean }),
    project_id: body.project_id,
    operate_mode: 2,
    case_id_list: list as number[],
  };
}

export function createNewTask(ctx: CallContext): Answer {
  const task = ctx.state.createTask(taskFields(ctx.state, ctx.body, true));
  return { status: 201, body: { ...OK, task_id: task.id } };
}

export function updateTaskRelatedTestCase(ctx: CallContext): Answer {
  const task = existingTask(ctx);
  const fields = taskFields(ctx.state, ctx.body, false);
  if (fields.project_id !== task.project_id) throw invalid(`task ${task.id} belongs to PerfTest project ${task.project_id}`);
  Object.assign(task, fields, { update_time: ctx.state.now() });
  return { status: 200, body: { ...OK, taskInfo: taskInfo(ctx.state, task) } };
}

export function deleteNewTask(ctx: CallContext): Answer {
  const task = existingTask(ctx);
  const run = ctx.state.lastRun(task);
  if (run && ctx.state.isBusy(run)) throw conflict(`task ${task.id} is running; stop it first`);
  ctx.state.tasks.delete(task.id);
  return { status: 204 };
}

/** A case-run id (related_temp_running_id, the reports' case_run_id): one per case of a run. */
const caseRunId = (runId: number, index: number) => runId * 100 + index + 1;

/** ShowTask's TaskInfo: no task id and no task_run_info; the latest run is in related_temp_running_data. */
function taskInfo(state: State, task: Task) {
  const run = state.visibleRun(task);
  const project = state.project(task.project_id);
  return {
    name: task.name,
    description: '',
    project_id: task.project_id,
    parallel: task.parallel,
    operate_mode: task.operate_mode,
    bench_concurrent: 0,
    case_list: task.case_id_list.map((id) => {
      const c = project && state.caseOf(project, id);
      return { case_id: id, name: c?.name ?? '', case_type: 0, status: c?.status ?? 0 };
    }),
    create_time: iso(task.create_time),
    update_time: iso(task.update_time),
    // A task that never ran reads as finished (2), like one whose last run finished.
    run_status: run ? state.runStatus(run) : RUN_STATUS.finished,
    related_temp_running_data: run
      ? state.casesOfRun(run).map((c, i) => ({
          task_run_info_id: run.id,
          related_temp_running_id: caseRunId(run.id, i),
          temp_id: c.id,
          temp_name: c.name,
          content_method_url: [],
        }))
      : [],
  };
}

export function showTask(ctx: CallContext): Answer {
  return { status: 200, body: { ...OK, taskInfo: taskInfo(ctx.state, existingTask(ctx)) } };
}

export function showTaskSet(ctx: CallContext): Answer {
  const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
  const all = [...ctx.state.tasks.values()].filter((t) => t.project_id === project.id).sort((a, b) => b.id - a.id);
  return {
    status: 200,
    body: {
      ...OK,
      extend: [],
      tasks: page(ctx, all).map((t) => {
        const run = ctx.state.visibleRun(t);
        return {
          id: t.id,
          name: t.name,
          parallel: t.parallel,
          operate_mode: t.operate_mode,
          bench_concurrent: 0,
          description: '',
          update_time: iso(t.update_time),
          // Tasks made by CreateNewTask are of the new edition (run_type 1); id 0 before any run.
          task_run_info: { id: run?.id ?? 0, run_type: 1 },
        };
      }),
    },
  };
}

interface StatusChange {
  status: 9 | 2;
  cluster_type: string;
  cluster_id: number;
}

/** The fields UpdateTaskStatus and BatchUpdateTaskStatus share, checked beyond their types. */
function statusChange(body: Record<string, unknown>): StatusChange {
  if (body.status !== 9 && body.status !== 2) throw invalid('status must be 9 (start) or 2 (stop)');
  if (body.cluster_type !== 'shared-cluster-internet' && body.cluster_type !== 'private-cluster') {
    throw invalid('cluster_type must be shared-cluster-internet or private-cluster');
  }
  const network = body.network_info as { network_type?: unknown } | undefined;
  if (network !== undefined && network.network_type !== 'internet') throw invalid('network_info.network_type must be "internet"');
  if (body.without_package !== undefined && body.without_package !== 0) throw invalid('without_package must be 0');
  return { status: body.status, cluster_type: body.cluster_type, cluster_id: body.cluster_id as number };
}

/** Refuses a change the task is not in a state for; checked for every task before any is changed. */
function checkChange(state: State, task: Task, change: StatusChange): void {
  const run = state.lastRun(task);
  if (change.status === 9) {
    if (task.case_id_list.length === 0) throw invalid(`task ${task.id} has no cases`);
    if (run && state.isBusy(run)) throw conflict(`task ${task.id} is already running (run ${run.id})`);
  } else if (!run || !state.isActive(run)) throw conflict(`task ${task.id} is not running`);
}

/** Starts (9) or stops (2) a task's run, once checkChange passed; the run's id. */
function changeStatus(state: State, task: Task, change: StatusChange): number {
  if (change.status === 9) return state.startRun(task, change.cluster_type, change.cluster_id).id;
  const run = state.lastRun(task)!;
  run.stoppedAt = state.now();
  return run.id;
}

export function updateTaskStatus(ctx: CallContext): Answer {
  const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
  const task = existingTask(ctx);
  if (task.project_id !== project.id) throw notYours(`task ${task.id} is not in PerfTest project ${project.id}`);
  const change = statusChange(object(ctx.body));
  checkChange(ctx.state, task, change);
  const runId = changeStatus(ctx.state, task, change);
  return { status: 200, body: { ...OK, extend: '', result: { task_run_id: runId } } };
}

/** The start and stop documented for new-edition tasks (type 1); every task here is of that edition. */
export function batchUpdateTaskStatus(ctx: CallContext): Answer {
  const project = existingProject(ctx.state, pathInt(ctx, 'test_suit_id'));
  const body = object(ctx.body);
  if (body.project_id !== project.id) throw invalid(`project_id ${String(body.project_id)} differs from the path's ${project.id}`);
  if (body.type !== 1) throw invalid(`type must be 1: these tasks are of the new edition (got ${String(body.type ?? 'none')})`);
  if (ctx.state.fixture.statusApi === 'old-only') throw invalid('batch start and stop are not supported for these tasks');
  const ids = body.task_id_list as number[];
  if (ids.length === 0) throw invalid('task_id_list must not be empty');
  if (new Set(ids).size !== ids.length) throw invalid('task_id_list names a task more than once');
  const change = statusChange(body);
  const tasks = ids.map((id) => taskById(ctx.state, id));
  const foreign = tasks.find((t) => t.project_id !== project.id);
  if (foreign) throw notYours(`task ${foreign.id} is not in PerfTest project ${project.id}`);
  // All or nothing: every task is checked before any is started or stopped.
  tasks.forEach((task) => checkChange(ctx.state, task, change));
  const result = tasks.map((task) => ({ task_id: task.id, task_run_id: changeStatus(ctx.state, task, change) }));
  return { status: 200, body: { ...OK, extend: {}, result } };
}

export function showHistoryRunInfo(ctx: CallContext): Answer {
  const task = existingTask(ctx);
  const log_list = task.runIds
    .map((id) => ctx.state.runs.get(id)!)
    .map((run) => {
      const end = ctx.state.endTime(run);
      return {
        run_id: run.id,
        name: task.name,
        run_type: 1,
        start_time: iso(run.startedAt),
        end_time: end === undefined ? '' : iso(end),
        continue_time: Math.floor(((end ?? ctx.state.now()) - run.startedAt) / 1000),
        temp_names: ctx.state.casesOfRun(run).map((c) => ({ name: c.name })),
        parallel: task.parallel,
      };
    })
    .reverse();
  return { status: 200, body: { ...OK, log_list } };
}

export function showMergeReportLogsOutline(ctx: CallContext): Answer {
  const id = pathInt(ctx, 'task_run_id');
  const run = ctx.state.runs.get(id);
  if (!run) throw notYours(`task run ${id} does not exist or is not yours`);
  return { status: 200, body: { ...OK, extend: {}, result: { err_message: '', outline: reportOutline(ctx.state, run) } } };
}

export function listProjectSets(ctx: CallContext): Answer {
  const created = iso(0);
  return {
    status: 200,
    body: {
      ...OK,
      projects: page(ctx, ctx.state.fixture.perftestProjects).map((p) => ({
        id: p.id,
        name: p.name,
        description: p.description,
        source: 0,
        CreateTime: created,
        UpdateTime: created,
      })),
    },
  };
}

/** A folder or case as ListProjectTestCase and ListTaskCases give it (ProjectDirectory, TestCaseBriefInfo). */
const briefOf = (c: CaseSeed) => ({
  id: c.id,
  name: c.name,
  status: c.status,
  type: c.type,
  parent_id: c.parent_id,
  create_time: iso(0),
  update_time: iso(0),
});

export function listProjectTestCase(ctx: CallContext): Answer {
  const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
  return { status: 200, body: { ...OK, directory: project.cases.map(briefOf) } };
}

export function listTaskCases(ctx: CallContext): Answer {
  const project = existingProject(ctx.state, pathInt(ctx, 'test_suit_id'));
  const task = existingTask(ctx);
  if (task.project_id !== project.id) throw notYours(`task ${task.id} is not in PerfTest project ${project.id}`);
  const cases = task.case_id_list.map((id) => ctx.state.caseOf(project, id)).filter((c): c is CaseSeed => c !== undefined);
  return { status: 200, body: { ...OK, test_cases: cases.map(briefOf) } };
}
