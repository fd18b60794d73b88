// Following our run until it ends: one log line per change of state, a heartbeat, one line per
// failed status check. Only the overall bound or a definitive refusal ends the wait; a run is taken
// to have ended only when it is ours (see identity.ts) and seen active before, or listed with an end.
import type { CptsClient } from '../cpts/client.js';
import { MIN_REQUEST_MS, REQUEST_TIMEOUT_MS, backoffMs, decideRetry, type RetrySettings } from '../huawei/retry.js';
import { ACTIVE, ENDED, standingOf, statusName } from './identity.js';

export { RUN_STATUS_NAMES } from './identity.js';

export type RunEnd =
  /** runStatus undefined: the history gave the end, ShowTask no longer shows our run. */
  { kind: 'ended'; runStatus: number | undefined } | { kind: 'timed_out'; runStatus: number | undefined };

export interface WaitOptions {
  /** Epoch milliseconds by which the run must have ended. */
  deadline: number;
  pollMs: number;
  /** A heartbeat line at most this often while nothing changes. */
  heartbeatMs?: number;
  /** The task's runs before ours: while ShowTask still shows one of them, it has not caught up with our start. */
  runsBefore?: Set<number>;
}

/** The first look waits this long (at most poll_seconds): a task's state follows a start late. */
export const FIRST_POLL_MS = 10_000;

const duration = (ms: number): string => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
};

export async function waitForRun(
  client: CptsClient,
  taskId: number,
  runId: number,
  options: WaitOptions,
  retry: RetrySettings,
): Promise<RunEnd> {
  const { timing, log, policy } = retry;
  const started = timing.now();
  const heartbeatMs = options.heartbeatMs ?? 60_000;
  const since = () => duration(timing.now() - started);
  let line: string | undefined;
  let lineAt = started;
  let seenActive = false;
  let last: number | undefined;
  let failures = 0;
  let delay = Math.min(options.pollMs, FIRST_POLL_MS);
  const say = (text: string) => {
    if (text !== line) log.info(`Run ${runId}: ${text} (${since()})`);
    else if (timing.now() - lineAt >= heartbeatMs) log.info(`Run ${runId}: still ${text} after ${since()}`);
    else return;
    line = text;
    lineAt = timing.now();
  };
  // One attempt per look: the loop itself retries, until the bound.
  const call = <T>(_operation: string, request: (timeoutMs: number) => Promise<T>) =>
    request(Math.min(retry.requestTimeoutMs ?? REQUEST_TIMEOUT_MS, options.deadline - timing.now()));

  for (;;) {
    // Sleep so that the next look can still be answered before the bound: a last look just before it.
    const room = options.deadline - timing.now() - MIN_REQUEST_MS;
    if (room <= 0) return { kind: 'timed_out', runStatus: last };
    await timing.sleep(Math.min(delay, room));
    try {
      const standing = await standingOf(client, taskId, runId, call);
      failures = 0;
      delay = options.pollMs;
      if (standing.kind === 'ended') {
        say(standing.runStatus === undefined ? 'ended' : statusName(standing.runStatus));
        return { kind: 'ended', runStatus: standing.runStatus };
      }
      if (standing.kind === 'current') {
        const status = standing.runStatus;
        if (ENDED.includes(status) && !seenActive) {
          say(`${statusName(status)}, as the task says; waiting for the run's own record to confirm it`);
          continue;
        }
        last = status;
        seenActive ||= ACTIVE.includes(status);
        say(statusName(status));
        if (ENDED.includes(status)) return { kind: 'ended', runStatus: status };
        continue;
      }
      const behind = standing.current === undefined || options.runsBefore?.has(standing.current) || !standing.listed;
      say(
        behind
          ? 'starting (the task does not show it yet)'
          : `no longer the task's current run (run ${standing.current} is); waiting for its end to be recorded`,
      );
    } catch (error) {
      const decision = decideRetry(error, timing.now());
      // 401/403/404 and the like: the task or the keys are gone, waiting longer will not help.
      if (!decision.retry) throw error;
      failures += 1;
      delay = Math.max(500, backoffMs(failures, policy, timing.random(), decision.waitMs));
      log.warning(
        `Run ${runId}: status check failed (${error instanceof Error ? error.message : decision.reason}); ` +
          `trying again in ${(delay / 1000).toFixed(1)} s, until ${policy.bound}.`,
      );
    }
  }
}
