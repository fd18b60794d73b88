// Typed IAM operations: the region project lookup (signed) and the OIDC federation calls (unsigned).
import { ApiError, quoteBody } from './api-error.js';
import { send, type ApiResponse, type Endpoint, type HttpOptions } from './http.js';
import { withRetries, type Reliability } from './retry.js';
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

const malformed = (operation: string, response: ApiResponse, what: string) =>
  new ApiError(operation, response.status, undefined, `expected ${what}; ${quoteBody(response.text)}`, response.requestId);

export class IamClient {
  constructor(
    readonly endpoint: Endpoint,
    private readonly options: HttpOptions,
  ) {}

  /** KeystoneListProjects: the projects named `name` (a region name names its region project). */
  async keystoneListProjects(key: SigningKey, name: string, timeoutMs?: number): Promise<RegionProject[]> {
    const operation = 'KeystoneListProjects';
    const response = await send(
      this.endpoint,
      key,
      { operation, method: 'GET', path: '/v3/projects', query: [['name', name]] },
      { ...this.options, timeoutMs },
    );
    const projects = (response.json as { projects?: unknown } | undefined)?.projects;
    if (!Array.isArray(projects) || !projects.every((p) => typeof p?.id === 'string' && typeof p?.name === 'string')) {
      throw malformed(operation, response, 'a projects array with id and name');
    }
    return projects.map((p: RegionProject) => ({ id: p.id, name: p.name }));
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
    if (!token) throw malformed(operation, response, 'an X-Subject-Token header');
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
      throw new ApiError(
        operation,
        response.status,
        undefined,
        'expected a credential with access, secret and securitytoken',
        response.requestId,
      );
    }
    return credential as TemporaryCredential;
  }
}

/** The region's IAM project id, looked up by the region's name: exactly one match, or an error. */
export async function findRegionProjectId(iam: IamClient, key: SigningKey, region: string, retry: Reliability): Promise<string> {
  const projects = await withRetries({ ...retry, operation: 'KeystoneListProjects' }, (t) => iam.keystoneListProjects(key, region, t));
  const matches = projects.filter((p) => p.name === region);
  if (matches.length !== 1) {
    throw new Error(
      `Looking up the IAM project of region ${region} found ${matches.length === 0 ? 'none' : `${matches.length}: ${matches.map((p) => p.id).join(', ')}`}. ` +
        'Give "project_id" (console > My Credentials > API Credentials > Projects), and check that the account has a project in that region.',
    );
  }
  retry.log.info(`project_id for region ${region} -> ${matches[0].id}`);
  return matches[0].id;
}
