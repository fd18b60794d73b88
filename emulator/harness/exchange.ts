// One request's life: recorded, routed, faulted as the script says, then answered (reshaped off
// contract when a test asked for it: reshape.ts) or dropped. The request id header follows the
// route's service; a request that finds no route gets the gateway's answer, and a bug of the
// emulator's a 500 in the service's format.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Fault, FaultPlan } from '../service/faults.js';
import { GatewayError } from '../service/gateway.js';
import { errorBody, type Answer } from '../shared/answer.js';
import type { RouteService } from '../shared/route.js';
import { answerRequest, type Dispatch } from './dispatch.js';
import { errorFormatOf, INTERNAL_ERROR, match, parseTarget, requestIdHeaderOf, ROUTES, type Found } from './routes.js';
import { ReshapeError, type ReshapePlan } from './reshape.js';
import type { RequestHandler } from './server.js';

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
  /** True when the answer was deliberately reshaped off contract (Emulator.reshape). */
  reshaped?: boolean;
}

export interface HandlerDeps extends Dispatch {
  /** Every request, in arrival order. */
  received: Received[];
  faults: FaultPlan;
  /** Off-contract changes to operations' 2xx answers. */
  reshapes: ReshapePlan;
  sleep(ms: number): Promise<void>;
  /** Called with one line per request. */
  log?: (line: string) => void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A request being answered: its record, and the ways it ends. */
class Exchange {
  /** Set once routed: whose request id header the answer takes. */
  service: RouteService | undefined;

  constructor(
    readonly entry: Received,
    private readonly req: IncomingMessage,
    private readonly res: ServerResponse,
    private readonly log: ((line: string) => void) | undefined,
  ) {}

  send(answer: Answer): void {
    const { entry } = this;
    // The gateway's own errors carry the request id in the body too.
    const body = isRecord(answer.body) && 'error_code' in answer.body ? { ...answer.body, request_id: entry.requestId } : answer.body;
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    entry.status = answer.status;
    this.log?.(
      `${entry.method} ${entry.target} -> ${answer.status}${entry.fault ? ` (fault: ${entry.fault})` : ''}${entry.reshaped ? ' (reshaped)' : ''}`,
    );
    this.res.writeHead(answer.status, {
      ...(text ? { 'Content-Type': 'application/json' } : {}),
      ...answer.headers,
      [requestIdHeaderOf(this.service)]: entry.requestId,
    });
    this.res.end(text);
  }

  /** A scripted reset: the connection is dropped instead of answered. */
  reset(): void {
    this.entry.status = 'reset';
    this.log?.(`${this.entry.method} ${this.entry.target} -> connection reset (fault)`);
    this.req.socket.destroy();
  }

  /** The client went away: nothing to answer. */
  gone(): void {
    this.entry.status = 'reset';
  }
}

export class Handler implements RequestHandler {
  private serial = 0;

  constructor(private readonly deps: HandlerDeps) {}

  async handle(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
    const exchange = new Exchange(this.record(req, body), req, res, this.deps.log);
    const found = this.route(exchange);
    if (!found) return;
    const fault = this.deps.faults.next(found.route.operation);
    exchange.entry.fault = fault?.kind;
    if (fault?.kind === 'meanwhile') fault.act(this.deps.state);
    if (fault?.kind === 'reset' && !fault.afterHandling) return exchange.reset();
    if (fault?.kind === 'delay' && !fault.afterHandling) {
      await this.deps.sleep(fault.ms);
      if (req.socket.destroyed) return exchange.gone(); // the client gave up before the request was handled
    }
    if (fault?.kind === 'reply' && !fault.afterHandling) return exchange.send(fault);

    const answer = answerRequest(this.deps, found, req, body);
    if (fault?.kind === 'reset') return exchange.reset();
    if (fault?.kind === 'delay') await this.deps.sleep(fault.ms);
    if (res.destroyed || req.socket.destroyed) return exchange.gone();
    exchange.send(fault?.kind === 'reply' ? fault : this.reshaped(exchange, found.route.operation, answer));
  }

  /** The answer as the test reshaped the operation's answers: 2xx JSON bodies only, after strict mode's check. */
  private reshaped(exchange: Exchange, operation: string, answer: Answer): Answer {
    const { reshapes } = this.deps;
    if (!reshapes.has(operation) || answer.status < 200 || answer.status > 299) return answer;
    try {
      const body = reshapes.apply(operation, answer.body);
      exchange.entry.reshaped = true;
      return { ...answer, body };
    } catch (error) {
      if (!(error instanceof ReshapeError)) throw error;
      const message = `EMULATOR.RESHAPE: the reshape of ${operation} does not fit its answer: ${error.message}`;
      this.deps.log?.(message);
      return { status: 500, body: errorBody(errorFormatOf(exchange.service), 'EMULATOR.RESHAPE', message) };
    }
  }

  /** A bug of the emulator's: answer like the service would, and keep the record straight. */
  crashed(res: ServerResponse, error: unknown): void {
    this.deps.log?.(`internal error: ${String(error)}`);
    const entry = this.deps.received.at(-1);
    if (entry) entry.status = 500;
    const service = ROUTES.find((r) => r.operation === entry?.operation)?.service;
    const format = errorFormatOf(service);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json', [requestIdHeaderOf(service)]: entry?.requestId ?? '' });
    res.end(JSON.stringify(errorBody(format, INTERNAL_ERROR[format], 'Internal server error.')));
  }

  private record(req: IncomingMessage, body: Buffer): Received {
    const entry: Received = {
      operation: undefined,
      method: req.method ?? '',
      target: req.url ?? '/',
      headers: { ...req.headers },
      body: body.toString('utf8'),
      requestId: createHash('sha256').update(`emulator-request-${++this.serial}`).digest('hex').slice(0, 32),
      status: 0,
      fault: undefined,
    };
    this.deps.received.push(entry);
    return entry;
  }

  /** The request's route and query, or undefined once the gateway has answered that it has none. */
  private route(exchange: Exchange): (Found & { query: [string, string][] }) | undefined {
    const { entry } = exchange;
    let target: ReturnType<typeof parseTarget>;
    try {
      target = parseTarget(entry.target);
    } catch {
      exchange.send(new GatewayError(400, 'APIGW.0201', 'API request error: malformed percent-encoding.').answer());
      return undefined;
    }
    const found = match(entry.method, target.segments);
    if (!found) {
      exchange.send(new GatewayError(404, 'APIGW.0101', 'The API does not exist or has not been published in the environment.').answer());
      return undefined;
    }
    entry.operation = found.route.operation;
    exchange.service = found.route.service;
    return { ...found, query: target.query };
  }
}
