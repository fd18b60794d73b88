// The routes the emulator answers, named by the API's operation names.
import * as cpts from './cpts.js';
import * as github from './github.js';
import * as iam from './iam.js';
import type { CallContext } from './cpts.js';

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
    : path.startsWith('/repos/')
      ? 'github'
      : path.startsWith('/v3/projects') || path.startsWith('/v3.0/')
        ? 'iam'
        : 'cpts',
  handle,
});

export const ROUTES: Route[] = [
  route('CreateNewTask', 'POST', '/v3/{project_id}/tasks', cpts.createNewTask),
  route('UpdateTaskRelatedTestCase', 'PUT', '/v3/{project_id}/tasks/{task_id}', cpts.updateTaskRelatedTestCase),
  route('DeleteNewTask', 'DELETE', '/v3/{project_id}/tasks/{task_id}', cpts.deleteNewTask),
  route('ShowTask', 'GET', '/v1/{project_id}/tasks/{task_id}', cpts.showTask),
  route('ShowTaskSet', 'GET', '/v1/{project_id}/all-tasks/{test_suite_id}', cpts.showTaskSet),
  route('UpdateTaskStatus', 'POST', '/v1/{project_id}/test-suites/{test_suite_id}/tasks/{task_id}', cpts.updateTaskStatus),
  route('ShowHistoryRunInfo', 'GET', '/v1/{project_id}/tasks/history-run-list/{task_id}', cpts.showHistoryRunInfo),
  route(
    'ShowMergeReportLogsOutline',
    'GET',
    '/v2/{project_id}/task-run-infos/{task_run_id}/reports/log-outline',
    cpts.showMergeReportLogsOutline,
  ),
  route('ListProjectSets', 'GET', '/v1/{project_id}/test-suites', cpts.listProjectSets),
  route('ListProjectTestCase', 'GET', '/v1/{project_id}/test-suites/{test_suite_id}/directory', cpts.listProjectTestCase),
  route('ListTaskCases', 'GET', '/v1/{project_id}/test-suites/{test_suite_id}/tasks/{task_id}/test-cases', cpts.listTaskCases),
  route('KeystoneListProjects', 'GET', '/v3/projects', iam.keystoneListProjects),
  route(
    'CreateTokenWithIdToken',
    'POST',
    '/v3.0/OS-AUTH/id-token/tokens',
    (ctx, h) => iam.createTokenWithIdToken(ctx, h['x-idp-id']),
    false,
  ),
  route('CreateTemporaryAccessKeyByToken', 'POST', '/v3.0/OS-CREDENTIAL/securitytokens', iam.createTemporaryAccessKeyByToken, false),
  // Not Huawei Cloud: the GitHub runner's ID-token service, so keyless sign-in runs end to end.
  route('RunnerIdToken', 'GET', '/_runner/idtoken', (ctx, h) => iam.runnerIdToken(ctx, h.authorization), false),
  // Not Huawei Cloud either: GitHub's REST API, as far as the pull-request comment uses it.
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

/** The route for a method and decoded path segments, with its captured parameters. */
export function match(method: string, segments: string[]): { route: Route; params: Record<string, string> } | undefined {
  for (const candidate of ROUTES) {
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
