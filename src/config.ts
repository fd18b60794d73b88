// Turns the raw input texts and the environment into the typed, validated settings of the create
// action. Pure: nothing is read or sent here, so every rule is testable without a runner.
import { InputError } from './errors.js';
import { ENV_SOURCES, resolveCredentials, type Env, type ResolvedCredentials } from './huawei/credentials.js';
import type { IfExists } from './cpts/create-task.js';
import type { Endpoint } from './huawei/http.js';
import {
  PROJECT_ID_HELP,
  parseBoolean,
  parseBoundedInt,
  parseChoice,
  parseEndpoint,
  parseId,
  parseIdList,
  parseName,
  parseProjectId,
  parseRegion,
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
] as const;

/** Input texts as given (trimmed, except `name`, whose blankness matters). */
export type RawCreateInputs = Record<(typeof CREATE_INPUTS)[number], string>;

export interface CreateConfig {
  /** The PerfTest project (test suite) id. */
  project: number;
  cases: number[];
  /** An explicit task name; undefined means generate one. */
  name: string | undefined;
  parallel: boolean;
  enableFullLink: boolean | undefined;
  region: string | undefined;
  /** The region's IAM project id. */
  projectId: string;
  endpoint: Endpoint;
  credentials: ResolvedCredentials;
  ifExists: IfExists;
  /** Attempts per call, the first included. */
  maxAttempts: number;
  /** Bound on all of the step's network work. */
  timeoutSeconds: number;
  /** Things the user should hear about but that do not stop the step. */
  warnings: string[];
}

export function resolveCreateConfig(raw: RawCreateInputs, env: Env): CreateConfig {
  const warnings: string[] = [];
  const required = (input: 'project' | 'cases', what: string): string => {
    if (raw[input] === '') throw new InputError(input, `Input "${input}" is required: ${what}.`);
    return raw[input];
  };
  const project = parseId('project', required('project', 'the CodeArts PerfTest project id'), 'a CodeArts PerfTest project id');
  const cases = parseIdList('cases', required('cases', 'the test case ids, separated by commas, spaces or newlines'), 'test case ids');
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
  else if (region) endpoint = { origin: `https://cpts.${region}.myhuaweicloud.com`, host: `cpts.${region}.myhuaweicloud.com` };
  else {
    throw new InputError(
      'region',
      'Input "region" is required (e.g. cn-north-4), unless "endpoint" is given; it may also come from HUAWEI_CLOUD_REGION or HUAWEICLOUD_SDK_REGION.',
    );
  }

  const projectIdSource = firstSet(raw, env, 'project_id', ENV_SOURCES.map((s) => s.projectId));
  if (!projectIdSource) {
    throw new InputError(
      'project_id',
      `Input "project_id" is required (or HUAWEI_CLOUD_PROJECT_ID / HUAWEICLOUD_SDK_PROJECT_ID). ${PROJECT_ID_HELP}`,
    );
  }
  const projectId = parseProjectId(projectIdSource.name, projectIdSource.value);

  const ifExists = parseChoice<IfExists>('if_exists', raw.if_exists, ['create', 'reuse', 'fail'], 'create');
  const maxAttempts = parseBoundedInt('max_attempts', raw.max_attempts, 1, 20, 5, 'the number of attempts per call');
  const timeoutSeconds = parseBoundedInt('timeout_seconds', raw.timeout_seconds, 1, 3600, 120, 'the bound in seconds on all network work');
  const credentials = resolveCredentials(raw, env);
  return {
    project,
    cases: cases.ids,
    name,
    parallel,
    enableFullLink,
    region,
    projectId,
    endpoint,
    credentials,
    ifExists,
    maxAttempts,
    timeoutSeconds,
    warnings,
  };
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
