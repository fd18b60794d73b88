// Starting a run once: a start whose answer was lost is followed by a look at the task's runs before
// it is repeated, and a run that was not there before the first attempt is taken as ours.
import type { CptsClient } from '../cpts/client.js';
import type { UpdateTaskStatusRequestBody } from '../cpts/types.js';
import { withRetries, type Reliability } from '../huawei/retry.js';
import type { ClusterType } from './config.js';

/**
 * The runs a task has had, by two signals: ShowHistoryRunInfo lists them all, ShowTask names the
 * latest (related_temp_running_data). Either may lag the other; a run in either counts.
 */
export async function runsOf(client: CptsClient, taskId: number, reliability: Reliability): Promise<Set<number>> {
  const task = await withRetries({ ...reliability, operation: 'ShowTask' }, (t) => client.showTask(taskId, t));
  const history = await withRetries({ ...reliability, operation: 'ShowHistoryRunInfo' }, (t) => client.showHistoryRunInfo(taskId, t));
  const ids = new Set(history.map((run) => run.run_id));
  if (task.latestRunId !== undefined) ids.add(task.latestRunId);
  return ids;
}

export async function startRun(
  client: CptsClient,
  project: number,
  taskId: number,
  cluster: { type: ClusterType; id: number },
  reliability: Reliability,
): Promise<number> {
  const before = await runsOf(client, taskId, reliability);
  const body: UpdateTaskStatusRequestBody = {
    status: 9,
    cluster_type: cluster.type,
    cluster_id: cluster.id,
    without_package: 0,
    network_info: { network_type: 'internet' },
  };
  return withRetries<number>(
    {
      ...reliability,
      operation: 'UpdateTaskStatus',
      recover: async () => {
        // A run that was not there before our start is ours, whatever its state: it may have ended already.
        const fresh = [...(await runsOf(client, taskId, reliability))].filter((id) => !before.has(id));
        if (fresh.length === 0) return undefined;
        const runId = Math.max(...fresh);
        reliability.log.info(
          `The answer to the start was lost, but run ${runId} of task ${taskId} began: following it instead of starting another.`,
        );
        return runId;
      },
    },
    (t) => client.updateTaskStatus(project, taskId, body, t),
  );
}

/**
 * Stops a run: shared group and cluster -1 as Huawei's own tooling sends, with every field the
 * contract marks required.
 */
export async function stopRun(client: CptsClient, project: number, taskId: number, reliability: Reliability): Promise<void> {
  const body: UpdateTaskStatusRequestBody = {
    status: 2,
    cluster_type: 'shared-cluster-internet',
    cluster_id: -1,
    without_package: 0,
    network_info: { network_type: 'internet' },
  };
  await withRetries({ ...reliability, operation: 'UpdateTaskStatus' }, (t) => client.updateTaskStatus(project, taskId, body, t));
}
