// Typed IAM operations: the region project lookup (signed) and the OIDC federation calls (unsigned).
import { ApiError } from './api-error.js';
import { send, type ApiResponse, type Endpoint, type HttpOptions } from './http.js';
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
function projectsOf(operation: string, response: ApiResponse): RegionProject[] {
  const projects = (response.json as { projects?: unknown } | undefined)?.projects;
  if (!Array.isArray(projects) || !projects.every((p) => typeof p?.id === 'string' && typeof p?.name === 'string')) {
    throw ApiError.malformed(operation, response, 'a projects array with id and name');
  }
  return projects.map((p: RegionProject) => ({ id: p.id, name: p.name }));
}

export class IamClient {
  constructor(
    readonly endpoint: Endpoint,
    private readonly options: HttpOptions,
  ) {}

  /** KeystoneListAuthProjects: the projects the caller's credentials reach; needs no IAM permission. */
  async keystoneListAuthProjects(key: SigningKey, timeoutMs?: number): Promise<RegionProject[]> {
    const operation = 'KeystoneListAuthProjects';
    const response = await send(
      this.endpoint,
      key,
      { operation, method: 'GET', path: '/v3/auth/projects' },
      { ...this.options, timeoutMs },
    );
    return projectsOf(operation, response);
  }

  /** KeystoneListProjects: the projects named `name`; needs iam:projects:listProjects. */
  async keystoneListProjects(key: SigningKey, name: string, timeoutMs?: number): Promise<RegionProject[]> {
    const operation = 'KeystoneListProjects';
    const response = await send(
      this.endpoint,
      key,
      { operation, method: 'GET', path: '/v3/projects', query: [['name', name]] },
      { ...this.options, timeoutMs },
    );
    return projectsOf(operation, response);
  }

  /** CreateTokenWithIdToken: an IAM token (X-Subject-Token) for an OpenID Connect ID token. */
  async createTokenWithIdToken(identityProvider: string, idToken: string, timeoutMs?: number): Promise<string> {
    const operation = 'CreateTokenWithIdToken';
    const response = await send(
      this.endpoint,
      undefined,
      {
        operation,
        method: 'POST',
        path: '/v3.0/OS-AUTH/id-token/tokens',
        headers: { 'X-Idp-Id': identityProvider },
        body: { auth: { id_token: { id: idToken } } },
      },
      { ...this.options, timeoutMs },
    );
    const token = response.headers['x-subject-token'];
    if (!token) throw ApiError.malformed(operation, response, 'an X-Subject-Token header');
    return token;
  }

  /** CreateTemporaryAccessKeyByToken: temporary AK/SK and security token for an IAM token. */
  async createTemporaryAccessKeyByToken(token: string, durationSeconds: number, timeoutMs?: number): Promise<TemporaryCredential> {
    const operation = 'CreateTemporaryAccessKeyByToken';
    const response = await send(
      this.endpoint,
      undefined,
      {
        operation,
        method: 'POST',
        path: '/v3.0/OS-CREDENTIAL/securitytokens',
        body: { auth: { identity: { methods: ['token'], token: { id: token, duration_seconds: durationSeconds } } } },
      },
      { ...this.options, timeoutMs },
    );
    const credential = (response.json as { credential?: Partial<TemporaryCredential> } | undefined)?.credential;
    if (!credential || ![credential.access, credential.secret, credential.securitytoken].every((v) => typeof v === 'string' && v)) {
      // Never quote this body: it may hold half a credential.
      throw ApiError.malformed(operation, response, 'a credential with access, secret and securitytoken', false);
    }
    return credential as TemporaryCredential;
  }
}

/** The IAM permission KeystoneListProjects needs (KeystoneListAuthProjects needs none). */
export const LIST_PROJECTS_ACTION = 'iam:projects:listProjects';

/**
 * The region's IAM project id, looked up by the region's name: first among the projects the
 * credentials reach (GET /v3/auth/projects, no permission needed), then by name (GET /v3/projects,
 * which needs iam:projects:listProjects). Exactly one match, or an error saying what to give instead.
 */
export async function findRegionProjectId(iam: IamClient, key: SigningKey, region: string, retry: RetrySettings): Promise<string> {
  let reachable: RegionProject[] = [];
  let refusal: ApiError | undefined;
  try {
    reachable = await withRetries({ ...retry, operation: 'KeystoneListAuthProjects' }, (t) => iam.keystoneListAuthProjects(key, t));
  } catch (error) {
    // Refused or unknown to this IAM endpoint: the lookup by name may still work.
    if (!(error instanceof ApiError) || error.status < 400 || error.status >= 500) throw error;
    refusal = error;
    retry.log.debug(`GET /v3/auth/projects was refused (${error.message}); trying GET /v3/projects?name=${region}.`);
  }
  const found = reachable.filter((p) => p.name === region);
  if (found.length === 1) {
    retry.log.info(`project_id for region ${region} -> ${found[0].id} (GET /v3/auth/projects)`);
    return found[0].id;
  }
  if (found.length > 1) throw ambiguous(region, found);
  let named: RegionProject[];
  try {
    named = await withRetries({ ...retry, operation: 'KeystoneListProjects' }, (t) => iam.keystoneListProjects(key, region, t));
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) {
      throw new Error(
        `${error.message.replace(/\.$/, '')}. Looking up the IAM project of region ${region} needs the IAM permission ${LIST_PROJECTS_ACTION} ` +
          `once the projects these credentials reach (GET /v3/auth/projects${refusal ? `, refused: HTTP ${refusal.status}` : ''}) do not include it. ` +
          'Give "project_id" instead (console > My Credentials > API Credentials > Projects), or grant that permission.',
        { cause: error },
      );
    }
    throw error;
  }
  const matches = named.filter((p) => p.name === region);
  if (matches.length !== 1) {
    if (matches.length > 1) throw ambiguous(region, matches);
    throw new Error(
      `Looking up the IAM project of region ${region} found none. ` +
        'Give "project_id" (console > My Credentials > API Credentials > Projects), and check that the account has a project in that region.',
    );
  }
  retry.log.info(`project_id for region ${region} -> ${matches[0].id} (GET /v3/projects)`);
  return matches[0].id;
}

const ambiguous = (region: string, projects: RegionProject[]) =>
  new Error(
    `Looking up the IAM project of region ${region} found ${projects.length}: ${projects.map((p) => p.id).join(', ')}. ` +
      'Give "project_id" (console > My Credentials > API Credentials > Projects).',
  );
