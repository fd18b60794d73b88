// Turns the raw input texts and the environment into the typed, validated settings of the create
// action. Pure: nothing is read or sent here, so every rule is testable without a runner.
import { resolveComment, resolveConnection, type CommentSettings, type ServiceAccess } from '../common/connection.js';
import { inputNames } from '../common/input-declarations.js';
import type { IfExists } from '../cpts/create-task.js';
import { InputError } from '../common/errors.js';
import type { Env } from '../common/credentials.js';
import { listSome, type Ref } from '../cpts/refs.js';
import { parseBoolean, parseBoundedInt, parseChoice, parseName, parseRef, parseRefList } from '../common/validate.js';
import { CREATE_DECLARATIONS } from './inputs.js';

export const CREATE_INPUTS = inputNames(CREATE_DECLARATIONS);

/**
 * The least timeout_seconds: room for the few requests of a creation (keyless sign-in, lookups,
 * CreateNewTask), each given at least MIN_REQUEST_MS, and a retry.
 */
export const MIN_TIMEOUT_SECONDS = 10;

/** Input texts as given (trimmed, except `name`, whose blankness matters). */
export type RawCreateInputs = Record<(typeof CREATE_INPUTS)[number], string>;

export interface CreateConfig extends ServiceAccess {
  /** The PerfTest project (test suite), by id or by name. */
  testSuite: Ref;
  cases: Ref[];
  /** An explicit task name; undefined means generate one. */
  name: string | undefined;
  parallel: boolean;
  enableFullLink: boolean | undefined;
  exportCredentials: boolean;
  ifExists: IfExists;
  /** Bound on all of the step's network work. */
  timeoutSeconds: number;
  comment: CommentSettings;
  /** Things the user should hear about but that do not stop the step. */
  warnings: string[];
}

export function resolveCreateConfig(raw: RawCreateInputs, env: Env): CreateConfig {
  const warnings: string[] = [];
  const required = (input: 'project' | 'cases', what: string): string => {
    if (raw[input] === '') throw new InputError(input, `Input "${input}" is required: ${what}.`);
    return raw[input];
  };
  const project = parseRef('project', required('project', 'the CodeArts PerfTest project, by id or name'), 'a CodeArts PerfTest project');
  const cases = parseRefList(
    'cases',
    required('cases', 'the test cases, by id or name, separated by commas or newlines (ids also by spaces)'),
    'test cases',
  );
  if (cases.duplicates.length > 0) {
    warnings.push(`Input "cases" lists these more than once: ${listSome([...new Set(cases.duplicates)])}; each case is used once.`);
  }
  const name = raw.name === '' ? undefined : parseName('name', raw.name);
  const parallel = parseBoolean('parallel', raw.parallel, CREATE_DECLARATIONS.parallel.default);
  const enableFullLink = parseBoolean('enable_full_link', raw.enable_full_link, undefined);
  const connection = resolveConnection(raw, env);

  const exportCredentials = parseBoolean('export_credentials', raw.export_credentials, CREATE_DECLARATIONS.export_credentials.default);
  if (exportCredentials && connection.auth.kind === 'keys') {
    warnings.push('Input "export_credentials" exports the temporary keys of keyless sign-in; with access keys there is nothing to export.');
  }
  const ifExists = parseChoice<IfExists>('if_exists', raw.if_exists, ['create', 'reuse', 'fail'], CREATE_DECLARATIONS.if_exists.default);
  const timeoutSeconds = parseBoundedInt(
    'timeout_seconds',
    raw.timeout_seconds,
    MIN_TIMEOUT_SECONDS,
    3600,
    CREATE_DECLARATIONS.timeout_seconds.default,
    'the bound in seconds on all network work, which needs room for a few requests (sign-in, lookups, CreateNewTask)',
  );
  return {
    ...connection,
    testSuite: project,
    cases: cases.refs,
    name,
    parallel,
    enableFullLink,
    exportCredentials: exportCredentials && connection.auth.kind === 'oidc',
    ifExists,
    timeoutSeconds,
    comment: resolveComment(raw),
    warnings,
  };
}
