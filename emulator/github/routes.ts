// The GitHub stand-in's routes: the runner's ID-token service and the REST routes of pull-request
// comments. Unsigned: GitHub's tokens are checked by the handlers.
import { route, type Route } from '../shared/route.js';
import { createComment, listComments, updateComment } from './comments.js';
import { runnerIdToken } from './runner.js';
import type { GithubState } from './state.js';
import { authenticatedUser } from './users.js';

const COMMENTS = '/repos/{owner}/{repo}/issues/{number}/comments';

export const GITHUB_ROUTES: Route<GithubState>[] = [
  route('RunnerIdToken', 'GET', '/_runner/idtoken', 'runner', (ctx, h) => runnerIdToken(ctx, h.authorization), false),
  route('GetAuthenticatedUser', 'GET', '/user', 'github', (ctx, h) => authenticatedUser(ctx, h.authorization), false),
  route('ListIssueComments', 'GET', COMMENTS, 'github', (ctx, h) => listComments(ctx, h.authorization), false),
  route('CreateIssueComment', 'POST', COMMENTS, 'github', (ctx, h) => createComment(ctx, h.authorization), false),
  route(
    'UpdateIssueComment',
    'PATCH',
    '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    'github',
    (ctx, h) => updateComment(ctx, h.authorization),
    false,
  ),
];
