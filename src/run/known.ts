// What the run step knows as it goes, so that a failure or a cancellation at any point still names
// the task and run that may exist, in the log and in a `status: error` summary.
import type { CommentSettings } from '../common/connection.js';
import type { EnvironmentReport } from './environment.js';
import type { RunSummary } from './summary.js';

export interface Known {
  /** Where the step is: before the start, while the start is in flight, or once the run is known. */
  phase: 'before' | 'starting' | 'started';
  taskId?: number;
  taskRunId?: number;
  testSuiteId?: number;
  iamProjectId?: string;
  comment?: CommentSettings;
  /** Where the results files go (results_dir), once the settings are read. */
  resultsDir?: string;
  /** Set once the status output is written: a later failure leaves it and the summary alone. */
  judged?: boolean;
  /** Set once the wait saw the run end. */
  ended?: boolean;
  /** The variables set and the preflight, as far as they went. */
  environment?: EnvironmentReport;
  /** Puts back the variables this run set, once they are being set; cleared once it has run. */
  putBack?: () => Promise<void>;
}

/** Whether a run of ours may be going on: then the post step stops it before putting the variables back. */
export const runMayBeGoing = (known: Known): boolean => known.phase !== 'before' && !known.ended;

/** The summary of a failed step (`status: error`), with whatever ids were known. */
export function errorSummary(known: Known, message: string): RunSummary | undefined {
  if (known.taskId === undefined) return undefined; // an input error: the log says it all
  return {
    status: 'error',
    detail: message,
    taskId: known.taskId,
    taskRunId: known.taskRunId,
    testSuiteId: known.testSuiteId,
    iamProjectId: known.iamProjectId,
    kpis: {},
    verdicts: [],
    environment: known.environment,
  };
}

/** What a cancellation leaves behind, by where the step was. */
export function cancelledMessage(signal: string, known: Known, taskId: number, wait: boolean): string {
  const variables = known.putBack ? ' The post step puts back the variables this run set.' : '';
  return runCancelledMessage(signal, known, taskId, wait) + variables;
}

function runCancelledMessage(signal: string, { phase, taskRunId: runId }: Known, taskId: number, wait: boolean): string {
  if (phase === 'before') return `Cancelled (${signal}) before the run was started; nothing was started.`;
  if (phase === 'starting' && runId === undefined) {
    return (
      `Cancelled (${signal}) while starting task ${taskId}: a run may have started. ` +
      (wait ? 'The post step looks for it and stops it.' : 'Check the task in the CodeArts PerfTest console.')
    );
  }
  if (!wait) return `Cancelled (${signal}) after run ${runId} started; with wait: false it goes on.`;
  return `Cancelled (${signal}) while waiting for run ${runId}; the post step stops it.`;
}
