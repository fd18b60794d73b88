// Following a run on the emulator's clock: a line per change of state and a heartbeat, not a line per poll.
import { demoClient } from './helpers/client.js';
import { BACKOFF, type Reliability, type Timing } from '../src/huawei/retry.js';
import { waitForRun } from '../src/run/wait.js';
import { DEMO, startEmulator, type Emulator } from '../emulator/index.js';

let now = Date.UTC(2026, 10, 28, 4, 0, 0);
let emulator: Emulator;
const lines: string[] = [];
// One clock for both sides: sleeping moves the emulator's time, so a 3-minute run takes no time.
const timing: Timing = { now: () => now, sleep: async (ms) => void (now += ms), random: () => 0.5 };

beforeEach(async () => {
  emulator = await startEmulator({ clock: { now: () => now }, seed: { run: { waitingSeconds: 20, runningSeconds: 180 } } });
  lines.length = 0;
});
afterEach(() => emulator.stop());

function setup(deadlineMs: number): { client: ReturnType<typeof demoClient>; reliability: Reliability; taskId: number; runId: number } {
  const task = emulator.state.createTask({
    name: 't',
    project_id: DEMO.perftestProject,
    parallel: false,
    operate_mode: 2,
    case_id_list: [...DEMO.cases],
  });
  const run = emulator.state.startRun(task, 'shared-cluster-internet', 0);
  const log = { debug: () => undefined, info: (m: string) => lines.push(m), warning: (m: string) => lines.push(m) };
  const client = demoClient(emulator, { log, now: () => now });
  return {
    client,
    reliability: { policy: { ...BACKOFF, maxAttempts: 3, deadline: now + deadlineMs }, timing, log },
    taskId: task.id,
    runId: run.id,
  };
}

test('state changes and a heartbeat a minute, over 40 polls, the first after 5 s (min of poll_seconds and 10 s)', async () => {
  const { client, reliability, taskId, runId } = setup(3_600_000);
  const end = await waitForRun(client, taskId, runId, { deadline: now + 3_600_000, pollMs: 5000 }, reliability);
  expect(end).toEqual({ kind: 'ended', runStatus: 2 });
  expect(emulator.received.filter((r) => r.operation === 'ShowTask')).toHaveLength(40);
  expect(lines).toEqual([
    `Run ${runId}: waiting (5s)`,
    `Run ${runId}: running (20s)`,
    `Run ${runId}: still running after 1m 20s`,
    `Run ${runId}: still running after 2m 20s`,
    `Run ${runId}: finished (3m 20s)`,
  ]);
});

test('the overall bound ends the wait with the last state seen', async () => {
  const { client, reliability, taskId, runId } = setup(60_000);
  const end = await waitForRun(client, taskId, runId, { deadline: now + 60_000, pollMs: 15_000 }, reliability);
  expect(end).toEqual({ kind: 'timed_out', runStatus: 0 });
});
