// Faults a test can script per operation and per attempt: the n-th request to an operation gets the
// n-th entry (null: handled normally).
import { errorBody, type Answer } from '../shared/answer.js';
import type { State } from './state.js';

export type Fault =
  /** Answer with this instead; with afterHandling, the request is handled first (its effects stay). */
  | ({ kind: 'reply'; afterHandling?: boolean } & Answer)
  /** Wait before handling, or after handling and before answering (a client timeout after the effect). */
  | { kind: 'delay'; ms: number; afterHandling?: boolean }
  /** Drop the connection before handling, or after handling (the effect happened, the answer is lost). */
  | { kind: 'reset'; afterHandling?: boolean }
  /** Something another actor does just before the request is handled normally (start or stop a run, ...). */
  | { kind: 'meanwhile'; label: string; act: (state: State) => void };

export type FaultScript = Partial<Record<string, (Fault | null)[]>>;

/** The script in force and how many requests each operation has had. */
export class FaultPlan {
  private readonly script: FaultScript;
  private readonly attempts = new Map<string, number>();

  constructor(script: FaultScript = {}) {
    this.script = { ...script };
  }

  /** The fault for this request to the operation, counting it as an attempt. */
  next(operation: string): Fault | undefined {
    const n = this.attempts.get(operation) ?? 0;
    this.attempts.set(operation, n + 1);
    return this.script[operation]?.[n] ?? undefined;
  }

  /** Replaces the operation's script and restarts its attempt count. */
  replace(operation: string, list: (Fault | null)[]): void {
    this.script[operation] = list;
    this.attempts.set(operation, 0);
  }
}

const gatewayError = (status: number, code: string, message: string): Fault => ({
  kind: 'reply',
  status,
  body: errorBody('gateway', code, message),
});

const PAGE_TITLES: Record<number, string> = { 502: 'Bad Gateway', 503: 'Service Temporarily Unavailable', 504: 'Gateway Time-out' };

export const faults = {
  status: (status: number, body?: unknown, headers?: Record<string, string>): Fault => ({ kind: 'reply', status, body, headers }),
  /** 429 from the gateway's throttling, with a Retry-After in seconds or as an HTTP date. */
  throttled: (retryAfter: number | string): Fault => ({
    ...(gatewayError(429, 'APIGW.0308', 'The throttling threshold has been reached.') as { kind: 'reply'; status: number; body: unknown }),
    headers: { 'Retry-After': String(retryAfter) },
  }),
  serverError: (status: 500 | 502 | 503 | 504 = 500): Fault =>
    status === 500
      ? { kind: 'reply', status, body: errorBody('cpts', 'SVCSTG.CPTS.5000001', 'Internal server error.') }
      : status === 504
        ? gatewayError(504, 'APIGW.0202', 'Backend timeout.')
        : gatewayError(status, 'APIGW.0203', 'Backend unavailable.'),
  /** cpts documents `501 unknown error` with a bare string body. */
  unknownError: (): Fault => ({ kind: 'reply', status: 501, body: 'unknown error', headers: { 'Content-Type': 'text/plain' } }),
  malformedJson: (status = 201, afterHandling = true): Fault => ({
    kind: 'reply',
    status,
    body: '{"code":"SVCSTG.CPTS.0000000","task_id":',
    afterHandling,
  }),
  htmlPage: (status = 502, afterHandling = false): Fault => ({
    kind: 'reply',
    status,
    headers: { 'Content-Type': 'text/html' },
    body: `<html><head><title>${status} ${PAGE_TITLES[status] ?? 'Notice'}</title></head><body><center><h1>${status} ${PAGE_TITLES[status] ?? 'Notice'}</h1></center><hr><center>nginx</center></body></html>`,
    afterHandling,
  }),
  delay: (ms: number): Fault => ({ kind: 'delay', ms }),
  delayAfterHandling: (ms: number): Fault => ({ kind: 'delay', ms, afterHandling: true }),
  resetBeforeHandling: (): Fault => ({ kind: 'reset' }),
  resetAfterHandling: (): Fault => ({ kind: 'reset', afterHandling: true }),
  /** Someone else starts a run of the task (from the console, another job) just before this request. */
  otherActorStarts: (taskId: number): Fault => ({
    kind: 'meanwhile',
    label: `another actor starts task ${taskId}`,
    act: (state) => {
      const task = state.tasks.get(taskId)!;
      const run = state.lastRun(task);
      if (run && state.isActive(run)) run.stoppedAt = state.now() - state.fixture.run.stoppingSeconds * 1000;
      state.startRun(task, 'shared-cluster-internet', 0);
    },
  }),
  /** Someone else stops the task's current run just before this request. */
  otherActorStops: (taskId: number): Fault => ({
    kind: 'meanwhile',
    label: `another actor stops task ${taskId}`,
    act: (state) => {
      const run = state.lastRun(state.tasks.get(taskId)!);
      if (run && state.isActive(run)) run.stoppedAt = state.now();
    },
  }),
  /**
   * Someone else (another pull request's job, someone in the console) sets the PerfTest project's
   * global variable `name` to `values` just before this request; its id, type and modes stay.
   */
  otherWriterSets: (projectId: number, name: string, values: (string | number)[]): Fault => ({
    kind: 'meanwhile',
    label: `another writer sets variable ${name} of PerfTest project ${projectId} to ${JSON.stringify(values)}`,
    act: (state) => {
      variableNamed(state, projectId, name).variable = [...values];
    },
  }),
  /** Someone else deletes the PerfTest project's global variable `name` just before this request. */
  otherWriterDeletes: (projectId: number, name: string): Fault => ({
    kind: 'meanwhile',
    label: `another writer deletes variable ${name} of PerfTest project ${projectId}`,
    act: (state) => {
      const variables = state.variablesOf(projectId);
      variables.splice(variables.indexOf(variableNamed(state, projectId, name)), 1);
    },
  }),
};

/** The project's variable of that name; a fault naming one that does not exist is a test's mistake. */
function variableNamed(state: State, projectId: number, name: string) {
  const found = state.variablesOf(projectId).find((v) => v.name === name);
  if (!found) throw new Error(`fault: PerfTest project ${projectId} has no variable named ${name}`);
  return found;
}
