// Not Huawei Cloud: the pull-request comment routes of GitHub's REST API, as far as the actions use
// them, so comments can be tested and shown without GitHub. Each comment records who wrote it, and
// only its author (or a maintainer's personal token) may edit it, as on GitHub.
import type { Answer } from '../shared/answer.js';
import type { Comment, GithubCall } from './state.js';
import { callerOf, denied, isCaller, refusal } from './users.js';

const issueOf = (ctx: GithubCall) => `${ctx.params.owner}/${ctx.params.repo}#${ctx.params.number}`;
const shape = (c: Comment) => ({
  id: c.id,
  body: c.body,
  created_at: c.created_at,
  updated_at: c.updated_at,
  user: { ...c.user },
});

export function listComments(ctx: GithubCall, authorization: string | undefined): Answer {
  const caller = callerOf(ctx, authorization);
  if (!isCaller(caller)) return caller;
  const perPage = Math.min(100, Number(ctx.query.find(([n]) => n === 'per_page')?.[1] ?? 30));
  const page = Number(ctx.query.find(([n]) => n === 'page')?.[1] ?? 1);
  const all = [...ctx.state.comments.values()].filter((c) => c.issue === issueOf(ctx));
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const headers: Record<string, string> = {};
  const path = `/repos/${ctx.params.owner}/${ctx.params.repo}/issues/${ctx.params.number}/comments`;
  if (page < last)
    headers.Link = `<${path}?per_page=${perPage}&page=${page + 1}>; rel="next", <${path}?per_page=${perPage}&page=${last}>; rel="last"`;
  return { status: 200, headers, body: all.slice((page - 1) * perPage, page * perPage).map(shape) };
}

export function createComment(ctx: GithubCall, authorization: string | undefined): Answer {
  const caller = callerOf(ctx, authorization);
  if (!isCaller(caller)) return caller;
  if (!caller.write) return denied();
  const body = (ctx.body as { body?: unknown } | undefined)?.body;
  if (typeof body !== 'string' || body === '')
    return { status: 422, body: { message: 'Validation Failed', errors: [{ field: 'body', code: 'missing_field' }] } };
  const time = new Date(ctx.state.now()).toISOString();
  const comment: Comment = {
    id: 9000001 + ctx.state.comments.size,
    issue: issueOf(ctx),
    body,
    user: { ...caller.user },
    created_at: time,
    updated_at: time,
  };
  ctx.state.comments.set(comment.id, comment);
  return { status: 201, body: shape(comment) };
}

export function updateComment(ctx: GithubCall, authorization: string | undefined): Answer {
  const caller = callerOf(ctx, authorization);
  if (!isCaller(caller)) return caller;
  if (!caller.write) return denied();
  const comment = ctx.state.comments.get(Number(ctx.params.comment_id));
  if (!comment || !comment.issue.startsWith(`${ctx.params.owner}/${ctx.params.repo}#`))
    return { status: 404, body: { message: 'Not Found' } };
  if (comment.user.id !== caller.user.id && !caller.editsOthers)
    return caller.installation ? denied() : refusal(403, 'Resource not accessible by personal access token');
  const body = (ctx.body as { body?: unknown } | undefined)?.body;
  if (typeof body !== 'string' || body === '') return { status: 422, body: { message: 'Validation Failed' } };
  comment.body = body;
  comment.updated_at = new Date(ctx.state.now()).toISOString();
  return { status: 200, body: shape(comment) };
}
