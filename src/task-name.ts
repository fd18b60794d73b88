// The generated task name: unique per workflow run attempt, readable in the PerfTest console.
import { MAX_NAME_LENGTH } from './validate.js';

export interface RunContext {
  /** `owner/repo` or `repo`. */
  repository?: string;
  pullRequestNumber?: number;
  sha?: string;
  runId?: number;
  runAttempt?: number;
}

/**
 * `<repo>-pr<number>-<run_id>-<run_attempt>` on pull requests, `<repo>-<short sha>-<run_id>-<run_attempt>`
 * otherwise; only `[A-Za-z0-9_-]`, at most 42 characters, the repository part shortened to fit.
 * Outside a workflow run (no run id) the time in seconds stands in for it.
 */
export function defaultTaskName(context: RunContext, now: Date): string {
  const repo = (context.repository ?? '').split('/').pop() ?? '';
  const safeRepo = repo.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  const ref = context.pullRequestNumber !== undefined ? `pr${context.pullRequestNumber}` : context.sha?.slice(0, 7);
  const runId = Number.isInteger(context.runId) ? context.runId : Math.floor(now.getTime() / 1000);
  const attempt = Number.isInteger(context.runAttempt) ? context.runAttempt : 1;
  const suffix = [ref, runId, attempt]
    .filter((part) => part !== undefined && part !== '')
    .join('-')
    .replace(/[^A-Za-z0-9_-]+/g, '-');
  const room = MAX_NAME_LENGTH - suffix.length - 1;
  const head = safeRepo.slice(0, Math.max(room, 0)).replace(/-+$/, '');
  return (head ? `${head}-${suffix}` : suffix).slice(0, MAX_NAME_LENGTH);
}
