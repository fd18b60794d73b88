// Reading the baseline against the emulator over HTTP: a task's newest normally finished run (by id
// or by name) with its trend, one run, an earlier results.json; what is skipped, what fails softly,
// how many calls it takes and how many outlines are read at once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO, faults, startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index.js';
import type { SeededOutcome, Task } from '../../emulator/service/state.js';
import { InputError } from '../../src/common/errors.js';
import { BACKOFF, type RetrySettings } from '../../src/huawei/retry.js';
import { parseBaselineSpec, readBaseline, type BaselineOptions } from '../../src/run/baseline.js';
import type { Baseline, BaselineSpec, ResultsFile } from '../../src/run/gate-model.js';
import { demoClient } from '../helpers/client.js';
import { fakeTiming } from '../helpers/timing.js';

const NOW = Date.UTC(2026, 10, 28, 4, 0, 0);
const SUITE = DEMO.perftestProject;
const iso = (ms: number) => new Date(ms).toISOString();

let emulator: Emulator;
let infos: string[];
const log = { debug: () => undefined, info: (m: string) => infos.push(m), warning: () => undefined };

async function boot(options: EmulatorOptions = {}): Promise<void> {
  emulator = await startEmulator({ clock: { now: () => NOW }, ...options });
}
beforeEach(async () => {
  infos = [];
  await boot();
});
afterEach(async () => {
  const violations = [...emulator.contractViolations];
  await emulator.stop();
  expect(violations).toEqual([]);
});

/** Three attempts per call on a fake clock: retries cost no time. */
const retry = (): RetrySettings => ({
  policy: { ...BACKOFF, maxAttempts: 3, deadline: 3_600_000, bound: 'the test' },
  timing: fakeTiming(),
  log,
});

function read(spec: BaselineSpec, options: Partial<BaselineOptions> = {}): Promise<Baseline> {
  const client = demoClient(emulator, retry(), { now: () => NOW });
  return readBaseline(client, spec, { testSuiteId: SUITE, currentRunId: undefined, trendRuns: 10, ...options });
}

function newTask(name = 'main-perf'): Task {
  return emulator.state.createTask({ name, project_id: SUITE, parallel: true, operate_mode: 2, case_id_list: [...DEMO.cases] });
}

/** A run of `task` seeded as `outcome`, its avg_response_time `avg`: which run a figure came from. */
const seed = (task: Task, outcome: SeededOutcome, avg: number) =>
  emulator.state.seedRun(task, { outcome, figures: { avg_response_time: avg } }).id;

/** main's history, oldest first: finished, finished, abnormal, finished, stopped, finished, running. */
function mainTask(name = 'main-perf') {
  const task = newTask(name);
  const runs = {
    f1: seed(task, 'finished', 100),
    f2: seed(task, 'finished', 105),
    abnormal: seed(task, 'abnormal', 900),
    f4: seed(task, 'finished', 110),
    stopped: seed(task, 'stopped', 800),
    f6: seed(task, 'finished', 120),
    running: seed(task, 'running', 700),
  };
  return { task, runs };
}

const found = (baseline: Baseline) => {
  if (baseline.kind !== 'found') throw new Error(`no baseline: ${baseline.reason}`);
  return baseline;
};
const trendOf = (baseline: Baseline) => found(baseline).trend.map((p) => [p.taskRunId, p.kpis.avg_response_time]);
const outlineRequests = () => emulator.received.filter((r) => r.operation === 'ShowMergeReportLogsOutline');

describe('parseBaselineSpec', () => {
  test('empty is no baseline; task:, run: and file: forms', () => {
    expect(parseBaselineSpec('baseline', '')).toBeUndefined();
    expect(parseBaselineSpec('baseline', '  \n')).toBeUndefined();
    expect(parseBaselineSpec('baseline', 'task:main-perf')).toEqual({ kind: 'task', task: { name: 'main-perf' } });
    expect(parseBaselineSpec('baseline', ' task: 1200001 ')).toEqual({ kind: 'task', task: { id: 1200001 } });
    expect(parseBaselineSpec('baseline', 'task:main perf 2')).toEqual({ kind: 'task', task: { name: 'main perf 2' } });
    expect(parseBaselineSpec('baseline', 'run:7700001')).toEqual({ kind: 'run', taskRunId: 7700001 });
    expect(parseBaselineSpec('baseline', 'file:results/main.json')).toEqual({ kind: 'file', path: 'results/main.json' });
  });

  test.each(['main-perf', 'tasks:main', 'Run:1', 'run:abc', 'run:-1', 'run:', 'task:', 'task:-1', 'file:', 'file:  '])(
    '%j is one InputError naming the input, quoting the value and listing the three forms',
    (text) => {
      let error: unknown;
      try {
        parseBaselineSpec('baseline', text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).input).toBe('baseline');
      expect((error as Error).message).toMatch(
        /^Input "baseline" must be task:<task name or id>, run:<task_run_id> or file:<path of an earlier results\.json>.*; got ".*"\.$/,
      );
      expect((error as Error).message).toContain(`got ${JSON.stringify(text.trim())}`);
    },
  );
});

describe('task:', () => {
  test('the newest normally finished run is the baseline; the trend, oldest first, skips abnormal, stopped and running runs', async () => {
    const { task, runs } = mainTask();
    const baseline = found(await read({ kind: 'task', task: { id: task.id } }));
    const history = emulator.state.runs.get(runs.f6)!;
    expect(baseline.run).toEqual({
      source: 'task',
      taskId: task.id,
      taskRunId: runs.f6,
      startTime: iso(history.startedAt),
      endTime: iso(emulator.state.endTime(history)!),
      kpis: expect.objectContaining({ avg_response_time: 120 }),
    });
    expect(trendOf(baseline)).toEqual([
      [runs.f1, 100],
      [runs.f2, 105],
      [runs.f4, 110],
      [runs.f6, 120],
    ]);
    // One history, and an outline for each of the 6 ended runs (the running one has no end_time).
    expect(baseline.calls).toBe(7);
    expect(emulator.received).toHaveLength(7);
    expect(outlineRequests().some((r) => r.target.includes(String(runs.running)))).toBe(false);
    expect(infos).toEqual([
      `Baseline: run ${runs.f6} of task ${task.id}, started ${iso(history.startedAt)}: its newest run that finished normally.`,
    ]);
  });

  test('only the newest max(trend_runs, 1) ended runs are read: the trend is capped, and trend_runs 0 charts nothing', async () => {
    const { task, runs } = mainTask();
    // Read: f6, stopped, f4.
    const three = found(await read({ kind: 'task', task: { id: task.id } }, { trendRuns: 3 }));
    expect(three.run.taskRunId).toBe(runs.f6);
    expect(trendOf(three)).toEqual([
      [runs.f4, 110],
      [runs.f6, 120],
    ]);
    expect(three.calls).toBe(4);

    emulator.received.length = 0;
    const none = found(await read({ kind: 'task', task: { id: task.id } }, { trendRuns: 0 }));
    expect(none.run.taskRunId).toBe(runs.f6);
    expect(none.trend).toEqual([]);
    expect(none.calls).toBe(2);
    expect(outlineRequests().map((r) => r.target)).toEqual([expect.stringContaining(`/task-run-infos/${runs.f6}/`)]);
  });

  test('the run being judged is never its own baseline; newer runs that did not finish normally are skipped and said so', async () => {
    const { task, runs } = mainTask();
    const baseline = found(await read({ kind: 'task', task: { id: task.id } }, { currentRunId: runs.f6, trendRuns: 3 }));
    // Read: stopped, f4, abnormal; kept: f4.
    expect(baseline.run.taskRunId).toBe(runs.f4);
    expect(trendOf(baseline)).toEqual([[runs.f4, 110]]);
    expect(outlineRequests().some((r) => r.target.includes(`/${runs.f6}/`))).toBe(false);
    expect(infos[0]).toMatch(
      new RegExp(`^Baseline: run ${runs.f4} of task ${task.id}, .*; 1 newer ended run that did not finish normally skipped\\.$`),
    );
  });

  test('none finished normally among those read: none, with the statuses and a hint at trend_runs', async () => {
    const { task, runs } = mainTask();
    const one = await read({ kind: 'task', task: { id: task.id } }, { currentRunId: runs.f6, trendRuns: 0 });
    expect(one).toEqual({
      kind: 'none',
      reason:
        `the newest ended run of task ${task.id} did not finish normally (run_status 2 is a normal finish): run ${runs.stopped}: 4 (stopped by user); ` +
        '4 older ended runs were not read (trend_runs 0)',
      calls: 2,
    });
    expect(infos).toEqual([]);

    const bad = newTask('bad-perf');
    const abnormal = seed(bad, 'abnormal', 1);
    const stopped = seed(bad, 'stopped', 1);
    seed(bad, 'running', 1);
    expect(await read({ kind: 'task', task: { name: 'bad-perf' } })).toMatchObject({
      kind: 'none',
      reason:
        `none of the 2 ended runs of task ${bad.id} "bad-perf" finished normally (run_status 2): ` +
        `run ${stopped}: 4 (stopped by user), run ${abnormal}: 3 (ended abnormally)`,
    });
  });

  test('by name among the tasks of the PerfTest project: the newest of several, said so; the calls count every ShowTaskSet page', async () => {
    const older = newTask('main-perf');
    seed(older, 'finished', 50);
    const { task, runs } = mainTask('main-perf');
    newTask('other');
    const baseline = found(await read({ kind: 'task', task: { name: 'main-perf' } }, { trendRuns: 2 }));
    expect(baseline.run).toMatchObject({ taskId: task.id, taskRunId: runs.f6 });
    expect(infos[0]).toMatch(
      new RegExp(
        `^Baseline: run ${runs.f6} of task ${task.id} "main-perf", .* 2 tasks are named "main-perf" in PerfTest project ${SUITE}; ` +
          `the newest, ${task.id}, is used\\.$`,
      ),
    );
    const pages = emulator.received.filter((r) => r.operation === 'ShowTaskSet').length;
    expect(pages).toBe(2);
    expect(baseline.calls).toBe(pages + 1 + 2);
    expect(baseline.calls).toBe(emulator.received.length);

    // By id, the task given, whatever its name.
    expect(found(await read({ kind: 'task', task: { id: older.id } })).run.kpis.avg_response_time).toBe(50);
  });

  test('a name no task has, a task without runs, a task with no ended run but the one being judged', async () => {
    newTask('main-perf');
    const unknown = await read({ kind: 'task', task: { name: 'nope' } });
    expect(unknown).toEqual({
      kind: 'none',
      reason: `no task is named "nope" in PerfTest project ${SUITE}`,
      calls: emulator.received.length,
    });

    const empty = newTask('empty');
    expect(await read({ kind: 'task', task: { id: empty.id } })).toMatchObject({
      kind: 'none',
      reason: `task ${empty.id} has no runs yet`,
      calls: 1,
    });

    const judged = newTask('judged');
    const current = seed(judged, 'finished', 1);
    expect(await read({ kind: 'task', task: { id: judged.id } }, { currentRunId: current })).toMatchObject({
      kind: 'none',
      reason: `task ${judged.id} has no ended run to compare with (1 run, among them the run being judged, ${current}, which is never its own baseline)`,
    });
  });

  test('a task id the service does not know: none with the answer, no throw', async () => {
    const baseline = await read({ kind: 'task', task: { id: 999 } });
    expect(baseline).toMatchObject({ kind: 'none', calls: 1 });
    expect((baseline as { reason: string }).reason).toMatch(
      /^could not read the runs of task 999: ShowHistoryRunInfo failed: HTTP 403 SVCSTG\.CPTS\.4032002/,
    );
  });
});

describe('API failures and calls', () => {
  test('ShowHistoryRunInfo failing after the retries: none with the reason; the retried call counts once', async () => {
    const { task } = mainTask();
    emulator.script('ShowHistoryRunInfo', [faults.serverError(500), faults.serverError(503), faults.serverError(500)]);
    const baseline = await read({ kind: 'task', task: { id: task.id } });
    expect(baseline).toMatchObject({ kind: 'none', calls: 1 });
    expect((baseline as { reason: string }).reason).toMatch(
      new RegExp(`^could not read the runs of task ${task.id}: ShowHistoryRunInfo failed after 3 attempts`),
    );
    expect(emulator.received).toHaveLength(3);
  });

  test('an outline failing: none naming the run, once every outline under way has been answered', async () => {
    const { task } = mainTask();
    const refused = faults.status(403, { code: 'SVCSTG.CPTS.4032002', message: 'task run is not yours' });
    emulator.script('ShowMergeReportLogsOutline', [null, refused, faults.delay(100), null, null, null]);
    const baseline = await read({ kind: 'task', task: { id: task.id } }, { trendRuns: 6 });
    expect(baseline.kind).toBe('none');
    // The outlines go out at once on separate connections: whichever arrived second was refused.
    const refusedRun = /task-run-infos\/(\d+)\//.exec(outlineRequests().find((r) => r.status === 403)!.target)![1];
    expect((baseline as { reason: string }).reason).toMatch(
      new RegExp(`^could not read the report of run ${refusedRun}: ShowMergeReportLogsOutline failed: HTTP 403`),
    );
    // Every outline asked for was answered before readBaseline returned; each counts once.
    expect(outlineRequests().every((r) => r.status !== 0)).toBe(true);
    expect(baseline.calls).toBe(emulator.received.length);
  });

  test('outlines retried: found, each counted once; at most trend_runs + 2 calls by id', async () => {
    const { task } = mainTask();
    emulator.script('ShowMergeReportLogsOutline', [faults.serverError(503), null, faults.serverError(502)]);
    for (const trendRuns of [0, 1, 2, 3, 5, 6, 10]) {
      emulator.received.length = 0;
      const baseline = found(await read({ kind: 'task', task: { id: task.id } }, { trendRuns }));
      expect(baseline.calls).toBeLessThanOrEqual(trendRuns + 2);
      expect(baseline.calls).toBe(1 + Math.min(Math.max(trendRuns, 1), 6));
    }
  });

  test('at most 4 outlines are in flight at once', async () => {
    await emulator.stop();
    let inFlight = 0;
    // Each answer is logged once its entry has its status: the outlines still at 0 are in flight.
    await boot({
      log: (line) => {
        if (!line.includes('/log-outline')) return;
        inFlight = Math.max(inFlight, outlineRequests().filter((r) => r.status === 0).length + 1);
      },
    });
    const task = newTask();
    for (let i = 0; i < 10; i++) seed(task, 'finished', 100 + i);
    emulator.script(
      'ShowMergeReportLogsOutline',
      Array.from({ length: 10 }, () => faults.delay(60)),
    );
    const baseline = found(await read({ kind: 'task', task: { id: task.id } }, { trendRuns: 10 }));
    expect(baseline.trend).toHaveLength(10);
    expect(outlineRequests()).toHaveLength(10);
    expect(inFlight).toBe(4);
  });
});

describe('run:', () => {
  test('a normally finished run: found, charted when trend_runs > 0, one call', async () => {
    const { runs } = mainTask();
    const history = emulator.state.runs.get(runs.f4)!;
    const baseline = found(await read({ kind: 'run', taskRunId: runs.f4 }, { trendRuns: 5 }));
    expect(baseline).toEqual({
      kind: 'found',
      run: {
        source: 'run',
        taskRunId: runs.f4,
        startTime: iso(history.startedAt),
        endTime: iso(emulator.state.endTime(history)!),
        kpis: expect.objectContaining({ avg_response_time: 110 }),
      },
      trend: [{ taskRunId: runs.f4, startTime: iso(history.startedAt), kpis: baseline.run.kpis }],
      calls: 1,
    });
    expect(infos).toEqual([`Baseline: run ${runs.f4}, as the baseline input names it.`]);
    expect(found(await read({ kind: 'run', taskRunId: runs.f4 }, { trendRuns: 0 })).trend).toEqual([]);
  });

  test('abnormal, stopped, running, unknown, or the run being judged: none with the reason', async () => {
    const { runs } = mainTask();
    const reason = async (taskRunId: number, currentRunId?: number) => {
      const baseline = await read({ kind: 'run', taskRunId }, { currentRunId });
      expect(baseline.kind).toBe('none');
      return [(baseline as { reason: string }).reason, baseline.calls];
    };
    expect(await reason(runs.abnormal)).toEqual([
      `run ${runs.abnormal} did not finish normally: its run_status is 3 (ended abnormally), not 2`,
      1,
    ]);
    expect(await reason(runs.stopped)).toEqual([
      `run ${runs.stopped} did not finish normally: its run_status is 4 (stopped by user), not 2`,
      1,
    ]);
    expect(await reason(runs.running)).toEqual([`run ${runs.running} did not finish normally: its run_status is 0 (running), not 2`, 1]);
    expect(await reason(runs.f4, runs.f4)).toEqual([`run ${runs.f4} is the run being judged, which is never its own baseline`, 0]);
    const [unknown] = await reason(123);
    expect(unknown).toMatch(/^could not read the report of run 123: ShowMergeReportLogsOutline failed: HTTP 403/);
  });
});

describe('file:', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baseline-test-'));
  const figures = { avg_response_time: 110, success_rate: 99.9, rps: 600.25 };
  const results = (run: Partial<ResultsFile['run']> = {}, extra: Record<string, unknown> = {}): ResultsFile => ({
    schema: 1,
    tool: 'codearts-perftest-action',
    version: '0.1.0',
    run: {
      taskId: 1200001,
      taskRunId: 7700009,
      testSuiteId: SUITE,
      status: 'passed',
      runStatus: 2,
      startTime: '2026-11-27T04:00:00.000Z',
      endTime: '2026-11-27T04:01:05.000Z',
      durationSeconds: 65,
      figures,
      ...run,
    },
    rules: [],
    baseline: null,
    baselineMissing: null,
    trend: [
      { taskRunId: 7700007, startTime: '2026-11-25T04:00:00.000Z', figures: { avg_response_time: 100 } },
      { taskRunId: 7700008, startTime: '2026-11-26T04:00:00.000Z', figures: { avg_response_time: 105 } },
    ],
    ...extra,
  });
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };

  test('a results.json of a passed or failed run: its run is the baseline, its trend and then its run the trend; no calls', async () => {
    const path = file('good.json', results());
    const baseline = found(await read({ kind: 'file', path }, { trendRuns: 5 }));
    expect(baseline.run).toEqual({
      source: 'file',
      taskId: 1200001,
      taskRunId: 7700009,
      startTime: '2026-11-27T04:00:00.000Z',
      endTime: '2026-11-27T04:01:05.000Z',
      kpis: figures,
    });
    expect(trendOf(baseline)).toEqual([
      [7700007, 100],
      [7700008, 105],
      [7700009, 110],
    ]);
    expect(baseline.calls).toBe(0);
    expect(emulator.received).toEqual([]);
    expect(infos).toEqual([
      `Baseline: the run in ${JSON.stringify(path)} (run 7700009 of task 1200001), read from the file (its status: passed).`,
    ]);

    expect(trendOf(await read({ kind: 'file', path }, { trendRuns: 2 }))).toEqual([
      [7700008, 105],
      [7700009, 110],
    ]);
    expect(found(await read({ kind: 'file', path }, { trendRuns: 0 })).trend).toEqual([]);
    const failed = file('failed.json', results({ status: 'failed' }));
    expect(found(await read({ kind: 'file', path: failed })).run.taskRunId).toBe(7700009);
  });

  test('a run that did not finish normally, or the run being judged: none', async () => {
    const aborted = file('aborted.json', results({ status: 'aborted', runStatus: 4 }));
    expect(await read({ kind: 'file', path: aborted })).toEqual({
      kind: 'none',
      reason: `the run in ${JSON.stringify(aborted)} (run 7700009 of task 1200001) did not finish normally: its status is "aborted", its run_status 4 (stopped by user)`,
      calls: 0,
    });
    const abnormal = file('abnormal.json', results({ status: 'failed', runStatus: 3 }));
    expect((await read({ kind: 'file', path: abnormal })).kind).toBe('none');
    const good = file('judged.json', results());
    expect(await read({ kind: 'file', path: good }, { currentRunId: 7700009 })).toMatchObject({
      kind: 'none',
      reason: expect.stringContaining('is the run being judged'),
    });
  });

  test('wrong schema, another tool, not JSON, a missing file: none with the path, never a throw', async () => {
    const reasonOf = async (path: string) => ((await read({ kind: 'file', path })) as { reason: string }).reason;
    const wrong = file('schema2.json', { ...results(), schema: 2 });
    expect(await reasonOf(wrong)).toBe(
      `the baseline file ${JSON.stringify(wrong)} is not a results.json of codearts-perftest-action (schema 1): its tool is "codearts-perftest-action", its schema 2`,
    );
    const other = file('other.json', { schema: 1, tool: 'k6' });
    expect(await reasonOf(other)).toContain('its tool is "k6"');
    const norun = file('norun.json', { schema: 1, tool: 'codearts-perftest-action' });
    expect(await reasonOf(norun)).toContain('it has no run with a taskId and figures');
    const array = file('array.json', [1, 2]);
    expect(await reasonOf(array)).toContain('it is not a JSON object');
    const text = file('text.json', 'passed, I promise');
    expect(await reasonOf(text)).toMatch(new RegExp(`^the baseline file ${JSON.stringify(text).replace(/[.\\]/g, '\\$&')} is not JSON: `));
    const missing = join(dir, 'missing.json');
    // Under Jest's module sandbox node's errors are another realm's, so errorMessage gives String(error).
    expect(await reasonOf(missing)).toMatch(/^could not read the baseline file ".*missing\.json": (Error: )?ENOENT: no such file/);
  });

  test('readFile is injectable, and its failure is a reason too', async () => {
    const baseline = await read({ kind: 'file', path: 'x.json' }, { readFile: () => JSON.stringify(results()) });
    expect(found(baseline).run.taskRunId).toBe(7700009);
    const failing = await read(
      { kind: 'file', path: 'y.json' },
      {
        readFile: () => {
          throw new TypeError('bad path');
        },
      },
    );
    expect(failing).toEqual({ kind: 'none', reason: 'could not read the baseline file "y.json": bad path', calls: 0 });
  });
});
