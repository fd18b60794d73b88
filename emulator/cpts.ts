// CodeArts PerfTest operations, validated the way a strict server would, with cpts-style
// `{code, message}` errors. The error codes are the emulator's own, in the service's format.
import type { PerfTestProjectSeed } from './fixture.js';
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
const notFound = (message: string) => new CptsError(404, 'SVCSTG.CPTS.4041001', message);
const conflict = (message: string) => new CptsError(400, 'SVCSTG.CPTS.4001002', message);

function isInt(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_INT;
}

function pathInt(ctx: CallContext, name: string): number {
  const text = ctx.params[name];
  if (!/^\d+$/.test(text) || Number(text) > MAX_INT) throw invalid(`${name} must be an integer, got "${text}"`);
  return Number(text);
}

function queryInt(ctx: CallContext, name: string, min: number, max: number): number {
  const values = ctx.query.filter(([n]) => n === name).map(([, v]) => v);
  if (values.length !== 1) throw invalid(`query parameter ${name} is required once`);
  if (!/^\d+$/.test(values[0]) || Number(values[0]) < min || Number(values[0]) > max) {
    throw invalid(`query parameter ${name} must be an integer from ${min} to ${max}, got "${values[0]}"`);
  }
  return Number(values[0]);
}

function object(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('the request body must be a JSON object');
  return body as Record<string, unknown>;
}

function existingProject(state: State, id: number): PerfTestProjectSeed {
  const project = state.project(id);
  if (!project) throw notFound(`PerfTest project ${id} does not exist`);
  return project;
}

function existingTask(ctx: CallContext): Task {
  const id = pathInt(ctx, 'task_id');
  const task = ctx.state.tasks.get(id);
  if (!task) throw notFound(`task ${id} does not exist`);
  return task;
}

/** The fields shared by CreateNewTask and UpdateTaskRelatedTestCase. */
function taskFields(state: State, raw: unknown, allowFullLink: boolean) {
  const body = object(raw);
  const name = body.name;
  if (typeof name !== 'string' || [...name].length < 1 || [...name].length > 42) {
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
  if (!project) throw invalid(`PerfTest project ${body.project_id} does not exist`);
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
  return { status: 200, body: OK };
}

export function deleteNewTask(ctx: CallContext): Answer {
  const task = existingTask(ctx);
  const run = ctx.state.lastRun(task);
  if (run && ctx.state.isActive(run)) throw conflict(`task ${task.id} is running; stop it first`);
  ctx.state.tasks.delete(task.id);
  return { status: 204 };
}

export function showTask(ctx: CallContext): Answer {
  const task = existingTask(ctx);
  const run = ctx.state.lastRun(task);
  return {
    status: 200,
    body: {
      ...OK,
      taskInfo: {
        id: task.id,
        name: task.name,
        project_id: task.project_id,
        parallel: task.parallel,
        operate_mode: task.operate_mode,
        case_list: task.case_id_list.map((id) => ({ case_id: id })),
        create_time: new Date(task.create_time).toISOString(),
        update_time: new Date(task.update_time).toISOString(),
        // A task that never ran reads as finished (2), like one whose last run finished.
        run_status: run ? ctx.state.runStatus(run) : RUN_STATUS.finished,
        task_run_info: run ? { id: run.id, run_type: 0 } : null,
      },
    },
  };
}

export function showTaskSet(ctx: CallContext): Answer {
  const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
  const offset = queryInt(ctx, 'offset', 0, MAX_INT);
  const limit = queryInt(ctx, 'limit', 1, 100);
  const all = [...ctx.state.tasks.values()].filter((t) => t.project_id === project.id).sort((a, b) => b.id - a.id);
  return {
    status: 200,
    body: {
      ...OK,
      extend: { total: all.length },
      tasks: all.slice(offset, offset + limit).map((t) => {
        const run = ctx.state.lastRun(t);
        return {
          id: t.id,
          name: t.name,
          parallel: t.parallel,
          operate_mode: t.operate_mode,
          bench_concurrent: 0,
          description: '',
          update_time: new Date(t.update_time).toISOString(),
          task_run_info: run ? { id: run.id, run_type: 0 } : { id: 0, run_type: 0 },
        };
      }),
    },
  };
}

export function updateTaskStatus(ctx: CallContext): Answer {
  const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
  const task = existingTask(ctx);
  if (task.project_id !== project.id) throw notFound(`task ${task.id} is not in PerfTest project ${project.id}`);
  const body = object(ctx.body);
  if (body.status !== 9 && body.status !== 2) throw invalid('status must be 9 (start) or 2 (stop)');
  if (body.cluster_type !== 'shared-cluster-internet' && body.cluster_type !== 'private-cluster') {
    throw invalid('cluster_type must be shared-cluster-internet or private-cluster');
  }
  if (!Number.isInteger(body.cluster_id)) throw invalid('cluster_id must be an integer');
  const run = ctx.state.lastRun(task);
  if (body.status === 9) {
    if (task.case_id_list.length === 0) throw invalid(`task ${task.id} has no cases`);
    if (run && ctx.state.isActive(run)) throw conflict(`task ${task.id} is already running (run ${run.id})`);
    const started = ctx.state.startRun(task, body.cluster_type, body.cluster_id as number);
    return { status: 200, body: { ...OK, extend: {}, result: { task_run_id: started.id } } };
  }
  if (!run || !ctx.state.isActive(run)) throw conflict(`task ${task.id} is not running`);
  run.stoppedAt = ctx.state.now();
  return { status: 200, body: { ...OK, extend: {}, result: { task_run_id: run.id } } };
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
        run_type: 0,
        start_time: new Date(run.startedAt).toISOString(),
        end_time: end === undefined ? '' : new Date(end).toISOString(),
        continue_time: Math.floor(((end ?? ctx.state.now()) - run.startedAt) / 1000),
        parallel: task.parallel,
      };
    })
    .reverse();
  return { status: 200, body: { ...OK, log_list } };
}

export function showMergeReportLogsOutline(ctx: CallContext): Answer {
  const id = pathInt(ctx, 'task_run_id');
  const run = ctx.state.runs.get(id);
  if (!run) throw notFound(`task run ${id} does not exist`);
  return { status: 200, body: { ...OK, extend: {}, result: { err_message: '', outline: reportOutline(ctx.state, run) } } };
}

export function listProjectSets(ctx: CallContext): Answer {
  const offset = queryInt(ctx, 'offset', 0, MAX_INT);
  const limit = queryInt(ctx, 'limit', 1, 100);
  const created = new Date(0).toISOString();
  return {
    status: 200,
    body: {
      ...OK,
      projects: ctx.state.fixture.perftestProjects.slice(offset, offset + limit).map((p) => ({
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

export function listProjectTestCase(ctx: CallContext): Answer {
  const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
  const time = new Date(0).toISOString();
  return {
    status: 200,
    body: {
      ...OK,
      directory: project.cases.map((c) => ({
        id: c.id,
        name: c.name,
        status: c.status,
        type: c.type,
        parent_id: c.parent_id,
        create_time: time,
        update_time: time,
      })),
    },
  };
}

export function listTaskCases(ctx: CallContext): Answer {
  const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
  const task = existingTask(ctx);
  if (task.project_id !== project.id) throw notFound(`task ${task.id} is not in PerfTest project ${project.id}`);
  return {
    status: 200,
    body: {
      ...OK,
      test_cases: task.case_id_list.map((id) => {
        const c = ctx.state.caseOf(project, id);
        return { case_id: id, name: c?.name ?? '', status: c?.status ?? 0, task_id: task.id };
      }),
    },
  };
}
