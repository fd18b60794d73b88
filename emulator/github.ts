// Not Huawei Cloud: the few GitHub REST routes the actions' pull-request comment uses, so comments
// can be tested and shown without GitHub. Tokens come from the fixture: the job's GITHUB_TOKEN, the
// same read-only (as a fork's), and people's personal tokens. Each comment records who wrote it, and
// only its author (or a maintainer's personal token) may edit it, as on GitHub.
import type { CallContext } from './cpts.js';

export interface GithubAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface GithubUser {
  login: string;
  id: number;
  type: 'Bot' | 'User';
}

/** Whom GITHUB_TOKEN writes as on github.com. */
export const ACTIONS_BOT: GithubUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface Comment {
  id: number;
  /** `owner/repo#number` */
  issue: string;
  body: string;
  user: GithubUser;
  created_at: string;
  updated_at: string;
}

interface Caller {
  user: GithubUser;
  /** An installation token (GITHUB_TOKEN, an App's), not a person's. */
  installation: boolean;
  write: boolean;
  /** May edit comments written by others. */
  editsOthers: boolean;
}

const refusal = (status: number, message: string): GithubAnswer => ({
  status,
  body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) },
});
const denied = () => refusal(403, 'Resource not accessible by integration');

/** Who the token acts as, or an answer refusing it. */
function callerOf(ctx: CallContext, authorization: string | undefined): Caller | GithubAnswer {
  const token = /^(?:token|bearer) (.+)$/i.exec(authorization ?? '')?.[1];
  const { github } = ctx.state.fixture;
  if (token === github.writeToken) return { user: ACTIONS_BOT, installation: true, write: true, editsOthers: false };
  if (token === github.readOnlyToken) return { user: ACTIONS_BOT, installation: true, write: false, editsOthers: false };
  const person = github.users.find((u) => u.token === token);
  if (person) {
    const user: GithubUser = { login: person.login, id: person.id, type: 'User' };
    return { user, installation: false, write: true, editsOthers: person.maintainer === true };
  }
  return refusal(401, 'Bad credentials');
}

const isCaller = (value: Caller | GithubAnswer): value is Caller => 'user' in value;

/**
 * GET /user: the token's user for a personal token; installation tokens (GITHUB_TOKEN) are refused
 * as GitHub refuses them.
 */
export function authenticatedUser(ctx: CallContext, authorization: string | undefined): GithubAnswer {
  const caller = callerOf(ctx, authorization);
  if (!isCaller(caller)) return caller;
  if (caller.installation) return denied();
  return { status: 200, body: { ...caller.user, site_admin: false } };
}

const issueOf = (ctx: CallContext) => `${ctx.params.owner}/${ctx.params.repo}#${ctx.params.number}`;
const shape = (c: Comment) => ({
  id: c.id,
  body: c.body,
  created_at: c.created_at,
  updated_at: c.updated_at,
  user: { ...c.user },
});

export function listComments(ctx: CallContext, authorization: string | undefined): GithubAnswer {
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

export function createComment(ctx: CallContext, authorization: string | undefined): GithubAnswer {
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

export function updateComment(ctx: CallContext, authorization: string | undefined): GithubAnswer {
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
