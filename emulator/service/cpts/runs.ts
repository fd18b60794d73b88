// CodeArts PerfTest's run operations: start and stop (one task or a batch, all or nothing), the run
// history and a run's report outline.
import type { Answer } from '../../shared/answer.js';
import type { CallContext, State, Task } from '../state.js';
import { conflict, existingProject, existingRun, existingTask, invalid, iso, notYours, object, OK, pathInt, taskById } from './common.js';
import { reportOutline } from './report.js';

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

/**
 * Newest first: the reverse of the order the runs were made in (seeded ones included). The contract
 * says nothing of the order; the service is believed to list newest first, as its console's history
 * does. The action must not rely on it.
 */
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
  const run = existingRun(ctx);
  return { status: 200, body: { ...OK, extend: {}, result: { err_message: '', outline: reportOutline(ctx.state, run) } } };
}
