// Runs: UpdateTaskStatus and BatchUpdateTaskStatus start/stop, run_status over the manual clock
// (stopping 5, then stopped 4), ShowTask's latest-run data, run history and the report outline.
import { DEFAULT_FIXTURE } from '../../emulator/index.js';
import {
  MINUTE,
  NOW,
  OTHER_SUITE,
  START,
  STOP,
  SUITE,
  batchBody,
  createTask,
  misfit,
  paths,
  setup,
  startTask,
  stopTask,
  type Api,
  type Reply,
} from './client.js';

let api: Api;
beforeEach(async () => {
  api = await setup();
});
afterEach(async () => {
  const violations = [...api.emulator.contractViolations];
  await api.emulator.stop();
  // Strict mode (the default) checked every 2xx answer against the contract's response model.
  expect(violations).toEqual([]);
});

const OK = { code: 'SVCSTG.CPTS.0000000', message: 'success' };
const iso = (ms: number) => new Date(ms).toISOString();
const { waitingSeconds, runningSeconds, stoppingSeconds } = DEFAULT_FIXTURE.run;

const showTask = async (id: number) => {
  const reply = await api.signed({ path: paths.showTask(id) });
  expect(reply.status).toBe(200);
  return reply.json.taskInfo;
};
const runStatus = async (id: number): Promise<number> => (await showTask(id)).run_status as number;
const outline = async (runId: number) => {
  const reply = await api.signed({ path: paths.outline(runId) });
  expect(reply.status).toBe(200);
  return reply.json;
};
const history = async (id: number) => {
  const reply = await api.signed({ path: paths.history(id) });
  expect(reply.status).toBe(200);
  return reply.json.log_list;
};
/** Creates a task of these cases, runs it to its natural end and returns the run id. */
const finishedRun = async (cases: number[]) => {
  const id = await createTask(api, { case_id_list: cases });
  const runId = await startTask(api, id);
  api.clock.advance((waitingSeconds + runningSeconds) * 1000);
  return runId;
};

function expectCptsError(reply: Reply, status: number, code: string, message: string | RegExp): void {
  expect(reply.status).toBe(status);
  expect(reply.json).toEqual({ code, message: expect.any(String) });
  if (typeof message === 'string') expect(reply.json.message).toBe(message);
  else expect(reply.json.message).toMatch(message);
}
const expectInvalid = (reply: Reply, message: string | RegExp) => expectCptsError(reply, 400, 'SVCSTG.CPTS.4001001', message);
const expectConflict = (reply: Reply, message: string | RegExp) => expectCptsError(reply, 400, 'SVCSTG.CPTS.4001002', message);
const expectNotYours = (reply: Reply, message: string | RegExp) => expectCptsError(reply, 403, 'SVCSTG.CPTS.4032002', message);

describe('UpdateTaskStatus', () => {
  test("start answers extend '' and result.task_run_id; run_status goes 9, 0, then 2 on the clock", async () => {
    const id = await createTask(api);
    const reply = await api.signed({ path: paths.taskStatus(id), data: START });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ ...OK, extend: '', result: { task_run_id: expect.any(Number) } });
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

    const info = await showTask(id);
    expect(info.id).toBeUndefined();
    expect(info.task_run_info).toBeUndefined();
    expect(info.related_temp_running_data.map((d: { task_run_info_id: number }) => d.task_run_info_id)).toEqual([runId, runId]);
  });

  test('starting a waiting or running task again is a 400 SVCSTG.CPTS.4001002; after it finished it starts a new run', async () => {
    const id = await createTask(api);
    const first = await startTask(api, id);
    expectConflict(await api.signed({ path: paths.taskStatus(id), data: START }), `task ${id} is already running (run ${first})`);

    api.clock.advance(waitingSeconds * 1000 + 1000);
    expectConflict(await api.signed({ path: paths.taskStatus(id), data: START }), `task ${id} is already running (run ${first})`);

    api.clock.advance(runningSeconds * 1000);
    const second = await startTask(api, id);
    expect(second).not.toBe(first);
    expect(await runStatus(id)).toBe(9);
  });

  test('stop (status 2) turns a running task to 5 (being stopped) for stoppingSeconds, then to 4 (stopped), which stays', async () => {
    expect(stoppingSeconds).toBe(3);
    const id = await createTask(api);
    const runId = await startTask(api, id);
    api.clock.advance(waitingSeconds * 1000 + 10_000);
    const reply = await api.signed({ path: paths.taskStatus(id), data: STOP });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ ...OK, extend: '', result: { task_run_id: runId } });
    expect(await runStatus(id)).toBe(5);
    api.clock.advance(stoppingSeconds * 1000 - 1);
    expect(await runStatus(id)).toBe(5);
    api.clock.advance(1);
    expect(await runStatus(id)).toBe(4);
    api.clock.advance(runningSeconds * 1000);
    expect(await runStatus(id)).toBe(4);
  });

  test('a task being stopped (5) can be neither started, stopped again nor deleted; once stopped (4) it starts a new run', async () => {
    const id = await createTask(api);
    const first = await startTask(api, id);
    api.clock.advance(waitingSeconds * 1000 + 10_000);
    await stopTask(api, id);
    expect(await runStatus(id)).toBe(5);
    expectConflict(await api.signed({ path: paths.taskStatus(id), data: START }), `task ${id} is already running (run ${first})`);
    expectConflict(await api.signed({ path: paths.taskStatus(id), data: STOP }), `task ${id} is not running`);
    expectConflict(await api.signed({ method: 'DELETE', path: paths.task(id) }), `task ${id} is running; stop it first`);
    expect(api.emulator.tasks()[0].runIds).toEqual([first]);

    api.clock.advance(stoppingSeconds * 1000);
    expect(await runStatus(id)).toBe(4);
    expectConflict(await api.signed({ path: paths.taskStatus(id), data: STOP }), `task ${id} is not running`);
    const second = await startTask(api, id);
    expect(second).not.toBe(first);
    expect(await runStatus(id)).toBe(9);
  });

  test('stop while waiting turns it to 5, then 4; stopping a task that never ran is a 400 SVCSTG.CPTS.4001002', async () => {
    const id = await createTask(api);
    expectConflict(await api.signed({ path: paths.taskStatus(id), data: STOP }), `task ${id} is not running`);
    await startTask(api, id);
    await stopTask(api, id);
    expect(await runStatus(id)).toBe(5);
    api.clock.advance(stoppingSeconds * 1000);
    expect(await runStatus(id)).toBe(4);
  });

  test('stopping a finished task is a 400 SVCSTG.CPTS.4001002; it stays 2', async () => {
    const id = await createTask(api);
    await startTask(api, id);
    api.clock.advance((waitingSeconds + runningSeconds) * 1000);
    expectConflict(await api.signed({ path: paths.taskStatus(id), data: STOP }), `task ${id} is not running`);
    expect(await runStatus(id)).toBe(2);
  });

  test('a task with case 449274 ends abnormally (3)', async () => {
    const id = await createTask(api, { case_id_list: [449269, 449274] });
    await startTask(api, id);
    api.clock.advance(waitingSeconds * 1000);
    expect(await runStatus(id)).toBe(0);
    api.clock.advance(runningSeconds * 1000);
    expect(await runStatus(id)).toBe(3);
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['cluster_id not an integer', { ...START, cluster_id: '0' }, 'body.cluster_id expected an integer, got string "0"'],
    ['no status', { ...START, status: undefined }, 'body.status is required'],
    ['no network_info', { ...START, network_info: undefined }, 'body.network_info is required'],
    ['network_info without network_type', { ...START, network_info: {} }, 'body.network_info.network_type is required'],
    ['no without_package', { ...START, without_package: undefined }, 'body.without_package is required'],
    ['no cluster_type', { ...START, cluster_type: undefined }, 'body.cluster_type is required'],
    ['an unknown field', { ...START, duration: 60 }, 'body.duration is not a field of the model'],
    ['a stop without network_info', { ...STOP, network_info: undefined }, 'body.network_info is required'],
  ])('%s does not fit the contract: 400 naming the field, starts nothing', async (_label, body, problems) => {
    const id = await createTask(api);
    const reply = await api.signed({ path: paths.taskStatus(id), data: body });
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(misfit('UpdateTaskStatus', problems));
    expect(api.emulator.tasks()[0].runIds).toEqual([]);
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['status 1', { ...START, status: 1 }, 'status must be 9 (start) or 2 (stop)'],
    ['an unknown cluster_type', { ...START, cluster_type: 'shared' }, 'cluster_type must be shared-cluster-internet or private-cluster'],
    ['network_type intranet', { ...START, network_info: { network_type: 'intranet' } }, 'network_info.network_type must be "internet"'],
    ['without_package 1', { ...START, without_package: 1 }, 'without_package must be 0'],
  ])('%s fits the contract but is a 400 SVCSTG.CPTS.4001001 of the service, starts nothing', async (_label, body, message) => {
    const id = await createTask(api);
    expectInvalid(await api.signed({ path: paths.taskStatus(id), data: body }), message);
    expect(api.emulator.tasks()[0].runIds).toEqual([]);
  });

  test('a task under the wrong PerfTest project, an unknown task or project is a 403 SVCSTG.CPTS.4032002', async () => {
    const id = await createTask(api);
    expectNotYours(
      await api.signed({ path: paths.taskStatus(id, OTHER_SUITE), data: START }),
      `task ${id} is not in PerfTest project ${OTHER_SUITE}`,
    );
    expectNotYours(
      await api.signed({ path: paths.taskStatus(id + 1000), data: START }),
      `task ${id + 1000} does not exist or is not yours`,
    );
    expectNotYours(
      await api.signed({ path: paths.taskStatus(id, 999999), data: START }),
      'PerfTest project 999999 does not exist or is not yours',
    );
    expect(api.emulator.tasks()[0].runIds).toEqual([]);
  });

  test('a running task cannot be deleted: 400 SVCSTG.CPTS.4001002', async () => {
    const id = await createTask(api);
    await startTask(api, id);
    expectConflict(await api.signed({ method: 'DELETE', path: paths.task(id) }), `task ${id} is running; stop it first`);
    expect(api.emulator.tasks()).toHaveLength(1);
  });
});

describe('BatchUpdateTaskStatus', () => {
  const batch = (body: Record<string, unknown>, suite?: number) => api.signed({ path: paths.batchStatus(suite), data: body });

  test('starts and stops several tasks: result lists task_id and task_run_id for each, in the order asked', async () => {
    const a = await createTask(api, { name: 'a' });
    const b = await createTask(api, { name: 'b' });
    const started = await batch(batchBody([b, a], 9));
    expect(started.status).toBe(200);
    expect(api.emulator.received.at(-1)).toMatchObject({ operation: 'BatchUpdateTaskStatus', status: 200 });
    expect(started.json).toEqual({
      ...OK,
      extend: {},
      result: [
        { task_id: b, task_run_id: expect.any(Number) },
        { task_id: a, task_run_id: expect.any(Number) },
      ],
    });
    const [runB, runA] = started.json.result.map((r: { task_run_id: number }) => r.task_run_id);
    expect(runA).not.toBe(runB);
    expect(api.emulator.tasks().map((t) => [t.id, t.runIds])).toEqual([
      [a, [runA]],
      [b, [runB]],
    ]);
    expect([await runStatus(a), await runStatus(b)]).toEqual([9, 9]);

    api.clock.advance(waitingSeconds * 1000 + 10_000);
    expect([await runStatus(a), await runStatus(b)]).toEqual([0, 0]);
    const stopped = await batch(batchBody([a, b], 2, { without_package: 0, network_info: { network_type: 'internet' } }));
    expect(stopped.status).toBe(200);
    expect(stopped.json).toEqual({
      ...OK,
      extend: {},
      result: [
        { task_id: a, task_run_id: runA },
        { task_id: b, task_run_id: runB },
      ],
    });
    expect([await runStatus(a), await runStatus(b)]).toEqual([5, 5]);
    api.clock.advance(stoppingSeconds * 1000);
    expect([await runStatus(a), await runStatus(b)]).toEqual([4, 4]);
  });

  test('a batch start and an UpdateTaskStatus stop act on the same run', async () => {
    const id = await createTask(api);
    const started = await batch(batchBody([id], 9));
    const runId = started.json.result[0].task_run_id as number;
    expect(await stopTask(api, id)).toBe(runId);
    expect(await runStatus(id)).toBe(5);
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['type 0 (old-edition tasks)', { type: 0 }, 'type must be 1: these tasks are of the new edition (got 0)'],
    ['type 2', { type: 2 }, 'type must be 1: these tasks are of the new edition (got 2)'],
    ['no type', { type: undefined }, 'type must be 1: these tasks are of the new edition (got none)'],
  ])('%s is a 400 SVCSTG.CPTS.4001001, starts nothing', async (_label, overrides, message) => {
    const id = await createTask(api);
    expectInvalid(await batch(batchBody([id], 9, overrides)), message);
    expect(api.emulator.tasks()[0].runIds).toEqual([]);
  });

  test("the body's project_id must equal the path's PerfTest project", async () => {
    const id = await createTask(api);
    expectInvalid(
      await batch(batchBody([id], 9, { project_id: OTHER_SUITE })),
      `project_id ${OTHER_SUITE} differs from the path's ${SUITE}`,
    );
    expectInvalid(
      await batch(batchBody([id], 9, { project_id: SUITE }), OTHER_SUITE),
      `project_id ${SUITE} differs from the path's ${OTHER_SUITE}`,
    );
    expect(api.emulator.tasks()[0].runIds).toEqual([]);
  });

  test('a foreign task in the list is a 403 SVCSTG.CPTS.4032002 and starts none of them', async () => {
    const mine = await createTask(api);
    const foreign = await createTask(api, { name: 'other', project_id: OTHER_SUITE, case_id_list: [449300] });
    expectNotYours(await batch(batchBody([mine, foreign], 9)), `task ${foreign} is not in PerfTest project ${SUITE}`);
    expectNotYours(await batch(batchBody([mine, foreign + 1000], 9)), `task ${foreign + 1000} does not exist or is not yours`);
    expect(api.emulator.tasks().map((t) => t.runIds)).toEqual([[], []]);
  });

  test('an unknown PerfTest project in the path is a 403 SVCSTG.CPTS.4032002', async () => {
    const id = await createTask(api);
    expectNotYours(
      await batch(batchBody([id], 9, { project_id: 999999 }), 999999),
      'PerfTest project 999999 does not exist or is not yours',
    );
  });

  test('starting a running task or stopping an idle one is a 400 SVCSTG.CPTS.4001002', async () => {
    const id = await createTask(api);
    expectConflict(await batch(batchBody([id], 2)), `task ${id} is not running`);
    const runId = await startTask(api, id);
    expectConflict(await batch(batchBody([id], 9)), `task ${id} is already running (run ${runId})`);
    expect(api.emulator.tasks()[0].runIds).toEqual([runId]);
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['no cluster_id', { cluster_id: undefined }, 'body.cluster_id is required'],
    ['no task_id_list', { task_id_list: undefined }, 'body.task_id_list is required'],
    ['a task id that is a string', { task_id_list: ['1200001'] }, 'body.task_id_list[0] expected an integer, got string "1200001"'],
    ['an unknown field', { task_id: 1200001 }, 'body.task_id is not a field of the model'],
    ['network_info without network_type', { network_info: {} }, 'body.network_info.network_type is required'],
  ])('%s does not fit the contract: 400 naming the field', async (_label, overrides, problems) => {
    const id = await createTask(api);
    const reply = await batch(batchBody([id], 9, overrides));
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(misfit('BatchUpdateTaskStatus', problems));
    expect(api.emulator.tasks()[0].runIds).toEqual([]);
  });

  test('all or nothing: when one task cannot be started, none is; a task named twice is refused', async () => {
    const idle = await createTask(api, { name: 'idle' });
    const busy = await createTask(api, { name: 'busy' });
    const runId = await startTask(api, busy);
    expectConflict(await batch(batchBody([idle, busy], 9)), `task ${busy} is already running (run ${runId})`);
    expect(api.emulator.state.tasks.get(idle)!.runIds).toEqual([]);
    expectInvalid(await batch(batchBody([idle, idle], 9)), 'task_id_list names a task more than once');
    expect(api.emulator.state.tasks.get(idle)!.runIds).toEqual([]);
  });

  test('a run stopped just before its natural end ends when it finished stopping, not at the natural end', async () => {
    const id = await createTask(api);
    const runId = await startTask(api, id);
    api.clock.advance((waitingSeconds + runningSeconds - 1) * 1000);
    const stoppedAt = api.clock.now();
    expect(await stopTask(api, id)).toBe(runId);
    api.clock.advance(stoppingSeconds * 1000);
    expect(await runStatus(id)).toBe(4);
    expect((await history(id))[0]).toMatchObject({ run_id: runId, end_time: iso(stoppedAt + stoppingSeconds * 1000) });
    expect((await outline(runId)).result.outline.task_basic_execution_data.end_time).toBe(iso(stoppedAt + stoppingSeconds * 1000));
  });

  test('an empty task_id_list, status 1 or a foreign network are 400s of the service', async () => {
    const id = await createTask(api);
    expectInvalid(await batch(batchBody([], 9)), 'task_id_list must not be empty');
    expectInvalid(await batch(batchBody([id], 9, { status: 1 })), 'status must be 9 (start) or 2 (stop)');
    expectInvalid(
      await batch(batchBody([id], 9, { network_info: { network_type: 'vpc' } })),
      'network_info.network_type must be "internet"',
    );
    expect(api.emulator.tasks()[0].runIds).toEqual([]);
  });
});

describe("ShowTask's related_temp_running_data", () => {
  test('names the latest run: one entry per case of that run, with case-run ids of their own', async () => {
    const id = await createTask(api);
    const first = await startTask(api, id);
    const firstData = (await showTask(id)).related_temp_running_data;
    expect(firstData).toEqual([
      {
        task_run_info_id: first,
        related_temp_running_id: expect.any(Number),
        temp_id: 449269,
        temp_name: 'browse-catalogue',
        content_method_url: [],
      },
      {
        task_run_info_id: first,
        related_temp_running_id: expect.any(Number),
        temp_id: 449270,
        temp_name: 'place-order',
        content_method_url: [],
      },
    ]);

    api.clock.advance((waitingSeconds + runningSeconds) * 1000);
    const update = { name: 'checkout-pr42-1-1', parallel: false, project_id: SUITE, operate_mode: 2, case_id_list: [449273] };
    expect((await api.signed({ method: 'PUT', path: paths.task(id), data: update })).status).toBe(200);
    // The finished run keeps its own cases until another run starts.
    expect((await showTask(id)).related_temp_running_data).toEqual(firstData);

    const second = await startTask(api, id);
    const secondData = (await showTask(id)).related_temp_running_data;
    expect(secondData).toEqual([
      {
        task_run_info_id: second,
        related_temp_running_id: expect.any(Number),
        temp_id: 449273,
        temp_name: 'flaky-inventory',
        content_method_url: [],
      },
    ]);
    const caseRunIds = [...firstData, ...secondData].map((d: { related_temp_running_id: number }) => d.related_temp_running_id);
    for (const caseRunId of caseRunIds) expect(Number.isInteger(caseRunId)).toBe(true);
    expect(new Set(caseRunIds).size).toBe(3);
  });
});

describe('ShowHistoryRunInfo', () => {
  test('lists the runs, newest first, with start and end times and the case names', async () => {
    const id = await createTask(api, { name: 'history' });
    const first = await startTask(api, id);
    api.clock.advance((waitingSeconds + runningSeconds) * 1000 + 30_000);
    const second = await startTask(api, id);

    const reply = await api.signed({ path: paths.history(id) });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      ...OK,
      log_list: [
        {
          run_id: second,
          name: 'history',
          run_type: 1,
          start_time: iso(NOW + (waitingSeconds + runningSeconds) * 1000 + 30_000),
          end_time: '',
          continue_time: 0,
          temp_names: [{ name: 'browse-catalogue' }, { name: 'place-order' }],
          parallel: false,
        },
        {
          run_id: first,
          name: 'history',
          run_type: 1,
          start_time: iso(NOW),
          end_time: iso(NOW + (waitingSeconds + runningSeconds) * 1000),
          continue_time: waitingSeconds + runningSeconds,
          temp_names: [{ name: 'browse-catalogue' }, { name: 'place-order' }],
          parallel: false,
        },
      ],
    });
  });

  test("a stopped run's end_time is empty while it is being stopped, then the moment it reached 4", async () => {
    const id = await createTask(api, { name: 'stopped', case_id_list: [449269] });
    const runId = await startTask(api, id);
    api.clock.advance(waitingSeconds * 1000 + 10_000);
    await stopTask(api, id);
    const stoppedAt = NOW + waitingSeconds * 1000 + 10_000;

    api.clock.advance(1000);
    expect(await history(id)).toEqual([
      {
        run_id: runId,
        name: 'stopped',
        run_type: 1,
        start_time: iso(NOW),
        end_time: '',
        continue_time: waitingSeconds + 10 + 1,
        temp_names: [{ name: 'browse-catalogue' }],
        parallel: false,
      },
    ]);

    api.clock.advance(MINUTE);
    expect(await history(id)).toEqual([
      {
        run_id: runId,
        name: 'stopped',
        run_type: 1,
        start_time: iso(NOW),
        end_time: iso(stoppedAt + stoppingSeconds * 1000),
        continue_time: waitingSeconds + 10 + stoppingSeconds,
        temp_names: [{ name: 'browse-catalogue' }],
        parallel: false,
      },
    ]);
  });

  test('a task that never ran has an empty list; an unknown task is a 403 SVCSTG.CPTS.4032002', async () => {
    const id = await createTask(api);
    expect(await history(id)).toEqual([]);
    expectNotYours(await api.signed({ path: paths.history(id + 1000) }), `task ${id + 1000} does not exist or is not yours`);
  });
});

describe('ShowMergeReportLogsOutline', () => {
  test('result.outline of a finished run of 449269: every figure, the same when queried again later', async () => {
    const runId = await finishedRun([449269]);
    const first = await outline(runId);
    // 420 rps with 99.95 % success for 60 s: 25200 requests, 13 of them errors.
    expect(first).toEqual({
      ...OK,
      extend: {},
      result: {
        err_message: '',
        outline: {
          core_index: {
            request_count: 25200,
            success_count: 25187,
            error_request_count: 13,
            // An integer: 99.948… % reads 99.
            success_rate: 99,
            rps: 420.25,
            max_rps: 483,
            trans_tps: 378,
            max_users: 50,
            response_time: { avg_response_time: 86, avg_tp50: 77, avg_tp90: 138, max_response_time: 275, min_response_time: 17 },
          },
          exception_response_sum: { failed_assert: 6, failed_others: 0, failed_parsed: 0, failed_refused: 3, failed_timeout: 4 },
          response_code_sum: { sum1xx: 0, sum2xx: 25187, sum3xx: 0, sum4xx: 6, sum5xx: 7 },
          network_traffic: {
            avg_network_traffic: 1932,
            max_down_stream: 1848,
            max_network_traffic: 2226,
            max_upstream: 252,
            min_network_traffic: 1302,
          },
          task_basic_execution_data: {
            start_time: iso(NOW),
            end_time: iso(NOW + (waitingSeconds + runningSeconds) * 1000),
            duration: runningSeconds,
            task_status: 2,
            total_num: 1,
            executed_num: 1,
            complete_num: 1,
            pass_num: 1,
            parallel: true,
            vum: 50,
          },
        },
      },
    });

    api.clock.advance(3600 * 1000);
    expect(await outline(runId)).toEqual(first);
  });

  test('success_rate is the floor of the exact percentage; rps the sum of the cases plus 0.25; trans_tps 90 % of the sum', async () => {
    const flaky = (await outline(await finishedRun([449273]))).result.outline.core_index;
    // 90 rps with 91.2 % success: 5400 requests, 475 errors, 91.203… %.
    expect(flaky).toMatchObject({ request_count: 5400, error_request_count: 475, success_rate: 91, rps: 90.25, trans_tps: 81 });

    const both = (await outline(await finishedRun([449269, 449270]))).result.outline;
    expect(both.core_index).toMatchObject({ request_count: 36000, success_rate: 99, rps: 600.25, trans_tps: 540, max_users: 100 });
    expect(both.task_basic_execution_data).toMatchObject({ total_num: 2, executed_num: 2, complete_num: 2, pass_num: 2, vum: 100 });
  });

  test('a stopped run counts requests up to the stop request, not to the end of stopping', async () => {
    const id = await createTask(api, { case_id_list: [449269] });
    const runId = await startTask(api, id);
    api.clock.advance(waitingSeconds * 1000 + 10_000);
    const stoppedAt = api.clock.now();
    await stopTask(api, id);

    api.clock.advance(stoppingSeconds * 1000 - 1);
    const stopping = (await outline(runId)).result.outline;
    expect(stopping.core_index).toMatchObject({ request_count: 4200, error_request_count: 2, success_count: 4198 });
    expect(stopping.task_basic_execution_data).toEqual({
      start_time: iso(NOW),
      end_time: '',
      duration: 10,
      task_status: 5,
      total_num: 1,
      executed_num: 1,
      complete_num: 0,
      pass_num: 0,
      parallel: true,
      vum: 9,
    });

    api.clock.advance(1 + 3600 * 1000);
    const stopped = (await outline(runId)).result.outline;
    expect(stopped.core_index).toEqual(stopping.core_index);
    expect(stopped.task_basic_execution_data).toEqual({
      ...stopping.task_basic_execution_data,
      end_time: iso(stoppedAt + stoppingSeconds * 1000),
      task_status: 4,
      complete_num: 1,
      // pass_num counts cases of a run that finished normally (2) only.
      pass_num: 0,
    });
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

  test('an unknown run is a 403 SVCSTG.CPTS.4032002', async () => {
    expectNotYours(await api.signed({ path: paths.outline(123) }), 'task run 123 does not exist or is not yours');
  });
});

test("a finished run's report and status do not change when the task's cases are replaced afterwards", async () => {
  const id = await createTask(api, { case_id_list: [449269, 449274] });
  const runId = await startTask(api, id);
  api.clock.advance((waitingSeconds + runningSeconds) * 1000);
  expect(await runStatus(id)).toBe(3);
  const before = await outline(runId);

  const update = { name: 'checkout-pr42-1-1', parallel: false, project_id: SUITE, operate_mode: 2, case_id_list: [449273] };
  expect((await api.signed({ method: 'PUT', path: paths.task(id), data: update })).status).toBe(200);

  expect(await runStatus(id)).toBe(3);
  expect(await outline(runId)).toEqual(before);
});
