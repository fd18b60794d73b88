// The run action: start the task, follow the run, judge it, report. The post step (post.ts) stops
// the run only if this step started it, was waiting, and never saw it end.
import { appendFileSync } from 'node:fs';
import * as core from '@actions/core';
import { onCancel } from '../common/signals.js';
import type { CommentSettings } from '../common/connection.js';
import type { CptsClient } from '../cpts/client.js';
import { resolveProject } from '../cpts/discovery.js';
import { InputError } from '../common/errors.js';
import { retrySettings } from '../huawei/retry.js';
import { readInputs } from '../common/inputs.js';
import { renderRunSummary, type RunSummary } from './summary.js';
import { writeSummary } from '../github/job-summary.js';
import { openSession } from '../common/session.js';
import { KEYS_EXPIRE_AT } from '../common/sign-in.js';
import { RUN_INPUTS, resolveRunConfig, type RunConfig } from './config.js';
import { runsOf, statusName } from './identity.js';
import { successRateBasis } from './kpis.js';
import { RunMayExist, startRun } from './start.js';
import { STATE } from './state.js';
import { failureMessage, judgeRun } from './verdict.js';
import { waitForRun } from './wait.js';

/** Time allowed for the report after the run ends, beyond timeout_minutes. */
const REPORT_GRACE_MS = 60_000;

export async function main(): Promise<void> {
  // What is known so far, for the summary of a step that fails before the run is judged, and for a cancellation.
  const known: Known = { phase: 'before' };
  try {
    const config = resolveRunConfig(readInputs(RUN_INPUTS, process.env), process.env);
    known.taskId = config.taskId;
    known.comment = config.comment;
    config.notices.forEach((n) => core.info(n));
    config.warnings.forEach((w) => core.warning(w));
    onCancel((signal) => {
      const message = cancelledMessage(signal, known, config.taskId, config.wait);
      reportErrorSync(known, message);
      core.setFailed(message);
      process.exit(1);
    });
    const deadline = Date.now() + config.timeoutMs;
    const retry = retrySettings(config.maxAttempts, deadline, core, 'timeout_minutes');
    // Keyless keys must outlast the wait: ask for the wait plus ten minutes (IAM allows 900 s to a day).
    const keyLifetime = Math.min(86_400, Math.max(900, Math.ceil(config.timeoutMs / 1000) + 600));
    const { client, iamProjectId } = await openSession(config, retry, { keyLifetimeSeconds: keyLifetime });
    known.projectId = iamProjectId;
    warnIfKeysExpireFirst(config, deadline + REPORT_GRACE_MS);
    const task = await client.showTask(config.taskId);
    const project = await projectOfTask(client, config, task.testSuiteId);
    known.project = project;
    const ref = { testSuiteId: project, taskId: config.taskId };

    const before = await runsOf(client, config.taskId, task);
    core.saveState(STATE.project, String(project));
    core.saveState(STATE.runsBefore, [...before].join(','));
    if (config.wait) core.saveState(STATE.waiting, 'true');
    known.phase = 'starting';
    const started = await startRun(client, ref, { type: config.clusterType, id: config.clusterId }, before).catch((error: unknown) => {
      // Refused outright: no run exists, and the post step has nothing to look after.
      if (!(error instanceof RunMayExist)) core.saveState(STATE.waiting, '');
      throw error;
    });
    const { runId } = started;
    known.taskRunId = runId;
    known.phase = 'started';
    core.saveState(STATE.runId, String(runId));
    core.saveState(STATE.statusApi, started.api);
    core.setOutput('task_run_id', String(runId));
    core.info(`Started run ${runId} of task ${config.taskId} in PerfTest project ${project} (${started.api}).`);
    const ids = { taskId: config.taskId, taskRunId: runId, project, projectId: iamProjectId };
    if (!config.wait) {
      core.setOutput('status', 'started');
      known.judged = true;
      core.info('wait is false: not waiting for the run, which goes on after this job.');
      return await report(config.comment, { status: 'started', ...ids, kpis: {}, verdicts: [] });
    }

    const end = await waitForRun(client, config.taskId, runId, { deadline, pollMs: config.pollMs, runsBefore: before });
    if (end.kind === 'ended') core.saveState(STATE.ended, 'true');
    const outline = await client
      .withRetry(retrySettings(config.maxAttempts, Date.now() + REPORT_GRACE_MS, core, 'the 60 s allowed for the report'))
      .showMergeReportLogsOutline(runId)
      .catch((error: unknown) => {
        core.warning(`No report for run ${runId}: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      });
    const judged = judgeRun(end, outline, config.thresholds);
    core.setOutput('status', judged.status);
    known.judged = true;
    // Figures of a run that did not end are partial: shown, never handed on as outputs.
    if (judged.status !== 'timed_out') {
      for (const field of ['success_rate', 'rps', 'avg_response_time', 'request_count', 'error_request_count'] as const) {
        if (judged.kpis[field] !== undefined) core.setOutput(field, String(judged.kpis[field]));
      }
    }
    const basics = outline?.task_basic_execution_data;
    await report(config.comment, {
      ...ids,
      status: judged.status,
      ending: judged.runStatus === undefined ? undefined : statusName(judged.runStatus),
      detail: judged.status === 'timed_out' ? (judged.runStatus === undefined ? 'going' : statusName(judged.runStatus)) : undefined,
      kpis: judged.kpis,
      verdicts: judged.verdicts,
      successRate: outline && successRateBasis(outline),
      startTime: basics?.start_time || undefined,
      endTime: basics?.end_time || undefined,
      durationSeconds: basics?.duration,
    });
    const failure = failureMessage(judged, runId, config.timeoutMs);
    if (failure) core.setFailed(failure);
    else core.info(`Run ${runId} passed${judged.verdicts.length ? `: ${judged.verdicts.map((v) => v.threshold.text).join(', ')}` : ''}.`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Once the run is judged, its status and summary stand; a later failure (the comment) is only reported.
    if (!known.judged) await reportError(known, message).catch((e: unknown) => core.warning(`Could not write the summary: ${String(e)}`));
    core.setFailed(message);
  }
}

/** What the step knew when it failed or was cancelled. */
interface Known {
  /** Where the step is: before the start, while the start is in flight, or once the run is known. */
  phase: 'before' | 'starting' | 'started';
  taskId?: number;
  taskRunId?: number;
  project?: number;
  projectId?: string;
  comment?: CommentSettings;
  /** Set once the status output is written: a later failure leaves it and the summary alone. */
  judged?: boolean;
}

/** The summary of a failed step (`status: error`), with whatever ids were known. */
function errorSummary(known: Known, message: string): RunSummary | undefined {
  if (known.taskId === undefined) return undefined; // an input error: the log says it all
  return {
    status: 'error',
    detail: message,
    taskId: known.taskId,
    taskRunId: known.taskRunId,
    project: known.project,
    projectId: known.projectId,
    kpis: {},
    verdicts: [],
  };
}

async function reportError(known: Known, message: string): Promise<void> {
  core.setOutput('status', 'error');
  const summary = errorSummary(known, message);
  if (summary) await report(known.comment ?? { enabled: false, token: '' }, summary);
}

/** On a cancellation there is no time for promises: the summary file is appended to at once. */
function reportErrorSync(known: Known, message: string): void {
  core.setOutput('status', 'error');
  const summary = errorSummary(known, message);
  if (summary && process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, renderRunSummary(summary) + '\n');
}

/**
 * The task's PerfTest project: from the task itself (ShowTask's project_id); when "project" is given
 * too, it must name the same one.
 */
async function projectOfTask(client: CptsClient, config: RunConfig, fromTask: number | undefined): Promise<number> {
  if (config.project === undefined) {
    if (fromTask === undefined) {
      throw new InputError(
        'project',
        `Task ${config.taskId}'s answer does not say which PerfTest project it belongs to: give input "project" (its id or name).`,
      );
    }
    core.info(`PerfTest project of task ${config.taskId} -> ${fromTask}`);
    return fromTask;
  }
  const given = await resolveProject(client, config.project);
  if (fromTask !== undefined && given !== fromTask) {
    throw new InputError(
      'project',
      `Input "project" names PerfTest project ${given}, but task ${config.taskId} belongs to PerfTest project ${fromTask}: give ${fromTask}, or leave "project" empty.`,
    );
  }
  return given;
}

/** What a cancellation leaves behind, by where the step was. */
function cancelledMessage(signal: string, { phase, taskRunId: runId }: Known, taskId: number, wait: boolean): string {
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
