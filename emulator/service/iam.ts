// IAM: the region project lookup (signed) and the OIDC federation calls (unsigned), with IAM's
// `{error: {code, message}}` errors. Codes are the emulator's own, in IAM's format.
import { ServiceError, type Answer } from '../shared/answer.js';
import type { CredentialSeed } from '../shared/seed.js';
import type { CallContext } from './state.js';

export class IamError extends ServiceError {
  constructor(status: number, code: string, message: string) {
    super(status, code, message, 'iam');
  }
}

function projectOf(ctx: CallContext, p: { id: string; name: string }) {
  const { domainId } = ctx.state.fixture;
  // Keystone gives a project's links as {self} alone, whatever the SDK's model claims.
  return {
    id: p.id,
    name: p.name,
    domain_id: domainId,
    parent_id: domainId,
    enabled: true,
    is_domain: false,
    description: '',
    links: { self: `/v3/projects/${p.id}` },
  };
}

/** KeystoneListProjects: needs iam:projects:listProjects, which least-privilege and federated users lack. */
export function keystoneListProjects(ctx: CallContext): Answer {
  if (ctx.key?.listProjects === false) {
    return { status: 403, body: { error_msg: "Policy doesn't allow iam:projects:listProjects to be performed.", error_code: 'IAM.0003' } };
  }
  const names = ctx.query.filter(([n]) => n === 'name').map(([, v]) => v);
  const projects = ctx.state.fixture.regionProjects
    .filter((p) => names.length === 0 || names.includes(p.name))
    .map((p) => projectOf(ctx, p));
  return { status: 200, body: { projects, links: { self: '/v3/projects', previous: null, next: null } } };
}

/** KeystoneListAuthProjects: the projects the caller can reach; no permission needed. */
export function keystoneListAuthProjects(ctx: CallContext): Answer {
  const projects = ctx.state.fixture.regionProjects.map((p) => projectOf(ctx, p));
  return { status: 200, body: { projects, links: { self: '/v3/auth/projects' } } };
}

interface IdTokenClaims {
  iss?: unknown;
  aud?: unknown;
  exp?: unknown;
  sub?: unknown;
}

function claimsOf(jwt: string): IdTokenClaims {
  const parts = jwt.split('.');
  if (parts.length !== 3) throw new IamError(400, 'IAM.0101', 'The id_token is not a JWT.');
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    throw new IamError(400, 'IAM.0101', 'The id_token payload is not valid JSON.');
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
    throw new IamError(400, 'IAM.0101', 'The id_token payload is not a JSON object.');
  }
  return claims as IdTokenClaims;
}

export function createTokenWithIdToken(ctx: CallContext, idpId: string | undefined): Answer {
  const provider = ctx.state.fixture.identityProviders.find((p) => p.id === idpId);
  if (!provider) throw new IamError(404, 'IAM.0004', `The identity provider ${idpId ?? '(no X-Idp-Id header)'} does not exist.`);
  const jwt = (ctx.body as { auth?: { id_token?: { id?: unknown } } } | undefined)?.auth?.id_token?.id;
  if (typeof jwt !== 'string') throw new IamError(400, 'IAM.0101', 'auth.id_token.id is required.');
  const claims = claimsOf(jwt);
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (claims.iss !== provider.issuer) {
    throw new IamError(400, 'IAM.0102', `The id_token issuer does not match identity provider ${provider.id}.`);
  }
  if (!audiences.includes(provider.clientId)) {
    throw new IamError(400, 'IAM.0103', `The id_token audience does not match the client ID of identity provider ${provider.id}.`);
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= ctx.state.now()) {
    throw new IamError(401, 'IAM.0104', 'The id_token has expired.');
  }
  const subject = String(claims.sub ?? '');
  const pattern = (rule: string) =>
    new RegExp(
      `^${rule
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
  if (!provider.subjects.some((rule) => pattern(rule).test(subject))) {
    throw new IamError(403, 'IAM.0105', `The id_token subject "${subject}" matches no mapping rule of identity provider ${provider.id}.`);
  }
  const token = `MIIemulator-iam-token-${++ctx.state.serial}`;
  const expiresAt = ctx.state.now() + 24 * 3600 * 1000;
  ctx.state.subjectTokens.set(token, {
    expiresAt,
    ...(provider.permissions === undefined ? {} : { permissions: [...provider.permissions] }),
  });
  return {
    status: 201,
    headers: { 'X-Subject-Token': token },
    body: {
      token: {
        methods: ['mapped'],
        issued_at: new Date(ctx.state.now()).toISOString(),
        expires_at: new Date(expiresAt).toISOString(),
        user: { name: `FederationUser-${String(claims.sub ?? 'unknown')}`, domain: { id: ctx.state.fixture.domainId } },
      },
    },
  };
}

export function createTemporaryAccessKeyByToken(ctx: CallContext): Answer {
  const { state } = ctx;
  const token = (ctx.body as { auth?: { identity?: { methods?: unknown; token?: { id?: unknown; duration_seconds?: unknown } } } })?.auth
    ?.identity;
  if (!Array.isArray(token?.methods) || !token.methods.includes('token') || typeof token.token?.id !== 'string') {
    throw new IamError(400, 'IAM.0101', 'auth.identity.methods must be ["token"] with auth.identity.token.id.');
  }
  const subject = state.subjectTokens.get(token.token.id);
  if (subject === undefined || subject.expiresAt <= state.now()) {
    throw new IamError(401, 'IAM.0106', 'The token is invalid or has expired.');
  }
  const duration = token.token.duration_seconds ?? 900;
  if (!Number.isInteger(duration) || (duration as number) < 900 || (duration as number) > 86400) {
    throw new IamError(400, 'IAM.0101', 'duration_seconds must be an integer from 900 to 86400.');
  }
  const n = ++state.serial;
  const expiresAt = state.now() + (duration as number) * 1000;
  const key: CredentialSeed = {
    ak: `EMUTEMPAK${String(n).padStart(11, '0')}`,
    sk: `emulator-temporary-secret-${n}`,
    securityToken: `emulator-security-token-${n}`,
    expiresAt,
    // A federated user's keys carry the mapped group's permissions: CodeArts PerfTest, not IAM's.
    listProjects: false,
    // ... and of CodeArts PerfTest, what the identity provider's mapping grants (all, unless seeded).
    ...(subject.permissions === undefined ? {} : { permissions: [...subject.permissions] }),
  };
  state.issuedKeys.push(key);
  return {
    status: 201,
    body: {
      credential: {
        access: key.ak,
        secret: key.sk,
        securitytoken: key.securityToken,
        expires_at: new Date(expiresAt).toISOString(),
      },
    },
  };
}
