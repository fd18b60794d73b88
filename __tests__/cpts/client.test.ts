// CreateNewTask over real HTTP to the emulator: what is sent, and what each answer becomes.
import { CptsClient } from '../../src/cpts/client.js';
import type { CreateNewTaskRequestBody } from '../../src/cpts/types.js';
import { ApiError, TransportError } from '../../src/huawei/api-error.js';
import type { Logger } from '../../src/huawei/http.js';
import type { SigningKey } from '../../src/huawei/signer.js';
import { DEMO, faults, startEmulator, type Emulator, type Fault } from '../../emulator/index.js';
import { oneAttempt } from '../helpers/client.js';
import { officialAuthorizationFor } from '../helpers/official-signer.js';

const NOW = Date.UTC(2026, 10, 28, 4, 5, 6);
const KEY: SigningKey = { accessKeyId: DEMO.ak, secretAccessKey: DEMO.sk };
const TEMPORARY: SigningKey = { accessKeyId: DEMO.temporaryAk, secretAccessKey: DEMO.temporarySk, securityToken: DEMO.securityToken };
const BODY: CreateNewTaskRequestBody = {
  name: 'checkout-pr42-1-1',
  parallel: false,
  enable_full_link: true,
  project_id: DEMO.perftestProject,
  operate_mode: 2,
  case_id_list: [...DEMO.cases],
};

let emulator: Emulator;
const lines: string[] = [];
const log: Logger = { debug: (m) => lines.push(m), info: (m) => lines.push(m), warning: (m) => lines.push(m) };

beforeEach(async () => {
  emulator = await startEmulator({ clock: { now: () => NOW } });
  lines.length = 0;
});
afterEach(() => emulator.stop());

/** Each call sent once: these tests are about one request and its answer. */
function client(key = KEY, origin = emulator.url): CptsClient {
  const http = { userAgent: 'codearts-perftest-action/test', log, now: () => new Date(NOW) };
  return new CptsClient({ origin, host: new URL(origin).host }, key, DEMO.projectId, http, oneAttempt(log)).singleAttempt(60_000);
}

async function failure(fault: Fault | null, key = KEY): Promise<ApiError> {
  emulator.script('CreateNewTask', [fault]);
  const error = await client(key)
    .createNewTask(BODY)
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect(emulator.received).toHaveLength(1);
  return error as ApiError;
}

test('a signed POST /v3/{project_id}/tasks that the emulator accepts and the official signer reproduces', async () => {
  const result = await client().createNewTask(BODY);
  expect(emulator.tasks()).toMatchObject([{ id: result.task_id, name: BODY.name, case_id_list: BODY.case_id_list }]);

  const [received] = emulator.received;
  expect(result.requestId).toBe(received.requestId);
  expect(received.method).toBe('POST');
  expect(received.target).toBe(`/v3/${DEMO.projectId}/tasks`);
  expect(received.body).toBe(
    '{"name":"checkout-pr42-1-1","parallel":false,"enable_full_link":true,"project_id":393862,"operate_mode":2,"case_id_list":[449269,449270]}',
  );
  expect(received.headers).toMatchObject({
    'content-type': 'application/json',
    host: new URL(emulator.url).host,
    'x-sdk-date': '20261128T040506Z',
    'x-project-id': DEMO.projectId,
    'user-agent': 'codearts-perftest-action/test',
    'content-length': String(Buffer.byteLength(received.body)),
  });
  expect(received.headers['x-security-token']).toBeUndefined();
  expect(received.headers.authorization).toMatch(
    new RegExp(`^SDK-HMAC-SHA256 Access=${DEMO.ak}, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=[0-9a-f]{64}$`),
  );
  expect(officialAuthorizationFor(received, DEMO.ak, DEMO.sk)).toBe(received.headers.authorization);
});

test('temporary credentials send and sign X-Security-Token; debug output redacts it', async () => {
  await client(TEMPORARY).createNewTask(BODY);
  const [received] = emulator.received;
  expect(received.status).toBe(201);
  expect(received.headers['x-security-token']).toBe(DEMO.securityToken);
  expect(received.headers.authorization).toContain('SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token,');
  expect(officialAuthorizationFor(received, DEMO.temporaryAk, DEMO.temporarySk)).toBe(received.headers.authorization);

  const debug = lines.join('\n');
  expect(debug).toContain(`Canonical request:\nPOST\n/v3/${DEMO.projectId}/tasks/\n\n`);
  expect(debug).toContain('x-security-token:***\n');
  expect(debug).toContain('String to sign:\nSDK-HMAC-SHA256\n20261128T040506Z\n');
  expect(debug).toContain(`HTTP 201, X-Request-Id ${received.requestId}`);
  expect(debug).not.toContain(DEMO.securityToken);
  expect(debug).not.toContain(DEMO.temporarySk);
});

test("the emulator's 401 for a wrong SK: code, message, request id and the lockout warning", async () => {
  const error = await failure(null, { ...KEY, secretAccessKey: 'not-the-secret' });
  const { requestId } = emulator.received[0];
  expect(error.message).toBe(
    `CreateNewTask failed: HTTP 401 APIGW.0301: Incorrect IAM authentication information: verify aksk signature fail (X-Request-Id ${requestId}). ` +
      'The gateway rejected the signature or the credentials: check the AK/SK (and the security token for temporary keys). ' +
      'Not retried: five failed attempts in a row lock the AK for five minutes, so fix the keys before re-running.',
  );
  expect(error).toMatchObject({ status: 401, code: 'APIGW.0301', requestId });
});

test("the emulator's 400 with a cpts {code, message} body for a case that does not exist", async () => {
  emulator.script('CreateNewTask', []);
  const error = (await client()
    .createNewTask({ ...BODY, case_id_list: [1] })
    .catch((e: unknown) => e)) as ApiError;
  expect(error.message).toMatch(
    /^CreateNewTask failed: HTTP 400 SVCSTG.CPTS.4001001: case 1 does not exist in PerfTest project 393862 \(X-Request-Id [0-9a-f]{32}\)$/,
  );
  expect(emulator.tasks()).toHaveLength(0);
});

test("IAM's nested {error: {code, message}} body", async () => {
  const error = await failure(faults.status(403, { error: { code: 'IAM.0002', message: 'forbidden' } }));
  expect(error.message).toMatch(
    /HTTP 403 IAM.0002: forbidden \(X-Request-Id [0-9a-f]{32}\)\. Check the credentials and their permissions\.$/,
  );
});

test('501 with a bare string body is quoted', async () => {
  const error = await failure(faults.unknownError());
  expect(error.message).toMatch(/^CreateNewTask failed: HTTP 501: body "unknown error" \(X-Request-Id [0-9a-f]{32}\)$/);
});

test('an HTML error page is quoted to its first 300 characters', async () => {
  const page = `<html><body>${'Bad Gateway '.repeat(60)}</body></html>`;
  const error = await failure(faults.status(502, page, { 'Content-Type': 'text/html' }));
  expect(error.message).toContain(`HTTP 502: body ${JSON.stringify(page.slice(0, 300) + '…')}`);
});

test.each([
  ['2xx without task_id', faults.status(201, { code: 'SVCSTG.CPTS.0000000', message: 'success' }), /expected an integer task_id/],
  ['task_id as a string', faults.status(201, { task_id: '123' }), /expected an integer task_id/],
  ['malformed JSON', faults.malformedJson(), /expected an integer task_id; body "\{\\"code\\":\\"SVCSTG.CPTS.0000000\\",\\"task_id\\":"/],
  ['an empty 201', faults.status(201), /expected an integer task_id; empty body/],
])('%s is an error, not a success', async (_label, fault, message) => {
  const error = await failure(fault);
  expect(error.message).toMatch(message);
});

test('a 200 with a task_id is a success: the contract fixes no status code, and the task exists', async () => {
  emulator.script('CreateNewTask', [faults.status(200, { task_id: 77 })]);
  expect(await client().createNewTask(BODY)).toMatchObject({ task_id: 77 });
});

test('a connection reset is a transport error naming the URL', async () => {
  emulator.script('CreateNewTask', [faults.resetBeforeHandling()]);
  const error = await client()
    .createNewTask(BODY)
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TransportError);
  expect((error as Error).message).toMatch(
    new RegExp(`^CreateNewTask failed: no answer from ${emulator.url}/v3/${DEMO.projectId}/tasks: .*socket hang up`),
  );
  expect(emulator.tasks()).toHaveLength(0);
});

test('a closed port is a transport error', async () => {
  const closed = await startEmulator();
  await closed.stop();
  const error = await client(KEY, closed.url)
    .createNewTask(BODY)
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TransportError);
  expect((error as Error).message).toMatch(/ECONNREFUSED/);
});

describe('hints keyed by the service’s real codes', () => {
  test('a clock 16 minutes off: the gateway’s APIGW.0301 "signature expired" gets the clock hint, not the wrong-key one', async () => {
    const skewed = new CptsClient(
      { origin: emulator.url, host: new URL(emulator.url).host },
      KEY,
      DEMO.projectId,
      { userAgent: 'test', log, now: () => new Date(NOW - 16 * 60_000) },
      oneAttempt(log),
    ).singleAttempt(60_000);
    const error = (await skewed.showTask(1).catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ status: 401, code: 'APIGW.0301' });
    expect(error.message).toMatch(
      /signature expired.*\. The signature's date \(X-Sdk-Date\) is more than 15 minutes off the gateway's clock/,
    );
    expect(error.message).not.toMatch(/check the AK\/SK/);
  });

  test('a wrong secret: APIGW.0301 without "expired" keeps the credentials hint', async () => {
    const error = (await client({ ...KEY, secretAccessKey: 'wrong' })
      .showTask(1)
      .catch((e: unknown) => e)) as ApiError;
    expect(error.message).toMatch(/verify aksk signature fail.*check the AK\/SK/);
  });

  test('a task that does not exist or is not ours: 403 SVCSTG.CPTS.4032002 says to check the ids and the region', async () => {
    const error = (await client()
      .showTask(987654)
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ status: 403, code: 'SVCSTG.CPTS.4032002' });
    expect(error.message).toMatch(
      /^ShowTask failed: HTTP 403 SVCSTG.CPTS.4032002: task 987654 does not exist or is not yours \(X-Request-Id [0-9a-f]{32}\)\. The service knows no such task or PerfTest project in this region project, or it is not yours: check task_id and project/,
    );
  });
});
