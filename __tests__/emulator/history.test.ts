// Seeded run history and figure overrides: runs that started in the past and ended as seeded agree
// across ShowTask, ShowHistoryRunInfo and ShowMergeReportLogsOutline; a run's or a task's own
// figures show in the report outline, and the action reads back the success rate seeded.
import { DEFAULT_FIXTURE, DEMO } from '../../emulator/index.js';
import type { Task } from '../../emulator/service/state.js';
import type { ReportOutline } from '../../src/cpts/types.js';
import { kpisOf } from '../../src/run/kpis.js';
import { MINUTE, NOW, createTask, paths, setup, startTask, type Api } from './client.js';

let api: Api;
beforeEach(async () => {
  api = await setup();
});
afterEach(async () => {
  const violations = [...api.emulator.contractViolations];
  await api.emulator.stop();
  // Strict mode (the default) checked every answer against the contract's response model.
  expect(violations).toEqual([]);
});

const iso = (ms: number) => new Date(ms).toISOString();
const { waitingSeconds, runningSeconds, stoppingSeconds } = DEFAULT_FIXTURE.run;

async function get(path: string) {
  const reply = await api.signed({ path });
  expect(reply.status).toBe(200);
  return reply.json;
}
const showTask = async (id: number) => (await get(paths.showTask(id))).taskInfo;
const history = async (id: number) => (await get(paths.history(id))).log_list;
const outline = async (runId: number) => (await get(paths.outline(runId))).result.outline;

function newTask(name = 'main-perf', cases: number[] = [...DEMO.cases]): Task {
  return api.emulator.state.createTask({ name, project_id: DEMO.perftestProject, parallel: true, operate_mode: 2, case_id_list: cases });
}

describe('seedRun', () => {
  // start and end relative to NOW, in ms; running runs go on, halfway through their running time.
  const ended = NOW - 10 * MINUTE;
  test.each([
    ['finished', 2, ended - (waitingSeconds + runningSeconds) * 1000, ended],
    ['abnormal', 3, ended - (waitingSeconds + runningSeconds) * 1000, ended],
    ['stopped', 4, ended - (waitingSeconds + runningSeconds / 2 + stoppingSeconds) * 1000, ended],
    ['running', 0, NOW - (waitingSeconds + runningSeconds / 2) * 1000, undefined],
  ] as const)('seeded %s: ShowTask, the history and the outline agree (run_status %i)', async (outcome, status, start, end) => {
    const task = newTask();
    const run = api.emulator.state.seedRun(task, { outcome, ...(end === undefined ? {} : { endedMinutesAgo: 10 }) });

    const info = await showTask(task.id);
    expect(info.run_status).toBe(status);
    expect(info.related_temp_running_data[0].task_run_info_id).toBe(run.id);
    expect(await history(task.id)).toEqual([
      expect.objectContaining({
        run_id: run.id,
        start_time: iso(start),
        end_time: end === undefined ? '' : iso(end),
        continue_time: Math.floor(((end ?? NOW) - start) / 1000),
      }),
    ]);
    const basics = (await outline(run.id)).task_basic_execution_data;
    expect(basics).toMatchObject({ task_status: status, start_time: iso(start), end_time: end === undefined ? '' : iso(end) });
    expect(basics.pass_num).toBe(status === 2 ? 2 : 0);
  });

  test('runs get increasing ids in seeding order, one after another by default, older than a run started later', async () => {
    const task = newTask();
    const seeded = (['finished', 'abnormal', 'stopped', 'finished'] as const).map((outcome) =>
      api.emulator.state.seedRun(task, { outcome }),
    );
    const ids = seeded.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(4);
    const started = await startTask(api, task.id);
    expect(started).toBeGreaterThan(ids[3]);

    const list = await history(task.id);
    // Newest first, as the emulator has always listed them (see showHistoryRunInfo).
    expect(list.map((r: { run_id: number }) => r.run_id)).toEqual([started, ...[...ids].reverse()]);
    // The first seeded run ended a day ago; each next one starts a minute after the one before ended.
    const oldestFirst = list.slice(1).reverse();
    expect(oldestFirst[0].end_time).toBe(iso(NOW - 24 * 60 * MINUTE));
    for (let i = 1; i < oldestFirst.length; i++) {
      expect(Date.parse(oldestFirst[i].start_time)).toBe(Date.parse(oldestFirst[i - 1].end_time) + MINUTE);
    }
    expect(list[0]).toMatchObject({ start_time: iso(NOW), end_time: '' });
  });

  test('an abnormal run of good cases and a finished run of a crashing case read as seeded, whatever the cases say', async () => {
    const crashing = newTask('crashing', [449274]);
    const finished = api.emulator.state.seedRun(crashing, { outcome: 'finished', endedMinutesAgo: 30 });
    const good = newTask('good', [449269]);
    const abnormal = api.emulator.state.seedRun(good, { outcome: 'abnormal', endedMinutesAgo: 30 });
    expect((await outline(finished.id)).task_basic_execution_data.task_status).toBe(2);
    expect((await outline(abnormal.id)).task_basic_execution_data.task_status).toBe(3);
  });

  test('refuses what cannot be: a second run while one goes on, no room before now, endedMinutesAgo of a running run, bad figures', () => {
    const state = api.emulator.state;
    const busy = newTask('busy');
    state.seedRun(busy, { outcome: 'running' });
    expect(() => state.seedRun(busy, { outcome: 'finished', endedMinutesAgo: 60 })).toThrow(/has a run going on/);

    const recent = newTask('recent');
    state.seedRun(recent, { outcome: 'finished', endedMinutesAgo: 0 });
    expect(() => state.seedRun(recent, { outcome: 'finished' })).toThrow(/no room for another run .* give endedMinutesAgo/);
    expect(() => state.seedRun(recent, { outcome: 'running', endedMinutesAgo: 1 })).toThrow(/no endedMinutesAgo/);
    expect(() => state.seedRun(recent, { outcome: 'finished', endedMinutesAgo: 5, figures: { max_rps: 1.5 } })).toThrow(
      /max_rps must be an integer/,
    );
    expect(() => state.seedRun(recent, { outcome: 'finished', endedMinutesAgo: 5, figures: { success_rate: 101 } })).toThrow(/at most 100/);
  });
});

describe('figures', () => {
  test('a seeded run shows its figures where the action reads them; the rest stay computed', async () => {
    const task = newTask();
    const plain = api.emulator.state.seedRun(task, { outcome: 'finished', endedMinutesAgo: 60 });
    const seeded = api.emulator.state.seedRun(task, {
      outcome: 'finished',
      endedMinutesAgo: 30,
      figures: {
        rps: 512.5,
        max_rps: 640,
        trans_tps: 400.25,
        max_users: 80,
        avg_response_time: 123.4,
        avg_tp50: 110,
        avg_tp90: 190,
        max_response_time: 900,
        min_response_time: 12,
      },
    });
    const before = (await outline(plain.id)).core_index;
    const after = (await outline(seeded.id)).core_index;
    expect(after).toEqual({
      ...before,
      rps: 512.5,
      max_rps: 640,
      trans_tps: 400.25,
      max_users: 80,
      response_time: { avg_response_time: 123.4, avg_tp50: 110, avg_tp90: 190, max_response_time: 900, min_response_time: 12 },
    });
  });

  test('a success rate seeded without counts: success_count follows request_count, so the action reads the rate back', async () => {
    const task = newTask();
    const run = api.emulator.state.seedRun(task, { outcome: 'finished', endedMinutesAgo: 5, figures: { success_rate: 97.25 } });
    const body = await outline(run.id);
    const core = body.core_index;
    expect(core.success_rate).toBe(97);
    expect(core.success_count + core.error_request_count).toBe(core.request_count);
    expect(Math.abs(kpisOf(body as ReportOutline).success_rate! - 97.25)).toBeLessThan(0.01);
    // The error sums follow the counts shown.
    expect(body.response_code_sum.sum2xx).toBe(core.success_count);
    expect(body.response_code_sum.sum4xx + body.response_code_sum.sum5xx).toBe(core.error_request_count);
  });

  test('counts seeded: the rate follows them; a request count alone keeps the computed share of errors', async () => {
    const task = newTask('counts', [449273]);
    const computed = (await outline(api.emulator.state.seedRun(task, { outcome: 'finished', endedMinutesAgo: 90 }).id)).core_index;
    const counts = api.emulator.state.seedRun(task, {
      outcome: 'finished',
      endedMinutesAgo: 60,
      figures: { request_count: 1000, success_count: 955 },
    });
    expect((await outline(counts.id)).core_index).toMatchObject({
      request_count: 1000,
      success_count: 955,
      error_request_count: 45,
      success_rate: 95,
    });
    const scaled = api.emulator.state.seedRun(task, { outcome: 'finished', endedMinutesAgo: 30, figures: { request_count: 20000 } });
    const core = (await outline(scaled.id)).core_index;
    expect(core.request_count).toBe(20000);
    expect(core.error_request_count).toBe(Math.round((20000 * computed.error_request_count) / computed.request_count));
    expect(core.success_rate).toBe(computed.success_rate);
  });

  test("a task's figures go to every run started from it (and to seeded ones, under their own), as they were at the start", async () => {
    const id = await createTask(api, { name: 'pr-perf' });
    const task = api.emulator.state.tasks.get(id)!;
    task.figures = { avg_response_time: 180, rps: 80 };
    const seeded = api.emulator.state.seedRun(task, { outcome: 'finished', endedMinutesAgo: 30, figures: { rps: 95 } });
    const runId = await startTask(api, id);
    task.figures = { avg_response_time: 999 };
    api.clock.advance((waitingSeconds + runningSeconds) * 1000);

    const started = (await outline(runId)).core_index;
    expect(started.rps).toBe(80);
    expect(started.response_time.avg_response_time).toBe(180);
    const own = (await outline(seeded.id)).core_index;
    expect(own.rps).toBe(95);
    expect(own.response_time.avg_response_time).toBe(180);
  });

  test('a run without figures answers as before', async () => {
    const task = newTask('plain', [449269]);
    const run = api.emulator.state.seedRun(task, { outcome: 'finished', endedMinutesAgo: 5 });
    // 420 rps with 99.95 % success for 60 s, as runs.test.ts pins for a started run.
    expect((await outline(run.id)).core_index).toMatchObject({
      request_count: 25200,
      error_request_count: 13,
      success_count: 25187,
      success_rate: 99,
    });
  });
});
