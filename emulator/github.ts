// Not Huawei Cloud: the few GitHub REST routes the actions' pull-request comment uses, so comments
// can be tested and shown without GitHub. Tokens come from the fixture; one of them is read-only,
// like the token of a pull request from a fork.
import type { CallContext } from './cpts.js';

export interface GithubAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Comment {
  id: number;
  /** `owner/repo#number` */
  issue: string;
  body: string;
  created_at: string;
  updated_at: string;
}

const denied = (): GithubAnswer => ({
  status: 403,
  body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' },
});

/** The token's rights, or an answer refusing it. */
function access(ctx: CallContext, authorization: string | undefined): 'write' | 'read' | GithubAnswer {
  const token = /^(?:token|bearer) (.+)$/i.exec(authorization ?? '')?.[1];
  const { github } = ctx.state.fixture;
  if (token === github.writeToken) return 'write';
  if (token === github.readOnlyToken) return 'read';
  return { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } };
}

const issueOf = (ctx: CallContext) => `${ctx.params.owner}/${ctx.params.repo}#${ctx.params.number}`;
const shape = (c: Comment) => ({
  id: c.id,
  body: c.body,
  created_at: c.created_at,
  updated_at: c.updated_at,
  user: { login: 'github-actions[bot]', type: 'Bot' },
});

export function listComments(ctx: CallContext, authorization: string | undefined): GithubAnswer {
  const rights = access(ctx, authorization);
  if (typeof rights !== 'string') return rights;
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
  const rights = access(ctx, authorization);
  if (typeof rights !== 'string') return rights;
  if (rights === 'read') return denied();
  const body = (ctx.body as { body?: unknown } | undefined)?.body;
  if (typeof body !== 'string' || body === '')
    return { status: 422, body: { message: 'Validation Failed', errors: [{ field: 'body', code: 'missing_field' }] } };
  const time = new Date(ctx.state.now()).toISOString();
  const comment: Comment = { id: 9000001 + ctx.state.comments.size, issue: issueOf(ctx), body, created_at: time, updated_at: time };
  ctx.state.comments.set(comment.id, comment);
  return { status: 201, body: shape(comment) };
}

export function updateComment(ctx: CallContext, authorization: string | undefined): GithubAnswer {
  const rights = access(ctx, authorization);
  if (typeof rights !== 'string') return rights;
  if (rights === 'read') return denied();
  const comment = ctx.state.comments.get(Number(ctx.params.comment_id));
  if (!comment || !comment.issue.startsWith(`${ctx.params.owner}/${ctx.params.repo}#`))
    return { status: 404, body: { message: 'Not Found' } };
  const body = (ctx.body as { body?: unknown } | undefined)?.body;
  if (typeof body !== 'string' || body === '') return { status: 422, body: { message: 'Validation Failed' } };
  comment.body = body;
  comment.updated_at = new Date(ctx.state.now()).toISOString();
  return { status: 200, body: shape(comment) };
}
