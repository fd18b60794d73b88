// A route and the call its handler gets, generic in the state the handler reads: the services and the
// GitHub stand-in each declare routes over their own state, and the harness serves them all.
import type { Answer } from './answer.js';
import type { CredentialSeed } from './seed.js';

/** A request as a handler sees it. */
export interface Call<S> {
  state: S;
  /** The key a signed request was signed with. */
  key?: CredentialSeed;
  params: Record<string, string>;
  query: [string, string][];
  body: unknown;
}

/** Whose request id header and error format a route's answers take. */
export type RouteService = 'cpts' | 'iam' | 'runner' | 'github';

export interface Route<S> {
  operation: string;
  method: string;
  /** Segments; `{name}` captures one. */
  pattern: string[];
  /** AK/SK-signed (the gateway checks it), or unsigned (IAM federation). */
  signed: boolean;
  service: RouteService;
  handle(ctx: Call<S>, headers: Record<string, string | undefined>): Answer;
}

export const route = <S>(
  operation: string,
  method: string,
  path: string,
  service: RouteService,
  handle: Route<S>['handle'],
  signed = true,
): Route<S> => ({ operation, method, pattern: path.split('/').slice(1), signed, service, handle });
