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
import { RUN_STATUS } from '../cpts/types.js';
import { KEYS_EXPIRE_AT } from '../sign-in.js';
import type { RunConfig } from './config.js';
import { RUN_STATUS_NAMES, runsOf, statusName } from './identity.js';
import { kpisOf, successRateBasis, type Kpis } from './kpis.js';
import { RunMayExist, startRun, type TaskRef } from './start.js';
import { STATE } from './state.js';
import { judgeThresholds, type Verdict } from './thresholds.js';
import { waitForRun } from './wait.js';

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
    warnIfKeysExpireFirst(config, deadline + REPORT_GRACE_MS);
    const project = await resolveProject(client, config.project, reliability);
    const ref = { project, taskId: config.taskId };

    // Where the step is, for a cancellation's message.
    const progress: Progress = { phase: 'before' };
    onCancel((signal) => {
      core.setFailed(cancelledMessage(signal, progress, ref, config.wait));
      process.exit(1);
    });
    const before = await runsOf(client, config.taskId, reliability);
    core.saveState(STATE.project, String(project));
    core.saveState(STATE.runsBefore, [...before].join(','));
    if (config.wait) core.saveState(STATE.waiting, 'true');
    progress.phase = 'starting';
    const started = await startRun(client, ref, { type: config.clusterType, id: config.clusterId }, before, reliability).catch(
      (error: unknown) => {
        // Refused outright: no run exists, and the post step has nothing to look after.
        if (!(error instanceof RunMayExist)) core.saveState(STATE.waiting, '');
        throw error;
      },
    );
    const { runId } = started;
    progress.runId = runId;
    progress.phase = 'started';
    core.saveState(STATE.runId, String(runId));
    core.saveState(STATE.statusApi, started.api);
    core.setOutput('task_run_id', String(runId));
    core.info(`Started run ${runId} of task ${config.taskId} in PerfTest project ${project} (${started.api}).`);
    const ids = { taskId: config.taskId, taskRunId: runId, project, projectId };
    if (!config.wait) {
      core.setOutput('status', 'started');
      core.info('wait is false: not waiting for the run, which goes on after this job.');
      return await report(config.comment, { status: 'started', ...ids, kpis: {}, verdicts: [] });
    }

    const end = await waitForRun(client, config.taskId, runId, { deadline, pollMs: config.pollMs, runsBefore: before }, reliability);
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
    const basics = outline?.task_basic_execution_data;
    // When only the run's record told of its end, the report says how it ended.
    const runStatus = end.runStatus ?? basics?.task_status;
    const status: RunStatus =
      end.kind === 'timed_out'
        ? 'timed_out'
        : runStatus !== RUN_STATUS.finished
          ? 'aborted'
          : verdicts.every((v) => v.passed)
            ? 'passed'
            : 'failed';

    core.setOutput('status', status);
    for (const field of ['success_rate', 'rps', 'avg_response_time', 'request_count', 'error_request_count'] as const) {
      if (kpis[field] !== undefined) core.setOutput(field, String(kpis[field]));
    }
    await report(config.comment, {
      status,
      ending: runStatus === undefined ? undefined : RUN_STATUS_NAMES[runStatus],
      ...ids,
      kpis,
      verdicts,
      successRate: outline && successRateBasis(outline),
      startTime: basics?.start_time || undefined,
      endTime: basics?.end_time || undefined,
      durationSeconds: basics?.duration,
    });
    const failure = failureMessage(status, runId, runStatus, config.timeoutMs, verdicts);
    if (failure) core.setFailed(failure);
    else core.info(`Run ${runId} passed${verdicts.length ? `: ${verdicts.map((v) => v.threshold.text).join(', ')}` : ''}.`);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

interface Progress {
  phase: 'before' | 'starting' | 'started';
  runId?: number;
}

/** What a cancellation leaves behind, by where the step was. */
function cancelledMessage(signal: string, { phase, runId }: Progress, ref: TaskRef, wait: boolean): string {
  if (phase === 'before') return `Cancelled (${signal}) before the run was started; nothing was started.`;
  if (phase === 'starting' && runId === undefined) {
    return (
      `Cancelled (${signal}) while starting task ${ref.taskId}: a run may have started. ` +
      (wait ? 'The post step looks for it and stops it.' : 'Check the task in the CodeArts PerfTest console.')
    );
  }
  if (!wait) return `Cancelled (${signal}) after run ${runId} started; with wait: false it goes on.`;
  return `Cancelled (${signal}) while waiting for run ${runId}; the post step stops it.`;
}

/** Temporary keys handed over by an earlier step (export_credentials) that expire before the wait's bound. */
function warnIfKeysExpireFirst(config: RunConfig, bound: number): void {
  if (config.auth.kind !== 'keys' || !config.auth.credentials.key.securityToken) return;
  const expiry = Date.parse(process.env[KEYS_EXPIRE_AT] ?? '');
  if (Number.isNaN(expiry) || expiry >= bound) return;
  core.warning(
    `The temporary keys from ${config.auth.credentials.source} expire at ${new Date(expiry).toISOString()}, before this step's bound ` +
      `(timeout_minutes ${config.timeoutMs / 60_000} ends at ${new Date(bound).toISOString()} with the report's minute): ` +
      'once they expire the wait fails and the post step cannot stop the run. Give this step "identity_provider" so that it signs in ' +
      'itself with keys for the whole wait, or lower timeout_minutes.',
  );
}

function failureMessage(
  status: RunStatus,
  runId: number,
  runStatus: number | undefined,
  timeoutMs: number,
  verdicts: Verdict[],
): string | undefined {
  if (status === 'timed_out') {
    const state = runStatus === undefined ? 'going' : statusName(runStatus);
    return `Run ${runId} was still ${state} after timeout_minutes (${timeoutMs / 60_000}); the post step stops it.`;
  }
  if (status === 'aborted') {
    if (runStatus === undefined)
      return `Run ${runId} ended, but neither the task nor the run's report says how (no run_status): not judged as passed.`;
    return `Run ${runId} ${statusName(runStatus)} (run_status ${runStatus}).`;
  }
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
