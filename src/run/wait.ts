// Following a run until it ends: one log line per change of state and a heartbeat with the elapsed
// time, not a line per poll; every poll retried like any other call; one overall bound.
import type { CptsClient } from '../cpts/client.js';
import { RUN_STATUS } from '../cpts/types.js';
import { MIN_REQUEST_MS, withRetries, type Reliability } from '../huawei/retry.js';

export const RUN_STATUS_NAMES: Record<number, string> = {
  [RUN_STATUS.waiting]: 'waiting',
  [RUN_STATUS.running]: 'running',
  [RUN_STATUS.paused]: 'paused',
  [RUN_STATUS.finished]: 'finished',
  [RUN_STATUS.abnormal]: 'ended abnormally',
  [RUN_STATUS.stopped]: 'stopped by user',
  [RUN_STATUS.stopping]: 'being stopped by user',
};

/** 5 (being stopped) is not an end: the report is complete only once the run reads 4. */
export const ENDED: number[] = [RUN_STATUS.finished, RUN_STATUS.abnormal, RUN_STATUS.stopped];

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
    if (info.latestRunId !== undefined && info.latestRunId !== runId) {
      throw new Error(
        `Task ${taskId}'s latest run is now ${info.latestRunId}, not ${runId}: another run was started meanwhile, so run ${runId}'s end cannot be followed.`,
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
