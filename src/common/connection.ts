// The settings both actions share: where to send requests (region, endpoints, region project) and
// how to sign them (keys or keyless sign-in). Pure, like the rest of the input validation.
import { InputError } from './errors.js';
import { ENV_SOURCES, resolveCredentials, type Env, type ResolvedCredentials } from './credentials.js';
import { COMMENT_DECLARATIONS, CONNECTION_DECLARATIONS, inputNames } from './input-declarations.js';
import type { Endpoint } from '../huawei/http.js';
import { PROJECT_ID_HELP, parseBoolean, parseBoundedInt, parseEndpoint, parseProjectId, parseRegion } from './validate.js';

export const CONNECTION_INPUTS = inputNames(CONNECTION_DECLARATIONS);

export type RawConnectionInputs = Record<(typeof CONNECTION_INPUTS)[number], string>;

/** The pull-request comment, which both actions can keep up to date. */
export const COMMENT_INPUTS = inputNames(COMMENT_DECLARATIONS);

export interface CommentSettings {
  enabled: boolean;
  token: string;
}

export function resolveComment(raw: Record<(typeof COMMENT_INPUTS)[number], string>): CommentSettings {
  const enabled = parseBoolean('comment_on_pr', raw.comment_on_pr, COMMENT_DECLARATIONS.comment_on_pr.default);
  if (enabled && raw.github_token === '') {
    throw new InputError(
      'github_token',
      'Input "github_token" is empty but "comment_on_pr" is true: leave it at its default, ${{ github.token }}, or give a token that may write pull requests.',
    );
  }
  return { enabled, token: raw.github_token };
}

/** The audience asked for when oidc_audience is empty: the identity provider's client ID in IAM. */
export const DEFAULT_OIDC_AUDIENCE = CONNECTION_DECLARATIONS.oidc_audience.default;

export type Auth = { kind: 'keys'; credentials: ResolvedCredentials } | { kind: 'oidc'; identityProvider: string; audience: string };

/** Where requests go (region, endpoints, the region's IAM project) and how they are signed (keys or keyless). */
export interface ServiceAccess {
  region: string | undefined;
  /** The region's IAM project id; undefined means look it up by region name. */
  iamProjectId: string | undefined;
  endpoint: Endpoint;
  /** IAM, when keyless sign-in or the project id lookup needs it. */
  iamEndpoint: Endpoint | undefined;
  auth: Auth;
  /** Attempts per call, the first included. */
  maxAttempts: number;
  /** Things the user should hear about at info level. */
  notices: string[];
}

const regional = (service: string, region: string): Endpoint => ({
  origin: `https://${service}.${region}.myhuaweicloud.com`,
  host: `${service}.${region}.myhuaweicloud.com`,
});

export function resolveConnection(raw: RawConnectionInputs, env: Env): ServiceAccess {
  const notices: string[] = [];
  const regionSource = firstSet(raw, env, 'region');
  const region = regionSource && parseRegion(regionSource.name, regionSource.value);
  let endpoint: Endpoint;
  if (raw.endpoint !== '') endpoint = parseEndpoint('endpoint', raw.endpoint);
  else if (region) endpoint = regional('cpts', region);
  else {
    throw new InputError(
      'region',
      'Input "region" is required (e.g. cn-north-4), unless "endpoint" is given; it may also come from HUAWEI_CLOUD_REGION or HUAWEICLOUD_SDK_REGION.',
    );
  }

  const projectIdSource = firstSet(raw, env, 'project_id');
  const iamProjectId = projectIdSource && parseProjectId(projectIdSource.name, projectIdSource.value);
  if (!iamProjectId && !region) {
    throw new InputError(
      'project_id',
      `Input "project_id" is required when "region" is not given, since the lookup goes by region name. ${PROJECT_ID_HELP}`,
    );
  }

  const auth = resolveAuth(raw, env, notices);
  let iamEndpoint: Endpoint | undefined;
  if (raw.iam_endpoint !== '') iamEndpoint = parseEndpoint('iam_endpoint', raw.iam_endpoint);
  else if (env.HUAWEICLOUD_SDK_IAM_ENDPOINT?.trim())
    iamEndpoint = parseEndpoint('HUAWEICLOUD_SDK_IAM_ENDPOINT', env.HUAWEICLOUD_SDK_IAM_ENDPOINT.trim());
  else if (region) iamEndpoint = regional('iam', region);
  if (!iamEndpoint && auth.kind === 'oidc') {
    throw new InputError(
      'iam_endpoint',
      'Keyless sign-in needs IAM: give "region" (for https://iam.{region}.myhuaweicloud.com) or "iam_endpoint".',
    );
  }

  const maxAttempts = parseBoundedInt(
    'max_attempts',
    raw.max_attempts,
    1,
    20,
    CONNECTION_DECLARATIONS.max_attempts.default,
    'the number of attempts per call',
  );
  return { region, iamProjectId, endpoint, iamEndpoint, auth, maxAttempts, notices };
}

/** Keys from inputs or the environment, or keyless sign-in when identity_provider is given. */
function resolveAuth(raw: RawConnectionInputs, env: Env, notices: string[]): Auth {
  if (raw.identity_provider === '') {
    // action.yml gives the default whenever the input is left out, so only another value was given on purpose.
    if (raw.oidc_audience !== '' && raw.oidc_audience !== DEFAULT_OIDC_AUDIENCE) {
      notices.push('Input "oidc_audience" is only used with "identity_provider"; ignoring it.');
    }
    return { kind: 'keys', credentials: resolveCredentials(raw, env) };
  }
  const given = (['access_key_id', 'secret_access_key', 'security_token'] as const).filter((n) => raw[n] !== '');
  if (given.length > 0) {
    throw new InputError(
      given[0],
      `Give either "identity_provider" (keyless sign-in) or access keys, not both: drop ${given.map((n) => `"${n}"`).join(', ')} ` +
        'to sign in with the workflow\'s ID token, or drop "identity_provider" to use the keys.',
    );
  }
  const inEnv = ENV_SOURCES.flatMap((s) => [s.ak, s.sk]).filter((n) => env[n]?.trim());
  if (inEnv.length > 0)
    notices.push(
      `Signing in keyless through identity provider "${raw.identity_provider}"; not using ${inEnv.join(', ')} from the environment.`,
    );
  if (/[\s\p{Cc}]/u.test(raw.identity_provider)) {
    throw new InputError(
      'identity_provider',
      `Input "identity_provider" must be the IAM identity provider's id, without blanks; got ${JSON.stringify(raw.identity_provider)}.`,
    );
  }
  return { kind: 'oidc', identityProvider: raw.identity_provider, audience: raw.oidc_audience || DEFAULT_OIDC_AUDIENCE };
}

/** The input when given, else the first environment variable of the same meaning that is set. */
function firstSet(raw: RawConnectionInputs, env: Env, input: 'region' | 'project_id'): { name: string; value: string } | undefined {
  if (raw[input] !== '') return { name: input, value: raw[input] };
  for (const source of ENV_SOURCES) {
    const name = source[input === 'region' ? 'region' : 'projectId'];
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return undefined;
}
