// The doctor end to end through dist/doctor/index.js against the emulator: a healthy setup is ok; a
// missing permission, an unknown PerfTest project, a wrong region, a refused signature and an
// off-contract answer each give their row and advice; doctor.json holds shapes and no identifiers
// or secrets; and no write request is ever sent. Also the quiet contract check of the run action.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO, PERMISSION_OF, demoInputs, demoRunInputs } from '../../emulator/index.js';
import { runStep, visibleOutput, type StepResult } from '../../emulator/harness/run-step.js';
import { logOf, useEmulator } from '../helpers/e2e.js';

const DOCTOR_BUNDLE = fileURLToPath(new URL('../../dist/doctor/index.js', import.meta.url));
const RUN_BUNDLE = fileURLToPath(new URL('../../dist/run/index.js', import.meta.url));
const harness = useEmulator({ seed: { run: { waitingSeconds: 1, runningSeconds: 1, startLagSeconds: 0 } } });
const state = () => harness.emulator.state;

/** The demo account's connection inputs, and the doctor's own. */
function inputs(overrides: Record<string, string> = {}): Record<string, string> {
  const { region, project_id, access_key_id, secret_access_key, endpoint } = demoInputs(harness.emulator.url);
  return { region, project_id, access_key_id, secret_access_key, endpoint, ...overrides };
}
/** The doctor's step, doctor.json written where the test can read it after the step's own files are gone. */
const doctor = (overrides: Record<string, string> = {}, env: Record<string, string> = {}) =>
  runStep(DOCTOR_BUNDLE, { inputs: { results_dir: mkdtempSync(join(tmpdir(), 'doctor-')), ...inputs(overrides) }, env });
const report = (step: StepResult) => JSON.parse(readFileSync(step.outputs.report_file, 'utf8'));
/** A row of the summary's table, as it reads rendered: Markdown's backslash escapes taken out. */
const rowOf = (step: StepResult, title: string) =>
  step.summary
    .split('\n')
    .find((line) => line.includes(`| ${title} |`))
    ?.replace(/\\(.)/g, '$1');

/** A task of the demo project with one finished run: what a full check reads. */
function seededTask(): { taskId: number; runId: number } {
  const task = state().createTask({
    name: 'pr-42',
    project_id: DEMO.perftestProject,
    parallel: false,
    operate_mode: 2,
    case_id_list: [...DEMO.cases],
  });
  const run = state().seedRun(task, { outcome: 'finished', endedMinutesAgo: 5 });
  return { taskId: task.id, runId: run.id };
}

/** Every request the emulator received was a read, or one of keyless sign-in's two IAM exchanges. */
function expectReadOnly(): void {
  const writes = harness.emulator.received.filter(
    (r) =>
      r.method !== 'GET' &&
      !['CreateTokenWithIdToken', 'CreateTemporaryAccessKeyByToken'].includes(r.operation ?? '') &&
      !r.target.startsWith('/_runner/'),
  );
  expect(writes.map((r) => `${r.method} ${r.target}`)).toEqual([]);
}

test('a healthy setup: every check ok, outputs set, doctor.json written, nothing but reads sent', async () => {
  const { taskId, runId } = seededTask();
  const step = await doctor({ project: 'checkout-perf', task_id: String(taskId), task_run_id: String(runId) });
  expect(step.exitCode).toBe(0);
  expect(step.outputs.status).toBe('ok');
  expect(step.summary).toContain('### CodeArts PerfTest doctor: ok ✅');
  for (const title of ['Credentials', 'Region project', 'Signature', 'PerfTest project', 'Task', 'Run', 'Contract fit']) {
    expect(rowOf(step, title)).toMatch(/^\| ✅ \|/);
  }
  for (const action of ['listPerfTestProject', 'getPerfTestProject', 'listPerfTestTask', 'getPerfTestTask']) {
    expect(rowOf(step, `Permission codeartsperftest:cpts:${action}`)).toMatch(/^\| ✅ \| .* \| held \(/);
  }
  expect(step.stdout).toContain(`✅ Task: task ${taskId} in PerfTest project ${DEMO.perftestProject}: 2 cases, 1 run,`);
  expect(report(step)).toMatchObject({
    schema: 1,
    status: 'ok',
    site: { region: DEMO.region, endpoint: 'custom', auth: 'keys' },
    deviations: [],
  });
  expect(Object.keys(report(step).samples)).toEqual(
    expect.arrayContaining([
      'ListProjectSets',
      'ListProjectTestCase',
      'ListVariables',
      'ShowTaskSet',
      'ShowTask',
      'ShowHistoryRunInfo',
      'ListTaskCases',
      'ShowMergeReportLogsOutline',
    ]),
  );
  expectReadOnly();
  expect(harness.emulator.contractViolations).toEqual([]);
});

test('a missing permission: its row fails naming the action and the refused call, and the step fails', async () => {
  const { taskId } = seededTask();
  const held = Object.values(PERMISSION_OF).filter((action) => action !== 'codeartsperftest:cpts:getPerfTestTask');
  state().fixture.credentials[0].permissions = [...new Set(held)];
  const step = await doctor({ task_id: String(taskId) });
  expect(step.exitCode).toBe(1);
  expect(step.outputs.status).toBe('failed');
  expect(rowOf(step, 'Permission codeartsperftest:cpts:getPerfTestTask')).toMatch(
    /^\| ❌ \| .* \| missing: ShowTask was refused: .*Policy doesn't allow codeartsperftest:cpts:getPerfTestTask to be performed.* \| Add codeartsperftest:cpts:getPerfTestTask to the keys' identity policy .*\(\[how\]\(docs\/troubleshooting.md#doctor-permissions\)\) \|$/,
  );
  expect(rowOf(step, 'Permission codeartsperftest:cpts:listPerfTestProject')).toMatch(/^\| ✅ \|/);
  expect(logOf(step)).toContain('::error::The doctor found 2 problems: Task, Permission codeartsperftest:cpts:getPerfTestTask.');
  const permission = report(step).checks.find((c: { id: string; action?: string }) => c.action === 'codeartsperftest:cpts:getPerfTestTask');
  expect(permission).toEqual({
    id: 'permission',
    outcome: 'fail',
    action: 'codeartsperftest:cpts:getPerfTestTask',
    operation: 'ShowTask',
    held: false,
  });
  expectReadOnly();
});

test('an unknown PerfTest project: its row fails, listing the visible ones', async () => {
  const step = await doctor({ project: 'checkout-perff' });
  expect(step.exitCode).toBe(1);
  expect(rowOf(step, 'PerfTest project')).toMatch(
    /^\| ❌ \| PerfTest project \| "checkout-perff" is not among the 2 PerfTest projects these keys see \("checkout-perf" \(393862\), "search-perf" \(393870\)\)\. \| Give "project" as the console shows it/,
  );
  expectReadOnly();
});

test('a wrong region: the region project is not found, and what follows is not checked', async () => {
  const step = await doctor({ region: 'eu-west-101', project_id: '', iam_endpoint: harness.emulator.url });
  expect(step.exitCode).toBe(1);
  expect(rowOf(step, 'Region project')).toMatch(/^\| ❌ \| Region project \| the IAM project of region eu-west-101 was not found: /);
  expect(rowOf(step, 'Signature')).toMatch(/^\| ➖ \| Signature \| not checked: no region project\. \|/);
  expect(report(step).checks.map((c: { outcome: string }) => c.outcome)).toEqual(['ok', 'fail', 'skip', 'skip', 'skip', 'skip', 'ok']);
});

test('the right region: the row says which route found the project', async () => {
  const step = await doctor({ project_id: '', iam_endpoint: harness.emulator.url });
  expect(step.exitCode).toBe(0);
  expect(rowOf(step, 'Region project')).toContain(`${DEMO.region} -> ${DEMO.projectId}, found with GET /v3/auth/projects.`);
  expect(report(step).checks[1]).toEqual({ id: 'region-project', outcome: 'ok', route: '/v3/auth/projects' });
});

test('a refused signature: the signature row fails with the gateway code and what to check, secrets never shown', async () => {
  const wrong = 'not-the-secret-key-of-this-access-key';
  const step = await doctor({ secret_access_key: wrong });
  expect(step.exitCode).toBe(1);
  expect(rowOf(step, 'Signature')).toMatch(
    /^\| ❌ \| Signature \| refused: .*HTTP 401 APIGW\.0301.* \| Check that the SK belongs to the AK/,
  );
  expect(rowOf(step, 'PerfTest project')).toMatch(/^\| ➖ \|/);
  expect(visibleOutput(step)).not.toContain(wrong);
  expect(step.summary).not.toContain(wrong);
  expect(readFileSync(step.outputs.report_file, 'utf8')).not.toContain(wrong);
});

test('an off-contract answer: a warning row, each field listed by operation and path, in doctor.json too', async () => {
  const { taskId } = seededTask();
  harness.emulator.reshape('ShowTask', [
    { kind: 'extra', path: 'taskInfo.surprise', value: 'x' },
    { kind: 'wrong-type', path: 'taskInfo.run_status', value: '2' },
  ]);
  const step = await doctor({ task_id: String(taskId) });
  expect(step.exitCode).toBe(0);
  expect(step.outputs.status).toBe('warnings');
  expect(rowOf(step, 'Contract fit')).toMatch(/^\| ⚠️ \| Contract fit \| 2 fields in the answers of ShowTask do not fit the API contract/);
  expect(step.summary).toContain('| ShowTask | `taskInfo.surprise` | not in the contract |');
  expect(step.summary).toMatch(/\| ShowTask \| `taskInfo.run_status` \| expected int, got string \|/);
  expect(report(step).deviations).toEqual(
    expect.arrayContaining([
      { operation: 'ShowTask', path: 'taskInfo.surprise', problem: 'not in the contract' },
      { operation: 'ShowTask', path: 'taskInfo.run_status', problem: 'expected int, got string' },
    ]),
  );
  // The task itself still reads: the parser tolerates a quoted number.
  expect(rowOf(step, 'Task')).toMatch(/^\| ✅ \|/);
});

test('doctor.json holds shapes: no id, name, key, host or token of the account survives', async () => {
  const { taskId, runId } = seededTask();
  const step = await doctor({ project: 'checkout-perf', task_id: String(taskId), task_run_id: String(runId) });
  const text = readFileSync(step.outputs.report_file, 'utf8');
  const identifiers = [
    DEMO.ak,
    DEMO.sk,
    DEMO.projectId,
    String(DEMO.perftestProject),
    'checkout-perf',
    'search-perf',
    'browse-catalogue',
    'place-order',
    'TARGET_HOST',
    DEMO.targetHost,
    'demo-api-token-value',
    String(taskId),
    String(runId),
    'pr-42',
    ...DEMO.cases.map(String),
    harness.emulator.url,
    '127.0.0.1',
  ];
  for (const identifier of identifiers) expect({ identifier, found: text.includes(identifier) }).toEqual({ identifier, found: false });
  // What it keeps: enumeration values and the form of success_rate.
  const file = JSON.parse(text);
  expect(file.samples.ShowTask.shape.taskInfo.run_status).toBe(2);
  expect(JSON.stringify(file.samples.ShowMergeReportLogsOutline.shape)).toMatch(
    /"success_rate":\{"number":"(int|float)","scale":"0-100"\}/,
  );
});

test('keyless, with every input given: still only reads, and the credentials row says keyless', async () => {
  const { taskId, runId } = seededTask();
  const env = {
    ACTIONS_ID_TOKEN_REQUEST_URL: `${harness.emulator.url}/_runner/idtoken?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: DEMO.runnerRequestToken,
  };
  const step = await doctor(
    {
      access_key_id: '',
      secret_access_key: '',
      identity_provider: DEMO.identityProvider,
      iam_endpoint: harness.emulator.url,
      project: String(DEMO.perftestProject),
      task_id: String(taskId),
      task_run_id: String(runId),
    },
    env,
  );
  expect(step.exitCode).toBe(0);
  expect(rowOf(step, 'Credentials')).toMatch(/^\| ✅ \| Credentials \| temporary keys from identity provider github-actions \(keyless\)/);
  expectReadOnly();
  expect(harness.emulator.tasks()).toHaveLength(1);
});

test('a bad input is a failed settings row; nothing is sent', async () => {
  const step = await doctor({ task_id: 'twelve' });
  expect(step.exitCode).toBe(1);
  expect(step.outputs.status).toBe('failed');
  expect(rowOf(step, 'Settings')).toMatch(/^\| ❌ \| Settings \| Input "task_id" must be a CodeArts PerfTest task id/);
  expect(harness.emulator.received).toHaveLength(0);
});

test('the run action checks its answers quietly: a debug line per field, one notice, and the run still judged', async () => {
  const { taskId } = seededTask();
  harness.emulator.reshape('ShowTask', { kind: 'extra', path: 'taskInfo.surprise', value: 1 });
  const step = await runStep(RUN_BUNDLE, { inputs: { ...demoRunInputs(harness.emulator.url, taskId), case_details: 'false' } });
  expect(step.exitCode).toBe(0);
  expect(step.outputs.status).toBe('passed');
  const log = logOf(step);
  expect(log).toContain('::debug::API contract: ShowTask taskInfo.surprise: not in the contract.');
  expect(log.match(/::notice::/g)).toHaveLength(1);
  expect(log).toContain('::notice::1 field in the answers of ShowTask did not fit the API contract');
});

test('the create action checks its answers quietly too: no notice when they fit, one when one does not', async () => {
  const create = () =>
    runStep(fileURLToPath(new URL('../../dist/index.js', import.meta.url)), {
      inputs: { ...demoInputs(harness.emulator.url), parallel: 'false' },
    });
  const fits = await create();
  expect(fits.exitCode).toBe(0);
  expect(fits.stdout).not.toContain('::notice::');
  harness.emulator.reshape('CreateNewTask', { kind: 'extra', path: 'surprise', value: true });
  const off = await create();
  expect(off.exitCode).toBe(0);
  const log = logOf(off);
  expect(log).toContain('::debug::API contract: CreateNewTask surprise: not in the contract.');
  expect(log.match(/::notice::/g)).toHaveLength(1);
  expect(log).toContain('::notice::1 field in the answers of CreateNewTask did not fit the API contract');
});
