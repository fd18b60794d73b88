// DebugCase over HTTP, strict mode on: one entry per request of the case, its URL from the case's host
// with the PerfTest project's global variables as they are now; success on a reachable host, an
// unknown-host failure on another, a seeded failing request; the checks of the path and the body; and
// that debugging costs no run.
import { DEFAULT_FIXTURE, DEMO, faults, type CaseSeed, type Fixture } from '../../emulator/index.js';
import { NOW, OTHER_SUITE, P, SUITE, createTask, misfit, setup, startTask, type Api, type Reply } from './client.js';

let api: Api;
afterEach(async () => {
  const violations = [...api.emulator.contractViolations];
  await api.emulator.stop();
  // Strict mode (the default) checked every 2xx answer against the contract's response model.
  expect(violations).toEqual([]);
});

const start = async (seed: Partial<Fixture> = {}) => {
  api = await setup({ seed });
};

const OK = { code: 'SVCSTG.CPTS.0000000', message: 'success' };
const [BROWSE, ORDER] = DEMO.cases;
const FLAKY = 449273;
const CRASHING = 449274;
const DEBUG = { status: 9, cluster_type: 'shared-cluster-internet', cluster_id: 0, without_package: 0, type: 1 };

const debugPath = (taskId: number, caseId: number, suite: number = SUITE) =>
  `/v1/${P}/test-suites/${suite}/tasks/${taskId}/cases/${caseId}/debug`;
const debug = (taskId: number, caseId: number, data: unknown = DEBUG, suite: number = SUITE) =>
  api.signed({ path: debugPath(taskId, caseId, suite), data });

// Answers are read loosely, as the client helpers do.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function results(taskId: number, caseId: number, data: unknown = DEBUG): Promise<Json[]> {
  const reply = await debug(taskId, caseId, data);
  expect([reply.status, reply.status === 200 ? '' : reply.text]).toEqual([200, '']);
  expect(reply.json).toEqual({ ...OK, extend: '', result: expect.any(Array) });
  return reply.json.result;
}

const setTargetHost = async (host: string) => {
  const reply = await api.signed({
    method: 'PUT',
    path: `/v1/${P}/variables/${SUITE}`,
    data: [{ id: DEMO.variables.TARGET_HOST, name: 'TARGET_HOST', variable_type: 2, variable: [host] }],
  });
  expect(reply.status).toBe(201);
};

function expectCptsError(reply: Reply, status: number, code: string, message: string | RegExp): void {
  expect(reply.status).toBe(status);
  expect(reply.json).toEqual({ code, message: expect.any(String) });
  if (typeof message === 'string') expect(reply.json.message).toBe(message);
  else expect(reply.json.message).toMatch(message);
}
const expectInvalid = (reply: Reply, message: string | RegExp) => expectCptsError(reply, 400, 'SVCSTG.CPTS.4001001', message);
const expectNotYours = (reply: Reply, message: string | RegExp) => expectCptsError(reply, 403, 'SVCSTG.CPTS.4032002', message);

const DATE = new Date(NOW).toUTCString();
const REQUEST_HEADER = (host: string) => ({ Host: host, 'Content-Type': 'application/json', Connection: 'keep-alive' });
const OK_BODY = '{"status":"ok"}';
const success = (name: string, url: string, responseTime: number, host: string = DEMO.targetHost) => ({
  name,
  url,
  statusCode: '200',
  result: 1,
  responseTime,
  errorReason: '',
  body: '',
  header: REQUEST_HEADER(host),
  returnBody: OK_BODY,
  returnHeader: { 'Content-Type': 'application/json', 'Content-Length': String(OK_BODY.length), Date: DATE, Connection: 'keep-alive' },
});
const unknownHost = (name: string, url: string, host: string) => ({
  name,
  url,
  statusCode: '',
  result: 0,
  responseTime: 0,
  errorReason: `java.net.UnknownHostException: ${host}: Name or service not known`,
  body: '',
  header: REQUEST_HEADER(host),
  returnBody: '',
  returnHeader: {},
});

describe('DebugCase on the demo account', () => {
  let taskId: number;
  beforeEach(async () => {
    await start();
    taskId = await createTask(api, { case_id_list: [BROWSE, ORDER, FLAKY, CRASHING] });
  });

  test('browse-catalogue: one success per request, at https://<TARGET_HOST><path>, timed from its profile (86 ms × time)', async () => {
    expect(await results(taskId, BROWSE)).toEqual([
      success('GET /catalogue', 'https://shop.example.com/catalogue', 86),
      success('GET /catalogue/{id}', 'https://shop.example.com/catalogue/{id}', 60),
      success('GET /search?q=red socks', 'https://shop.example.com/search?q=red socks', 138),
    ]);
  });

  test('debugging costs no run, and both types (0 transaction, 1 case) and a missing type answer the same', async () => {
    const byCase = await results(taskId, ORDER);
    expect(await results(taskId, ORDER, { ...DEBUG, type: 0 })).toEqual(byCase);
    const { type: _type, ...untyped } = DEBUG;
    expect(await results(taskId, ORDER, untyped)).toEqual(byCase);
    expect(byCase.map((r: Json) => [r.url, r.result])).toEqual([
      ['https://shop.example.com/cart', 1],
      ['https://shop.example.com/orders', 1],
      ['https://shop.example.com/orders/{id}/status', 1],
    ]);
    expect(api.emulator.state.runs.size).toBe(0);
    expect(api.emulator.state.tasks.get(taskId)!.runIds).toEqual([]);
  });

  test('TARGET_HOST set to a preview host the load generators reach: success there', async () => {
    await setTargetHost('pr-7.preview.example.com');
    const [first] = await results(taskId, BROWSE);
    expect(first).toEqual(success('GET /catalogue', 'https://pr-7.preview.example.com/catalogue', 86, 'pr-7.preview.example.com'));
  });

  test('TARGET_HOST set to a host nobody reaches: every request fails as an unknown host', async () => {
    await setTargetHost('pr-7.preview.example.invalid');
    const host = 'pr-7.preview.example.invalid';
    expect(await results(taskId, BROWSE)).toEqual([
      unknownHost('GET /catalogue', `https://${host}/catalogue`, host),
      unknownHost('GET /catalogue/{id}', `https://${host}/catalogue/{id}`, host),
      unknownHost('GET /search?q=red socks', `https://${host}/search?q=red socks`, host),
    ]);
    // flaky-inventory's host names no variable: it is unaffected.
    expect((await results(taskId, FLAKY)).map((r: Json) => [r.url, r.result])).toEqual([
      ['https://inventory.example.com/inventory/stock', 1],
      ['https://inventory.example.com/inventory/reservations', 1],
    ]);
  });

  test('the variable is read when the debug is asked for: another writer setting it just before wins', async () => {
    api.emulator.script('DebugCase', [faults.otherWriterSets(SUITE, 'TARGET_HOST', ['shop.example.org'])]);
    const [first] = await results(taskId, BROWSE);
    expect([first.url, first.result, first.errorReason]).toEqual([
      'https://shop.example.org/catalogue',
      0,
      'java.net.UnknownHostException: shop.example.org: Name or service not known',
    ]);
    expect((await results(taskId, BROWSE))[0].url).toBe('https://shop.example.org/catalogue');
  });

  test('TARGET_HOST deleted by another writer: the reference stays literal and fails as an unknown host', async () => {
    api.emulator.script('DebugCase', [faults.otherWriterDeletes(SUITE, 'TARGET_HOST')]);
    const [first] = await results(taskId, BROWSE);
    expect([first.url, first.statusCode, first.result]).toEqual(['https://${TARGET_HOST}/catalogue', '', 0]);
  });

  test('a case seeded without requests or host: one `GET /`, its URL the path alone, reachable', async () => {
    expect(await results(taskId, CRASHING)).toEqual([
      {
        ...success('GET /', '/', 150),
        header: { 'Content-Type': 'application/json', Connection: 'keep-alive' },
      },
    ]);
  });

  test('the path: project, task and case checked', async () => {
    expectNotYours(await debug(taskId, BROWSE, DEBUG, 999), 'PerfTest project 999 does not exist or is not yours');
    expectNotYours(await debug(123, BROWSE), 'task 123 does not exist or is not yours');
    expectNotYours(await debug(taskId, BROWSE, DEBUG, OTHER_SUITE), `task ${taskId} is not in PerfTest project ${OTHER_SUITE}`);
    expectInvalid(await debug(taskId, 449271), `case 449271 is not a case of task ${taskId}`);
    expectInvalid(await debug(taskId, 1), `case 1 is not a case of task ${taskId}`);
  });

  test('the body: status 9, a cluster type, a private cluster’s id, without_package 0, type 0 or 1', async () => {
    expectInvalid(await debug(taskId, BROWSE, { ...DEBUG, status: 2 }), 'status must be 9 (start debugging), got 2');
    expectInvalid(await debug(taskId, BROWSE, { ...DEBUG, cluster_type: 'shared' }), /cluster_type must be/);
    expectInvalid(
      await debug(taskId, BROWSE, { ...DEBUG, cluster_type: 'private-cluster', cluster_id: 0 }),
      "a private-cluster debug needs the resource group's cluster_id, got 0",
    );
    expect((await debug(taskId, BROWSE, { ...DEBUG, cluster_type: 'private-cluster', cluster_id: 17 })).status).toBe(200);
    expectInvalid(await debug(taskId, BROWSE, { ...DEBUG, without_package: 1 }), 'without_package must be 0');
    expectInvalid(await debug(taskId, BROWSE, { ...DEBUG, type: 2 }), 'type must be 0 (transaction) or 1 (case)');
    const { without_package: _w, ...short } = DEBUG;
    expectCptsError(
      await debug(taskId, BROWSE, short),
      400,
      'SVCSTG.CPTS.4001001',
      misfit('DebugCase', 'body.without_package is required').message,
    );
    expectCptsError(
      await debug(taskId, BROWSE, { ...DEBUG, network_info: {} }),
      400,
      'SVCSTG.CPTS.4001001',
      /body.network_info is not a field/,
    );
    // Only POST: a GET finds no route.
    expect((await api.signed({ path: debugPath(taskId, BROWSE) })).json).toMatchObject({ error_code: 'APIGW.0101' });
  });

  test('a running task does not stop a debug, nor does the debug touch the run', async () => {
    const runId = await startTask(api, taskId);
    expect((await results(taskId, BROWSE))[0].result).toBe(1);
    expect(api.emulator.state.tasks.get(taskId)!.runIds).toEqual([runId]);
  });
});

describe('DebugCase on seeded cases', () => {
  const project = DEFAULT_FIXTURE.perftestProjects[0];
  const withCase = (changes: Partial<CaseSeed>): Partial<Fixture> => ({
    perftestProjects: [
      { ...project, cases: project.cases.map((c) => (c.id === ORDER ? { ...c, ...changes } : c)) },
      ...DEFAULT_FIXTURE.perftestProjects.slice(1),
    ],
  });
  const orderCase = project.cases.find((c) => c.id === ORDER)!;

  test('a request seeded to fail its debug: its status code, result 0, its time; the others succeed', async () => {
    await start(
      withCase({
        requests: orderCase.requests!.map((r) => (r.name === 'POST /orders' ? { ...r, debug: { statusCode: '500' } } : r)),
      }),
    );
    const taskId = await createTask(api, { case_id_list: [ORDER] });
    const body = '{"status":"error","code":"500"}';
    expect(await results(taskId, ORDER)).toEqual([
      success('POST /cart', 'https://shop.example.com/cart', 144),
      {
        ...success('POST /orders', 'https://shop.example.com/orders', 408),
        statusCode: '500',
        result: 0,
        errorReason: 'the response status code 500 is not 2xx',
        returnBody: body,
        returnHeader: { 'Content-Type': 'application/json', 'Content-Length': String(body.length), Date: DATE, Connection: 'keep-alive' },
      },
      success('GET /orders/{id}/status', 'https://shop.example.com/orders/{id}/status', 168),
    ]);
  });

  test('a 2xx with an error reason is a failed checkpoint', async () => {
    const requests = orderCase.requests!.map((r, i) =>
      i === 0 ? { ...r, debug: { statusCode: '200', errorReason: 'checkpoint failed: cart id' } } : r,
    );
    await start(withCase({ requests }));
    const taskId = await createTask(api, { case_id_list: [ORDER] });
    const [cart] = await results(taskId, ORDER);
    expect([cart.statusCode, cart.result, cart.errorReason]).toEqual(['200', 0, 'checkpoint failed: cart id']);
  });

  test('protocol http, and a host with a port', async () => {
    await start(withCase({ protocol: 'http', host: '${TARGET_HOST}:8080' }));
    const taskId = await createTask(api, { case_id_list: [ORDER] });
    const [cart] = await results(taskId, ORDER);
    expect([cart.url, cart.header.Host, cart.result]).toEqual(['http://shop.example.com:8080/cart', 'shop.example.com:8080', 1]);
  });

  test('a request whose name is not `METHOD /path` goes to `/`', async () => {
    await start(withCase({ requests: [{ name: 'login step', share: 1, time: 1 }] }));
    const taskId = await createTask(api, { case_id_list: [ORDER] });
    expect((await results(taskId, ORDER)).map((r: Json) => [r.name, r.url])).toEqual([['login step', 'https://shop.example.com/']]);
  });

  test('reachableHosts unset: every host with its variables resolved is reachable', async () => {
    await start({ reachableHosts: undefined });
    await setTargetHost('anything.example.net');
    const taskId = await createTask(api, { case_id_list: [BROWSE] });
    expect((await results(taskId, BROWSE))[0].result).toBe(1);
  });
});
