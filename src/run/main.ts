// The run action's main step, step by step: settings -> a session -> the task and its runs so far
// -> the start (exactly once) -> the wait -> the report -> the verdict, outputs, summary and
// comment. The post step (post.ts) stops the run only if this step started it, was waiting, and
// never saw it end. Each step takes the runner, so tests run them in-process.
import { ContractWatch } from '../common/contract-watch.js';
import { checkAnswer } from '../cpts/contract-fit.js';
import { InputError, errorMessage } from '../common/errors.js';
import { readInputs } from '../common/inputs.js';
import type { CommentSettings } from '../common/connection.js';
import { publish } from '../common/publish.js';
import { openSession, type Session } from '../common/session.js';
import { KEYS_EXPIRE_AT } from '../common/sign-in.js';
import { processSignals, type Signals } from '../common/signals.js';
import type { CptsClient } from '../cpts/client.js';
import { resolveTestSuite } from '../cpts/discovery.js';
import type { ReportOutline } from '../cpts/types.js';
import type { Runner } from '../github/runner.js';
import { retrySettings } from '../huawei/retry.js';
import { RUN_INPUTS, resolveRunConfig, type RunConfig } from './config.js';
import { runsOf, statusName } from './identity.js';
import { cancelledMessage, errorSummary, runMayBeGoing, type Known } from './known.js';
import { hider, putBackVariables, secretsOf, setEnvironmentVariables, type SavedVariables } from './environment.js';
import { preflightFailureMessage, runPreflight, unprovedCases } from './preflight.js';
import { planVariables, type VariableRecord } from './variables.js';
import { checkCaseNames, scopedSource } from './case-scope.js';
import { NO_BASELINE, readCaseReports, readGateBaseline, type CaseReports } from './comparison.js';
import type { Baseline } from './gate-model.js';
import { successRateBasis } from './kpis.js';
import type { EnvironmentReport } from './environment.js';
import { buildResults, writeResultsFiles } from './results.js';
import { RunMayExist, startRun, type TaskRef } from './start.js';
import { STATE } from './state.js';
import { renderRunSummary, type RunSummary } from './summary.js';
import type { Verdict } from './thresholds.js';
import { failureMessage, judgeRun } from './verdict.js';
import { waitForRun, type RunEnd } from './wait.js';

/** Time allowed for the report after the run ends, beyond timeout_minutes. */
const REPORT_GRACE_MS = 60_000;
/** Time allowed for putting the variables back, from when it begins. */
const PUT_BACK_MS = 60_000;

/** The ids every summary of a started run shows. */
interface RunIds {
  taskId: number;
  taskRunId: number;
  testSuiteId: number;
  iamProjectId: string;
}

export async function runMain(runner: Runner, signals: Signals = processSignals): Promise<void> {
  const known: Known = { phase: 'before' };
  const watch = new ContractWatch(checkAnswer);
  try {
    const config = readConfig(runner, known);
    hookCancellation(runner, signals, config, known);
    const deadline = Date.now() + config.timeoutMs;
    const session = await connect(runner, config, deadline, known, watch);
    const { ref, before, variables } = await prepare(runner, config, session.client, known);
    await setUpEnvironment(runner, config, session.client, ref, variables, known);
    const runId = await start(runner, config, session.client, ref, before, known);
    const ids: RunIds = { taskId: config.taskId, taskRunId: runId, testSuiteId: ref.testSuiteId, iamProjectId: session.iamProjectId };
    if (!config.wait) return await reportStarted(runner, config, ids, known);
    const end = await waitForRun(session.client, config.taskId, runId, { deadline, pollMs: config.pollMs, runsBefore: before });
    if (end.kind === 'ended') {
      runner.saveState(STATE.ended, 'true');
      known.ended = true;
      await known.putBack?.();
    }
    // The report and the baseline share the minute allowed after the wait.
    const reportClient = session.client.withRetry(
      retrySettings(config.maxAttempts, Date.now() + REPORT_GRACE_MS, runner, 'the 60 s allowed for the report'),
    );
    const outline = await readReport(runner, reportClient, runId);
    const baseline = end.kind === 'ended' ? await readGateBaseline(config, reportClient, ids) : NO_BASELINE;
    const cases = end.kind === 'ended' ? await readCaseReports(runner, config, reportClient, ids, baseline) : {};
    await judgeAndReport(runner, config, ids, { end, outline, baseline, ...cases }, known);
  } catch (error) {
    const message = errorMessage(error);
    // With no run of ours going on, the variables go back now; otherwise the post step stops the run first.
    if (!runMayBeGoing(known)) await known.putBack?.();
    // Once the run is judged, its status and summary stand; a later failure (the comment) is only reported.
    if (!known.judged)
      await reportError(runner, known, message).catch((e: unknown) => runner.warning(`Could not write the summary: ${String(e)}`));
    runner.setFailed(message);
  }
  watch.report(runner);
}

/** The settings, with their notices and warnings logged; the task id and comment settings noted. */
export function readConfig(runner: Runner, known: Known): RunConfig {
  const config = resolveRunConfig(readInputs(runner, RUN_INPUTS), runner.env);
  if (config.environment.maskVariables) config.environment.variables.forEach((v) => runner.setSecret(v.value));
  known.taskId = config.taskId;
  known.comment = config.comment;
  known.resultsDir = config.gate.resultsDir;
  config.notices.forEach((n) => runner.info(n));
  config.warnings.forEach((w) => runner.warning(w));
  return config;
}

/** On a cancellation there is no time for promises: status, summary and message at once, then exit. */
export function hookCancellation(runner: Runner, signals: Signals, config: RunConfig, known: Known): void {
  signals.onCancel((signal) => {
    const message = cancelledMessage(signal, known, config.taskId, config.wait);
    runner.setOutput('status', 'error');
    const summary = errorSummary(known, message);
    if (summary) runner.appendSummary(renderRunSummary(summary) + '\n');
    runner.setFailed(message);
    signals.exit(1);
  });
}

/** Signs in with keys that outlast the wait, and warns when handed-over keys would not. */
export async function connect(runner: Runner, config: RunConfig, deadline: number, known: Known, watch?: ContractWatch): Promise<Session> {
  const retry = retrySettings(config.maxAttempts, deadline, runner, 'timeout_minutes');
  // Keyless keys must outlast the wait: ask for the wait plus ten minutes (IAM allows 900 s to a day).
  const keyLifetimeSeconds = Math.min(86_400, Math.max(900, Math.ceil(config.timeoutMs / 1000) + 600));
  const session = await openSession(runner, config, retry, { keyLifetimeSeconds, onAnswer: watch?.onAnswer });
  known.iamProjectId = session.iamProjectId;
  warnIfKeysExpireFirst(runner, config, deadline + REPORT_GRACE_MS);
  return session;
}

/**
 * The task's PerfTest project, the variables to set checked against it, and the task's runs so far,
 * saved for the post step before anything starts.
 */
export async function prepare(
  runner: Runner,
  config: RunConfig,
  client: CptsClient,
  known: Known,
): Promise<{ ref: TaskRef; before: Set<number>; variables: VariableRecord[] }> {
  const task = await client.showTask(config.taskId);
  const testSuiteId = await testSuiteOfTask(runner, client, config, task.testSuiteId);
  await checkCaseNames(client, config, testSuiteId);
  known.testSuiteId = testSuiteId;
  const variables = config.environment.variables.length > 0 ? await planVariables(client, testSuiteId, config.environment) : [];
  const before = await runsOf(client, config.taskId, task);
  runner.saveState(STATE.testSuiteId, String(testSuiteId));
  runner.saveState(STATE.runsBefore, [...before].join(','));
  return { ref: { testSuiteId, taskId: config.taskId }, before, variables };
}

/**
 * The PR's own environment: the variables set (and read back), then each case debugged once when
 * preflight is on. From the first write on, `known.putBack` puts the variables back.
 */
export async function setUpEnvironment(
  runner: Runner,
  config: RunConfig,
  client: CptsClient,
  ref: TaskRef,
  records: VariableRecord[],
  known: Known,
): Promise<void> {
  const { maskVariables: masked, preflight } = config.environment;
  if (records.length === 0 && !preflight) return;
  const environment: EnvironmentReport = { testSuiteId: ref.testSuiteId, variables: [] };
  known.environment = environment;
  if (records.length > 0) {
    // Old values may be secrets too.
    if (masked) secretsOf(records).forEach((s) => runner.setSecret(s));
    const saved: SavedVariables = { testSuiteId: ref.testSuiteId, masked, records };
    known.putBack = async () => {
      known.putBack = undefined;
      const bound = retrySettings(config.maxAttempts, Date.now() + PUT_BACK_MS, runner, 'the 60 s allowed for putting the variables back');
      const rows = await putBackVariables(runner, client.withRetry(bound), saved, 'main');
      environment.variables = records.map((r) => rows.get(r.name)!);
    };
    environment.variables = await setEnvironmentVariables(runner, client, saved);
  }
  if (!preflight) return;
  const hide = masked ? hider(secretsOf(records)) : (text: string) => text;
  const report = await runPreflight(client, ref, { type: config.clusterType, id: config.clusterId }, hide);
  environment.preflight = report;
  for (const c of unprovedCases(report)) runner.warning(`Preflight of case "${c.name}" listed no request results: it was not checked.`);
  const failure = preflightFailureMessage(report, config.taskId);
  if (failure) throw new Error(failure);
}

/** Starts the run once; its id goes to the state and the task_run_id output. */
export async function start(
  runner: Runner,
  config: RunConfig,
  client: CptsClient,
  ref: TaskRef,
  before: Set<number>,
  known: Known,
): Promise<number> {
  known.phase = 'starting';
  // From here on the post step looks after the run, should the job end while it goes on.
  if (config.wait) runner.saveState(STATE.waiting, 'true');
  const started = await startRun(client, ref, { type: config.clusterType, id: config.clusterId }, before).catch((error: unknown) => {
    // Refused outright: no run exists, and the post step has nothing to look after.
    if (!(error instanceof RunMayExist)) {
      runner.saveState(STATE.waiting, '');
      known.phase = 'before';
    }
    throw error;
  });
  known.taskRunId = started.runId;
  known.phase = 'started';
  runner.saveState(STATE.runId, String(started.runId));
  runner.saveState(STATE.statusApi, started.api);
  runner.setOutput('task_run_id', String(started.runId));
  runner.info(`Started run ${started.runId} of task ${config.taskId} in PerfTest project ${ref.testSuiteId} (${started.api}).`);
  return started.runId;
}

async function reportStarted(runner: Runner, config: RunConfig, ids: RunIds, known: Known): Promise<void> {
  runner.setOutput('status', 'started');
  known.judged = true;
  runner.info('wait is false: not waiting for the run, which goes on after this job.');
  await report(runner, config.comment, known, undefined, {
    status: 'started',
    ...ids,
    kpis: {},
    verdicts: [],
    environment: known.environment,
  });
}

/** The run's report outline; none is a warning, not a failure. */
export async function readReport(runner: Runner, client: CptsClient, runId: number): Promise<ReportOutline | undefined> {
  return client.showMergeReportLogsOutline(runId).catch((error: unknown) => {
    runner.warning(`No report for run ${runId}: ${errorMessage(error)}`);
    return undefined;
  });
}

/** The verdict: status and figure outputs, the summary and comment, and the step's failure if any. */
export async function judgeAndReport(
  runner: Runner,
  config: RunConfig,
  ids: RunIds,
  { end, outline, baseline, run: cases, ofBaseline }: { end: RunEnd; outline: ReportOutline | undefined; baseline: Baseline } & CaseReports,
  known: Known,
): Promise<void> {
  const baselineKpis = baseline.kind === 'found' ? baseline.run.kpis : undefined;
  const scoped = cases?.report && scopedSource(cases.report);
  const baselineScoped = ofBaseline?.report && scopedSource(ofBaseline.report);
  const judged = judgeRun(end, outline, config.thresholds, baselineKpis, config.gate.onMissingBaseline, scoped, baselineScoped);
  runner.setOutput('status', judged.status);
  known.judged = true;
  // Figures of a run that did not end are partial: shown, never handed on as outputs.
  if (judged.status !== 'timed_out') {
    for (const field of ['success_rate', 'rps', 'avg_response_time', 'request_count', 'error_request_count'] as const) {
      if (judged.kpis[field] !== undefined) runner.setOutput(field, String(judged.kpis[field]));
    }
  }
  if (baseline.kind === 'found' && baseline.run.taskRunId !== undefined)
    runner.setOutput('baseline_task_run_id', String(baseline.run.taskRunId));
  const basics = outline?.task_basic_execution_data;
  const runStatus = judged.runStatus === undefined ? undefined : statusName(judged.runStatus);
  await report(runner, config.comment, known, judged.runStatus, {
    ...ids,
    status: judged.status,
    ending: runStatus,
    detail: judged.status === 'timed_out' ? (runStatus ?? 'going') : undefined,
    kpis: judged.kpis,
    verdicts: judged.verdicts,
    successRate: outline && successRateBasis(outline),
    startTime: basics?.start_time || undefined,
    endTime: basics?.end_time || undefined,
    durationSeconds: basics?.duration,
    // Shown when one was asked for, or when baseline rules lacked one.
    baseline: baseline.kind === 'found' || baseline.reason !== undefined ? baseline : undefined,
    cases: cases?.report,
    caseNote: cases?.note,
    environment: known.environment,
  });
  warnUnjudged(runner, judged.verdicts, baseline);
  const failure = failureMessage(judged, ids.taskRunId, config.timeoutMs);
  const met = judged.verdicts.filter((v) => v.outcome === 'pass').map((v) => v.threshold.text);
  if (failure) runner.setFailed(failure);
  else runner.info(`Run ${ids.taskRunId} passed${met.length ? `: ${met.join(', ')}` : ''}.`);
}

/** Baseline rules that could not be judged and, with on_missing_baseline warn, do not fail the step: one warning each. */
function warnUnjudged(runner: Runner, verdicts: Verdict[], baseline: Baseline): void {
  for (const v of verdicts) {
    if (!v.passed || (v.outcome !== 'no-baseline' && v.outcome !== 'unjudgeable')) continue;
    const why =
      v.outcome === 'unjudgeable'
        ? 'the baseline is 0 and the rule has no absolute term'
        : `no baseline${baseline.kind === 'none' && baseline.reason ? ` (${baseline.reason})` : ''}`;
    runner.warning(`${v.threshold.text} was not judged: ${why}; on_missing_baseline is warn, so it does not fail the step.`);
  }
}

async function reportError(runner: Runner, known: Known, message: string): Promise<void> {
  runner.setOutput('status', 'error');
  const summary = errorSummary(known, message);
  if (summary) await report(runner, known.comment ?? { enabled: false, token: '' }, known, undefined, summary);
}

/** The results files (results.json, junit.xml, summary.md), the job summary, and the comment when asked for. */
async function report(
  runner: Runner,
  comment: CommentSettings,
  known: Known,
  runStatus: number | undefined,
  summary: RunSummary,
): Promise<void> {
  const markdown = renderRunSummary(summary);
  if (known.resultsDir !== undefined) {
    try {
      const files = writeResultsFiles(known.resultsDir, buildResults({ ...summary, runStatus }), markdown);
      runner.setOutput('results_file', files.resultsFile);
      runner.setOutput('junit_file', files.junitFile);
    } catch (error) {
      runner.warning(`Could not write the results files to ${known.resultsDir}: ${errorMessage(error)}`);
    }
  }
  await publish(runner, comment, summary.taskId, 'run', markdown);
}

/**
 * The task's PerfTest project: from the task itself (ShowTask's project_id); when "project" is given
 * too, it must name the same one.
 */
async function testSuiteOfTask(runner: Runner, client: CptsClient, config: RunConfig, fromTask: number | undefined): Promise<number> {
  if (config.testSuite === undefined) {
    if (fromTask === undefined) {
      throw new InputError(
        'project',
        `Task ${config.taskId}'s answer does not say which PerfTest project it belongs to: give input "project" (its id or name).`,
      );
    }
    runner.info(`PerfTest project of task ${config.taskId} -> ${fromTask}`);
    return fromTask;
  }
  const given = await resolveTestSuite(client, config.testSuite);
  if (fromTask !== undefined && given !== fromTask) {
    throw new InputError(
      'project',
      `Input "project" names PerfTest project ${given}, but task ${config.taskId} belongs to PerfTest project ${fromTask}: give ${fromTask}, or leave "project" empty.`,
    );
  }
  return given;
}

/** Temporary keys handed over by an earlier step (export_credentials) that expire before the wait's bound. */
function warnIfKeysExpireFirst(runner: Runner, config: RunConfig, bound: number): void {
  if (config.auth.kind !== 'keys' || !config.auth.credentials.key.securityToken) return;
  const expiry = Date.parse(runner.env[KEYS_EXPIRE_AT] ?? '');
  if (Number.isNaN(expiry) || expiry >= bound) return;
  runner.warning(
    `The temporary keys from ${config.auth.credentials.source} expire at ${new Date(expiry).toISOString()}, before this step's bound ` +
      `(timeout_minutes ${config.timeoutMs / 60_000} ends at ${new Date(bound).toISOString()} with the report's minute): ` +
      'once they expire the wait fails and the post step cannot stop the run. Give this step "identity_provider" so that it signs in ' +
      'itself with keys for the whole wait, or lower timeout_minutes.',
  );
}
