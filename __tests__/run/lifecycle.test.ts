// The run lifecycle against the emulator on one clock shared with the code's sleeps: a start lag,
// failed status checks, a bound close to poll_seconds, lost answers to a start and a stop, another
// actor's runs, and a service that only takes the old edition's start.
import { demoClient } from '../helpers/client.js';
import { BACKOFF, type RetrySettings, type Timing } from '../../src/huawei/retry.js';
import { runsOf } from '../../src/run/identity.js';
import { RunMayExist, startRun, stopRun, type TaskRef } from '../../src/run/start.js';
import { waitForRun } from '../../src/run/wait.js';
import { DEMO, faults, startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index.js';
import { table, writeSection, type Row } from '../helpers/matrix.js';

const rows: Row[] = [];
const row = (fault: string, expected: string, observed: string) => rows.push({ fault, expected, observed });
/** The rows this file adds to the fault matrix; a partial run (jest -t) leaves the document alone. */
const MATRIX_ROWS = 12;
afterAll(() => {
  if (rows.length !== MATRIX_ROWS) return;
  writeSection(
    'run',
    table(
      `## Following and stopping the run

The wait ends only when our run has ended (ShowTask names it and it was seen active, or
ShowHistoryRunInfo gives it an end time), when \`timeout_minutes\` is reached, or on a definitive
refusal. "looks" counts status checks; times are on the test clock from the start.`,
      rows,
    ),
  );
});
const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

let now = Date.UTC(2026, 10, 28, 4, 0, 0);
let emulator: Emulator;
const lines: string[] = [];
const timing: Timing = { now: () => now, sleep: async (ms) => void (now += ms), random: () => 0.5 };
const log = { debug: () => undefined, info: (m: string) => lines.push(m), warning: (m: string) => lines.push(`warning: ${m}`) };

async function boot(seed: EmulatorOptions['seed'] = {}): Promise<void> {
  emulator = await startEmulator({
    clock: { now: () => now },
    seed: { run: { waitingSeconds: 5, runningSeconds: 60, startLagSeconds: 2 }, ...seed },
  });
}
beforeEach(() => boot());
afterEach(() => emulator.stop());
beforeEach(() => {
  lines.length = 0;
});

const retry = (boundMs = 3_600_000, maxAttempts = 2): RetrySettings => ({
  policy: { ...BACKOFF, maxAttempts, deadline: now + boundMs, bound: 'timeout_minutes' },
  timing,
  log,
});
const client = (r = retry()) => demoClient(emulator, r, { now: () => now });
const cluster = { type: 'shared-cluster-internet' as const, id: 0 };

function newTask(): TaskRef {
  const task = emulator.state.createTask({
    name: 't',
    project_id: DEMO.perftestProject,
    parallel: false,
    operate_mode: 2,
    case_id_list: [...DEMO.cases],
  });
  return { testSuiteId: DEMO.perftestProject, taskId: task.id };
}

async function start(ref: TaskRef, r = retry()): Promise<number> {
  const before = await runsOf(client(r), ref.taskId);
  return (await startRun(client(r), ref, cluster, before)).runId;
}

const count = (operation: string) => emulator.received.filter((r) => r.operation === operation).length;
const natural = (runId: number) => emulator.state.naturalEnd(emulator.state.runs.get(runId)!);

describe('the wait', () => {
  test('one line per change of state and a heartbeat a minute, not a line per look', async () => {
    await emulator.stop();
    await boot({ run: { waitingSeconds: 20, runningSeconds: 180, startLagSeconds: 2 } });
    const ref = newTask();
    const runId = await start(ref);
    lines.length = 0;
    const end = await waitForRun(client(), ref.taskId, runId, { deadline: now + 3_600_000, pollMs: 5000 });
    expect(end).toEqual({ kind: 'ended', runStatus: 2 });
    // One before the start, then looks every 5 s from the first at 5 s (min of poll_seconds and 10 s) to the end at 200 s.
    expect(emulator.received.filter((r) => r.operation === 'ShowTask')).toHaveLength(1 + 40);
    expect(lines).toEqual([
      `Run ${runId}: waiting (5s)`,
      `Run ${runId}: running (20s)`,
      `Run ${runId}: still running after 1m 20s`,
      `Run ${runId}: still running after 2m 20s`,
      `Run ${runId}: finished (3m 20s)`,
    ]);
  });

  test('failed status checks do not end it: each is one line, and the run is followed to its end', async () => {
    const ref = newTask();
    const runId = await start(ref);
    // More consecutive failures than max_attempts (2) allows a single call.
    emulator.script('ShowTask', [null, ...Array(6).fill(faults.serverError(503)), faults.resetBeforeHandling()]);
    const end = await waitForRun(client(), ref.taskId, runId, { deadline: now + 600_000, pollMs: 5000 });
    const failures = lines.filter((l) => l.startsWith(`warning: Run ${runId}: status check failed`));
    row(
      'seven status checks in a row fail (503s, a reset), more than `max_attempts` allows one call',
      'one warning line each, retried with backoff until `timeout_minutes`; the run followed to its end',
      `${end.kind} (run_status ${end.runStatus}); ${failures.length} warning lines`,
    );
    expect(end).toEqual({ kind: 'ended', runStatus: 2 });
    expect(now).toBeGreaterThanOrEqual(natural(runId));
    expect(failures).toHaveLength(7);
    expect(failures[0]).toMatch(/HTTP 503 .*; trying again in \d+\.\d s, until timeout_minutes\.$/);
  });

  test('a definitive refusal (403: the task is not ours any more) ends it at once', async () => {
    const ref = newTask();
    const runId = await start(ref);
    emulator.script('ShowTask', [faults.status(403, { code: 'SVCSTG.CPTS.4032002', message: 'task does not exist' })]);
    const error = (await waitForRun(client(), ref.taskId, runId, { deadline: now + 600_000, pollMs: 5000 }).catch(
      (e: unknown) => e,
    )) as Error;
    row(
      'a status check refused with 403 `SVCSTG.CPTS.4032002`',
      'the wait ends at once with that error',
      `failed: ${error.message.slice(0, 90)}…`,
    );
    expect(error.message).toMatch(/ShowTask failed: HTTP 403 SVCSTG.CPTS.4032002/);
  });

  test('the start lag: a stale "finished" of the run before is never taken for ours', async () => {
    const ref = newTask();
    const earlier = await start(ref);
    now = natural(earlier) + 60_000;
    const runsBefore = await runsOf(client(), ref.taskId);
    const runId = await start(ref);
    // The first look comes while ShowTask still shows the earlier, finished run.
    const end = await waitForRun(client(), ref.taskId, runId, { deadline: now + 600_000, pollMs: 1000, runsBefore });
    row(
      'the task ran before; ShowTask shows that finished run for 2 s after our start',
      'the stale "finished" is not ours: waits, and follows our run to its end',
      `${end.kind} (run_status ${end.runStatus}) ${seconds(now - natural(runId) + 65_000)} after the start (the run lasts 65 s)`,
    );
    expect(end).toEqual({ kind: 'ended', runStatus: 2 });
    expect(now).toBeGreaterThanOrEqual(natural(runId));
    expect(lines).toContain(`Run ${runId}: starting (the task does not show it yet) (1s)`);
  });

  test('the first look waits min(poll_seconds, 10 s): a task state read right after the start is not trusted', async () => {
    const ref = newTask();
    const runId = await start(ref);
    const startedAt = now;
    await waitForRun(client(), ref.taskId, runId, { deadline: now + 600_000, pollMs: 15_000 });
    const first = emulator.received.find((r) => r.operation === 'ShowTask' && r.headers['x-sdk-date']! > sdk(startedAt))!;
    row(
      '`poll_seconds: 15`',
      'the first look after 10 s (ShowTask follows a start late)',
      `first look ${seconds(Date.parse(iso(String(first.headers['x-sdk-date']))) - startedAt)} after the start`,
    );
    expect(first.headers['x-sdk-date']).toBe(sdk(startedAt + 10_000));
  });

  test('poll_seconds as long as the bound: a last look just before it, not a give-up at once', async () => {
    const ref = newTask();
    const runId = await start(ref);
    const end = await waitForRun(client(retry(120_000)), ref.taskId, runId, { deadline: now + 120_000, pollMs: 120_000 });
    // The run ends at 65 s; looks at 10 s and at 119 s, the second sees it finished.
    row(
      '`timeout_minutes: 2`, `poll_seconds: 120`, a 65 s run',
      'a last look just before the bound sees it finished',
      `${end.kind} (run_status ${end.runStatus}); ${count('ShowTask') - 1} looks`,
    );
    expect(end).toEqual({ kind: 'ended', runStatus: 2 });
  });

  test('a run longer than the bound: timed out after the last look, with the state it was in', async () => {
    await emulator.stop();
    await boot({ run: { waitingSeconds: 5, runningSeconds: 600, startLagSeconds: 2 } });
    const ref = newTask();
    const runId = await start(ref);
    const started = now;
    const end = await waitForRun(client(retry(120_000)), ref.taskId, runId, { deadline: now + 120_000, pollMs: 120_000 });
    row(
      '`timeout_minutes: 2`, `poll_seconds: 120`, a 10-minute run',
      'timed out after a last look just before the bound',
      `${end.kind} (run_status ${end.runStatus}) at ${seconds(now - started)}`,
    );
    expect(end).toEqual({ kind: 'timed_out', runStatus: 0 });
    expect(now - started).toBe(119_000);
  });

  test('someone stops our run and starts another: ours is followed to its recorded end, theirs is not taken for ours', async () => {
    const ref = newTask();
    const runId = await start(ref);
    emulator.script('ShowTask', [null, null, faults.otherActorStarts(ref.taskId)]);
    const end = await waitForRun(client(), ref.taskId, runId, { deadline: now + 600_000, pollMs: 5000 });
    row(
      'another actor stops our run and starts theirs during the wait',
      'ours followed to its recorded end (ShowHistoryRunInfo); theirs never taken for ours',
      `${end.kind} (run_status ${end.runStatus ?? 'from the report'}); runs now: ${emulator.state.tasks.get(ref.taskId)!.runIds.length}`,
    );
    expect(end.kind).toBe('ended');
    expect(now).toBeLessThan(natural(runId));
    expect(emulator.state.tasks.get(ref.taskId)!.runIds).toHaveLength(2);
  });
});

describe('the start', () => {
  test('a lost answer and a failed follow-up check: fails saying a run may have started, with the task', async () => {
    const ref = newTask();
    emulator.script('BatchUpdateTaskStatus', [faults.resetAfterHandling()]);
    emulator.script('ShowHistoryRunInfo', [null, faults.status(403, { code: 'SVCSTG.CPTS.4031001', message: 'forbidden' })]);
    const error = await start(ref).catch((e: unknown) => e);
    row(
      'the start answer lost, then the check for a new run refused (403)',
      'fails saying a run may have started, with the task id; never a second start',
      `${(error as Error).name}; ${count('BatchUpdateTaskStatus') + count('UpdateTaskStatus')} start`,
    );
    expect(error).toBeInstanceOf(RunMayExist);
    expect((error as Error).message).toMatch(
      new RegExp(
        `ShowHistoryRunInfo failed: HTTP 403 .*A run of task ${ref.taskId} may have started .*check the task in the CodeArts PerfTest console`,
      ),
    );
    expect(count('BatchUpdateTaskStatus') + count('UpdateTaskStatus')).toBe(1);
  });

  test('the new edition first: BatchUpdateTaskStatus with type 1 and every field the contract requires', async () => {
    const ref = newTask();
    await start(ref);
    const sent = emulator.received.find((r) => r.operation === 'BatchUpdateTaskStatus')!;
    expect(JSON.parse(sent.body)).toEqual({
      type: 1,
      project_id: DEMO.perftestProject,
      task_id_list: [ref.taskId],
      status: 9,
      cluster_type: 'shared-cluster-internet',
      cluster_id: 0,
      without_package: 0,
      network_info: { network_type: 'internet' },
    });
  });

  test('a service that refuses the new edition for this task: UpdateTaskStatus instead, said in the log; the stop follows it', async () => {
    await emulator.stop();
    await boot({ statusApi: 'old-only' });
    const ref = newTask();
    const before = await runsOf(client(), ref.taskId);
    const started = await startRun(client(), ref, cluster, before);
    row(
      'BatchUpdateTaskStatus refused for the task (400)',
      'starts through UpdateTaskStatus, says so in the log; the stop takes the same API',
      `started through ${started.api}`,
    );
    expect(started.api).toBe('UpdateTaskStatus');
    expect(lines.find((l) => l.startsWith('BatchUpdateTaskStatus'))).toMatch(
      /^BatchUpdateTaskStatus \(the new edition's start\) was refused: .*batch start and stop are not supported.* Using UpdateTaskStatus \(old edition\) instead\.$/,
    );
    now += 10_000;
    expect(await stopRun(client(), ref, started.runId, started.api)).toBe('stopped');
    expect([count('BatchUpdateTaskStatus'), count('UpdateTaskStatus')]).toEqual([1, 2]);
  });

  test('a transient failure of the new edition is never followed by the old one: no second start', async () => {
    const ref = newTask();
    emulator.script('BatchUpdateTaskStatus', [faults.serverError(503)]);
    await start(ref);
    row(
      'BatchUpdateTaskStatus answers 503 (the start may have happened)',
      'looks for a new run, then repeats the same API; never falls back to the old one',
      `${count('BatchUpdateTaskStatus')} BatchUpdateTaskStatus, ${count('UpdateTaskStatus')} UpdateTaskStatus, ${emulator.state.tasks.get(ref.taskId)!.runIds.length} run`,
    );
    expect([count('BatchUpdateTaskStatus'), count('UpdateTaskStatus')]).toEqual([2, 0]);
    expect(emulator.state.tasks.get(ref.taskId)!.runIds).toHaveLength(1);
  });
});

test('the start: after a failure of unknown outcome, a refusal of the new edition is not followed by the old one', async () => {
  await emulator.stop();
  await boot({ statusApi: 'old-only' });
  const ref = newTask();
  emulator.script('BatchUpdateTaskStatus', [faults.serverError(503)]);
  const error = await start(ref).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RunMayExist);
  expect([count('BatchUpdateTaskStatus'), count('UpdateTaskStatus')]).toEqual([2, 0]);
});

describe('the stop', () => {
  test('a lost answer: our run is seen stopping, so the stop succeeded; it is not sent again', async () => {
    const ref = newTask();
    const runId = await start(ref);
    now += 10_000;
    emulator.script('BatchUpdateTaskStatus', [faults.resetAfterHandling()]);
    const outcome = await stopRun(client(), ref, runId, 'BatchUpdateTaskStatus');
    row(
      'the stop answer lost after the run began stopping',
      'success: the run is seen stopping (5); the stop not sent again',
      `${outcome}; 1 stop sent`,
    );
    expect(outcome).toBe('stopped');
    expect(count('BatchUpdateTaskStatus')).toBe(2); // the start and one stop
    expect(emulator.state.runStatus(emulator.state.runs.get(runId)!)).toBe(5);
  });

  test('told "not running" because the run ended meanwhile: success, not a failure', async () => {
    const ref = newTask();
    const runId = await start(ref);
    now += 10_000;
    emulator.script('BatchUpdateTaskStatus', [faults.otherActorStops(ref.taskId)]);
    const outcome = await stopRun(client(), ref, runId, 'BatchUpdateTaskStatus');
    row('the run stopped by someone else just before our stop, which is told "not running"', 'success, not a failure', outcome);
    expect(outcome).toBe('already-over');
  });
});

function sdk(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

function iso(sdkDate: string): string {
  return sdkDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z');
}
