// Scripted faults: per operation and per attempt, via emulator.script() and the `faults` option.
import { performance } from 'node:perf_hooks';
import { faults } from '../../emulator/index.js';
import { START, createTask, paths, setup, taskBody, type Api } from './client.js';

let api: Api;
afterEach(async () => {
  const violations = [...api.emulator.contractViolations];
  await api.emulator.stop();
  // Strict mode checks the emulator's own answers only; none of them broke the contract.
  expect(violations).toEqual([]);
});

const create = (timeoutMs?: number) => api.signed({ path: paths.tasks, data: taskBody(), timeoutMs });
const SOCKET_ERROR = /socket hang up|ECONNRESET|EPIPE/;

async function waitFor(condition: () => boolean, ms = 1000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('with emulator.script()', () => {
  beforeEach(async () => {
    api = await setup();
  });

  test('503, 503, then normal: the third call succeeds and exactly one task exists', async () => {
    api.emulator.script('CreateNewTask', [faults.serverError(503), faults.serverError(503), null]);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await create()).status);
    expect(statuses).toEqual([503, 503, 201]);
    expect(api.emulator.tasks()).toHaveLength(1);
    expect(api.emulator.received.map((r) => [r.operation, r.status, r.fault])).toEqual([
      ['CreateNewTask', 503, 'reply'],
      ['CreateNewTask', 503, 'reply'],
      ['CreateNewTask', 201, undefined],
    ]);
    // Past the end of the script, requests are handled normally.
    expect((await create()).status).toBe(201);
  });

  test('a script is per operation: other operations are unaffected', async () => {
    api.emulator.script('ShowTask', [faults.serverError(503)]);
    expect((await create()).status).toBe(201);
    expect(
      (
        await api.signed({
          path: paths.suites,
          query: [
            ['offset', '0'],
            ['limit', '1'],
          ],
        })
      ).status,
    ).toBe(200);
  });

  test('script() replaces the script and restarts the attempt count', async () => {
    api.emulator.script('CreateNewTask', [null, faults.serverError(503)]);
    expect((await create()).status).toBe(201);
    api.emulator.script('CreateNewTask', [faults.serverError(502), null]);
    expect((await create()).status).toBe(502);
    expect((await create()).status).toBe(201);
  });

  test('a scripted reply comes before the gateway: even a badly signed request gets it', async () => {
    api.emulator.script('CreateNewTask', [faults.serverError(503)]);
    const reply = await api.signed({ path: paths.tasks, data: taskBody(), sk: 'wrong' });
    expect(reply.status).toBe(503);
    expect(reply.json).toMatchObject({ error_code: 'APIGW.0203' });
  });

  test('throttled(2) is a 429 APIGW.0308 with Retry-After: 2', async () => {
    api.emulator.script('CreateNewTask', [faults.throttled(2)]);
    const reply = await create();
    expect(reply.status).toBe(429);
    expect(reply.headers['retry-after']).toBe('2');
    expect(reply.json).toMatchObject({ error_code: 'APIGW.0308', error_msg: expect.any(String) });
    expect(api.emulator.tasks()).toHaveLength(0);
  });

  test('unknownError() is a 501 with the bare body "unknown error"', async () => {
    api.emulator.script('CreateNewTask', [faults.unknownError()]);
    const reply = await create();
    expect(reply.status).toBe(501);
    expect(reply.text).toBe('unknown error');
    expect(reply.headers['content-type']).toMatch(/^text\/plain/);
    expect(reply.headers['x-request-id']).toEqual(expect.any(String));
    expect(api.emulator.tasks()).toHaveLength(0);
  });

  test('htmlPage() is an HTML page with a 502 and creates nothing', async () => {
    api.emulator.script('CreateNewTask', [faults.htmlPage()]);
    const reply = await create();
    expect(reply.status).toBe(502);
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
    expect(reply.text).toMatch(/^<html>.*502 Bad Gateway.*<\/html>$/s);
    expect(reply.json).toBeUndefined();
    expect(api.emulator.tasks()).toHaveLength(0);
  });

  test('malformedJson() on CreateNewTask creates the task but answers malformed JSON', async () => {
    api.emulator.script('CreateNewTask', [faults.malformedJson()]);
    const reply = await create();
    expect(reply.status).toBe(201);
    expect(reply.text).toBe('{"code":"SVCSTG.CPTS.0000000","task_id":');
    expect(() => JSON.parse(reply.text)).toThrow();
    expect(api.emulator.tasks()).toHaveLength(1);
    expect(api.emulator.received[0]).toMatchObject({ operation: 'CreateNewTask', status: 201, fault: 'reply' });
  });

  test('a custom status with a body and headers', async () => {
    api.emulator.script('CreateNewTask', [faults.status(403, { error: { code: 'IAM.0002', message: 'forbidden' } }, { 'X-Extra': 'yes' })]);
    const reply = await create();
    expect(reply.status).toBe(403);
    expect(reply.json).toEqual({ error: { code: 'IAM.0002', message: 'forbidden' } });
    expect(reply.headers['x-extra']).toBe('yes');
  });

  test('a scripted reply goes out as it is, even a 200 that does not fit the contract (strict mode checks only its own answers)', async () => {
    const id = await createTask(api);
    const body = { code: 'SVCSTG.CPTS.0000000', message: 'success', taskInfo: { id, run_status: '0', task_run_info: { id: 1 } } };
    api.emulator.script('ShowTask', [faults.status(200, body)]);
    const reply = await api.signed({ path: paths.showTask(id) });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual(body);
    expect(api.emulator.received[1]).toMatchObject({ operation: 'ShowTask', status: 200, fault: 'reply' });
  });

  test('a scripted reply comes before the request check: a body outside the contract gets it, and starts nothing', async () => {
    const id = await createTask(api);
    api.emulator.script('UpdateTaskStatus', [faults.serverError(503)]);
    const reply = await api.signed({ path: paths.taskStatus(id), data: { ...START, network_info: undefined } });
    expect(reply.status).toBe(503);
    expect(reply.json).toMatchObject({ error_code: 'APIGW.0203' });
    expect(api.emulator.tasks()[0].runIds).toEqual([]);
  });

  test('resetBeforeHandling(): the client sees a socket error, no task is created', async () => {
    api.emulator.script('CreateNewTask', [faults.resetBeforeHandling()]);
    await expect(create()).rejects.toThrow(SOCKET_ERROR);
    expect(api.emulator.tasks()).toHaveLength(0);
    expect(api.emulator.received[0]).toMatchObject({ operation: 'CreateNewTask', status: 'reset', fault: 'reset' });
    expect((await create()).status).toBe(201);
  });

  test('resetAfterHandling(): the client sees a socket error, the task WAS created', async () => {
    api.emulator.script('CreateNewTask', [faults.resetAfterHandling()]);
    await expect(create()).rejects.toThrow(SOCKET_ERROR);
    expect(api.emulator.tasks()).toHaveLength(1);
    expect(api.emulator.received[0]).toMatchObject({ operation: 'CreateNewTask', status: 'reset', fault: 'reset' });
  });

  test('delayAfterHandling(ms) with a shorter client timeout: the task is created, the answer never arrives', async () => {
    api.emulator.script('CreateNewTask', [faults.delayAfterHandling(150)]);
    await expect(create(30)).rejects.toThrow(/client timeout/);
    expect(api.emulator.tasks()).toHaveLength(1);
    expect(api.emulator.received[0]).toMatchObject({ operation: 'CreateNewTask', fault: 'delay' });
    await waitFor(() => api.emulator.received[0].status === 'reset');
  });

  test('delayAfterHandling(ms) with a patient client: the answer is the normal one, late', async () => {
    api.emulator.script('CreateNewTask', [faults.delayAfterHandling(60)]);
    const started = performance.now();
    const reply = await create();
    expect(performance.now() - started).toBeGreaterThanOrEqual(59);
    expect(reply.status).toBe(201);
    expect(api.emulator.tasks()).toHaveLength(1);
  });

  test('delay(ms) delays the answer by at least ms, then handles it normally', async () => {
    api.emulator.script('CreateNewTask', [faults.delay(120)]);
    const started = performance.now();
    const reply = await create();
    const elapsed = performance.now() - started;
    // setTimeout may fire up to 1 ms early against performance.now().
    expect(elapsed).toBeGreaterThanOrEqual(119);
    expect(reply.status).toBe(201);
    expect(api.emulator.received[0]).toMatchObject({ operation: 'CreateNewTask', status: 201, fault: 'delay' });
  });

  test('delay(ms) before handling: a client that gives up first leaves no task', async () => {
    api.emulator.script('CreateNewTask', [faults.delay(120)]);
    await expect(create(30)).rejects.toThrow(/client timeout/);
    // The emulator still handles the request when the delay ends; nothing may be created for a
    // request whose connection is gone. (Waits for the delay to end.)
    await waitFor(() => api.emulator.received[0].status !== 0, 1000);
    expect(api.emulator.received[0].status).toBe('reset');
    expect(api.emulator.tasks()).toHaveLength(0);
  });
});

describe('with the faults option of startEmulator', () => {
  test('the script applies from the first request', async () => {
    api = await setup({ faults: { CreateNewTask: [faults.throttled(2), null] } });
    const first = await create();
    expect(first.status).toBe(429);
    expect(first.headers['retry-after']).toBe('2');
    expect((await create()).status).toBe(201);
    expect(api.emulator.tasks()).toHaveLength(1);
  });
});

describe('emulator.received', () => {
  beforeEach(async () => {
    api = await setup();
  });

  test('records each request: operation, method, target, body, status, fault', async () => {
    api.emulator.script('ShowTaskSet', [faults.serverError(504)]);
    await create();
    await api.signed({
      path: paths.taskSet(),
      query: [
        ['offset', '0'],
        ['limit', '5'],
      ],
    });
    await api.signed({ path: '/v9/nothing' });
    expect(api.emulator.received).toEqual([
      expect.objectContaining({
        operation: 'CreateNewTask',
        method: 'POST',
        target: paths.tasks,
        body: JSON.stringify(taskBody()),
        status: 201,
        fault: undefined,
        requestId: expect.any(String),
        headers: expect.objectContaining({ 'x-project-id': expect.any(String), authorization: expect.any(String) }),
      }),
      expect.objectContaining({
        operation: 'ShowTaskSet',
        method: 'GET',
        target: `${paths.taskSet()}?offset=0&limit=5`,
        status: 504,
        fault: 'reply',
      }),
      expect.objectContaining({ operation: undefined, target: '/v9/nothing', status: 404, fault: undefined }),
    ]);
  });
});
