// Starting a run once: a start whose answer was lost is not repeated when the run began.
import { demoClient } from './helpers/client.js';
import { BACKOFF, type Reliability } from '../src/huawei/retry.js';
import { startRun } from '../src/run/start.js';
import { DEMO, faults, startEmulator, type Emulator, type Fault } from '../emulator/index.js';
import { fakeTiming } from './helpers/timing.js';

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(() => emulator.stop());

async function start(script: (Fault | null)[]): Promise<{ runId: number; runs: number; starts: number }> {
  const task = emulator.state.createTask({
    name: 't',
    project_id: DEMO.perftestProject,
    parallel: false,
    operate_mode: 2,
    case_id_list: [...DEMO.cases],
  });
  emulator.script('UpdateTaskStatus', script);
  const log = { debug: () => undefined, info: () => undefined, warning: () => undefined };
  const reliability: Reliability = { policy: { ...BACKOFF, maxAttempts: 3, deadline: 60_000 }, timing: fakeTiming(), log };
  const client = demoClient(emulator, { log });
  const runId = await startRun(client, DEMO.perftestProject, task.id, { type: 'shared-cluster-internet', id: 0 }, reliability);
  return { runId, runs: task.runIds.length, starts: emulator.received.filter((r) => r.operation === 'UpdateTaskStatus').length };
}

test('the answer lost after the run began: that run is followed, no second start', async () => {
  const result = await start([faults.resetAfterHandling()]);
  expect(result).toEqual({ runId: [...emulator.state.runs.keys()][0], runs: 1, starts: 1 });
});

test('a 503 before anything began: started again, one run', async () => {
  const result = await start([faults.serverError(503)]);
  expect(result).toMatchObject({ runs: 1, starts: 2 });
});
