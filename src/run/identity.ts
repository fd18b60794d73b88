// Which run is ours, and where it stands. The task-scoped view (ShowTask: run_status and the latest
// run in related_temp_running_data) can lag a start and speaks for whatever run is current; the
// run-scoped one (ShowHistoryRunInfo: every run with its end_time) settles what ShowTask leaves open.
import type { CptsClient } from '../cpts/client.js';
import { RUN_STATUS, type TaskState } from '../cpts/types.js';

export const ACTIVE: number[] = [RUN_STATUS.waiting, RUN_STATUS.running, RUN_STATUS.paused];
/** `stopping` is not an end: the report is complete only once the run reads `stopped`. */
export const ENDED: number[] = [RUN_STATUS.finished, RUN_STATUS.abnormal, RUN_STATUS.stopped];

export const RUN_STATUS_NAMES: Record<number, string> = {
  [RUN_STATUS.waiting]: 'waiting',
  [RUN_STATUS.running]: 'running',
  [RUN_STATUS.paused]: 'paused',
  [RUN_STATUS.finished]: 'finished',
  [RUN_STATUS.abnormal]: 'ended abnormally',
  [RUN_STATUS.stopped]: 'stopped by user',
  [RUN_STATUS.stopping]: 'being stopped by user',
};

export const statusName = (status: number | undefined): string =>
  status === undefined ? 'unknown' : (RUN_STATUS_NAMES[status] ?? `run_status ${status}`);

/** A task's runs, by both signals; either may lag the other, and a run in either counts. */
export async function runsOf(client: CptsClient, taskId: number, known?: TaskState): Promise<Set<number>> {
  const task = known ?? (await client.showTask(taskId));
  const history = await client.showHistoryRunInfo(taskId);
  const ids = new Set(history.map((run) => run.run_id));
  if (task.latestRunId !== undefined) ids.add(task.latestRunId);
  return ids;
}

/** Where our run stands. */
export type Standing =
  /** ShowTask names our run as the task's current one, in this state. */
  | { kind: 'current'; runStatus: number }
  /** ShowHistoryRunInfo gives our run an end time. */
  | { kind: 'ended'; runStatus: number | undefined }
  /** Neither view settles it yet (ShowTask lags, or another run is current and ours shows no end). */
  | { kind: 'unsettled'; current: number | undefined; listed: boolean };

/**
 * Reads ShowTask, and ShowHistoryRunInfo when ShowTask does not name our run or says it ended; each
 * retried as the client retries (a single-attempt client for a caller that loops itself).
 */
export async function standingOf(client: CptsClient, taskId: number, runId: number): Promise<Standing & { task: TaskState }> {
  const task = await client.showTask(taskId);
  if (task.latestRunId === runId && !ENDED.includes(task.run_status)) return { kind: 'current', runStatus: task.run_status, task };
  const history = await client.showHistoryRunInfo(taskId);
  const ours = history.find((run) => run.run_id === runId);
  if (ours?.end_time) return { kind: 'ended', runStatus: task.latestRunId === runId ? task.run_status : undefined, task };
  if (task.latestRunId === runId) return { kind: 'current', runStatus: task.run_status, task };
  return { kind: 'unsettled', current: task.latestRunId, listed: ours !== undefined, task };
}
