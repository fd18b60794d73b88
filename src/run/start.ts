// Starting a run once: a start whose answer was lost is followed by a look at the task before it is
// repeated, and a run that began after the first attempt is taken as ours.
import type { CptsClient } from '../cpts/client.js';
import type { UpdateTaskStatusRequestBody } from '../cpts/types.js';
import { withRetries, type Reliability } from '../huawei/retry.js';
import type { ClusterType } from './config.js';

export const ACTIVE = [9, 0, 1];

export async function startRun(
  client: CptsClient,
  project: number,
  taskId: number,
  cluster: { type: ClusterType; id: number },
  reliability: Reliability,
): Promise<number> {
  const showTask = () => withRetries({ ...reliability, operation: 'ShowTask' }, (t) => client.showTask(taskId, t));
  const before = (await showTask()).task_run_info?.id;
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
        const info = await showTask();
        const runId = info.task_run_info?.id;
        if (runId === undefined || runId === before || !ACTIVE.includes(info.run_status)) return undefined;
        reliability.log.info(
          `The answer to the start was lost, but run ${runId} of task ${taskId} began: following it instead of starting another.`,
        );
        return runId;
      },
    },
    (t) => client.updateTaskStatus(project, taskId, body, t),
  );
}

/** Stops a run the way Huawei's own tooling does (shared group, cluster -1, no network info). */
export async function stopRun(client: CptsClient, project: number, taskId: number, reliability: Reliability): Promise<void> {
  await withRetries({ ...reliability, operation: 'UpdateTaskStatus' }, (t) =>
    client.updateTaskStatus(project, taskId, { status: 2, cluster_type: 'shared-cluster-internet', cluster_id: -1, network_info: {} }, t),
  );
}
