// CodeArts PerfTest's task operations: create, update, delete, and the task and task-set views.
import type { Answer } from '../../shared/answer.js';
import { caseRunIdOf, RUN_STATUS, type CallContext, type State, type Task } from '../state.js';
import { conflict, existingProject, existingTask, invalid, isInt, iso, notYours, object, OK, page, pathInt } from './common.js';

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
          // The case-run id ShowMergeCaseDetail takes, whichever CaseAwInfo field carries it.
          related_temp_running_id: caseRunIdOf(run, i),
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
