// The doctor's checks against the live service, in the order a setup is built: credentials, the
// region project, the signature, the PerfTest project, the task and the run, then the permissions
// the calls proved and how the answers fit the contract. Read-only: every call is a GET, apart from
// keyless sign-in's two IAM exchanges, which only issue temporary keys.
import type { ServiceAccess } from '../common/connection.js';
import type { ContractWatch } from '../common/contract-watch.js';
import { errorMessage } from '../common/errors.js';
import { plural } from '../common/markdown.js';
import { signIn, type SessionKey } from '../common/sign-in.js';
import { USER_AGENT } from '../common/version.js';
import { CptsClient } from '../cpts/client.js';
import { allPages } from '../cpts/pages.js';
import { listSome } from '../cpts/refs.js';
import { CASE_STATUS, DIRECTORY_ENTRY, RUN_STATUS, VARIABLE_TYPE, type ProjectSummary } from '../cpts/types.js';
import { readRunContext } from '../github/context.js';
import type { Runner } from '../github/runner.js';
import { ApiError } from '../huawei/api-error.js';
import type { HttpOptions } from '../huawei/http.js';
import { retrySettings } from '../huawei/retry.js';
import { READ_PERMISSIONS, type Check } from './checks.js';
import type { DoctorConfig } from './config.js';

/** The doctor's bound on all its network work. */
const DOCTOR_TIMEOUT_MS = 120_000;
/** CodeArts PerfTest's answer for a task, project or run that does not exist or is not the caller's. */
const NOT_YOURS = 'SVCSTG.CPTS.4032002';

/** A refusal by an identity policy: a 403 other than "does not exist or is not yours". */
const isDenial = (error: unknown): error is ApiError => error instanceof ApiError && error.status === 403 && error.code !== NOT_YOURS;
/** `3 cases`, or `unknown cases` when the count could not be had. */
const counted = (n: number | undefined, word: string): string => (n === undefined ? `unknown ${word}s` : plural(n, word));
const statusWord = (status: number) => Object.entries(RUN_STATUS).find(([, v]) => v === status)?.[0] ?? `status ${status}`;

/** What one call came to, by operation: the first outcome of each. */
type Calls = Map<string, { ok: true } | { ok: false; error: unknown }>;

class Probe {
  readonly checks: Check[] = [];
  readonly calls: Calls = new Map();

  constructor(private readonly runner: Runner) {}

  add(check: Check): void {
    this.checks.push(check);
    const line = `${check.title}: ${check.detail}${check.advice ? ` ${check.advice}` : ''}`;
    if (check.outcome === 'fail') this.runner.error(`❌ ${line}`);
    else if (check.outcome === 'warn') this.runner.warning(`⚠️ ${line}`);
    else this.runner.info(`${check.outcome === 'ok' ? '✅' : '➖'} ${line}`);
  }

  /** Runs a read, noting its outcome for the permission checks; the value, or the error. */
  async read<T>(operation: string, call: () => Promise<T>): Promise<{ value: T } | { error: unknown }> {
    try {
      const value = await call();
      if (!this.calls.has(operation)) this.calls.set(operation, { ok: true });
      return { value };
    } catch (error) {
      if (!this.calls.has(operation)) this.calls.set(operation, { ok: false, error });
      return { error };
    }
  }

  /** The checks not made because an earlier one failed. */
  skipRest(ids: [string, string][], why: string): void {
    for (const [id, title] of ids) this.add({ id, title, outcome: 'skip', detail: `not checked: ${why}.` });
  }
}

const LATER: [string, string][] = [
  ['signature', 'Signature'],
  ['perftest-project', 'PerfTest project'],
  ['task', 'Task'],
  ['run', 'Run'],
];

/** Every check, in order; the answers go to `watch` (HttpOptions.onAnswer). */
export async function examine(runner: Runner, config: DoctorConfig, watch: ContractWatch): Promise<Check[]> {
  const probe = new Probe(runner);
  const retry = retrySettings(config.maxAttempts, Date.now() + DOCTOR_TIMEOUT_MS, runner, "the doctor's 2 minutes");
  const http: HttpOptions = { userAgent: USER_AGENT, log: retry.log, onAnswer: watch.onAnswer };
  const iamModule = config.auth.kind === 'oidc' || config.iamProjectId === undefined ? await import('../huawei/iam.js') : undefined;
  const iam = iamModule && config.iamEndpoint && new iamModule.IamClient(config.iamEndpoint, http, retry);

  let key: SessionKey;
  try {
    key = await signIn(runner, config, iam, readRunContext(runner.env));
    probe.add(credentialsCheck(config, key));
  } catch (error) {
    probe.add({
      id: 'credentials',
      title: 'Credentials',
      outcome: 'fail',
      detail: `keyless sign-in failed: ${errorMessage(error)}`,
      advice: 'Check the identity provider, the job\'s "permissions: id-token: write" and the mapping rules.',
      anchor: 'doctor-credentials',
      facts: { auth: 'keyless' },
    });
    probe.skipRest([['region-project', 'Region project'], ...LATER], 'no keys to sign with');
    return probe.checks;
  }

  let iamProjectId = config.iamProjectId;
  if (iamProjectId !== undefined) {
    probe.add({
      id: 'region-project',
      title: 'Region project',
      outcome: 'ok',
      detail: `${iamProjectId}, as given.`,
      facts: { route: 'given' },
    });
  } else {
    try {
      const found = await iamModule!.findRegionProject(iam!, key, config.region!);
      iamProjectId = found.id;
      probe.add({
        id: 'region-project',
        title: 'Region project',
        outcome: 'ok',
        detail: `${config.region} -> ${found.id}, found with GET ${found.route}.`,
        facts: { route: found.route },
      });
    } catch (error) {
      probe.add({
        id: 'region-project',
        title: 'Region project',
        outcome: 'fail',
        detail: `the IAM project of region ${config.region} was not found: ${errorMessage(error)}`,
        advice: 'Check "region" (e.g. cn-north-4), or give "project_id" (console > My Credentials > API Credentials > Projects).',
        anchor: 'doctor-region-project',
      });
      probe.skipRest(LATER, 'no region project');
      return probe.checks;
    }
  }

  const client = new CptsClient(config.endpoint, key, iamProjectId, http, retry);
  const projects = await probe.read('ListProjectSets', () => allPages((offset, limit) => client.listProjectSets(offset, limit)));
  if (!signatureCheck(probe, config, 'error' in projects ? projects.error : undefined)) {
    probe.skipRest(LATER.slice(1), 'the signature was refused');
    return probe.checks;
  }
  const testSuiteId = await projectCheck(probe, config, client, 'value' in projects ? projects.value : undefined);
  await taskCheck(probe, config, client, testSuiteId);
  await runCheck(probe, config, client);
  permissionChecks(probe);
  return probe.checks;
}

function credentialsCheck(config: ServiceAccess, key: SessionKey): Check {
  if (config.auth.kind === 'oidc') {
    return {
      id: 'credentials',
      title: 'Credentials',
      outcome: 'ok',
      detail: `temporary keys from identity provider ${config.auth.identityProvider} (keyless)${key.expiresAt ? `, valid until ${key.expiresAt}` : ''}; masked.`,
      facts: { auth: 'keyless' },
    };
  }
  const temporary = Boolean(config.auth.credentials.key.securityToken);
  return {
    id: 'credentials',
    title: 'Credentials',
    outcome: 'ok',
    detail: `${temporary ? 'temporary access keys (with a security token)' : 'access keys'} from ${config.auth.credentials.source}; the secret is masked.`,
    facts: { auth: temporary ? 'temporary keys' : 'keys' },
  };
}

/** The first signed CodeArts PerfTest call tells whether the signature is accepted; false when it is not. */
function signatureCheck(probe: Probe, config: ServiceAccess, error: unknown): boolean {
  const base = { id: 'signature', title: 'Signature', anchor: 'doctor-signature' };
  if (error === undefined || isDenial(error)) {
    probe.add({
      ...base,
      outcome: 'ok',
      detail: `accepted by ${config.endpoint.origin}${error ? ' (the call itself was refused by a policy: see the permissions)' : ''}.`,
    });
    return true;
  }
  const refused = error instanceof ApiError && error.status === 401;
  probe.add({
    ...base,
    outcome: 'fail',
    detail: `${refused ? 'refused' : 'not proved: the first call failed'}: ${errorMessage(error)}`,
    advice: refused
      ? "Check that the SK belongs to the AK (and the security token to temporary keys), and that the runner's clock is right."
      : 'Check "endpoint" and "region", and that the runner can reach the endpoint.',
    facts: { status: error instanceof ApiError ? error.status : 'no answer' },
  });
  return false;
}

/** The PerfTest project given (or the first visible, for the permission checks): its id, if any. */
async function projectCheck(
  probe: Probe,
  config: DoctorConfig,
  client: CptsClient,
  projects: ProjectSummary[] | undefined,
): Promise<number | undefined> {
  const base = { id: 'perftest-project', title: 'PerfTest project', anchor: 'doctor-perftest-project' };
  let project: ProjectSummary | undefined;
  if (config.testSuite !== undefined) {
    const ref = config.testSuite;
    const matches = projects?.filter((p) => ('id' in ref ? p.id === ref.id : p.name === ref.name)) ?? [];
    if (projects && matches.length !== 1) {
      const named = 'id' in ref ? String(ref.id) : `"${ref.name}"`;
      probe.add({
        ...base,
        outcome: 'fail',
        detail:
          matches.length === 0
            ? `${named} is not among the ${projects.length} PerfTest projects these keys see${projects.length ? ` (${listSome(projects.map((p) => `"${p.name}" (${p.id})`))})` : ''}.`
            : `${matches.length} PerfTest projects are named ${named}.`,
        advice: 'Give "project" as the console shows it (id or name), in this region; check that the keys\' user may see it.',
        facts: { visible: projects.length },
      });
      return undefined;
    }
    project = matches[0] ?? ('id' in ref ? { id: ref.id, name: `project ${ref.id}` } : undefined);
  } else project = projects?.[0];
  if (!project) {
    probe.add({
      ...base,
      outcome: projects ? 'warn' : 'skip',
      detail: projects ? 'these keys see no PerfTest project in this region.' : 'not checked: the projects could not be listed.',
      advice: projects ? 'Create one in the console, or check the region.' : undefined,
      facts: { visible: projects?.length ?? 0 },
    });
    return undefined;
  }
  const directory = await probe.read('ListProjectTestCase', () => client.listProjectTestCase(project.id));
  const variables = await probe.read('ListVariables', () => client.listVariables(project.id, VARIABLE_TYPE.enumeration));
  await probe.read('ShowTaskSet', () => client.showTaskSet(project.id, 0, 10));
  if ('error' in directory) {
    probe.add({
      ...base,
      outcome: 'fail',
      detail: `"${project.name}" (${project.id}): its cases could not be read: ${errorMessage(directory.error)}`,
      advice: 'See the permissions below.',
    });
    return project.id;
  }
  const cases = directory.value.filter((e) => e.type === DIRECTORY_ENTRY.case && e.status !== CASE_STATUS.deleted);
  const enabled = cases.filter((c) => c.status === CASE_STATUS.enabled).length;
  const given = config.testSuite !== undefined;
  const enumerations = 'value' in variables ? `, ${variables.value.length} enumeration variables` : '';
  probe.add({
    ...base,
    outcome: given && enabled === 0 ? 'warn' : 'ok',
    detail:
      `${given ? '' : `none given; ${projects!.length} visible, the first checked: `}"${project.name}" (${project.id}): ` +
      `${cases.length} cases, ${enabled} enabled${enumerations}.`,
    advice: given && enabled === 0 ? 'A task needs enabled cases: enable or add some in the console.' : undefined,
    facts: { visible: projects?.length ?? 0, cases: cases.length, enabledCases: enabled, given },
  });
  return project.id;
}

async function taskCheck(probe: Probe, config: DoctorConfig, client: CptsClient, testSuiteId: number | undefined): Promise<void> {
  const base = { id: 'task', title: 'Task', anchor: 'doctor-task' };
  if (config.taskId === undefined) {
    probe.add({ ...base, outcome: 'skip', detail: 'not checked: no task_id given.' });
    return;
  }
  const taskId = config.taskId;
  const task = await probe.read('ShowTask', () => client.showTask(taskId));
  if ('error' in task) {
    const missing = task.error instanceof ApiError && task.error.code === NOT_YOURS;
    probe.add({
      ...base,
      outcome: 'fail',
      detail: missing ? `task ${taskId} does not exist, or is not these keys' (${errorMessage(task.error)})` : errorMessage(task.error),
      advice: missing ? 'Check task_id and the region; a task belongs to one region project.' : 'See the permissions below.',
    });
    return;
  }
  const own = task.value.testSuiteId;
  if (config.testSuite !== undefined && testSuiteId !== undefined && own !== undefined && own !== testSuiteId) {
    probe.add({
      ...base,
      outcome: 'fail',
      detail: `task ${taskId} belongs to PerfTest project ${own}, not ${testSuiteId}.`,
      advice: 'Give the task\'s own project, or leave "project" out.',
    });
    return;
  }
  const suite = own ?? testSuiteId;
  const history = await probe.read('ShowHistoryRunInfo', () => client.showHistoryRunInfo(taskId));
  const caseIds = suite === undefined ? undefined : await probe.read('ListTaskCases', () => client.listTaskCases(suite, taskId));
  const count = caseIds && 'value' in caseIds ? caseIds.value.length : undefined;
  const runs = 'value' in history ? history.value.length : undefined;
  const latest = task.value.latestRunId;
  probe.add({
    ...base,
    outcome: count === 0 ? 'warn' : 'ok',
    detail:
      `task ${taskId} in PerfTest project ${suite ?? '(not named by ShowTask)'}: ${counted(count, 'case')}, ${counted(runs, 'run')}` +
      `${latest !== undefined ? `, latest run ${latest} (${statusWord(task.value.run_status)})` : ''}. ` +
      'Its edition is not shown by ShowTask: the run action starts it with BatchUpdateTaskStatus (new edition) and falls back to UpdateTaskStatus.',
    advice:
      count === 0 ? 'A task without cases runs nothing: attach cases in the console, or create it with the create action.' : undefined,
    facts: { cases: count ?? 'unknown', runs: runs ?? 'unknown', runStatus: task.value.run_status, projectNamed: own !== undefined },
  });
}

async function runCheck(probe: Probe, config: DoctorConfig, client: CptsClient): Promise<void> {
  const base = { id: 'run', title: 'Run', anchor: 'doctor-run' };
  if (config.taskRunId === undefined) {
    probe.add({ ...base, outcome: 'skip', detail: 'not checked: no task_run_id given.' });
    return;
  }
  const runId = config.taskRunId;
  const outline = await probe.read('ShowMergeReportLogsOutline', () => client.showMergeReportLogsOutline(runId));
  if ('error' in outline) {
    probe.add({
      ...base,
      outcome: 'fail',
      detail: `run ${runId} has no readable report: ${errorMessage(outline.error)}`,
      advice: "Check task_run_id (the run action's output) and the region; see the permissions below.",
    });
    return;
  }
  const core = outline.value.core_index ?? {};
  const requests = typeof core.request_count === 'number' ? core.request_count : undefined;
  const taskStatus = outline.value.task_basic_execution_data?.task_status;
  probe.add({
    ...base,
    outcome: 'ok',
    detail: `run ${runId}: the report is readable (${requests ?? 'no'} requests, task_status ${taskStatus ?? 'not given'}).`,
    facts: { hasRequestCount: requests !== undefined, taskStatus: taskStatus ?? 'none' },
  });
}

/** One row per read permission: proved by a call that succeeded, missing on a policy's refusal, or not tried. */
function permissionChecks(probe: Probe): void {
  for (const { action, operations, usedFor } of READ_PERMISSIONS) {
    const tried = operations.filter((op) => probe.calls.has(op));
    const denied = tried.find((op) => {
      const call = probe.calls.get(op)!;
      return !call.ok && isDenial(call.error);
    });
    const proved = tried.filter((op) => probe.calls.get(op)!.ok);
    const base = { id: 'permission', title: `Permission ${action}`, anchor: 'doctor-permissions', facts: { action } };
    if (denied) {
      const call = probe.calls.get(denied)! as { ok: false; error: unknown };
      probe.add({
        ...base,
        outcome: 'fail',
        detail: `missing: ${denied} was refused: ${errorMessage(call.error)}`,
        advice: `Add ${action} to the keys' identity policy (docs/security.md, "A least-privilege policy"); it is needed for ${usedFor}.`,
        facts: { action, operation: denied, held: false },
      });
    } else if (proved.length > 0) {
      probe.add({ ...base, outcome: 'ok', detail: `held (${proved.join(', ')} answered).`, facts: { action, held: true } });
    } else if (tried.length > 0) {
      probe.add({ ...base, outcome: 'skip', detail: `not proved: ${tried.join(', ')} failed for another reason (see above).` });
    } else {
      probe.add({
        ...base,
        outcome: 'skip',
        detail: `not checked: nothing to try it on (${operations.join(', ')}); give project, task_id or task_run_id.`,
      });
    }
  }
}
