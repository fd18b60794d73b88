// The run action's post step: stop our run only when the main step started it (or may have), was
// waiting for it, and never saw it end (the job was cancelled or timed out), and only after
// confirming that the task's current run is ours. With wait: false the run goes on. Then put back
// the variables the main step set and could not put back itself (it was cancelled, or the run was
// still going when it ended).
import type { CptsClient } from '../cpts/client.js';
import { errorMessage } from '../common/errors.js';
import type { Runner } from '../github/runner.js';
import { retrySettings } from '../huawei/retry.js';
import { readInputs } from '../common/inputs.js';
import { RUN_INPUTS, resolveRunConfig, type RunConfig } from './config.js';
import { openSession } from '../common/session.js';
import { ACTIVE, runsOf, standingOf, statusName } from './identity.js';
import { stopRun, type StatusApi, type TaskRef } from './start.js';
import { STATE } from './state.js';
import { putBackVariables, savedVariables, secretsOf, type SavedVariables } from './environment.js';
import { environmentSection } from './environment-summary.js';

/** The post step's own bound: it runs after a cancellation, when little time is left. */
const POST_TIMEOUT_MS = 60_000;

export async function runPost(runner: Runner): Promise<void> {
  const stopping = runner.getState(STATE.waiting) === 'true' && runner.getState(STATE.ended) !== 'true';
  const variables = savedVariables(runner);
  if (!stopping && !variables) {
    runner.debug('Nothing to stop or put back: the run was not started, not waited for, or seen to end, and no variable is left set.');
    return;
  }
  if (variables?.masked) secretsOf(variables.records).forEach((s) => runner.setSecret(s));
  let config: RunConfig | undefined;
  const failures: string[] = [];
  const note = (failure: string | undefined) => failure && failures.push(failure);
  try {
    config = resolveRunConfig(readInputs(runner, RUN_INPUTS), runner.env);
    const { maxAttempts } = config;
    // The stop and the put-back have 60 s each.
    const bound = () => retrySettings(maxAttempts, Date.now() + POST_TIMEOUT_MS, runner, "the post step's 60 s");
    const { client } = await openSession(runner, config, bound());
    // The run first: variables put back under a run still going would change its target.
    if (stopping) note(await stopOurRun(runner, client, config.taskId));
    if (variables) note(await putBackAfterwards(runner, client.withRetry(bound()), variables));
  } catch (error) {
    const what = [stopping && 'stop the run', variables && 'put the variables back'].filter(Boolean).join(' or ');
    note(`Could not ${what} (task ${config?.taskId ?? '(unknown)'}): ${errorMessage(error)}.`);
  }
  if (failures.length > 0) runner.setFailed(failures.join(' '));
}

/** Stops the run the main step started (or may have); the step's failure message, if it could not. */
async function stopOurRun(runner: Runner, client: CptsClient, taskId: number): Promise<string | undefined> {
  const saved = runner.getState(STATE.runId);
  try {
    const ref: TaskRef = { testSuiteId: Number(runner.getState(STATE.testSuiteId)), taskId };
    // The task's runs before our start, as the main step noted them.
    const before = new Set(runner.getState(STATE.runsBefore).split(',').filter(Boolean).map(Number));
    const runId = saved ? Number(saved) : await runOfLostStart(client, ref, before);
    if (runId === undefined) return undefined;
    const api = (runner.getState(STATE.statusApi) || undefined) as StatusApi | undefined;
    runner.info(await stopIfOurs(client, ref, runId, before, api));
    return undefined;
  } catch (error) {
    const which = saved ? `run ${saved}` : `the run task ${taskId} may have started`;
    return `Could not stop ${which}: ${errorMessage(error)}. Stop it in the CodeArts PerfTest console.`;
  }
}

/** Puts back what the main step left set, and says so in the job summary too; the step's failure message, if any could not be. */
async function putBackAfterwards(runner: Runner, client: CptsClient, saved: SavedVariables): Promise<string | undefined> {
  const rows = await putBackVariables(runner, client, saved, 'post');
  const environment = { testSuiteId: saved.testSuiteId, variables: [...rows.values()] };
  runner.appendSummary(['#### Put back by the post step', '', ...environmentSection(environment)].join('\n') + '\n');
  const failed = [...rows.values()].filter((r) => r.failed).map((r) => r.name);
  if (failed.length === 0) return undefined;
  return `Could not put ${failed.join(', ')} of PerfTest project ${saved.testSuiteId} back (see the warnings above): do it in the CodeArts PerfTest console.`;
}

/** How often, and how far apart, ShowTask is asked again while it does not show our run yet. */
const LAG_CHECKS = 10;
const LAG_CHECK_MS = 2000;

/** The run a start of unknown outcome began: one not among the runs noted before it, if any. */
async function runOfLostStart(client: CptsClient, ref: TaskRef, before: Set<number>): Promise<number | undefined> {
  const fresh = [...(await runsOf(client, ref.taskId))].filter((id) => !before.has(id));
  if (fresh.length === 0) {
    client.retry.log.info(`No run of task ${ref.taskId} began from the start whose answer was lost: nothing to stop.`);
    return undefined;
  }
  const runId = Math.max(...fresh);
  client.retry.log.info(`Run ${runId} of task ${ref.taskId} began from the start whose answer was lost.`);
  return runId;
}

/** Stops our run if it is the task's current one and still going; otherwise says what it left alone. */
async function stopIfOurs(
  client: CptsClient,
  ref: TaskRef,
  runId: number,
  before: Set<number>,
  api: StatusApi | undefined,
): Promise<string> {
  let standing = await standingOf(client, ref.taskId, runId);
  // Right after a start, ShowTask may still show the run before ours (or none): give it a few seconds.
  for (
    let i = 0;
    i < LAG_CHECKS && standing.kind === 'unsettled' && (standing.current === undefined || before.has(standing.current));
    i++
  ) {
    await client.retry.timing.sleep(LAG_CHECK_MS);
    standing = await standingOf(client, ref.taskId, runId);
  }
  if (standing.kind === 'ended') {
    const current = standing.task.latestRunId;
    const theirs = current !== undefined && current !== runId && !before.has(current) && ACTIVE.includes(standing.task.run_status);
    return theirs
      ? `Run ${runId} of task ${ref.taskId} already ended, and the task's current run is ${current}, not the one this job started: left it alone.`
      : `Run ${runId} of task ${ref.taskId} already ended: nothing to stop.`;
  }
  if (standing.kind === 'unsettled') {
    if (standing.current !== undefined && standing.current !== runId && !before.has(standing.current)) {
      return `Task ${ref.taskId}'s current run is ${standing.current}, not ${runId} (the one this job started): left it alone.`;
    }
    throw new Error(`task ${ref.taskId} does not show run ${runId} as its current run, so it was not stopped blindly`);
  }
  if (!ACTIVE.includes(standing.runStatus)) {
    return `Run ${runId} of task ${ref.taskId} is ${statusName(standing.runStatus)} already: nothing to stop.`;
  }
  const outcome = await stopRun(client, ref, runId, api);
  return outcome === 'stopped'
    ? `Stopped run ${runId} of task ${ref.taskId}: the job ended while waiting for it.`
    : `Run ${runId} of task ${ref.taskId} was over by the time it was stopped: nothing more to do.`;
}
