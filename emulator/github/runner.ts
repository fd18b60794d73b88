// Not Huawei Cloud: the GitHub runner's ID-token service (ACTIONS_ID_TOKEN_REQUEST_URL), so keyless
// sign-in runs end to end. Its tokens carry the claims the emulated IAM checks.
import type { Answer } from '../shared/answer.js';
import type { GithubCall } from './state.js';

/** The runner's ID-token service: `GET ...?api-version=2.0&audience=` with the job's bearer token. */
export function runnerIdToken(ctx: GithubCall, authorization: string | undefined): Answer {
  const { runner } = ctx.state.fixture;
  if (authorization !== `Bearer ${runner.requestToken}`) {
    return { status: 401, body: { message: 'The request token is missing or wrong.' } };
  }
  const audience = ctx.query.find(([n]) => n === 'audience')?.[1] ?? runner.defaultAudience;
  const now = Math.floor(ctx.state.now() / 1000);
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = {
    iss: 'https://token.actions.githubusercontent.com',
    aud: audience,
    sub: runner.subject,
    iat: now,
    nbf: now,
    exp: now + 300,
  };
  // Unsigned in substance: the emulated IAM checks the claims, not a signature.
  return {
    status: 200,
    body: { value: `${part({ alg: 'RS256', typ: 'JWT', kid: 'emulator' })}.${part(claims)}.${part({ emulator: true })}` },
  };
}
