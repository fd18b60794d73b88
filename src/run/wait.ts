// Following our run until it ends: one log line per change of state, a heartbeat, one line per
// failed status check. Only the overall bound or a definitive refusal ends the wait; a run is taken
// to have ended only when it is ours (see identity.ts) and seen active before, or listed with an end.
import type { CptsClient } from '../cpts/client.js';
import { MIN_REQUEST_MS, backoffMs, decideRetry, type RetrySettings } from '../huawei/retry.js';
import { ACTIVE, ENDED, standingOf, statusName, type Standing } from './identity.js';

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

/** Follows the run with the client's clock, log and backoff; each look is one attempt of each call. */
export async function waitForRun(client: CptsClient, taskId: number, runId: number, options: WaitOptions): Promise<RunEnd> {
  const { timing, log, policy } = client.retry;
  const say = narrator(runId, client.retry, options.heartbeatMs ?? 60_000);
  let seenActive = false;
  let last: number | undefined;
  let failures = 0;
  let delay = Math.min(options.pollMs, FIRST_POLL_MS);
  // One attempt per look: the loop itself retries, until the bound.
  const look = client.singleAttempt(options.deadline);

  for (;;) {
    // Sleep so that the next look can still be answered before the bound: a last look just before it.
    const room = options.deadline - timing.now() - MIN_REQUEST_MS;
    if (room <= 0) return { kind: 'timed_out', runStatus: last };
    await timing.sleep(Math.min(delay, room));
    try {
      const seen = readStanding(await standingOf(look, taskId, runId), seenActive, options.runsBefore);
      failures = 0;
      delay = options.pollMs;
      if (seen.runStatus !== undefined) {
        last = seen.runStatus;
        seenActive ||= ACTIVE.includes(seen.runStatus);
      }
      say(seen.text);
      if (seen.end) return seen.end;
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

/** What one look says: its line, the run's status when it counts (seen as ours), and the end when it is one. */
interface Seen {
  text: string;
  runStatus?: number;
  end?: RunEnd;
}

function readStanding(standing: Standing, seenActive: boolean, runsBefore: Set<number> | undefined): Seen {
  if (standing.kind === 'ended') {
    const text = standing.runStatus === undefined ? 'ended' : statusName(standing.runStatus);
    return { text, end: { kind: 'ended', runStatus: standing.runStatus } };
  }
  if (standing.kind === 'current') {
    const status = standing.runStatus;
    // An end never seen coming is only the task's word (it may lag our start): the run's own record settles it.
    if (ENDED.includes(status) && !seenActive) {
      return { text: `${statusName(status)}, as the task says; waiting for the run's own record to confirm it` };
    }
    return { text: statusName(status), runStatus: status, end: ENDED.includes(status) ? { kind: 'ended', runStatus: status } : undefined };
  }
  const behind = standing.current === undefined || runsBefore?.has(standing.current) || !standing.listed;
  return {
    text: behind
      ? 'starting (the task does not show it yet)'
      : `no longer the task's current run (run ${standing.current} is); waiting for its end to be recorded`,
  };
}

/** Logs a line when the run's state changes, and again (a heartbeat) at most every `heartbeatMs` while it does not. */
function narrator(runId: number, { timing, log }: Pick<RetrySettings, 'timing' | 'log'>, heartbeatMs: number): (text: string) => void {
  const started = timing.now();
  const since = () => duration(timing.now() - started);
  let line: string | undefined;
  let lineAt = started;
  return (text) => {
    if (text !== line) log.info(`Run ${runId}: ${text} (${since()})`);
    else if (timing.now() - lineAt >= heartbeatMs) log.info(`Run ${runId}: still ${text} after ${since()}`);
    else return;
    line = text;
    lineAt = timing.now();
  };
}
