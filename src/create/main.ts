// The create action, step by step: settings from the inputs -> a session (key, region project,
// client) -> the ids the inputs name -> CreateNewTask (retried, never duplicated, guarded against a
// cancellation) -> outputs, exported keys, job summary and comment. Each step takes the runner, so
// tests run them in-process (__tests__/create/main.test.ts).
import { ContractWatch } from '../common/contract-watch.js';
import { ContractChecker } from '../cpts/contract-check.js';
import * as createShapes from '../cpts/contract-shapes-create.js';
import { readInputs } from '../common/inputs.js';
import { errorMessage } from '../common/errors.js';
import { publish } from '../common/publish.js';
import { openSession, type Session } from '../common/session.js';
import { exportCredentials } from '../common/sign-in.js';
import { processSignals, type Signals } from '../common/signals.js';
import type { CptsClient } from '../cpts/client.js';
import { createTask, type CreateTaskOutcome, type Progress } from '../cpts/create-task.js';
import type { CreateNewTaskRequestBody } from '../cpts/types.js';
import { distinct, resolveCases, resolveTestSuite } from '../cpts/discovery.js';
import { readRunContext, type WorkflowRun } from '../github/context.js';
import type { Runner } from '../github/runner.js';
import { retrySettings } from '../huawei/retry.js';
import { cancellationMessage } from './cancellation.js';
import { CREATE_INPUTS, resolveCreateConfig, type CreateConfig } from './config.js';
import { renderCreateSummary } from './summary.js';
import { defaultTaskName } from './task-name.js';

/** The create action checks its answers against its own operations' models alone. */
const CREATE_CONTRACT = new ContractChecker(createShapes);

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the task is made of: its name, PerfTest project and cases, as ids. */
export interface Target {
  name: string;
  testSuiteId: number;
  caseIds: number[];
}

export async function runCreate(runner: Runner, signals: Signals = processSignals): Promise<void> {
  const watch = new ContractWatch((operation, json) => CREATE_CONTRACT.checkAnswer(operation, json));
  try {
    const config = readConfig(runner);
    const run = readRunContext(runner.env);
    const session = await connect(runner, config, run, watch);
    const target = await resolveTarget(runner, config, session.client, run);
    const outcome = await createGuarded(runner, signals, config, session.client, target);
    const caseIds = await casesOfTask(runner, session.client, target, outcome);
    announce(runner, config, session, target, outcome);
    await publish(runner, config.comment, outcome.taskId, 'create', summaryOf(config, session, target, outcome, caseIds));
  } catch (error) {
    runner.setFailed(errorMessage(error));
  }
  watch.report(runner);
}

/** The settings, with their warnings and notices logged. */
export function readConfig(runner: Runner): CreateConfig {
  const config = resolveCreateConfig(readInputs(runner, CREATE_INPUTS), runner.env);
  config.warnings.forEach((w) => runner.warning(w));
  config.notices.forEach((n) => runner.info(n));
  return config;
}

/** Signs in and binds a client that retries within timeout_seconds. */
export async function connect(
  runner: Runner,
  config: CreateConfig,
  run: WorkflowRun = readRunContext(runner.env),
  watch?: ContractWatch,
): Promise<Session> {
  const retry = retrySettings(config.maxAttempts, Date.now() + config.timeoutSeconds * 1000, runner, 'timeout_seconds');
  const session = await openSession(runner, config, retry, { run, onAnswer: watch?.onAnswer });
  runner.info(`Endpoint ${config.endpoint.origin}, region project ${session.iamProjectId}.`);
  return session;
}

/** The task's name (given or generated), and the ids of its PerfTest project and cases. */
export async function resolveTarget(
  runner: Runner,
  config: CreateConfig,
  client: CptsClient,
  run: WorkflowRun = readRunContext(runner.env),
): Promise<Target> {
  const name = config.name ?? defaultTaskName(run, new Date());
  const testSuiteId = await resolveTestSuite(client, config.testSuite);
  const caseIds = distinct(await resolveCases(client, testSuiteId, config.cases), config.cases, (w) => runner.warning(w));
  return { name, testSuiteId, caseIds };
}

/** CreateNewTask; a cancellation meanwhile says whether a task may exist, then ends the step. */
export async function createGuarded(
  runner: Runner,
  signals: Signals,
  config: CreateConfig,
  client: CptsClient,
  { name, testSuiteId, caseIds }: Target,
): Promise<CreateTaskOutcome> {
  const progress: Progress = { postSent: false };
  const unhook = signals.onCancel((signal) => {
    runner.setFailed(cancellationMessage(signal, progress, name, testSuiteId));
    signals.exit(1);
  });
  try {
    const body: CreateNewTaskRequestBody = {
      name,
      parallel: config.parallel,
      ...(config.enableFullLink === undefined ? {} : { enable_full_link: config.enableFullLink }),
      project_id: testSuiteId,
      operate_mode: 2,
      case_id_list: caseIds,
    };
    const outcome = await createTask(client, { body, ifExists: config.ifExists, nameIsGenerated: config.name === undefined }, progress);
    progress.taskId = outcome.taskId;
    return outcome;
  } finally {
    unhook();
  }
}

/** The task's cases: a reused task keeps its own, with a warning when they are not the ones asked for. */
export async function casesOfTask(runner: Runner, client: CptsClient, target: Target, outcome: CreateTaskOutcome): Promise<number[]> {
  if (outcome.origin !== 'reused') return target.caseIds;
  const actual = await client.listTaskCases(target.testSuiteId, outcome.taskId);
  const key = (ids: number[]) => [...ids].sort((a, b) => a - b).join(', ');
  if (key(actual) !== key(target.caseIds)) {
    runner.warning(
      `Task ${outcome.taskId} "${target.name}" is reused with its own ${plural(actual.length, 'case')} (${key(actual) || 'none'}), not the ones asked for ` +
        `(${key(target.caseIds)}): if_exists: reuse runs the task as it is. Give another name to get a task of these cases.`,
    );
  }
  return actual;
}

/** The outputs, the log line, and the temporary keys for later steps when asked for. */
export function announce(runner: Runner, config: CreateConfig, session: Session, target: Target, outcome: CreateTaskOutcome): void {
  const { taskId, origin, requestId } = outcome;
  runner.setOutput('task_id', String(taskId));
  runner.setOutput('task_name', target.name);
  runner.setOutput('project', String(target.testSuiteId));
  runner.info(
    origin === 'reused'
      ? `Reusing existing CodeArts PerfTest task ${taskId} "${target.name}" in PerfTest project ${target.testSuiteId} (if_exists: reuse).`
      : `Created CodeArts PerfTest task ${taskId} "${target.name}" in PerfTest project ${target.testSuiteId} ` +
          `with ${plural(target.caseIds.length, 'case')}${requestId ? ` (X-Request-Id ${requestId})` : ''}.`,
  );
  if (config.exportCredentials) exportCredentials(runner, session.key, config.region, session.iamProjectId);
}

function summaryOf(config: CreateConfig, session: Session, target: Target, outcome: CreateTaskOutcome, caseIds: number[]): string {
  return renderCreateSummary({
    taskId: outcome.taskId,
    taskName: target.name,
    origin: outcome.origin,
    testSuiteId: target.testSuiteId,
    cases: caseIds,
    region: config.region,
    iamProjectId: session.iamProjectId,
    endpoint: config.endpoint.origin,
    requestId: outcome.requestId,
  });
}
