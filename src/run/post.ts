// The run action's post step: stop the run only when the main step started it, was waiting for it,
// and never saw it end (the job was cancelled or timed out). With wait: false the run goes on.
import * as core from '@actions/core';
import { reliabilityOf } from '../huawei/retry.js';
import { readRunInputs } from '../inputs.js';
import { openSession } from '../session.js';
import { stopRun } from './start.js';
import { STATE } from './state.js';

/** The post step's own bound: it runs after a cancellation, when little time is left. */
const POST_TIMEOUT_MS = 60_000;

export async function post(): Promise<void> {
  const runId = core.getState(STATE.runId);
  if (core.getState(STATE.waiting) !== 'true' || core.getState(STATE.ended) === 'true' || !runId) {
    core.debug('Nothing to stop: the run was not started, not waited for, or seen to end.');
    return;
  }
  try {
    const config = readRunInputs();
    const reliability = reliabilityOf(config.maxAttempts, Date.now() + POST_TIMEOUT_MS, core, "the post step's 60 s");
    const { client } = await openSession(config, reliability);
    await stopRun(client, Number(core.getState(STATE.project)), config.taskId, reliability);
    core.info(`Stopped run ${runId} of task ${config.taskId}: the job ended while waiting for it.`);
  } catch (error) {
    core.setFailed(
      `Could not stop run ${runId}: ${error instanceof Error ? error.message : String(error)}. Stop it in the CodeArts PerfTest console.`,
    );
  }
}
