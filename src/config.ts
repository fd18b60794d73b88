// Turns the raw input texts and the environment into the typed, validated settings of the create
// action. Pure: nothing is read or sent here, so every rule is testable without a runner.
import type { IfExists } from './cpts/create-task.js';
import { InputError } from './errors.js';
import { ENV_SOURCES, resolveCredentials, type Env, type ResolvedCredentials } from './huawei/credentials.js';
import type { Endpoint } from './huawei/http.js';
import {
  PROJECT_ID_HELP,
  parseBoolean,
  parseBoundedInt,
  parseChoice,
  parseEndpoint,
  parseName,
  parseProjectId,
  parseRef,
  parseRefList,
  parseRegion,
  type Ref,
} from './validate.js';

export const CREATE_INPUTS = [
  'project',
  'cases',
  'name',
  'parallel',
  'enable_full_link',
  'region',
  'project_id',
  'access_key_id',
  'secret_access_key',
  'security_token',
  'endpoint',
  'if_exists',
  'max_attempts',
  'timeout_seconds',
  'identity_provider',
  'oidc_audience',
  'iam_endpoint',
  'export_credentials',
] as const;

/** Input texts as given (trimmed, except `name`, whose blankness matters). */
export type RawCreateInputs = Record<(typeof CREATE_INPUTS)[number], string>;

/** The audience asked for when oidc_audience is empty: the identity provider's client ID in IAM. */
export const DEFAULT_OIDC_AUDIENCE = 'iam.myhuaweicloud.com';

export type Auth =
  | { kind: 'keys'; credentials: ResolvedCredentials }
  | { kind: 'oidc'; identityProvider: string; audience: string };

export interface CreateConfig {
  /** The PerfTest project (test suite), by id or by name. */
  project: Ref;
  cases: Ref[];
  /** An explicit task name; undefined means generate one. */
  name: string | undefined;
  parallel: boolean;
  enableFullLink: boolean | undefined;
  region: string | undefined;
  /** The region's IAM project id; undefined means look it up by region name. */
  projectId: string | undefined;
  endpoint: Endpoint;
  /** IAM, when keyless sign-in or the project id lookup needs it. */
  iamEndpoint: Endpoint | undefined;
  auth: Auth;
  exportCredentials: boolean;
  ifExists: IfExists;
  /** Attempts per call, the first included. */
  maxAttempts: number;
  /** Bound on all of the step's network work. */
  timeoutSeconds: number;
  /** Things the user should hear about but that do not stop the step. */
  warnings: string[];
  notices: string[];
}

const regional = (service: string, region: string): Endpoint => ({
  origin: `https://${service}.${region}.myhuaweicloud.com`,
  host: `${service}.${region}.myhuaweicloud.com`,
});

export function resolveCreateConfig(raw: RawCreateInputs, env: Env): CreateConfig {
  const warnings: string[] = [];
  const notices: string[] = [];
  const required = (input: 'project' | 'cases', what: string): string => {
    if (raw[input] === '') throw new InputError(input, `Input "${input}" is required: ${what}.`);
    return raw[input];
  };
  const project = parseRef('project', required('project', 'the CodeArts PerfTest project, by id or name'), 'a CodeArts PerfTest project');
  const cases = parseRefList('cases', required('cases', 'the test cases, by id or name, separated by commas, spaces or newlines'), 'test cases');
  if (cases.duplicates.length > 0) {
    warnings.push(`Input "cases" lists ${[...new Set(cases.duplicates)].join(', ')} more than once; each case is used once.`);
  }
  const name = raw.name === '' ? undefined : parseName('name', raw.name);
  const parallel = parseBoolean('parallel', raw.parallel, false);
  const enableFullLink = parseBoolean('enable_full_link', raw.enable_full_link, undefined);

  const regionSource = firstSet(raw, env, 'region', ENV_SOURCES.map((s) => s.region));
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

  const projectIdSource = firstSet(raw, env, 'project_id', ENV_SOURCES.map((s) => s.projectId));
  const projectId = projectIdSource && parseProjectId(projectIdSource.name, projectIdSource.value);
  if (!projectId && !region) {
    throw new InputError(
      'project_id',
      `Input "project_id" is required when "region" is not given, since the lookup goes by region name. ${PROJECT_ID_HELP}`,
    );
  }

  const auth = resolveAuth(raw, env, notices);
  let iamEndpoint: Endpoint | undefined;
  if (raw.iam_endpoint !== '') iamEndpoint = parseEndpoint('iam_endpoint', raw.iam_endpoint);
  else if (env.HUAWEICLOUD_SDK_IAM_ENDPOINT?.trim()) iamEndpoint = parseEndpoint('HUAWEICLOUD_SDK_IAM_ENDPOINT', env.HUAWEICLOUD_SDK_IAM_ENDPOINT.trim());
  else if (region) iamEndpoint = regional('iam', region);
  if (!iamEndpoint && auth.kind === 'oidc') {
    throw new InputError('iam_endpoint', 'Keyless sign-in needs IAM: give "region" (for https://iam.{region}.myhuaweicloud.com) or "iam_endpoint".');
  }

  const exportCredentials = parseBoolean('export_credentials', raw.export_credentials, false);
  if (exportCredentials && auth.kind === 'keys') {
    warnings.push('Input "export_credentials" exports the temporary keys of keyless sign-in; with access keys there is nothing to export.');
  }
  const ifExists = parseChoice<IfExists>('if_exists', raw.if_exists, ['create', 'reuse', 'fail'], 'create');
  const maxAttempts = parseBoundedInt('max_attempts', raw.max_attempts, 1, 20, 5, 'the number of attempts per call');
  const timeoutSeconds = parseBoundedInt('timeout_seconds', raw.timeout_seconds, 1, 3600, 120, 'the bound in seconds on all network work');
  return {
    project,
    cases: cases.refs,
    name,
    parallel,
    enableFullLink,
    region,
    projectId,
    endpoint,
    iamEndpoint,
    auth,
    exportCredentials: exportCredentials && auth.kind === 'oidc',
    ifExists,
    maxAttempts,
    timeoutSeconds,
    warnings,
    notices,
  };
}

/** Keys from inputs or the environment, or keyless sign-in when identity_provider is given. */
function resolveAuth(raw: RawCreateInputs, env: Env, notices: string[]): Auth {
  if (raw.identity_provider === '') {
    if (raw.oidc_audience !== '') notices.push('Input "oidc_audience" is only used with "identity_provider"; ignoring it.');
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
  if (inEnv.length > 0) notices.push(`Signing in keyless through identity provider "${raw.identity_provider}"; not using ${inEnv.join(', ')} from the environment.`);
  if (/[\s\p{Cc}]/u.test(raw.identity_provider)) {
    throw new InputError('identity_provider', `Input "identity_provider" must be the IAM identity provider's id, without blanks; got ${JSON.stringify(raw.identity_provider)}.`);
  }
  return { kind: 'oidc', identityProvider: raw.identity_provider, audience: raw.oidc_audience || DEFAULT_OIDC_AUDIENCE };
}

/** The input when given, else the first environment variable that is set. */
function firstSet(
  raw: RawCreateInputs,
  env: Env,
  input: keyof RawCreateInputs,
  envNames: readonly string[],
): { name: string; value: string } | undefined {
  if (raw[input] !== '') return { name: input, value: raw[input] };
  for (const name of envNames) {
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return undefined;
}
