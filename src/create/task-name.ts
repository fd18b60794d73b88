// The generated task name: unique per workflow run attempt and job, readable in the PerfTest console.
import { createHash } from 'node:crypto';
import { MAX_NAME_LENGTH } from '../common/validate.js';
import type { RunContext } from '../github/context.js';

/** Longest job part; longer job ids keep their start and a short digest of the whole. */
const JOB_PART = 12;

const safe = (text: string): string => text.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');

function jobPart(job: string | undefined): string {
  const text = safe(job ?? '');
  if (text.length <= JOB_PART) return text;
  const digest = createHash('sha256').update(job!).digest('hex').slice(0, 4);
  return `${text.slice(0, JOB_PART - 5).replace(/-+$/, '')}-${digest}`;
}

/**
 * `<repo>-pr<number>-<run_id>-<run_attempt>-<job>` on pull requests,
 * `<repo>-<short sha>-<run_id>-<run_attempt>-<job>` otherwise; only `[A-Za-z0-9_-]`, at most 42
 * characters, the repository part shortened to fit. Outside a workflow run (no run id) the time in
 * seconds stands in for the run id.
 */
export function defaultTaskName(context: RunContext, now: Date): string {
  const ref = context.pullRequestNumber !== undefined ? `pr${context.pullRequestNumber}` : context.sha?.slice(0, 7);
  const runId = Number.isInteger(context.runId) ? context.runId : Math.floor(now.getTime() / 1000);
  const attempt = Number.isInteger(context.runAttempt) ? context.runAttempt : 1;
  const suffix = [ref && safe(ref), runId, attempt, jobPart(context.job)].filter((part) => part !== undefined && part !== '').join('-');
  const repo = safe((context.repository ?? '').split('/').pop() ?? '');
  const head = repo.slice(0, Math.max(MAX_NAME_LENGTH - suffix.length - 1, 0)).replace(/-+$/, '');
  return (head ? `${head}-${suffix}` : suffix).slice(0, MAX_NAME_LENGTH);
}
