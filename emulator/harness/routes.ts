// Every route the emulator answers, the services' then GitHub's; how a request finds its route; and
// whose request id header and error format a route's answers take.
import { GITHUB_ROUTES } from '../github/routes.js';
import { SERVICE_ROUTES } from '../service/routes.js';
import type { Route, RouteService } from '../shared/route.js';
import type { EmulatorState } from './state.js';

export const ROUTES: Route<EmulatorState>[] = [...SERVICE_ROUTES, ...GITHUB_ROUTES];

/** Literal segments first: `tasks/batch-update-task-status` is not task `batch-update-task-status`. */
const BY_SPECIFICITY = [...ROUTES].sort(
  (a, b) => b.pattern.filter((p) => !p.startsWith('{')).length - a.pattern.filter((p) => !p.startsWith('{')).length,
);

export interface Found {
  route: Route<EmulatorState>;
  params: Record<string, string>;
}

/** The route for a method and decoded path segments, with its captured parameters. */
export function match(method: string, segments: string[]): Found | undefined {
  for (const candidate of BY_SPECIFICITY) {
    if (candidate.method !== method || candidate.pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const fits = candidate.pattern.every((part, i) => {
      if (part.startsWith('{')) {
        params[part.slice(1, -1)] = segments[i];
        return segments[i] !== '';
      }
      return part === segments[i];
    });
    if (fits) return { route: candidate, params };
  }
  return undefined;
}

/** The decoded path segments and query of a request target; throws on malformed percent-encoding. */
export function parseTarget(target: string): { segments: string[]; query: [string, string][] } {
  const queryAt = target.indexOf('?');
  const segments = (queryAt < 0 ? target : target.slice(0, queryAt)).split('/').slice(1).map(decodeURIComponent);
  const query = (queryAt < 0 ? '' : target.slice(queryAt + 1))
    .split('&')
    .filter(Boolean)
    .map((p): [string, string] => {
      const eq = p.indexOf('=');
      return eq < 0 ? [decodeURIComponent(p), ''] : [decodeURIComponent(p.slice(0, eq)), decodeURIComponent(p.slice(eq + 1))];
    });
  return { segments, query };
}

/** IAM gives its request id as X-IAM-Trace-Id; the API gateway in front of cpts (and of no route) as X-Request-Id. */
export const requestIdHeaderOf = (service: RouteService | undefined) => (service === 'iam' ? 'X-IAM-Trace-Id' : 'X-Request-Id');

/** IAM's routes answer errors of their own in IAM's format; every other route in CodeArts PerfTest's. */
export const errorFormatOf = (service: RouteService | undefined): 'cpts' | 'iam' => (service === 'iam' ? 'iam' : 'cpts');

/** The code of a request that does not fit its operation (or is not JSON), by format. */
export const INVALID_REQUEST = { cpts: 'SVCSTG.CPTS.4001001', iam: 'IAM.0101' } as const;

/** The code of an internal error (a bug of the emulator's), by format. */
export const INTERNAL_ERROR = { cpts: 'SVCSTG.CPTS.5000001', iam: 'IAM.0006' } as const;
