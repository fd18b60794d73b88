// Typed IAM operations: the region project lookup (signed) and the OIDC federation calls (unsigned).
import { ApiError } from './api-error.js';
import { send, type ApiRequest, type ApiResponse, type Endpoint, type HttpOptions } from './http.js';
import { withRetries, type RetrySettings } from './retry.js';
import type { SigningKey } from './signer.js';

export interface RegionProject {
  id: string;
  name: string;
}

export interface TemporaryCredential {
  access: string;
  secret: string;
  securitytoken: string;
  expires_at: string;
}

/** The id and name of each project in a Keystone project list; every other field may be anything. */
function projectsOf(response: ApiResponse, operation: string): RegionProject[] {
  const projects = (response.json as { projects?: unknown } | undefined)?.projects;
  if (!Array.isArray(projects) || !projects.every((p) => typeof p?.id === 'string' && typeof p?.name === 'string')) {
    throw ApiError.malformed(operation, response, 'a projects array with id and name');
  }
  return projects.map((p: RegionProject) => ({ id: p.id, name: p.name }));
}

/** The IAM token, which comes as a header whatever the body. */
function subjectTokenOf(response: ApiResponse, operation: string): string {
  const token = response.headers['x-subject-token'];
  if (!token) throw ApiError.malformed(operation, response, 'an X-Subject-Token header');
  return token;
}

function credentialOf(response: ApiResponse, operation: string): TemporaryCredential {
  const credential = (response.json as { credential?: Partial<TemporaryCredential> } | undefined)?.credential;
  if (!credential || ![credential.access, credential.secret, credential.securitytoken].every((v) => typeof v === 'string' && v)) {
    // Never quote this body: it may hold half a credential.
    throw ApiError.malformed(operation, response, 'a credential with access, secret and securitytoken', false);
  }
  return credential as TemporaryCredential;
}

export class IamClient {
  constructor(
    readonly endpoint: Endpoint,
    private readonly http: HttpOptions,
    /** How every call is retried; its log serves the callers too. */
    readonly retry: RetrySettings,
  ) {}

  /** KeystoneListAuthProjects: the projects the caller's credentials reach; needs no IAM permission. */
  keystoneListAuthProjects(key: SigningKey): Promise<RegionProject[]> {
    return this.request(key, { operation: 'KeystoneListAuthProjects', method: 'GET', path: '/v3/auth/projects' }, projectsOf);
  }

  /** KeystoneListProjects: the projects named `name`; needs iam:projects:listProjects. */
  keystoneListProjects(key: SigningKey, name: string): Promise<RegionProject[]> {
    const query: [string, string][] = [['name', name]];
    return this.request(key, { operation: 'KeystoneListProjects', method: 'GET', path: '/v3/projects', query }, projectsOf);
  }

  /** CreateTokenWithIdToken (unsigned): an IAM token (X-Subject-Token) for an OpenID Connect ID token. */
  createTokenWithIdToken(identityProvider: string, idToken: string): Promise<string> {
    const path = '/v3.0/OS-AUTH/id-token/tokens';
    const body = { auth: { id_token: { id: idToken } } };
    const headers = { 'X-Idp-Id': identityProvider };
    return this.request(undefined, { operation: 'CreateTokenWithIdToken', method: 'POST', path, headers, body }, subjectTokenOf);
  }

  /** CreateTemporaryAccessKeyByToken (unsigned): temporary AK/SK and security token for an IAM token. */
  createTemporaryAccessKeyByToken(token: string, durationSeconds: number): Promise<TemporaryCredential> {
    const path = '/v3.0/OS-CREDENTIAL/securitytokens';
    const body = { auth: { identity: { methods: ['token'], token: { id: token, duration_seconds: durationSeconds } } } };
    return this.request(undefined, { operation: 'CreateTemporaryAccessKeyByToken', method: 'POST', path, body }, credentialOf);
  }

  /** One operation, signed with `key` (unsigned without one), retried, and read by `read`. */
  private request<T>(key: SigningKey | undefined, request: ApiRequest, read: (response: ApiResponse, operation: string) => T): Promise<T> {
    const { operation } = request;
    return withRetries({ ...this.retry, operation }, async (timeoutMs) =>
      read(await send(this.endpoint, key, request, { ...this.http, timeoutMs }), operation),
    );
  }
}

/** The IAM permission KeystoneListProjects needs (KeystoneListAuthProjects needs none). */
export const LIST_PROJECTS_ACTION = 'iam:projects:listProjects';

/**
 * The region's IAM project id, looked up by the region's name: first among the projects the
 * credentials reach (GET /v3/auth/projects, no permission needed), then by name (GET /v3/projects,
 * which needs iam:projects:listProjects). Exactly one match, or an error saying what to give instead.
 */
export async function findRegionProjectId(iam: IamClient, key: SigningKey, region: string): Promise<string> {
  return (await findRegionProject(iam, key, region)).id;
}

/** The route that found the region's project. */
export type ProjectRoute = '/v3/auth/projects' | '/v3/projects';

/** findRegionProjectId, saying which route found it. */
export async function findRegionProject(iam: IamClient, key: SigningKey, region: string): Promise<{ id: string; route: ProjectRoute }> {
  const { log } = iam.retry;
  let reachable: RegionProject[] = [];
  let refusal: ApiError | undefined;
  try {
    reachable = await iam.keystoneListAuthProjects(key);
  } catch (error) {
    // Refused or unknown to this IAM endpoint: the lookup by name may still work.
    if (!(error instanceof ApiError) || error.status < 400 || error.status >= 500) throw error;
    refusal = error;
    log.debug(`GET /v3/auth/projects was refused (${error.message}); trying GET /v3/projects?name=${region}.`);
  }
  const found = reachable.filter((p) => p.name === region);
  if (found.length === 1) {
    log.info(`project_id for region ${region} -> ${found[0].id} (GET /v3/auth/projects)`);
    return { id: found[0].id, route: '/v3/auth/projects' };
  }
  if (found.length > 1) throw ambiguous(region, found);
  const named = await iam.keystoneListProjects(key, region).catch((error: unknown) => {
    throw error instanceof ApiError && error.status === 403 ? needsListProjects(error, region, refusal) : error;
  });
  const matches = named.filter((p) => p.name === region);
  if (matches.length !== 1) {
    if (matches.length > 1) throw ambiguous(region, matches);
    throw new Error(
      `Looking up the IAM project of region ${region} found none. ` +
        'Give "project_id" (console > My Credentials > API Credentials > Projects), and check that the account has a project in that region.',
    );
  }
  log.info(`project_id for region ${region} -> ${matches[0].id} (GET /v3/projects)`);
  return { id: matches[0].id, route: '/v3/projects' };
}

/** KeystoneListProjects refused: the permission it needs, or project_id instead. */
const needsListProjects = (error: ApiError, region: string, refusal: ApiError | undefined) =>
  new Error(
    `${error.message.replace(/\.$/, '')}. Looking up the IAM project of region ${region} needs the IAM permission ${LIST_PROJECTS_ACTION} ` +
      `once the projects these credentials reach (GET /v3/auth/projects${refusal ? `, refused: HTTP ${refusal.status}` : ''}) do not include it. ` +
      'Give "project_id" instead (console > My Credentials > API Credentials > Projects), or grant that permission.',
    { cause: error },
  );

const ambiguous = (region: string, projects: RegionProject[]) =>
  new Error(
    `Looking up the IAM project of region ${region} found ${projects.length}: ${projects.map((p) => p.id).join(', ')}. ` +
      'Give "project_id" (console > My Credentials > API Credentials > Projects).',
  );
