// End to end: dist/index.js run as the runner runs it, against a real local server.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { officialAuthorizationFor } from '../helpers/official-signer.js';
import { NODE_VERSION, runStep, visibleOutput, type StepOptions } from '../helpers/runner.js';
import { created, startServer, type Reply, type TestServer } from '../helpers/server.js';

const BUNDLE = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const EVENT = JSON.parse(readFileSync(new URL('../fixtures/pull_request.json', import.meta.url), 'utf8')) as unknown;
const PROJECT_ID = '0123456789abcdef0123456789abcdef';
const AK = 'QTWAOYTTINDUT2QVKYUC';
const SK = 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc';
const TOKEN = 'gQpjbi1ub3J0aC00SECRETTOKENVALUE0123456789';

let server: TestServer;
let reply: Reply;

beforeAll(async () => {
  server = await startServer(() => reply);
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  reply = created(8675309, 'req-e2e-1');
});

function inputs(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    project: '393862',
    cases: '449269, 449270',
    parallel: 'false',
    endpoint: server.url,
    project_id: PROJECT_ID,
    access_key_id: AK,
    secret_access_key: SK,
    ...overrides,
  };
}

const step = (options: Partial<StepOptions> = {}) => runStep(BUNDLE, { inputs: inputs(), event: EVENT, ...options });

test(`creates the task and writes outputs and summary (node ${NODE_VERSION})`, async () => {
  const result = await step({ env: { RUNNER_DEBUG: '1' } });
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  expect(result.outputs).toEqual({ task_id: '8675309', task_name: 'checkout-service-pr42-11223344556-2' });

  expect(server.requests).toHaveLength(1);
  const [received] = server.requests;
  expect(received.method).toBe('POST');
  expect(received.url).toBe(`/v3/${PROJECT_ID}/tasks`);
  expect(JSON.parse(received.body)).toEqual({
    name: 'checkout-service-pr42-11223344556-2',
    parallel: false,
    project_id: 393862,
    operate_mode: 2,
    case_id_list: [449269, 449270],
  });
  expect(received.headers['user-agent']).toMatch(/^codearts-perftest-action\/\d+\.\d+\.\d+$/);
  expect(received.headers['x-project-id']).toBe(PROJECT_ID);
  expect(officialAuthorizationFor(received, AK, SK)).toBe(received.headers.authorization);

  expect(result.stdout).toContain(
    'Created CodeArts PerfTest task 8675309 "checkout-service-pr42-11223344556-2" in PerfTest project 393862 with 2 cases (X-Request-Id req-e2e-1).',
  );
  expect(result.stdout).toContain('::debug::Canonical request:');
  expect(result.summary).toContain('### CodeArts PerfTest task created');
  expect(result.summary).toContain('| Task id | `8675309` |');
  expect(result.summary).toContain('| Cases (2) | `449269`, `449270` |');
  expect(result.stdout).toContain(`::add-mask::${SK}`);
  expect(visibleOutput(result)).not.toContain(SK);
});

test('push events name the task after the commit; enable_full_link and parallel are sent when given', async () => {
  const result = await step({
    inputs: inputs({ parallel: 'true', enable_full_link: 'true' }),
    event: { ref: 'refs/heads/main', head_commit: { id: '6dcb09b' } },
    eventName: 'push',
  });
  expect(result.exitCode).toBe(0);
  expect(result.outputs.task_name).toBe('checkout-service-6dcb09b-11223344556-2');
  expect(JSON.parse(server.requests[0].body)).toMatchObject({ parallel: true, enable_full_link: true });
});

test('temporary credentials from the HUAWEI_CLOUD_* environment, with step debug on: no secret is shown', async () => {
  const result = await step({
    inputs: inputs({ access_key_id: '', secret_access_key: '', project_id: '', name: 'nightly' }),
    env: {
      RUNNER_DEBUG: '1',
      HUAWEI_CLOUD_ACCESS_KEY_ID: AK,
      HUAWEI_CLOUD_SECRET_ACCESS_KEY: SK,
      HUAWEI_CLOUD_SECURITY_TOKEN: TOKEN,
      HUAWEI_CLOUD_PROJECT_ID: PROJECT_ID,
    },
  });
  expect(result.exitCode).toBe(0);
  expect(result.outputs.task_name).toBe('nightly');
  const [received] = server.requests;
  expect(received.headers['x-security-token']).toBe(TOKEN);
  expect(officialAuthorizationFor(received, AK, SK)).toBe(received.headers.authorization);
  expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
  expect(result.stdout).toContain('x-security-token:***');
  const visible = visibleOutput(result);
  expect(visible).not.toContain(SK);
  expect(visible).not.toContain(TOKEN);
  expect(result.summary).not.toContain(TOKEN);
});

test('an API failure fails the step with status, code, message and request id', async () => {
  reply = {
    status: 401,
    headers: { 'X-Request-Id': 'gw-401' },
    body: { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information', request_id: 'gw-401' },
  };
  const result = await step();
  expect(result.exitCode).toBe(1);
  expect(result.stdout).toMatch(/::error::CreateNewTask failed: HTTP 401 APIGW.0301: Incorrect IAM authentication information \(X-Request-Id gw-401\)\. .*lock the AK/);
  expect(result.outputs).toEqual({});
  expect(server.requests).toHaveLength(1);
});

describe('bad inputs fail with the input named, and nothing is sent', () => {
  test.each([
    ['project missing', { project: '' }, /Input "project" is required/],
    ['project 12a', { project: '12a' }, /Input "project" must be .*got "12a"/],
    ['project -1', { project: '-1' }, /Input "project" must be .*got "-1"/],
    ['project 1.5', { project: '1.5' }, /Input "project" must be .*got "1.5"/],
    ['project 99999999999', { project: '99999999999' }, /Input "project" must be .*got "99999999999"/],
    ['cases missing', { cases: '' }, /Input "cases" is required/],
    ['cases junk', { cases: ',;,' }, /Input "cases" must list test case ids .*";" is not one/],
    ['cases blank', { cases: ' , , ' }, /Input "cases" must list test case ids/],
    ['parallel yes', { parallel: 'yes' }, /Input "parallel" must be true or false; got "yes"/],
    ['enable_full_link 1', { enable_full_link: '1' }, /Input "enable_full_link" must be true or false; got "1"/],
    ['region shape', { endpoint: '', region: 'cn_north_4' }, /Input "region" must be a Huawei Cloud region id .*got "cn_north_4"/],
    ['project_id shape', { project_id: 'my-project' }, /Input "project_id" must be 32 lower-case hex characters; got "my-project"/],
    ['project_id missing', { project_id: '' }, /Input "project_id" is required/],
    ['name blank', { name: '   ' }, /Input "name" is blank/],
    ['name too long', { name: 'n'.repeat(43) }, /Input "name" must be at most 42 characters/],
    ['endpoint http', { endpoint: 'http://cpts.cn-north-4.myhuaweicloud.com' }, /Input "endpoint" must be an https:\/\/ URL/],
    ['AK without SK', { secret_access_key: '' }, /Input "secret_access_key" is empty but access_key_id is set/],
    ['SK without AK', { access_key_id: '' }, /Input "access_key_id" is empty but secret_access_key is set/],
  ])('%s', async (_label, overrides, message) => {
    const result = await step({ inputs: inputs(overrides) });
    expect(result.exitCode).toBe(1);
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(server.requests).toHaveLength(0);
    expect(result.outputs).toEqual({});
    expect(visibleOutput(result)).not.toContain(SK);
  });
});
