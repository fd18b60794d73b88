// What a routed request is answered before any fault: the gateway's check of a signed request,
// CodeArts PerfTest's check of the key's identity-policy actions (service/permissions.ts), the body's
// JSON and the contract's request model, then the route's handler. Errors are answered in the
// format of the route's service; when strict, an answer of the emulator's own that breaks the
// contract becomes a loud 500.
import type { IncomingMessage } from 'node:http';
import { checkAnswer, checkRequest, formatViolations } from '../service/contract.js';
import { projectError, type Gateway } from '../service/gateway.js';
import { permissionError } from '../service/permissions.js';
import { errorBody, ServiceError, type Answer } from '../shared/answer.js';
import type { CredentialSeed } from '../shared/seed.js';
import { errorFormatOf, INVALID_REQUEST, type Found } from './routes.js';
import type { EmulatorState } from './state.js';

export interface Dispatch {
  state: EmulatorState;
  gateway: Gateway;
  strict: boolean;
  /** Told of each answer of the emulator's own that breaks the contract. */
  violation(message: string): void;
}

export function answerRequest(
  d: Dispatch,
  { route, params, query }: Found & { query: [string, string][] },
  req: IncomingMessage,
  body: Buffer,
): Answer {
  const format = errorFormatOf(route.service);
  const invalid = (message: string) => new ServiceError(400, INVALID_REQUEST[format], message, format);
  try {
    const key = route.signed ? signedBy(d, params, req, body) : undefined;
    // The service's identity-policy check: after the gateway, before anything is handled.
    if (key && route.service === 'cpts') {
      const denied = permissionError(key, route.operation);
      if (denied) throw denied;
    }
    let json: unknown;
    if (body.length > 0) {
      try {
        json = JSON.parse(body.toString('utf8'));
      } catch {
        throw invalid('The request body is not valid JSON.');
      }
    }
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
    const wrong = checkRequest(route.operation, { params, query, headers, body: json });
    if (wrong.length > 0) throw invalid(`The request does not fit ${route.operation}: ${formatViolations(wrong)}.`);
    const answer = route.handle({ state: d.state, key, params, query, body: json }, headers);
    return d.strict ? checked(d, route.operation, answer) : answer;
  } catch (error) {
    if (error instanceof ServiceError) return error.answer();
    throw error;
  }
}

/** The key that signed the request, once the gateway has checked it and the URL's project. */
function signedBy(d: Dispatch, params: Record<string, string>, req: IncomingMessage, body: Buffer): CredentialSeed {
  const auth = d.gateway.authenticate({ method: req.method ?? '', target: req.url ?? '/', headers: req.headers, body });
  if ('error' in auth) throw auth.error;
  if (params.project_id !== undefined) {
    const wrong = projectError(req.headers['x-project-id'], params.project_id, d.state.fixture.regionProjects);
    if (wrong) throw wrong;
  }
  return auth.key;
}

/** The answer, or a loud 500 naming the field where the emulator's own answer breaks the contract. */
function checked(d: Dispatch, operation: string, answer: Answer): Answer {
  if (answer.status < 200 || answer.status > 299) return answer;
  const wrong = checkAnswer(operation, answer.body);
  if (wrong.length === 0) return answer;
  const message = `EMULATOR BUG: the answer to ${operation} breaks the contract: ${formatViolations(wrong)}`;
  d.violation(message);
  return { status: 500, body: errorBody('cpts', 'EMULATOR.CONTRACT', message) };
}
