// The run action's settings, validated like the create action's: pure, one clear error per input.
import {
  COMMENT_INPUTS,
  CONNECTION_INPUTS,
  resolveComment,
  resolveConnection,
  type CommentSettings,
  type Connection,
} from '../connection.js';
import { InputError, quote } from '../errors.js';
import type { Env } from '../huawei/credentials.js';
import { MAX_ID, parseBoolean, parseBoundedInt, parseChoice, parseId, parseRef, type Ref } from '../validate.js';
import { parseThresholds, type Threshold } from './thresholds.js';

export const RUN_INPUTS = [
  'task_id',
  'project',
  ...CONNECTION_INPUTS,
  'cluster_type',
  'cluster_id',
  'wait',
  'timeout_minutes',
  'poll_seconds',
  'thresholds',
  ...COMMENT_INPUTS,
] as const;

export type RawRunInputs = Record<(typeof RUN_INPUTS)[number], string>;

export type ClusterType = 'shared-cluster-internet' | 'private-cluster';

export interface RunConfig extends Connection {
  taskId: number;
  /** The PerfTest project (test suite) the task belongs to, by id or by name. */
  project: Ref;
  clusterType: ClusterType;
  clusterId: number;
  wait: boolean;
  /** Bound on the whole wait, in milliseconds. */
  timeoutMs: number;
  pollMs: number;
  thresholds: Threshold[];
  comment: CommentSettings;
}

export function resolveRunConfig(raw: RawRunInputs, env: Env): RunConfig {
  if (raw.task_id === '')
    throw new InputError('task_id', 'Input "task_id" is required: the id of the task to run, e.g. ${{ steps.task.outputs.task_id }}.');
  const taskId = parseId('task_id', raw.task_id, 'a CodeArts PerfTest task id');
  if (raw.project === '')
    throw new InputError('project', 'Input "project" is required: the PerfTest project the task belongs to, by id or name.');
  const project = parseRef('project', raw.project, 'a CodeArts PerfTest project');
  const clusterType = parseChoice<ClusterType>(
    'cluster_type',
    raw.cluster_type,
    ['shared-cluster-internet', 'private-cluster'],
    'shared-cluster-internet',
  );
  const clusterId = parseBoundedInt('cluster_id', raw.cluster_id, 0, MAX_ID, 0, 'the resource group id (0 for the shared group)');
  if (clusterType === 'private-cluster' && clusterId === 0) {
    throw new InputError(
      'cluster_id',
      'Input "cluster_id" must be the private resource group\'s id when cluster_type is private-cluster; got 0.',
    );
  }
  const wait = parseBoolean('wait', raw.wait, true);
  const timeoutMinutes = raw.timeout_minutes === '' ? 60 : Number(raw.timeout_minutes);
  if (!/^\d+(\.\d+)?$/.test(raw.timeout_minutes || '60') || !(timeoutMinutes > 0) || timeoutMinutes > 1440) {
    throw new InputError(
      'timeout_minutes',
      `Input "timeout_minutes" must be a number of minutes above 0 and at most 1440; got ${quote(raw.timeout_minutes)}.`,
    );
  }
  const pollSeconds = parseBoundedInt('poll_seconds', raw.poll_seconds, 1, 600, 15, 'the seconds between status checks');
  const thresholds = parseThresholds('thresholds', raw.thresholds);
  return {
    ...resolveConnection(raw, env),
    taskId,
    project,
    clusterType,
    clusterId,
    wait,
    timeoutMs: timeoutMinutes * 60_000,
    pollMs: pollSeconds * 1000,
    thresholds,
    comment: resolveComment(raw),
  };
}
