// CreateNewTask over real HTTP to a local server: what is sent, and what each answer becomes.
import { CptsClient } from '../src/cpts/client.js';
import { ApiError, TransportError } from '../src/huawei/api-error.js';
import type { Logger } from '../src/huawei/http.js';
import type { CreateNewTaskRequestBody } from '../src/cpts/types.js';
import { officialAuthorizationFor } from './helpers/official-signer.js';
import { created, startServer, type Reply, type TestServer } from './helpers/server.js';

const PROJECT_ID = '0123456789abcdef0123456789abcdef';
const KEY = { accessKeyId: 'QTWAOYTTINDUT2QVKYUC', secretAccessKey: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc' };
const BODY: CreateNewTaskRequestBody = {
  name: 'checkout-pr42-1-1',
  parallel: false,
  enable_full_link: true,
  project_id: 393862,
  operate_mode: 2,
  case_id_list: [449269, 449270],
};

let server: TestServer;
let nextReply: (() => Reply) | undefined;
const lines: string[] = [];
const log: Logger = { debug: (m) => lines.push(m), info: (m) => lines.push(m), warning: (m) => lines.push(m) };

beforeAll(async () => {
  server = await startServer(() => (nextReply ? nextReply() : created(1)));
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  lines.length = 0;
  nextReply = undefined;
});

function client(key: typeof KEY & { securityToken?: string } = KEY, origin = server.url): CptsClient {
  const host = new URL(origin).host;
  return new CptsClient({ origin, host }, key, PROJECT_ID, {
    userAgent: 'codearts-perftest-action/test',
    log,
    now: () => new Date(Date.UTC(2026, 10, 28, 4, 5, 6)),
  });
}

async function failure(reply: Reply): Promise<ApiError> {
  nextReply = () => reply;
  const error = await client().createNewTask(BODY).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect(server.requests).toHaveLength(1);
  return error as ApiError;
}

test('a signed POST /v3/{project_id}/tasks that the official signer reproduces', async () => {
  nextReply = () => created(8675309, 'req-123');
  const result = await client().createNewTask(BODY);
  expect(result).toEqual({ task_id: 8675309, requestId: 'req-123' });

  expect(server.requests).toHaveLength(1);
  const [received] = server.requests;
  expect(received.method).toBe('POST');
  expect(received.url).toBe(`/v3/${PROJECT_ID}/tasks`);
  expect(received.body).toBe(
    '{"name":"checkout-pr42-1-1","parallel":false,"enable_full_link":true,"project_id":393862,"operate_mode":2,"case_id_list":[449269,449270]}',
  );
  expect(received.headers).toMatchObject({
    'content-type': 'application/json',
    host: new URL(server.url).host,
    'x-sdk-date': '20261128T040506Z',
    'x-project-id': PROJECT_ID,
    'user-agent': 'codearts-perftest-action/test',
    'content-length': String(Buffer.byteLength(received.body)),
  });
  expect(received.headers['x-security-token']).toBeUndefined();
  expect(received.headers.authorization).toMatch(
    /^SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=[0-9a-f]{64}$/,
  );
  expect(officialAuthorizationFor(received, KEY.accessKeyId, KEY.secretAccessKey)).toBe(received.headers.authorization);
});

test('temporary credentials send and sign X-Security-Token; debug output redacts it', async () => {
  const token = 'TEMPORARY-TOKEN-VALUE-1234567890';
  await client({ ...KEY, securityToken: token }).createNewTask(BODY);
  const [received] = server.requests;
  expect(received.headers['x-security-token']).toBe(token);
  expect(received.headers.authorization).toContain('SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token,');
  expect(officialAuthorizationFor(received, KEY.accessKeyId, KEY.secretAccessKey)).toBe(received.headers.authorization);

  const debug = lines.join('\n');
  expect(debug).toContain('Canonical request:\nPOST\n/v3/0123456789abcdef0123456789abcdef/tasks/\n\n');
  expect(debug).toContain('x-security-token:***\n');
  expect(debug).toContain('String to sign:\nSDK-HMAC-SHA256\n20261128T040506Z\n');
  expect(debug).not.toContain(token);
  expect(debug).not.toContain(KEY.secretAccessKey);
});

test('401 from the gateway: code, message, request id and the lockout warning', async () => {
  const error = await failure({
    status: 401,
    headers: { 'X-Request-Id': 'gw-1' },
    body: { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information', request_id: 'gw-1' },
  });
  expect(error.message).toBe(
    'CreateNewTask failed: HTTP 401 APIGW.0301: Incorrect IAM authentication information (X-Request-Id gw-1). ' +
      'The gateway rejected the signature or the credentials: check the AK/SK (and the security token for temporary keys). ' +
      'Do not re-run blindly: five failed attempts in a row lock the AK for five minutes.',
  );
  expect(error).toMatchObject({ status: 401, code: 'APIGW.0301', requestId: 'gw-1' });
});

test('400 with a cpts {code, message} body', async () => {
  const error = await failure({
    status: 400,
    headers: { 'X-Request-Id': 'c-2' },
    body: { code: 'SVCSTG.CPTS.4001001', message: 'case 449270 does not exist' },
  });
  expect(error.message).toMatch(/^CreateNewTask failed: HTTP 400 SVCSTG.CPTS.4001001: case 449270 does not exist \(X-Request-Id c-2\)$/);
});

test("IAM's nested {error: {code, message}} body", async () => {
  const error = await failure({ status: 403, body: { error: { code: 'IAM.0002', message: 'forbidden' } } });
  expect(error.message).toMatch(/HTTP 403 IAM.0002: forbidden \(no X-Request-Id in the response\)/);
});

test('501 with a bare string body is quoted', async () => {
  const error = await failure({ status: 501, headers: { 'X-Request-Id': 'r5' }, body: 'unknown error' });
  expect(error.message).toBe('CreateNewTask failed: HTTP 501: body "unknown error" (X-Request-Id r5)');
});

test('an HTML error page is quoted to its first 300 characters', async () => {
  const html = `<html><body>${'Bad Gateway '.repeat(60)}</body></html>`;
  const error = await failure({ status: 502, headers: { 'Content-Type': 'text/html' }, body: html });
  expect(error.message).toContain(`HTTP 502: body ${JSON.stringify(html.slice(0, 300) + '…')}`);
});

test.each([
  ['2xx without task_id', { status: 201, body: { code: 'SVCSTG.CPTS.0000000', message: 'success' } }, /no integer task_id/],
  ['task_id as a string', { status: 201, body: { task_id: '123' } }, /no integer task_id/],
  ['malformed JSON', { status: 201, body: '{"task_id": 12' }, /no integer task_id; body "\{\\"task_id\\": 12"/],
  ['an empty 201', { status: 201 }, /no integer task_id; empty body/],
  ['200 instead of 201', { status: 200, body: { task_id: 77 } }, /expected HTTP 201 with an integer task_id, got task_id 77 with HTTP 200/],
] as const)('%s is an error, not a success', async (_label, reply, message) => {
  const error = await failure(reply as Reply);
  expect(error.message).toMatch(message);
});

test('a connection reset is a transport error naming the URL', async () => {
  nextReply = () => ({ status: 0, reset: true });
  const error = await client().createNewTask(BODY).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TransportError);
  expect((error as Error).message).toMatch(new RegExp(`^CreateNewTask failed: no answer from ${server.url}/v3/${PROJECT_ID}/tasks: .*socket hang up`));
});

test('a closed port is a transport error', async () => {
  const closed = await startServer(() => created(1));
  const origin = closed.url;
  await closed.close();
  const error = await client(KEY, origin).createNewTask(BODY).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TransportError);
  expect((error as Error).message).toMatch(/ECONNREFUSED/);
});
