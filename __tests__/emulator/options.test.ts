// startEmulator options (seed, log, host, strict) and stop().
import { DEFAULT_FIXTURE, DEMO, faults } from '../../emulator/index.js';
import { P, createTask, manualClock, paths, setup, startTask, stopTask, taskBody, type Api } from './client.js';

let api: Api | undefined;
afterEach(async () => {
  await api?.emulator.stop();
  api = undefined;
});

test('seed overrides parts of the fixture: first task id and run timing', async () => {
  api = await setup({ seed: { firstTaskId: 42, run: { waitingSeconds: 1, runningSeconds: 2 } } });
  const id = await createTask(api);
  expect(id).toBe(42);
  await startTask(api, id);
  const status = async () => (await api!.signed({ path: paths.showTask(id) })).json.taskInfo.run_status;
  expect(await status()).toBe(9);
  api.clock.advance(1000);
  expect(await status()).toBe(0);
  api.clock.advance(2000);
  expect(await status()).toBe(2);
  // The default fixture itself is untouched.
  expect(DEFAULT_FIXTURE.firstTaskId).toBe(1200001);
  expect(DEFAULT_FIXTURE.run).toEqual({ waitingSeconds: 5, runningSeconds: 60, stoppingSeconds: 3, startLagSeconds: 2 });
});

test('a partial run seed keeps the default stoppingSeconds (3): a stopped run is 5 for 3 s, then 4', async () => {
  api = await setup({ seed: { run: { waitingSeconds: 1, runningSeconds: 2 } } });
  expect(api.emulator.state.fixture.run).toEqual({ waitingSeconds: 1, runningSeconds: 2, stoppingSeconds: 3, startLagSeconds: 0 });
  const id = await createTask(api);
  await startTask(api, id);
  api.clock.advance(1500);
  await stopTask(api, id);
  const status = async () => (await api!.signed({ path: paths.showTask(id) })).json.taskInfo.run_status;
  expect(await status()).toBe(5);
  // Past the natural end (2.5 s from here) it is still being stopped.
  api.clock.advance(2999);
  expect(await status()).toBe(5);
  api.clock.advance(1);
  expect(await status()).toBe(4);
});

test('stoppingSeconds alone may be seeded; waiting and running keep their defaults', async () => {
  api = await setup({ seed: { run: { stoppingSeconds: 10 } } });
  expect(api.emulator.state.fixture.run).toEqual({ waitingSeconds: 5, runningSeconds: 60, stoppingSeconds: 10, startLagSeconds: 0 });
  const id = await createTask(api);
  await startTask(api, id);
  api.clock.advance(5000);
  const status = async () => (await api!.signed({ path: paths.showTask(id) })).json.taskInfo.run_status;
  expect(await status()).toBe(0);
  await stopTask(api, id);
  api.clock.advance(9999);
  expect(await status()).toBe(5);
  api.clock.advance(1);
  expect(await status()).toBe(4);
});

test('strict is the default; log gets the line of an answer that breaks the contract, also kept in contractViolations', async () => {
  const lines: string[] = [];
  api = await setup({
    log: (line) => lines.push(line),
    seed: { perftestProjects: [{ id: 5, name: 12345 as unknown as string, description: '', cases: [] }] },
  });
  const reply = await api.signed({ path: paths.suites });
  expect(reply.status).toBe(500);
  const message = 'EMULATOR BUG: the answer to ListProjectSets breaks the contract: projects[0].name expected a string, got number 12345';
  expect(reply.json).toEqual({ code: 'EMULATOR.CONTRACT', message });
  expect(api.emulator.contractViolations).toEqual([message]);
  expect(lines).toEqual([message, `GET /v1/${P}/test-suites -> 500`]);
});

test('log gets one line per request, naming faults and resets', async () => {
  const lines: string[] = [];
  api = await setup({
    log: (line) => lines.push(line),
    faults: { CreateNewTask: [faults.serverError(503), faults.resetBeforeHandling()] },
  });
  await api.signed({ path: paths.tasks, data: taskBody() });
  await api.signed({ path: paths.tasks, data: taskBody() }).catch(() => undefined);
  await api.signed({ path: paths.tasks, data: taskBody() });
  expect(lines).toEqual([
    `POST ${paths.tasks} -> 503 (fault: reply)`,
    `POST ${paths.tasks} -> connection reset (fault)`,
    `POST ${paths.tasks} -> 201`,
  ]);
});

test('url and port name where it listens; two emulators are independent', async () => {
  api = await setup();
  const other = await setup();
  try {
    expect(api.emulator.url).toBe(`http://127.0.0.1:${api.emulator.port}`);
    expect(other.emulator.port).not.toBe(api.emulator.port);
    await createTask(api);
    expect(other.emulator.tasks()).toEqual([]);
    expect(api.emulator.tasks()).toHaveLength(1);
  } finally {
    await other.emulator.stop();
  }
});

test('stop() ends promptly with a request still delayed, and the client sees a socket error', async () => {
  api = await setup({}, manualClock());
  api.emulator.script('CreateNewTask', [faults.delay(60_000)]);
  const pending = api.signed({ path: paths.tasks, data: taskBody() });
  const outcome = pending.then(
    () => 'answered',
    (error: Error) => error.message,
  );
  while (api.emulator.received.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  const started = Date.now();
  await api.emulator.stop();
  expect(Date.now() - started).toBeLessThan(1000);
  expect(await outcome).toMatch(/socket hang up|ECONNRESET/);
  expect(api.emulator.tasks()).toEqual([]);
  api = undefined;
});

test('the demo constants match the default fixture', () => {
  expect(DEFAULT_FIXTURE.regionProjects).toContainEqual({ id: DEMO.projectId, name: DEMO.region });
  expect(DEFAULT_FIXTURE.credentials).toContainEqual({ ak: DEMO.ak, sk: DEMO.sk });
  expect(DEFAULT_FIXTURE.perftestProjects.map((p) => p.id)).toContain(DEMO.perftestProject);
});
