// Following a run until it ends: one log line per change of state and a heartbeat with the elapsed
// time, not a line per poll; every poll retried like any other call; one overall bound.
import type { CptsClient } from '../cpts/client.js';
import { MIN_REQUEST_MS, withRetries, type Reliability } from '../huawei/retry.js';

export const RUN_STATUS_NAMES: Record<number, string> = {
  9: 'waiting',
  0: 'running',
  1: 'paused',
  2: 'finished',
  3: 'ended abnormally',
  4: 'stopped by user (complete)',
  5: 'stopped by user',
};

export const ENDED = [2, 3, 4, 5];

export type RunEnd = { kind: 'ended'; runStatus: number } | { kind: 'timed_out'; runStatus: number | undefined };

export interface WaitOptions {
  /** Epoch milliseconds by which the run must have ended. */
  deadline: number;
  pollMs: number;
  /** A heartbeat line at most this often while nothing changes. */
  heartbeatMs?: number;
}

const duration = (ms: number): string => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
};

export async function waitForRun(
  client: CptsClient,
  taskId: number,
  runId: number,
  options: WaitOptions,
  reliability: Reliability,
): Promise<RunEnd> {
  const { timing, log } = reliability;
  const started = timing.now();
  const heartbeatMs = options.heartbeatMs ?? 60_000;
  let last: number | undefined;
  let lastLine = started;
  for (;;) {
    const info = await withRetries({ ...reliability, operation: 'ShowTask' }, (t) => client.showTask(taskId, t));
    if (info.task_run_info && info.task_run_info.id !== runId) {
      throw new Error(
        `Task ${taskId}'s latest run is now ${info.task_run_info.id}, not ${runId}: another run was started meanwhile, so run ${runId}'s end cannot be followed.`,
      );
    }
    const status = info.run_status;
    const name = RUN_STATUS_NAMES[status] ?? `run_status ${status}`;
    if (status !== last) {
      log.info(`Run ${runId}: ${name} (${duration(timing.now() - started)})`);
      last = status;
      lastLine = timing.now();
    } else if (timing.now() - lastLine >= heartbeatMs) {
      log.info(`Run ${runId}: still ${name} after ${duration(timing.now() - started)}`);
      lastLine = timing.now();
    }
    if (ENDED.includes(status)) return { kind: 'ended', runStatus: status };
    // The next poll needs time to be sent and answered before the bound.
    if (timing.now() + options.pollMs + MIN_REQUEST_MS > options.deadline) return { kind: 'timed_out', runStatus: status };
    await timing.sleep(options.pollMs);
  }
}
