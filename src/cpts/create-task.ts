// Creating a task without ever creating two: a POST whose answer was lost is followed by a lookup
// by name before it is repeated, and only a task that did not exist before this step is adopted.
import { ApiError } from '../huawei/api-error.js';
import type { Logger } from '../huawei/http.js';
import { MIN_REQUEST_MS, RetriesExhausted, backoffMs, type RetrySettings } from '../huawei/retry.js';
import type { CptsClient } from './client.js';
import { allPages } from './pages.js';
import type { CreateNewTaskRequestBody, TaskSummary } from './types.js';

export type IfExists = 'create' | 'reuse' | 'fail';

export interface CreateTaskRequest {
  body: CreateNewTaskRequestBody;
  ifExists: IfExists;
  /** A generated name is unique to this job's run attempt: no lookup is needed before the first POST. */
  nameIsGenerated: boolean;
}

export interface CreateTaskOutcome {
  taskId: number;
  /** created: by a POST whose answer arrived; adopted: by a POST whose answer was lost; reused: existed. */
  origin: 'created' | 'adopted' | 'reused';
  requestId?: string;
}

/** What a cancellation report needs to know: has a POST gone out, and what came of it. */
export interface Progress {
  postSent: boolean;
  taskId?: number;
}

/** A task of that name exists and `if_exists` is `fail`. */
export class TaskExistsError extends Error {
  constructor(name: string, testSuiteId: number, ids: number[]) {
    super(
      `A task named "${name}" already exists in PerfTest project ${testSuiteId}: task ${ids.join(', ')}. ` +
        'if_exists is "fail"; use "reuse" to run the existing task, "create" to add another, or give another name.',
    );
    this.name = 'TaskExistsError';
  }
}

export async function findTasksByName(client: CptsClient, testSuiteId: number, name: string): Promise<TaskSummary[]> {
  const tasks = await allPages((offset, limit) => client.showTaskSet(testSuiteId, offset, limit));
  return tasks.filter((t) => t.name === name);
}

const newest = (tasks: TaskSummary[]): TaskSummary => tasks.reduce((a, b) => (b.id > a.id ? b : a));

export async function createTask(client: CptsClient, request: CreateTaskRequest, progress: Progress): Promise<CreateTaskOutcome> {
  const { body } = request;
  const lookup = () => findTasksByName(client, body.project_id, body.name);
  const before = new Set<number>();
  if (request.ifExists !== 'create' || !request.nameIsGenerated) {
    const existing = await lookup();
    const reused = reuseOrRefuse(existing, request, client.retry.log);
    if (reused) return reused;
    existing.forEach((t) => before.add(t.id));
  }

  // Set once a POST's outcome is unknown: from then on any failure may leave a task behind.
  let uncertain = false;
  let adopted = false;
  try {
    const created = await client.createNewTask(body, {
      beforeSend: () => {
        progress.postSent = true;
      },
      recover: async () => {
        uncertain = true;
        const task = await lookAgainAndAgain(() => findOurs(client, body, before, lookup), client.retry);
        if (!task) return undefined;
        client.retry.log.info(
          `The answer to CreateNewTask was lost, but task ${task.id} "${body.name}" exists now: using it instead of creating another.`,
        );
        adopted = true;
        return { task_id: task.id, requestId: undefined };
      },
    });
    return adopted
      ? { taskId: created.task_id, origin: 'adopted' }
      : { taskId: created.task_id, origin: 'created', requestId: created.requestId };
  } catch (error) {
    throw mayHaveCreated(error, body, uncertain) ?? error;
  }
}

/** The existing task to reuse (if_exists: reuse), or TaskExistsError (if_exists: fail), when tasks of that name exist. */
function reuseOrRefuse(existing: TaskSummary[], request: CreateTaskRequest, log: Logger): CreateTaskOutcome | undefined {
  const { body, ifExists } = request;
  if (existing.length === 0) return undefined;
  if (ifExists === 'fail') {
    throw new TaskExistsError(
      body.name,
      body.project_id,
      existing.map((t) => t.id),
    );
  }
  if (ifExists !== 'reuse') return undefined;
  const task = newest(existing);
  if (existing.length > 1) log.warning(`${existing.length} tasks are named "${body.name}"; reusing the newest, ${task.id}.`);
  return { taskId: task.id, origin: 'reused' };
}

/** Lookups after a lost POST before a second POST is considered: the task list may lag the create. */
export const LOOKUPS_BEFORE_REPOST = 3;

/** `find` until it finds, at most LOOKUPS_BEFORE_REPOST times, with backoff and inside the bound. */
async function lookAgainAndAgain<T>(find: () => Promise<T | undefined>, retry: RetrySettings): Promise<T | undefined> {
  const { policy, timing } = retry;
  for (let look = 1; ; look++) {
    const found = await find();
    if (found !== undefined || look >= LOOKUPS_BEFORE_REPOST) return found;
    const wait = Math.max(1000, backoffMs(look, policy, timing.random()));
    if (timing.now() + wait + MIN_REQUEST_MS > policy.deadline) return undefined;
    await timing.sleep(wait);
  }
}

/**
 * The task our lost POST created: named as ours, absent before our first POST, and (since another
 * step may have made a same-named task meanwhile, such as a matrix leg) with exactly our cases.
 */
async function findOurs(
  client: CptsClient,
  body: CreateNewTaskRequestBody,
  before: Set<number>,
  lookup: () => Promise<TaskSummary[]>,
): Promise<TaskSummary | undefined> {
  const candidates = (await lookup()).filter((t) => !before.has(t.id)).sort((a, b) => b.id - a.id);
  const ours = [...body.case_id_list].sort((a, b) => a - b).join(',');
  for (const task of candidates) {
    const cases = await client.listTaskCases(body.project_id, task.id);
    if ([...cases].sort((a, b) => a - b).join(',') === ours) return task;
  }
  return undefined;
}

/**
 * The same error, saying so when the service may have created the task after all: a POST's outcome
 * was unknown (even if the lookup that followed failed, ran out of time or was refused), or its 2xx
 * answer could not be read.
 */
function mayHaveCreated(error: unknown, body: CreateNewTaskRequestBody, uncertain: boolean): Error | undefined {
  const unknownOutcome =
    uncertain ||
    (error instanceof RetriesExhausted && error.lastDecision.outcomeUnknown) ||
    (error instanceof ApiError && error.status >= 200 && error.status < 300);
  if (!unknownOutcome) return undefined;
  return new Error(
    `${(error as Error).message.replace(/\.$/, '')}. The service may have created a task named "${body.name}" in PerfTest project ${body.project_id}: ` +
      'check the project before re-running, or re-run with if_exists: reuse.',
    { cause: error },
  );
}
