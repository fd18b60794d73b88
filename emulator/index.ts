// A local stand-in for the parts of Huawei Cloud the action talks to: the API gateway's AK/SK
// authentication, CodeArts PerfTest and IAM, on node:http, with scriptable faults.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { checkAnswer, checkRequest, formatViolations } from './contract.js';
import { CptsError, type CallContext } from './cpts.js';
import type { Fault, FaultScript } from './faults.js';
import { DEFAULT_FIXTURE, type CredentialSeed, type Fixture } from './fixture.js';
import { Gateway } from './gateway.js';
import { IamError } from './iam.js';
import { ROUTES, match } from './routes.js';
import { State, type Task } from './state.js';

export { faults, type Fault, type FaultScript } from './faults.js';
export { DEFAULT_FIXTURE, DEMO, demoInputs, demoRunInputs, type Fixture } from './fixture.js';

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Overrides parts of the default fixture. */
  seed?: Partial<Omit<Fixture, 'run'>> & { run?: Partial<Fixture['run']> };
  faults?: FaultScript;
  clock?: Clock;
  /** Called with one line per request, for the command line. */
  log?: (line: string) => void;
  /**
   * Check every JSON answer to a contract operation against its response model, and answer 500
   * naming the offending field when one does not fit (default true; the command line's --strict).
   */
  strict?: boolean;
}

export interface Received {
  /** The operation name, or undefined for an unknown route. */
  operation: string | undefined;
  method: string;
  /** The request target as received (encoded path and query). */
  target: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  requestId: string;
  /** The status answered, or 'reset' when the connection was dropped. */
  status: number | 'reset';
  fault: Fault['kind'] | undefined;
}

export interface Emulator {
  url: string;
  port: number;
  state: State;
  /** Every request, in arrival order. */
  received: Received[];
  /** Answers of the emulator's own that broke the contract (strict mode answered 500 instead). */
  contractViolations: string[];
  /** Tasks that exist now. */
  tasks(): Task[];
  /** Replaces the fault script of one operation and restarts its attempt count. */
  script(operation: string, list: (Fault | null)[]): void;
  stop(): Promise<void>;
}

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const clock = options.clock ?? { now: () => Date.now() };
  const now = () => clock.now();
  // A copy: tests may change the state's fixture without touching the seed or the default.
  const state = new State(
    structuredClone({ ...DEFAULT_FIXTURE, ...options.seed, run: { ...DEFAULT_FIXTURE.run, ...options.seed?.run } }),
    now,
  );
  const gateway = new Gateway(() => state.keys(), now);
  const script: FaultScript = { ...options.faults };
  const attempts = new Map<string, number>();
  const received: Received[] = [];
  const contractViolations: string[] = [];
  const strict = options.strict ?? true;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let serial = 0;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const nextFault = (operation: string): Fault | undefined => {
    const n = attempts.get(operation) ?? 0;
    attempts.set(operation, n + 1);
    return script[operation]?.[n] ?? undefined;
  };

  async function handle(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
    const requestId = createHash('sha256').update(`emulator-request-${++serial}`).digest('hex').slice(0, 32);
    const target = req.url ?? '/';
    const entry: Received = {
      operation: undefined,
      method: req.method ?? '',
      target,
      headers: { ...req.headers },
      body: body.toString('utf8'),
      requestId,
      status: 0,
      fault: undefined,
    };
    received.push(entry);
    // IAM gives its request id as X-IAM-Trace-Id; the API gateway in front of cpts as X-Request-Id.
    let requestIdHeader = 'X-Request-Id';
    const send = (answer: Answer) => {
      // The gateway's own errors carry the request id in the body too.
      const body = isRecord(answer.body) && 'error_code' in answer.body ? { ...answer.body, request_id: requestId } : answer.body;
      const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      entry.status = answer.status;
      options.log?.(`${entry.method} ${target} -> ${answer.status}${entry.fault ? ` (fault: ${entry.fault})` : ''}`);
      res.writeHead(answer.status, {
        ...(text ? { 'Content-Type': 'application/json' } : {}),
        ...answer.headers,
        [requestIdHeader]: requestId,
      });
      res.end(text);
    };
    const reset = () => {
      entry.status = 'reset';
      options.log?.(`${entry.method} ${target} -> connection reset (fault)`);
      req.socket.destroy();
    };

    const queryAt = target.indexOf('?');
    let segments: string[];
    let query: [string, string][];
    try {
      segments = (queryAt < 0 ? target : target.slice(0, queryAt)).split('/').slice(1).map(decodeURIComponent);
      query = (queryAt < 0 ? '' : target.slice(queryAt + 1))
        .split('&')
        .filter(Boolean)
        .map((p) => {
          const eq = p.indexOf('=');
          return eq < 0 ? [decodeURIComponent(p), ''] : [decodeURIComponent(p.slice(0, eq)), decodeURIComponent(p.slice(eq + 1))];
        });
    } catch {
      return send({ status: 400, body: { error_code: 'APIGW.0201', error_msg: 'API request error: malformed percent-encoding.' } });
    }
    const found = match(entry.method, segments);
    if (!found) {
      return send({
        status: 404,
        body: { error_code: 'APIGW.0101', error_msg: 'The API does not exist or has not been published in the environment.' },
      });
    }
    const { route, params } = found;
    entry.operation = route.operation;
    if (route.service === 'iam') requestIdHeader = 'X-IAM-Trace-Id';

    const fault = nextFault(route.operation);
    entry.fault = fault?.kind;
    if (fault?.kind === 'meanwhile') fault.act(state);
    if (fault?.kind === 'reset' && !fault.afterHandling) return reset();
    if (fault?.kind === 'delay' && !fault.afterHandling) {
      await sleep(fault.ms);
      if (req.socket.destroyed) {
        entry.status = 'reset'; // the client gave up before the request was handled
        return;
      }
    }
    if (fault?.kind === 'reply' && !fault.afterHandling) return send(fault);

    const answer = process(route, params, query, req, body);
    if (fault?.kind === 'reset') return reset();
    if (fault?.kind === 'delay') await sleep(fault.ms);
    if (res.destroyed || req.socket.destroyed) {
      entry.status = 'reset';
      return;
    }
    send(fault?.kind === 'reply' ? fault : answer);
  }

  function process(
    route: NonNullable<ReturnType<typeof match>>['route'],
    params: Record<string, string>,
    query: [string, string][],
    req: IncomingMessage,
    body: Buffer,
  ): Answer {
    let key: CredentialSeed | undefined;
    if (route.signed) {
      const auth = gateway.authenticate({ method: req.method ?? '', target: req.url ?? '/', headers: req.headers, body });
      if ('error' in auth) {
        const { status, error_code, error_msg } = auth.error;
        return { status, body: { error_code, error_msg } };
      }
      key = auth.key;
      if (params.project_id !== undefined) {
        const header = req.headers['x-project-id'];
        if (header !== params.project_id) {
          return {
            status: 401,
            body: {
              error_code: 'APIGW.0301',
              error_msg: `Incorrect IAM authentication information: X-Project-Id ${header === undefined ? 'is missing' : `"${String(header)}"`} but the URL's project is ${params.project_id}`,
            },
          };
        }
        if (!state.fixture.regionProjects.some((p) => p.id === params.project_id)) {
          return {
            status: 401,
            body: {
              error_code: 'APIGW.0301',
              error_msg: `Incorrect IAM authentication information: project ${params.project_id} is not a project of this account`,
            },
          };
        }
      }
    }
    let json: unknown;
    if (body.length > 0) {
      try {
        json = JSON.parse(body.toString('utf8'));
      } catch {
        const message = 'The request body is not valid JSON.';
        return route.service === 'iam'
          ? { status: 400, body: { error: { code: 'IAM.0101', message } } }
          : { status: 400, body: { code: 'SVCSTG.CPTS.4001001', message } };
      }
    }
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
    const ctx: CallContext = { state, key, params, query, body: json };
    const wrong = checkRequest(route.operation, { params, query, headers, body: json });
    if (wrong.length > 0) {
      const message = `The request does not fit ${route.operation}: ${formatViolations(wrong)}.`;
      return route.service === 'iam'
        ? { status: 400, body: { error: { code: 'IAM.0101', message } } }
        : { status: 400, body: { code: 'SVCSTG.CPTS.4001001', message } };
    }
    try {
      const answer = route.handle(ctx, headers);
      return strict ? checked(route.operation, answer) : answer;
    } catch (error) {
      if (error instanceof CptsError) return { status: error.status, body: { code: error.code, message: error.message } };
      if (error instanceof IamError) return { status: error.status, body: { error: { code: error.code, message: error.message } } };
      throw error;
    }
  }

  /** The answer, or a loud 500 naming the field where the emulator's own answer breaks the contract. */
  function checked(operation: string, answer: Answer): Answer {
    if (answer.status < 200 || answer.status > 299) return answer;
    const wrong = checkAnswer(operation, answer.body);
    if (wrong.length === 0) return answer;
    const message = `EMULATOR BUG: the answer to ${operation} breaks the contract: ${formatViolations(wrong)}`;
    contractViolations.push(message);
    options.log?.(message);
    return { status: 500, body: { code: 'EMULATOR.CONTRACT', message } };
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks)).catch((error: unknown) => {
        // A bug of the emulator's: answer like the service would, and keep the record straight.
        options.log?.(`internal error: ${String(error)}`);
        const entry = received.at(-1);
        if (entry) entry.status = 500;
        const iam = ROUTES.find((r) => r.operation === entry?.operation)?.service === 'iam';
        const header = iam ? 'X-IAM-Trace-Id' : 'X-Request-Id';
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json', [header]: entry?.requestId ?? '' });
        const message = 'Internal server error.';
        res.end(JSON.stringify(iam ? { error: { code: 'IAM.0006', message } } : { code: 'SVCSTG.CPTS.5000001', message }));
      });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    // An IPv6 host takes brackets in a URL.
    url: `http://${(options.host ?? '127.0.0.1').includes(':') ? `[${options.host}]` : (options.host ?? '127.0.0.1')}:${port}`,
    port,
    state,
    received,
    contractViolations,
    tasks: () => [...state.tasks.values()],
    script(operation, list) {
      script[operation] = list;
      attempts.set(operation, 0);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        timers.forEach(clearTimeout);
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}
