// Starting and stopping a run exactly once. The new edition's BatchUpdateTaskStatus (type 1) goes
// first; when the service refuses it outright, the old edition's UpdateTaskStatus. A start whose
// answer was lost is followed by a look at the task's runs, and a run that was not there before is
// ours; a stop whose answer was lost, by a look at our run.
import type { CptsClient } from '../cpts/client.js';
import {
  STATUS_CHANGE,
  type BatchUpdateTaskStatusRequestBody,
  type StatusChange,
  type UpdateTaskStatusRequestBody,
} from '../cpts/types.js';
import { errorMessage } from '../common/errors.js';
import { ApiError } from '../huawei/api-error.js';
import type { ClusterType } from './config.js';
import { ACTIVE, runsOf, standingOf } from './identity.js';

export type StatusApi = 'BatchUpdateTaskStatus' | 'UpdateTaskStatus';

export interface TaskRef {
  /** The PerfTest project (test suite) id. */
  testSuiteId: number;
  taskId: number;
}

export interface Cluster {
  type: ClusterType;
  id: number;
}

/** A start whose outcome is unknown: a run may exist, and nobody knows its id. */
export class RunMayExist extends Error {
  constructor(ref: TaskRef, cause: unknown) {
    super(
      `${errorMessage(cause).replace(/\.$/, '')}. A run of task ${ref.taskId} may have started ` +
        `(PerfTest project ${ref.testSuiteId}) although its answer was lost: check the task in the CodeArts PerfTest console before re-running.`,
      { cause },
    );
    this.name = 'RunMayExist';
  }
}

/**
 * The start or stop call itself refused outright (not a failure on the way, and not a refusal of the
 * look at the task that follows a lost answer): nothing happened.
 */
function refusedOutright(error: unknown, operations: StatusApi[]): error is ApiError {
  return (
    error instanceof ApiError &&
    (operations as string[]).includes(error.operation) &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 401 &&
    error.status !== 429
  );
}

/** One status change through the new edition's API, or the old one's when the new is refused. */
async function changeStatus(
  client: CptsClient,
  ref: TaskRef,
  status: StatusChange,
  cluster: Cluster,
  recover: (error: unknown) => Promise<number | undefined>,
  api?: StatusApi,
): Promise<{ runId: number; api: StatusApi }> {
  // After a failure of unknown outcome, never the other API: the first may have started something.
  let unsure = false;
  const recovering = (error: unknown) => {
    unsure = true;
    return recover(error);
  };
  const common = {
    status,
    cluster_type: cluster.type,
    cluster_id: cluster.id,
    without_package: 0,
    network_info: { network_type: 'internet' },
  } as const;
  const old = async (): Promise<{ runId: number; api: StatusApi }> => {
    const body: UpdateTaskStatusRequestBody = common;
    const runId = await client.updateTaskStatus(ref.testSuiteId, ref.taskId, body, { recover: recovering });
    return { runId, api: 'UpdateTaskStatus' };
  };
  if (api === 'UpdateTaskStatus') return old();
  const body: BatchUpdateTaskStatusRequestBody = { type: 1, project_id: ref.testSuiteId, task_id_list: [ref.taskId], ...common };
  try {
    const runId = await client.batchUpdateTaskStatus(body, { recover: recovering });
    return { runId, api: 'BatchUpdateTaskStatus' };
  } catch (error) {
    // Nothing happened on a refusal; a failure on the way is never followed by a second API.
    if (api === 'BatchUpdateTaskStatus' || unsure || !refusedOutright(error, ['BatchUpdateTaskStatus'])) throw error;
    client.retry.log.info(
      `BatchUpdateTaskStatus (the new edition's ${status === STATUS_CHANGE.start ? 'start' : 'stop'}) was refused: ${error.message.replace(/\.$/, '')}. Using UpdateTaskStatus (old edition) instead.`,
    );
    return old();
  }
}

/**
 * Starts a run of the task once. `before` are the task's runs before the start (runsOf): after a
 * lost answer, a run that is not among them is ours, whatever its state, even ended already.
 */
export async function startRun(
  client: CptsClient,
  ref: TaskRef,
  cluster: Cluster,
  before: Set<number>,
): Promise<{ runId: number; api: StatusApi }> {
  let uncertain = false;
  const recover = async (): Promise<number | undefined> => {
    uncertain = true;
    const fresh = [...(await runsOf(client, ref.taskId))].filter((id) => !before.has(id));
    if (fresh.length === 0) return undefined;
    const runId = Math.max(...fresh);
    client.retry.log.info(
      `The answer to the start was lost, but run ${runId} of task ${ref.taskId} began: following it instead of starting another.`,
    );
    return runId;
  };
  try {
    return await changeStatus(client, ref, STATUS_CHANGE.start, cluster, recover);
  } catch (error) {
    // An answer that cannot be read still means the start was taken: look for the run once.
    if (error instanceof ApiError && error.status >= 200 && error.status < 300) {
      const runId = await recover().catch(() => undefined);
      if (runId !== undefined) return { runId, api: error.operation as StatusApi };
      throw new RunMayExist(ref, error);
    }
    if (uncertain) throw new RunMayExist(ref, error);
    throw error;
  }
}

/** What became of a stop. */
export type StopOutcome = 'stopped' | 'already-over';

/**
 * Stops our run, which the caller has confirmed is the task's current one. A stop whose answer was
 * lost, or that is refused because the run is no longer going, succeeds once our run is seen over.
 */
export async function stopRun(client: CptsClient, ref: TaskRef, runId: number, api?: StatusApi): Promise<StopOutcome> {
  const over = async () => {
    const standing = await standingOf(client, ref.taskId, runId);
    return standing.kind === 'ended' || (standing.kind === 'current' && !ACTIVE.includes(standing.runStatus));
  };
  // Huawei's own tooling stops with the shared group and cluster -1.
  const cluster: Cluster = { type: 'shared-cluster-internet', id: -1 };
  try {
    await changeStatus(client, ref, STATUS_CHANGE.stop, cluster, async () => ((await over()) ? runId : undefined), api);
    return 'stopped';
  } catch (error) {
    if (refusedOutright(error, ['BatchUpdateTaskStatus', 'UpdateTaskStatus']) && (await over())) return 'already-over';
    throw error;
  }
}
