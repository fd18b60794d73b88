// The run action: start the task, follow the run, judge it, report. The post step (post.ts) stops
// the run only if this step started it, was waiting, and never saw it end.
import * as core from '@actions/core';
import { resolveProject } from '../cpts/discovery.js';
import { onCancel } from '../cancellation.js';
import { reliabilityOf, withRetries } from '../huawei/retry.js';
import { readRunInputs } from '../inputs.js';
import type { CommentSettings } from '../connection.js';
import { renderRunSummary, type RunStatus, type RunSummary } from '../report/run-summary.js';
import { writeSummary } from '../report/summary.js';
import { openSession } from '../session.js';
import { kpisOf, successRateBasis, type Kpis } from './kpis.js';
import { startRun } from './start.js';
import { STATE } from './state.js';
import { judgeThresholds, type Verdict } from './thresholds.js';
import { RUN_STATUS_NAMES, waitForRun } from './wait.js';

/** Time allowed for the report after the run ends, beyond timeout_minutes. */
const REPORT_GRACE_MS = 60_000;

export async function main(): Promise<void> {
  try {
    const config = readRunInputs();
    config.notices.forEach((n) => core.info(n));
    const deadline = Date.now() + config.timeoutMs;
    const reliability = reliabilityOf(config.maxAttempts, deadline, core, 'timeout_minutes');
    // Keyless keys must outlast the wait: ask for the wait plus ten minutes (IAM allows 900 s to a day).
    const keyLifetime = Math.min(86_400, Math.max(900, Math.ceil(config.timeoutMs / 1000) + 600));
    const { client, projectId } = await openSession(config, reliability, { keyLifetimeSeconds: keyLifetime });
    const project = await resolveProject(client, config.project, reliability);

    const runId = await startRun(client, project, config.taskId, { type: config.clusterType, id: config.clusterId }, reliability);
    core.setOutput('task_run_id', String(runId));
    core.info(`Started run ${runId} of task ${config.taskId} in PerfTest project ${project}.`);
    const ids = { taskId: config.taskId, taskRunId: runId, project, projectId };
    if (!config.wait) {
      core.setOutput('status', 'started');
      core.info('wait is false: not waiting for the run, which goes on after this job.');
      return await report(config.comment, { status: 'started', ...ids, kpis: {}, verdicts: [] });
    }

    core.saveState(STATE.runId, String(runId));
    core.saveState(STATE.project, String(project));
    core.saveState(STATE.waiting, 'true');
    onCancel((signal) => {
      core.setFailed(`Cancelled (${signal}) while waiting for run ${runId}; the post step stops it.`);
      process.exit(1);
    });

    const end = await waitForRun(client, config.taskId, runId, { deadline, pollMs: config.pollMs }, reliability);
    if (end.kind === 'ended') core.saveState(STATE.ended, 'true');
    const outline = await withRetries(
      {
        ...reliabilityOf(config.maxAttempts, Date.now() + REPORT_GRACE_MS, core, 'the 60 s allowed for the report'),
        operation: 'ShowMergeReportLogsOutline',
      },
      (t) => client.showMergeReportLogsOutline(runId, t),
    ).catch((error: unknown) => {
      core.warning(`No report for run ${runId}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
    const kpis: Kpis = outline ? kpisOf(outline) : {};
    const verdicts = judgeThresholds(config.thresholds, kpis);
    const status: RunStatus =
      end.kind === 'timed_out' ? 'timed_out' : end.runStatus !== 2 ? 'aborted' : verdicts.every((v) => v.passed) ? 'passed' : 'failed';

    core.setOutput('status', status);
    for (const field of ['success_rate', 'rps', 'avg_response_time', 'request_count', 'error_request_count'] as const) {
      if (kpis[field] !== undefined) core.setOutput(field, String(kpis[field]));
    }
    const basics = outline?.task_basic_execution_data;
    await report(config.comment, {
      status,
      ending: end.runStatus === undefined ? undefined : RUN_STATUS_NAMES[end.runStatus],
      ...ids,
      kpis,
      verdicts,
      successRate: outline && successRateBasis(outline),
      startTime: basics?.start_time || undefined,
      endTime: basics?.end_time || undefined,
      durationSeconds: basics?.duration,
    });
    const failure = failureMessage(status, runId, end.runStatus, config.timeoutMs, verdicts);
    if (failure) core.setFailed(failure);
    else core.info(`Run ${runId} passed${verdicts.length ? `: ${verdicts.map((v) => v.threshold.text).join(', ')}` : ''}.`);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

function failureMessage(
  status: RunStatus,
  runId: number,
  runStatus: number | undefined,
  timeoutMs: number,
  verdicts: Verdict[],
): string | undefined {
  if (status === 'timed_out') {
    return `Run ${runId} was still ${RUN_STATUS_NAMES[runStatus ?? 0] ?? 'going'} after timeout_minutes (${timeoutMs / 60_000}); the post step stops it.`;
  }
  if (status === 'aborted') return `Run ${runId} ${RUN_STATUS_NAMES[runStatus ?? 3]} (run_status ${runStatus}).`;
  if (status === 'failed') {
    const broken = verdicts.filter((v) => !v.passed);
    return (
      `Run ${runId} broke ${broken.length} threshold${broken.length === 1 ? '' : 's'}: ` +
      broken.map((v) => `${v.threshold.text} (actual ${v.actual ?? 'missing from the report'})`).join('; ')
    );
  }
  return undefined;
}

/** The job summary, and the same in the pull-request comment when asked for. */
async function report(comment: CommentSettings, summary: RunSummary): Promise<void> {
  const markdown = renderRunSummary(summary);
  await writeSummary(markdown);
  if (comment.enabled) {
    const { upsertPrComment } = await import('../github/pr-comment.js');
    await upsertPrComment({ token: comment.token, taskId: summary.taskId, section: 'run', content: markdown, log: core });
  }
}

/** The name @github/local-action looks for. */
export { main as run };
