// The routes the emulator answers, named by the API's operation names; a contract operation's method
// and path come from the contract itself.
import * as cpts from './cpts.js';
import * as github from './github.js';
import * as iam from './iam.js';
import type { CallContext } from './cpts.js';
import { operationOf } from './contract.js';

export interface Route {
  operation: string;
  method: string;
  /** Segments; `{name}` captures one. */
  pattern: string[];
  /** AK/SK-signed (the gateway checks it), or unsigned (IAM federation). */
  signed: boolean;
  /** Whose error format the route's own errors take. */
  service: 'cpts' | 'iam' | 'runner' | 'github';
  handle(
    ctx: CallContext,
    headers: Record<string, string | undefined>,
  ): { status: number; headers?: Record<string, string>; body?: unknown };
}

const route = (operation: string, method: string, path: string, handle: Route['handle'], signed = true): Route => ({
  operation,
  method,
  pattern: path.split('/').slice(1),
  signed,
  service: path.startsWith('/_runner/')
    ? 'runner'
    : path.startsWith('/repos/') || path === '/user'
      ? 'github'
      : path.startsWith('/v3/projects') || path.startsWith('/v3/auth/') || path.startsWith('/v3.0/')
        ? 'iam'
        : 'cpts',
  handle,
});

/** A route of a contract operation: method and path exactly as the contract gives them. */
const operation = (name: string, handle: Route['handle'], signed = true): Route => {
  const found = operationOf(name);
  if (!found) throw new Error(`the contract has no operation ${name}`);
  return route(name, found.operation.method, found.operation.path, handle, signed);
};

export const ROUTES: Route[] = [
  operation('CreateNewTask', cpts.createNewTask),
  operation('UpdateTaskRelatedTestCase', cpts.updateTaskRelatedTestCase),
  operation('DeleteNewTask', cpts.deleteNewTask),
  operation('ShowTask', cpts.showTask),
  operation('ShowTaskSet', cpts.showTaskSet),
  operation('UpdateTaskStatus', cpts.updateTaskStatus),
  operation('BatchUpdateTaskStatus', cpts.batchUpdateTaskStatus),
  operation('ShowHistoryRunInfo', cpts.showHistoryRunInfo),
  operation('ShowMergeReportLogsOutline', cpts.showMergeReportLogsOutline),
  operation('ListProjectSets', cpts.listProjectSets),
  operation('ListProjectTestCase', cpts.listProjectTestCase),
  operation('ListTaskCases', cpts.listTaskCases),
  operation('KeystoneListProjects', iam.keystoneListProjects),
  operation('KeystoneListAuthProjects', iam.keystoneListAuthProjects),
  operation('CreateTokenWithIdToken', (ctx, h) => iam.createTokenWithIdToken(ctx, h['x-idp-id']), false),
  operation('CreateTemporaryAccessKeyByToken', iam.createTemporaryAccessKeyByToken, false),
  // Not Huawei Cloud: the GitHub runner's ID-token service, so keyless sign-in runs end to end.
  route('RunnerIdToken', 'GET', '/_runner/idtoken', (ctx, h) => iam.runnerIdToken(ctx, h.authorization), false),
  // Not Huawei Cloud either: GitHub's REST API, as far as the pull-request comment uses it.
  route('GetAuthenticatedUser', 'GET', '/user', (ctx, h) => github.authenticatedUser(ctx, h.authorization), false),
  route(
    'ListIssueComments',
    'GET',
    '/repos/{owner}/{repo}/issues/{number}/comments',
    (ctx, h) => github.listComments(ctx, h.authorization),
    false,
  ),
  route(
    'CreateIssueComment',
    'POST',
    '/repos/{owner}/{repo}/issues/{number}/comments',
    (ctx, h) => github.createComment(ctx, h.authorization),
    false,
  ),
  route(
    'UpdateIssueComment',
    'PATCH',
    '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    (ctx, h) => github.updateComment(ctx, h.authorization),
    false,
  ),
];

/** Literal segments first: `tasks/batch-update-task-status` is not task `batch-update-task-status`. */
const BY_SPECIFICITY = [...ROUTES].sort(
  (a, b) => b.pattern.filter((p) => !p.startsWith('{')).length - a.pattern.filter((p) => !p.startsWith('{')).length,
);

/** The route for a method and decoded path segments, with its captured parameters. */
export function match(method: string, segments: string[]): { route: Route; params: Record<string, string> } | undefined {
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
