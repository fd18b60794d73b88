// Who a GitHub token acts as: the job's GITHUB_TOKEN (github-actions[bot]), the same read-only (as a
// fork's), or a person's personal token from the fixture; and GET /user.
import type { Answer } from '../shared/answer.js';
import type { GithubCall, GithubUser } from './state.js';

/** Whom GITHUB_TOKEN writes as on github.com. */
export const ACTIONS_BOT: GithubUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface Caller {
  user: GithubUser;
  /** An installation token (GITHUB_TOKEN, an App's), not a person's. */
  installation: boolean;
  write: boolean;
  /** May edit comments written by others. */
  editsOthers: boolean;
}

/** GitHub's error answer. */
export const refusal = (status: number, message: string): Answer => ({
  status,
  body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) },
});
export const denied = () => refusal(403, 'Resource not accessible by integration');

/** Who the token acts as, or an answer refusing it. */
export function callerOf(ctx: GithubCall, authorization: string | undefined): Caller | Answer {
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

export const isCaller = (value: Caller | Answer): value is Caller => 'user' in value;

/**
 * GET /user: the token's user for a personal token; installation tokens (GITHUB_TOKEN) are refused
 * as GitHub refuses them.
 */
export function authenticatedUser(ctx: GithubCall, authorization: string | undefined): Answer {
  const caller = callerOf(ctx, authorization);
  if (!isCaller(caller)) return caller;
  if (caller.installation) return denied();
  return { status: 200, body: { ...caller.user, site_admin: false } };
}
