// Runs: UpdateTaskStatus start/stop, run_status over the manual clock, run history and the report outline.
import { DEFAULT_FIXTURE } from '../../emulator/index.js';
import { START, STOP, createTask, paths, setup, startTask, type Api } from './client.js';

let api: Api;
beforeEach(async () => {
  api = await setup();
});
afterEach(() => api.emulator.stop());

const { waitingSeconds, runningSeconds } = DEFAULT_FIXTURE.run;
const runStatus = async (id: number): Promise<number> => {
  const reply = await api.signed({ path: paths.showTask(id) });
  expect(reply.status).toBe(200);
  return reply.json.taskInfo.run_status as number;
};
const outline = async (runId: number) => {
  const reply = await api.signed({ path: paths.outline(runId) });
  expect(reply.status).toBe(200);
  return reply.json;
};
/** Creates a task of these cases, runs it to its natural end and returns the run id. */
const finishedRun = async (cases: number[]) => {
  const id = await createTask(api, { case_id_list: cases });
  const runId = await startTask(api, id);
  api.clock.advance((waitingSeconds + runningSeconds) * 1000);
  return runId;
};

describe('UpdateTaskStatus', () => {
  test('start returns result.task_run_id; run_status goes 9, 0, then 2 on the clock', async () => {
    const id = await createTask(api);
    const reply = await api.signed({ path: paths.taskStatus(id), data: START });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({
      code: 'SVCSTG.CPTS.0000000',
      message: 'success',
      extend: expect.anything(),
      result: { task_run_id: expect.any(Number) },
    });
    const runId = reply.json.result.task_run_id as number;
    expect(Number.isInteger(runId)).toBe(true);

    expect(await runStatus(id)).toBe(9);
    api.clock.advance(waitingSeconds * 1000 - 1);
    expect(await runStatus(id)).toBe(9);
    api.clock.advance(1);
    expect(await runStatus(id)).toBe(0);
    api.clock.advance(runningSeconds * 1000 - 1);
    expect(await runStatus(id)).toBe(0);
    api.clock.advance(1);
    expect(await runStatus(id)).toBe(2);

    const shown = await api.signed({ path: paths.showTask(id) });
    expect(shown.json.taskInfo.task_run_info).toMatchObject({ id: runId });
  });

  test('starting a waiting or running task again is an error; after it finished it starts a new run', async () => {
    const id = await createTask(api);
    const first = await startTask(api, id);
    const again = await api.signed({ path: paths.taskStatus(id), data: START });
    expect(again.status).toBe(400);
    expect(again.json).toEqual({ code: expect.any(String), message: expect.any(String) });

    api.clock.advance(waitingSeconds * 1000 + 1000);
    expect((await api.signed({ path: paths.taskStatus(id), data: START })).status).toBe(400);

    api.clock.advance(runningSeconds * 1000);
    const second = await startTask(api, id);
    expect(second).not.toBe(first);
    expect(await runStatus(id)).toBe(9);
  });

  test('stop (status 2) turns a running task to 5, and it stays 5', async () => {
    const id = await createTask(api);
    const runId = await startTask(api, id);
    api.clock.advance(waitingSeconds * 1000 + 10_000);
    const reply = await api.signed({ path: paths.taskStatus(id), data: STOP });
    expect(reply.status).toBe(200);
    expect(reply.json.result).toMatchObject({ task_run_id: runId });
    expect(await runStatus(id)).toBe(5);
    api.clock.advance(runningSeconds * 1000);
    expect(await runStatus(id)).toBe(5);
  });

  test('stop while waiting turns it to 5; stopping a task that is not running is an error', async () => {
    const id = await createTask(api);
    expect((await api.signed({ path: paths.taskStatus(id), data: STOP })).status).toBe(400);
    await startTask(api, id);
    expect((await api.signed({ path: paths.taskStatus(id), data: STOP })).status).toBe(200);
    expect(await runStatus(id)).toBe(5);
    expect((await api.signed({ path: paths.taskStatus(id), data: STOP })).status).toBe(400);
  });

  test('a task with case 449274 ends abnormally (3)', async () => {
    const id = await createTask(api, { case_id_list: [449269, 449274] });
    await startTask(api, id);
    api.clock.advance(waitingSeconds * 1000);
    expect(await runStatus(id)).toBe(0);
    api.clock.advance(runningSeconds * 1000);
    expect(await runStatus(id)).toBe(3);
  });

  test.each<[string, Record<string, unknown>]>([
    ['status 1', { ...START, status: 1 }],
    ['an unknown cluster_type', { ...START, cluster_type: 'shared' }],
    ['cluster_id not an integer', { ...START, cluster_id: '0' }],
    ['no status', { ...START, status: undefined }],
  ])('%s is a 400 and starts nothing', async (_label, body) => {
    const id = await createTask(api);
    const reply = await api.signed({ path: paths.taskStatus(id), data: body });
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({ code: expect.any(String), message: expect.any(String) });
    expect(api.emulator.tasks()[0].runIds).toEqual([]);
  });

  test('a task under the wrong PerfTest project, or unknown, is a 404', async () => {
    const id = await createTask(api);
    expect((await api.signed({ path: paths.taskStatus(id, 393870), data: START })).status).toBe(404);
    expect((await api.signed({ path: paths.taskStatus(id + 1000), data: START })).status).toBe(404);
  });

  test('a running task cannot be deleted', async () => {
    const id = await createTask(api);
    await startTask(api, id);
    const reply = await api.signed({ method: 'DELETE', path: paths.task(id) });
    expect(reply.status).toBe(400);
    expect(api.emulator.tasks()).toHaveLength(1);
  });
});

describe('ShowHistoryRunInfo', () => {
  test('lists the runs, newest first, with start and end times', async () => {
    const id = await createTask(api, { name: 'history' });
    const first = await startTask(api, id);
    const startedAt = api.clock.now();
    api.clock.advance((waitingSeconds + runningSeconds) * 1000 + 30_000);
    const second = await startTask(api, id);

    const reply = await api.signed({ path: paths.history(id) });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ code: 'SVCSTG.CPTS.0000000', message: 'success' });
    expect(reply.json.log_list).toEqual([
      {
        run_id: second,
        name: 'history',
        run_type: expect.any(Number),
        start_time: expect.any(String),
        end_time: '',
        continue_time: 0,
        parallel: false,
      },
      {
        run_id: first,
        name: 'history',
        run_type: expect.any(Number),
        start_time: new Date(startedAt).toISOString(),
        end_time: new Date(startedAt + (waitingSeconds + runningSeconds) * 1000).toISOString(),
        continue_time: waitingSeconds + runningSeconds,
        parallel: false,
      },
    ]);
  });

  test('a task that never ran has an empty list; an unknown task is 404', async () => {
    const id = await createTask(api);
    expect((await api.signed({ path: paths.history(id) })).json.log_list).toEqual([]);
    expect((await api.signed({ path: paths.history(id + 1000) })).status).toBe(404);
  });
});

describe('ShowMergeReportLogsOutline', () => {
  test('result.outline with core_index figures, the same when queried twice', async () => {
    const runId = await finishedRun([449269]);
    const first = await outline(runId);
    expect(first).toMatchObject({ code: 'SVCSTG.CPTS.0000000', message: 'success', result: { err_message: expect.any(String) } });
    const core = first.result.outline.core_index;
    expect(core).toEqual({
      request_count: expect.any(Number),
      success_count: expect.any(Number),
      error_request_count: expect.any(Number),
      success_rate: expect.any(Number),
      rps: expect.any(Number),
      max_rps: expect.any(Number),
      trans_tps: expect.any(Number),
      max_users: expect.any(Number),
      response_time: {
        avg_response_time: expect.any(Number),
        avg_tp50: expect.any(Number),
        avg_tp90: expect.any(Number),
        max_response_time: expect.any(Number),
        min_response_time: expect.any(Number),
      },
    });
    expect(core.request_count).toBeGreaterThan(0);
    expect(core.success_count + core.error_request_count).toBe(core.request_count);
    expect(core.success_rate).toBeGreaterThan(0);
    expect(core.success_rate).toBeLessThanOrEqual(100);
    expect(core.rps).toBeGreaterThan(0);
    expect(core.response_time.max_response_time).toBeGreaterThanOrEqual(core.response_time.avg_response_time);
    expect(core.response_time.min_response_time).toBeLessThanOrEqual(core.response_time.avg_response_time);
    expect(first.result.outline).toMatchObject({
      exception_response_sum: expect.any(Object),
      response_code_sum: expect.any(Object),
      network_traffic: expect.any(Object),
      task_basic_execution_data: { start_time: expect.any(String), end_time: expect.any(String), duration: runningSeconds, task_status: 2 },
    });

    api.clock.advance(3600 * 1000);
    expect(await outline(runId)).toEqual(first);
  });

  test('the same figures for identical runs of two tasks (deterministic)', async () => {
    const a = (await outline(await finishedRun([449269]))).result.outline.core_index;
    const b = (await outline(await finishedRun([449269]))).result.outline.core_index;
    expect(b).toEqual(a);
  });

  test('a run with case 449273 has worse figures than one with 449269', async () => {
    const good = (await outline(await finishedRun([449269]))).result.outline.core_index;
    const bad = (await outline(await finishedRun([449273]))).result.outline.core_index;
    expect(bad.success_rate).toBeLessThan(good.success_rate);
    expect(bad.error_request_count).toBeGreaterThan(good.error_request_count);
    expect(bad.rps).toBeLessThan(good.rps);
    expect(bad.response_time.avg_response_time).toBeGreaterThan(good.response_time.avg_response_time);
  });

  test('an unknown run is a 404', async () => {
    const reply = await api.signed({ path: paths.outline(123) });
    expect(reply.status).toBe(404);
    expect(reply.json).toEqual({ code: expect.any(String), message: expect.any(String) });
  });
});

test("a finished run's report and status do not change when the task's cases are replaced afterwards", async () => {
  const id = await createTask(api, { case_id_list: [449269, 449274] });
  const runId = await startTask(api, id);
  api.clock.advance((waitingSeconds + runningSeconds) * 1000);
  expect(await runStatus(id)).toBe(3);
  const before = await outline(runId);

  const update = { name: 'checkout-pr42-1-1', parallel: false, project_id: 393862, operate_mode: 2, case_id_list: [449273] };
  expect((await api.signed({ method: 'PUT', path: paths.task(id), data: update })).status).toBe(200);

  expect(await runStatus(id)).toBe(3);
  expect(await outline(runId)).toEqual(before);
});
