// Test client for the emulator: real HTTP over node:http, signed with Huawei's OFFICIAL Node signer,
// with a hook to tamper with the request after signing, and raw unsigned requests.
import { createHash } from 'node:crypto';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { DEMO, startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index.js';
import { officialAuthorization } from '../helpers/official-signer.js';

/** 2026-11-28T04:05:06Z: the manual clock's start. */
export const NOW = Date.UTC(2026, 10, 28, 4, 5, 6);
export const P = DEMO.projectId;
export const SUITE = DEMO.perftestProject;
/** The account's other PerfTest project (search-perf, with case 449300). */
export const OTHER_SUITE = 393870;
export const MINUTE = 60 * 1000;

export interface ManualClock {
  t: number;
  now(): number;
  advance(ms: number): void;
}

export function manualClock(start = NOW): ManualClock {
  const clock: ManualClock = {
    t: start,
    now: () => clock.t,
    advance: (ms) => {
      clock.t += ms;
    },
  };
  return clock;
}

/** `YYYYMMDDTHHMMSSZ`. */
export function sdkDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** The request exactly as it goes on the wire; tamper hooks may change any part of it. */
export interface Wire {
  method: string;
  /** Encoded path and query. */
  target: string;
  headers: Record<string, string>;
  body: string;
}

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The parsed body, or undefined when it is not JSON. Loosely typed: tests read what they expect. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

export interface SignOptions {
  /** Default GET, or POST when there is a body. */
  method?: string;
  /** Decoded path. */
  path: string;
  query?: [string, string][];
  /** The JSON body as an object; exactly JSON.stringify(data) is sent. */
  data?: unknown;
  /**
   * A body that is not JSON.stringify of anything (e.g. not JSON at all): signed through the official
   * signer's `X-Sdk-Content-Sha256` header, set to the sha256 of these bytes, which the gateway then
   * recomputes from the body.
   */
  rawBody?: string;
  ak?: string;
  sk?: string;
  /** Sent and signed as X-Security-Token. */
  securityToken?: string;
  /** X-Project-Id, sent and signed; default DEMO.projectId, null for none. */
  projectId?: string | null;
  /** The X-Sdk-Date, epoch ms; default the emulator's manual clock. */
  date?: number;
  /** More headers to send and sign. */
  headers?: Record<string, string>;
  /** Changes the request after it was signed. */
  tamper?: (wire: Wire) => void;
  /** Abort the request when no answer came within this many (real) ms. */
  timeoutMs?: number;
}

/** Percent-encoding leaving only `A-Z a-z 0-9 - _ . ~` (UTF-8). */
export function enc(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

export function targetOf(path: string, query: [string, string][] = []): string {
  const encodedPath = path.split('/').map(enc).join('/');
  return query.length === 0 ? encodedPath : `${encodedPath}?${query.map(([n, v]) => `${enc(n)}=${enc(v)}`).join('&')}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export class Api {
  constructor(
    readonly emulator: Emulator,
    readonly clock: ManualClock,
  ) {}

  get host(): string {
    return new URL(this.emulator.url).host;
  }

  /** Builds and signs a request with the official signer, then applies `tamper`. */
  wire(options: SignOptions): Wire {
    const hasBody = options.data !== undefined || options.rawBody !== undefined;
    const method = options.method ?? (hasBody ? 'POST' : 'GET');
    const body = options.rawBody ?? (options.data === undefined ? '' : JSON.stringify(options.data));
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'X-Sdk-Date': sdkDate(options.date ?? this.clock.now()),
    };
    const projectId = options.projectId === undefined ? P : options.projectId;
    if (projectId !== null) headers['X-Project-Id'] = projectId;
    if (options.securityToken !== undefined) headers['X-Security-Token'] = options.securityToken;
    if (options.rawBody !== undefined) headers['X-Sdk-Content-Sha256'] = sha256(options.rawBody);
    Object.assign(headers, options.headers);
    const authorization = officialAuthorization(
      { host: this.host, method, path: options.path, query: options.query, headers, data: options.data },
      options.ak ?? DEMO.ak,
      options.sk ?? DEMO.sk,
    );
    const wire: Wire = {
      method,
      target: targetOf(options.path, options.query),
      headers: { Host: this.host, ...headers, Authorization: authorization },
      body,
    };
    options.tamper?.(wire);
    return wire;
  }

  signed(options: SignOptions): Promise<Reply> {
    return this.send(this.wire(options), options.timeoutMs);
  }

  /** An unsigned request (IAM federation calls, or anything the gateway should refuse). */
  unsigned(
    method: string,
    target: string,
    options: { headers?: Record<string, string>; data?: unknown; body?: string } = {},
  ): Promise<Reply> {
    const body = options.body ?? (options.data === undefined ? '' : JSON.stringify(options.data));
    return this.send({
      method,
      target,
      headers: { Host: this.host, ...(body ? { 'Content-Type': 'application/json' } : {}), ...options.headers },
      body,
    });
  }

  /** Sends the bytes of `wire` on a fresh connection; rejects on a socket error or the timeout. */
  send(wire: Wire, timeoutMs?: number): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: this.emulator.port,
          method: wire.method,
          path: wire.target,
          headers: { ...wire.headers, ...(wire.body ? { 'Content-Length': String(Buffer.byteLength(wire.body)) } : {}) },
          agent: false,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let json: unknown;
            try {
              json = text === '' ? undefined : JSON.parse(text);
            } catch {
              json = undefined;
            }
            resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
          });
        },
      );
      req.on('error', reject);
      if (timeoutMs !== undefined) req.setTimeout(timeoutMs, () => req.destroy(new Error(`client timeout after ${timeoutMs} ms`)));
      req.end(wire.body);
    });
  }
}

/**
 * Starts an emulator on a manual clock; `stop()` stops it. ShowTask follows a start at once here
 * (startLagSeconds 0) unless the seed says otherwise: these tests pin the emulator's own timing.
 */
export async function setup(options: Omit<EmulatorOptions, 'clock'> = {}, clock = manualClock()): Promise<Api> {
  const seed = { ...options.seed, run: { startLagSeconds: 0, ...options.seed?.run } };
  const emulator = await startEmulator({ ...options, seed, clock });
  return new Api(emulator, clock);
}

/** A CreateNewTask body that the emulator accepts. */
export function taskBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'checkout-pr42-1-1',
    parallel: false,
    enable_full_link: true,
    project_id: SUITE,
    operate_mode: 2,
    case_id_list: [...DEMO.cases],
    ...overrides,
  };
}

export const paths = {
  tasks: `/v3/${P}/tasks`,
  task: (id: number) => `/v3/${P}/tasks/${id}`,
  showTask: (id: number) => `/v1/${P}/tasks/${id}`,
  taskSet: (suite: number = SUITE) => `/v1/${P}/all-tasks/${suite}`,
  taskStatus: (id: number, suite: number = SUITE) => `/v1/${P}/test-suites/${suite}/tasks/${id}`,
  history: (id: number) => `/v1/${P}/tasks/history-run-list/${id}`,
  outline: (runId: number) => `/v2/${P}/task-run-infos/${runId}/reports/log-outline`,
  /** ShowMergeTaskCase: the run's cases. */
  cases: (runId: number) => `/v2/${P}/task-run-infos/${runId}/cases`,
  /** ShowMergeCaseDetail: one case's figures, its requests' and its transactions'. */
  caseDetail: (runId: number, caseRunId: number | string) => `/v2/${P}/task-run-infos/${runId}/case-run-infos/${caseRunId}/detail`,
  suites: `/v1/${P}/test-suites`,
  directory: (suite: number = SUITE) => `/v1/${P}/test-suites/${suite}/directory`,
  /** ListTaskCases: `/v1/{project_id}/test-suites/{test_suit_id}/tasks/{task_id}/test-cases` (sic). */
  taskCases: (id: number, suite: number = SUITE) => `/v1/${P}/test-suites/${suite}/tasks/${id}/test-cases`,
  /** BatchUpdateTaskStatus: `/v1/{project_id}/test-suites/{test_suit_id}/tasks/batch-update-task-status` (sic). */
  batchStatus: (suite: number = SUITE) => `/v1/${P}/test-suites/${suite}/tasks/batch-update-task-status`,
  iamProjects: '/v3/projects',
  iamAuthProjects: '/v3/auth/projects',
  idToken: '/v3.0/OS-AUTH/id-token/tokens',
  securityTokens: '/v3.0/OS-CREDENTIAL/securitytokens',
};

/** Creates a task (asserting 201) and returns its id. */
export async function createTask(api: Api, overrides: Record<string, unknown> = {}): Promise<number> {
  const reply = await api.signed({ path: paths.tasks, data: taskBody(overrides) });
  if (reply.status !== 201 || !Number.isInteger(reply.json?.task_id)) {
    throw new Error(`CreateNewTask answered ${reply.status} ${reply.text}`);
  }
  return reply.json.task_id as number;
}

export const START = {
  status: 9,
  cluster_type: 'shared-cluster-internet',
  cluster_id: 0,
  without_package: 0,
  network_info: { network_type: 'internet' },
};
/** UpdateTaskStatus' body carries every field the contract requires, for a stop too. */
export const STOP = {
  status: 2,
  cluster_type: 'shared-cluster-internet',
  cluster_id: -1,
  without_package: 0,
  network_info: { network_type: 'internet' },
};

/** A BatchUpdateTaskStatus body for new-edition tasks (type 1) of the demo PerfTest project. */
export function batchBody(taskIds: number[], status: 9 | 2, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 1,
    project_id: SUITE,
    task_id_list: taskIds,
    cluster_id: status === 9 ? 0 : -1,
    cluster_type: 'shared-cluster-internet',
    status,
    ...overrides,
  };
}

/** Starts a task (asserting 200) and returns the run id. */
export async function startTask(api: Api, taskId: number): Promise<number> {
  const reply = await api.signed({ path: paths.taskStatus(taskId), data: START });
  if (reply.status !== 200 || !Number.isInteger(reply.json?.result?.task_run_id)) {
    throw new Error(`UpdateTaskStatus answered ${reply.status} ${reply.text}`);
  }
  return reply.json.result.task_run_id as number;
}

/** Stops a task's run (asserting 200) and returns the run id. */
export async function stopTask(api: Api, taskId: number): Promise<number> {
  const reply = await api.signed({ path: paths.taskStatus(taskId), data: STOP });
  if (reply.status !== 200 || !Number.isInteger(reply.json?.result?.task_run_id)) {
    throw new Error(`UpdateTaskStatus answered ${reply.status} ${reply.text}`);
  }
  return reply.json.result.task_run_id as number;
}

/** The emulator's `{code, message}` answer to a request that does not fit the contract's request model. */
export function misfit(operation: string, problems: string): { code: string; message: string } {
  return { code: 'SVCSTG.CPTS.4001001', message: `The request does not fit ${operation}: ${problems}.` };
}

/** An unsigned JWT (header.payload.signature, base64url). */
export function jwt(payload: unknown, header: unknown = { alg: 'RS256', typ: 'JWT', kid: 'test' }): string {
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  return `${b64(header)}.${b64(payload)}.${Buffer.from('not-a-real-signature').toString('base64url')}`;
}
