// End to end: dist/index.js run as the runner runs it, against the emulator.
import { DEMO, faults } from '../../emulator/index.js';
import { nodeVersion, visibleOutput } from '../../emulator/harness/run-step.js';
import { useEmulator } from '../helpers/e2e.js';
import { officialAuthorizationFor } from '../helpers/official-signer.js';

// <repo>-pr<number>-<run_id>-<run_attempt>-<job>, the repository part shortened to fit 42 characters.
const NAME = 'checkout-servi-pr42-11223344556-2-perftest';

const harness = useEmulator();
const { inputs, step } = harness;

test(`creates the task and writes outputs and summary (node ${nodeVersion()})`, async () => {
  const result = await step({ env: { RUNNER_DEBUG: '1' } });
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  const [task] = harness.emulator.tasks();
  expect(result.outputs).toEqual({ task_id: String(task.id), task_name: NAME, project: String(DEMO.perftestProject) });
  expect(harness.emulator.tasks()).toHaveLength(1);
  expect(task).toMatchObject({ name: NAME, project_id: DEMO.perftestProject, parallel: false, case_id_list: [...DEMO.cases] });

  expect(harness.emulator.received).toHaveLength(1);
  const [received] = harness.emulator.received;
  expect(received.status).toBe(201);
  expect(JSON.parse(received.body)).toEqual({
    name: NAME,
    parallel: false,
    project_id: DEMO.perftestProject,
    operate_mode: 2,
    case_id_list: [...DEMO.cases],
  });
  expect(received.headers['user-agent']).toMatch(/^codearts-perftest-action\/\d+\.\d+\.\d+$/);
  expect(officialAuthorizationFor(received, DEMO.ak, DEMO.sk)).toBe(received.headers.authorization);

  expect(result.stdout).toContain(
    `Created CodeArts PerfTest task ${task.id} "${NAME}" in PerfTest project ${DEMO.perftestProject} with 2 cases (X-Request-Id ${received.requestId}).`,
  );
  expect(result.stdout).toContain('::debug::Canonical request:');
  expect(result.summary).toContain('### CodeArts PerfTest task created');
  expect(result.summary).toContain(`| Task id | \`${task.id}\`, created by this step |`);
  expect(result.summary).toContain('| Cases (2) | `449269`, `449270` |');
  expect(result.stdout).toContain(`::add-mask::${DEMO.sk}`);
  expect(visibleOutput(result)).not.toContain(DEMO.sk);
});

test('push events name the task after the commit; enable_full_link and parallel are sent when given', async () => {
  const result = await step({
    inputs: inputs({ parallel: 'true', enable_full_link: 'true' }),
    event: { ref: 'refs/heads/main', head_commit: { id: '6dcb09b5b57875f334f61aebed695e2e4193db5e' } },
    eventName: 'push',
  });
  expect(result.exitCode).toBe(0);
  expect(result.outputs.task_name).toBe('checkout-se-6dcb09b-11223344556-2-perftest');
  expect(harness.emulator.tasks()[0]).toMatchObject({ parallel: true, enable_full_link: true });
});

test('temporary credentials from the HUAWEI_CLOUD_* environment, with step debug on: no secret is shown', async () => {
  const result = await step({
    inputs: inputs({ access_key_id: '', secret_access_key: '', project_id: '', name: 'nightly' }),
    env: {
      RUNNER_DEBUG: '1',
      HUAWEI_CLOUD_ACCESS_KEY_ID: DEMO.temporaryAk,
      HUAWEI_CLOUD_SECRET_ACCESS_KEY: DEMO.temporarySk,
      HUAWEI_CLOUD_SECURITY_TOKEN: DEMO.securityToken,
      HUAWEI_CLOUD_PROJECT_ID: DEMO.projectId,
    },
  });
  expect(result.exitCode).toBe(0);
  expect(result.outputs.task_name).toBe('nightly');
  const [received] = harness.emulator.received;
  expect(received.headers['x-security-token']).toBe(DEMO.securityToken);
  expect(officialAuthorizationFor(received, DEMO.temporaryAk, DEMO.temporarySk)).toBe(received.headers.authorization);
  expect(result.stdout).toContain(`::add-mask::${DEMO.securityToken}`);
  expect(result.stdout).toContain('x-security-token:***');
  const visible = visibleOutput(result);
  expect(visible).not.toContain(DEMO.temporarySk);
  expect(visible).not.toContain(DEMO.securityToken);
});

test('a rejected signature fails the step with status, code, message and request id', async () => {
  const result = await step({ inputs: inputs({ secret_access_key: 'wrong-secret' }) });
  expect(result.exitCode).toBe(1);
  const { requestId } = harness.emulator.received[0];
  expect(result.stdout).toMatch(
    new RegExp(
      `::error::CreateNewTask failed: HTTP 401 APIGW.0301: Incorrect IAM authentication information: verify aksk signature fail \\(X-Request-Id ${requestId}\\)\\. .*lock the AK`,
    ),
  );
  expect(result.outputs).toEqual({});
  expect(harness.emulator.received).toHaveLength(1);
  expect(harness.emulator.tasks()).toHaveLength(0);
});

test('a 2xx answer that is not the expected JSON fails with the body quoted', async () => {
  harness.emulator.script('CreateNewTask', [faults.htmlPage(200)]);
  const result = await step();
  expect(result.exitCode).toBe(1);
  expect(result.stdout).toMatch(/::error::CreateNewTask failed: HTTP 200: expected an integer task_id; body "<html>/);
});

describe('bad inputs fail with the input named, and nothing is sent', () => {
  test.each([
    ['project missing', { project: '' }, /Input "project" is required/],
    ['project -1', { project: '-1' }, /Input "project" must be .*got "-1"/],
    ['project 1.5', { project: '1.5' }, /Input "project" must be .*got "1.5"/],
    ['project 99999999999', { project: '99999999999' }, /Input "project" must be .*got "99999999999"/],
    ['cases missing', { cases: '' }, /Input "cases" is required/],
    ['cases junk', { cases: ',;,' }, /Input "cases" must list test cases by id .*";" is neither/],
    ['cases blank', { cases: ' , , ' }, /Input "cases" must list test cases \(ids or names\)/],
    ['parallel yes', { parallel: 'yes' }, /Input "parallel" must be true or false; got "yes"/],
    ['enable_full_link 1', { enable_full_link: '1' }, /Input "enable_full_link" must be true or false; got "1"/],
    ['region shape', { endpoint: '', region: 'cn_north_4' }, /Input "region" must be a Huawei Cloud region id .*got "cn_north_4"/],
    ['project_id shape', { project_id: 'my-project' }, /Input "project_id" must be 32 lower-case hex characters; got "my-project"/],
    ['project_id missing, no region', { project_id: '', region: '' }, /Input "project_id" is required when "region" is not given/],
    ['name blank', { name: '   ' }, /Input "name" is blank/],
    ['name too long', { name: 'n'.repeat(43) }, /Input "name" must be at most 42 characters/],
    ['endpoint http', { endpoint: 'http://cpts.cn-north-4.myhuaweicloud.com' }, /Input "endpoint" must be an https:\/\/ URL/],
    ['AK without SK', { secret_access_key: '' }, /Input "secret_access_key" is empty but access_key_id is set/],
    ['SK without AK', { access_key_id: '' }, /Input "access_key_id" is empty but secret_access_key is set/],
    [
      'max_attempts 0',
      { max_attempts: '0' },
      /Input "max_attempts" must be the number of attempts per call: an integer from 1 to 20; got "0"/,
    ],
    ['timeout_seconds abc', { timeout_seconds: 'abc' }, /Input "timeout_seconds" must be .*got "abc"/],
    ['if_exists maybe', { if_exists: 'maybe' }, /Input "if_exists" must be one of create, reuse, fail; got "maybe"/],
  ])('%s', async (_label, overrides, message) => {
    const result = await step({ inputs: inputs(overrides) });
    expect(result.exitCode).toBe(1);
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(harness.emulator.received).toHaveLength(0);
    expect(result.outputs).toEqual({});
    expect(visibleOutput(result)).not.toContain(DEMO.sk);
  });
});

describe('retry, as the bundle does it', () => {
  test('503, 503, then 201: one task, a warning per retry', async () => {
    harness.emulator.script('CreateNewTask', [faults.serverError(503), faults.serverError(503)]);
    const result = await step();
    expect(result.exitCode).toBe(0);
    expect(harness.emulator.tasks()).toHaveLength(1);
    expect(result.outputs.task_id).toBe(String(harness.emulator.tasks()[0].id));
    const warnings = result.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
    expect(warnings).toEqual([
      expect.stringMatching(
        /^::warning::CreateNewTask attempt 1 of 5 failed: CreateNewTask failed: HTTP 503 APIGW.0203: .*; retrying in \d\.\d s\.$/,
      ),
      expect.stringMatching(/^::warning::CreateNewTask attempt 2 of 5 failed: .*; retrying in \d\.\d s\.$/),
    ]);
  });

  test("reuse on a re-run: the second run finds the first run's task and sends no POST", async () => {
    const first = await step({ inputs: inputs({ if_exists: 'reuse' }) });
    const second = await step({ inputs: inputs({ if_exists: 'reuse' }) });
    expect(second.exitCode).toBe(0);
    expect(second.outputs.task_id).toBe(first.outputs.task_id);
    expect(harness.emulator.tasks()).toHaveLength(1);
    expect(harness.emulator.received.filter((r) => r.operation === 'CreateNewTask')).toHaveLength(1);
    expect(second.stdout).toContain(`Reusing existing CodeArts PerfTest task ${first.outputs.task_id}`);
    expect(second.summary).toContain('### CodeArts PerfTest task reused');
  });

  test('a cancelled job (SIGTERM) while the POST is unanswered says the task may exist', async () => {
    harness.emulator.script('CreateNewTask', [faults.delayAfterHandling(10_000)]);
    const result = await step({
      onStart: (child) => {
        const poll = setInterval(() => {
          if (harness.emulator.tasks().length > 0) {
            clearInterval(poll);
            child.kill('SIGTERM');
          }
        }, 20);
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      `::error::Cancelled (SIGTERM) while creating the task: a task named "${NAME}" may have been created in PerfTest project ${DEMO.perftestProject}.`,
    );
    expect(result.outputs).toEqual({});
  });
});
