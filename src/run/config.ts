// The run action's settings, validated like the create action's: pure, one clear error per input.
import { resolveComment, resolveConnection, type CommentSettings, type ServiceAccess } from '../common/connection.js';
import { inputNames } from '../common/input-declarations.js';
import { InputError, quote } from '../common/errors.js';
import type { Env } from '../common/credentials.js';
import { type Ref } from '../cpts/refs.js';
import { MAX_ID } from '../cpts/types.js';
import { parseBoolean, parseBoundedInt, parseChoice, parseId, parseRef } from '../common/validate.js';
import { RUN_DECLARATIONS } from './inputs.js';
import { resolveGateConfig, type GateConfig } from './gate-config.js';
import { resolveEnvironmentConfig, type EnvironmentConfig } from './variables-config.js';
import { parseThresholds, type Threshold } from './thresholds.js';

export const RUN_INPUTS = inputNames(RUN_DECLARATIONS);

export type RawRunInputs = Record<(typeof RUN_INPUTS)[number], string>;

export type ClusterType = 'shared-cluster-internet' | 'private-cluster';

export interface RunConfig extends ServiceAccess {
  taskId: number;
  /** The PerfTest project (test suite) the task belongs to, by id or by name; undefined: the task's own. */
  testSuite: Ref | undefined;
  clusterType: ClusterType;
  clusterId: number;
  wait: boolean;
  /** Bound on the whole wait, in milliseconds. */
  timeoutMs: number;
  pollMs: number;
  thresholds: Threshold[];
  gate: GateConfig;
  /** The PR's own environment: variables to set for the run, and the preflight. */
  environment: EnvironmentConfig;
  comment: CommentSettings;
  /** Things the user should hear about as warnings. */
  warnings: string[];
}

export function resolveRunConfig(raw: RawRunInputs, env: Env): RunConfig {
  if (raw.task_id === '')
    throw new InputError('task_id', 'Input "task_id" is required: the id of the task to run, e.g. ${{ steps.task.outputs.task_id }}.');
  const taskId = parseId('task_id', raw.task_id, 'a CodeArts PerfTest task id');
  // Optional: ShowTask names the task's PerfTest project; given, it must be the same one.
  const project = raw.project === '' ? undefined : parseRef('project', raw.project, 'a CodeArts PerfTest project');
  const clusterType = parseChoice<ClusterType>(
    'cluster_type',
    raw.cluster_type,
    ['shared-cluster-internet', 'private-cluster'],
    RUN_DECLARATIONS.cluster_type.default,
  );
  const clusterId = parseBoundedInt(
    'cluster_id',
    raw.cluster_id,
    0,
    MAX_ID,
    RUN_DECLARATIONS.cluster_id.default,
    'the resource group id (0 for the shared group)',
  );
  if (clusterType === 'private-cluster' && clusterId === 0) {
    throw new InputError(
      'cluster_id',
      'Input "cluster_id" must be the private resource group\'s id when cluster_type is private-cluster; got 0.',
    );
  }
  const wait = parseBoolean('wait', raw.wait, RUN_DECLARATIONS.wait.default);
  const timeoutMinutes = parseTimeoutMinutes('timeout_minutes', raw.timeout_minutes, RUN_DECLARATIONS.timeout_minutes.default);
  const pollSeconds = parseBoundedInt(
    'poll_seconds',
    raw.poll_seconds,
    1,
    600,
    RUN_DECLARATIONS.poll_seconds.default,
    'the seconds between status checks',
  );
  const thresholds = parseThresholds('thresholds', raw.thresholds);
  const warnings: string[] = [];
  if (!wait && thresholds.length > 0) {
    warnings.push(
      'Input "thresholds" is ignored because "wait" is false: a run that is not waited for is not judged. ' +
        'Set wait to true to judge the run against the thresholds, or leave thresholds out.',
    );
  }
  const gate = resolveGateConfig(raw, env);
  if (!wait && gate.baseline) {
    warnings.push('Input "baseline" is ignored because "wait" is false: a run that is not waited for is not compared with one.');
  }
  const environment = resolveEnvironmentConfig(raw, wait);
  return {
    ...resolveConnection(raw, env),
    taskId,
    testSuite: project,
    clusterType,
    clusterId,
    wait,
    timeoutMs: timeoutMinutes * 60_000,
    pollMs: pollSeconds * 1000,
    thresholds,
    gate,
    environment,
    comment: resolveComment(raw),
    warnings,
  };
}

/**
 * The least timeout_minutes, 30 s: the step must start the run, take its first look (after up to
 * 10 s) and get an answer, and one request alone may take REQUEST_TIMEOUT_MS (30 s).
 */
export const MIN_TIMEOUT_MINUTES = 0.5;
const MAX_TIMEOUT_MINUTES = 1440;

/** Minutes, decimals allowed as YAML writes them (`90`, `0.5`, `.5`, `1.`); empty gives `fallback`. */
function parseTimeoutMinutes(input: string, text: string, fallback: number): number {
  if (text === '') return fallback;
  const minutes = Number(text);
  if (!/^(\d+\.?\d*|\.\d+)$/.test(text) || minutes > MAX_TIMEOUT_MINUTES) {
    throw new InputError(
      input,
      `Input "${input}" must be a number of minutes from ${MIN_TIMEOUT_MINUTES} to ${MAX_TIMEOUT_MINUTES}, decimals allowed ` +
        `(e.g. 0.5 or 90); got ${quote(text)}.`,
    );
  }
  if (minutes < MIN_TIMEOUT_MINUTES) {
    throw new InputError(
      input,
      `Input "${input}" must be at least ${MIN_TIMEOUT_MINUTES} (30 s): the step starts the run and takes a first look at it ` +
        `after up to 10 s, and one request alone may take 30 s; got ${quote(text)}.`,
    );
  }
  return minutes;
}
