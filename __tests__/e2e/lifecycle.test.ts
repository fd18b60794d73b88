// End to end: the run bundle's main and post steps when the job is cancelled at each point, when a
// start's answer is lost, when someone else's run is current, and with keys that would not last.
import { fileURLToPath } from 'node:url';
import { DEMO, demoRunInputs, faults } from '../../emulator/index.js';
import { runStep, type StepOptions } from '../../emulator/harness/run-step.js';
import { cancelWhen, demoTaskId, useEmulator } from '../helpers/e2e.js';

const RUN_BUNDLE = fileURLToPath(new URL('../../dist/run/index.js', import.meta.url));
// Long runs: nothing ends by itself during a test.
const harness = useEmulator({ seed: { run: { waitingSeconds: 1, runningSeconds: 600 } } });

const runStepOf = (options: Partial<StepOptions> & { inputs: Record<string, string> }) => runStep(RUN_BUNDLE, options);
const state = () => harness.emulator.state;
const starts = () =>
  harness.emulator.received.filter((r) => /UpdateTaskStatus$/.test(r.operation ?? '') && JSON.parse(r.body).status === 9);
const stops = () => harness.emulator.received.filter((r) => /UpdateTaskStatus$/.test(r.operation ?? '') && JSON.parse(r.body).status === 2);

const newTask = () => demoTaskId(harness.emulator, 'e2e');
const inputs = (taskId: number, overrides: Record<string, string> = {}) => ({
  ...demoRunInputs(harness.emulator.url, taskId),
  ...overrides,
});
const runsOf = (taskId: number) =>
  state()
    .tasks.get(taskId)!
    .runIds.map((id) => state().runs.get(id)!);

test('cancelled while waiting: the post step stops our run, exactly once', async () => {
  const taskId = newTask();
  const main = await runStepOf({ inputs: inputs(taskId), onStart: cancelWhen(() => runsOf(taskId).length > 0, 500) });
  expect(main.exitCode).toBe(1);
  const [run] = runsOf(taskId);
  expect(main.stdout).toContain(`::error::Cancelled (SIGTERM) while waiting for run ${run.id}; the post step stops it.`);
  const post = await runStepOf({ inputs: inputs(taskId), state: main.state });
  expect(post.exitCode).toBe(0);
  expect(post.stdout).toContain(`Stopped run ${run.id} of task ${taskId}: the job ended while waiting for it.`);
  expect(stops()).toHaveLength(1);
  expect(state().runStatus(run)).toBe(5);
});

test('someone stopped our run and started theirs before the post step: theirs is left alone', async () => {
  const taskId = newTask();
  const main = await runStepOf({ inputs: inputs(taskId), onStart: cancelWhen(() => runsOf(taskId).length > 0, 500) });
  const [ours] = runsOf(taskId);
  ours.stoppedAt = Date.now() - 60_000;
  const theirs = state().startRun(state().tasks.get(taskId)!, 'shared-cluster-internet', 0);
  theirs.startedAt -= 10_000; // long enough ago for the task to show it
  const post = await runStepOf({ inputs: inputs(taskId), state: main.state });
  expect(post.exitCode).toBe(0);
  expect(post.stdout).toContain(
    `Run ${ours.id} of task ${taskId} already ended, and the task's current run is ${theirs.id}, not the one this job started: left it alone.`,
  );
  expect(stops()).toHaveLength(0);
  expect(state().isActive(theirs)).toBe(true);
});

test('cancelled before the start: nothing started, and the post step does nothing', async () => {
  const taskId = newTask();
  harness.emulator.script('ShowTask', [faults.delay(3000)]);
  const main = await runStepOf({
    inputs: inputs(taskId),
    onStart: cancelWhen(() => harness.emulator.received.some((r) => r.operation === 'ShowTask'), 200),
  });
  expect(main.exitCode).toBe(1);
  expect(main.stdout).toContain('::error::Cancelled (SIGTERM) before the run was started; nothing was started.');
  const post = await runStepOf({ inputs: inputs(taskId), state: main.state });
  expect(post.exitCode).toBe(0);
  expect(starts()).toHaveLength(0);
  expect(runsOf(taskId)).toHaveLength(0);
});

test('cancelled while the start is in flight: the post step finds the run it began and stops it', async () => {
  const taskId = newTask();
  harness.emulator.script('BatchUpdateTaskStatus', [faults.delayAfterHandling(5000)]);
  const main = await runStepOf({ inputs: inputs(taskId), onStart: cancelWhen(() => runsOf(taskId).length > 0, 200) });
  expect(main.exitCode).toBe(1);
  expect(main.stdout).toContain(
    `::error::Cancelled (SIGTERM) while starting task ${taskId}: a run may have started. The post step looks for it and stops it.`,
  );
  const [run] = runsOf(taskId);
  const post = await runStepOf({ inputs: inputs(taskId), state: main.state });
  expect(post.exitCode).toBe(0);
  expect(post.stdout).toContain(`Run ${run.id} of task ${taskId} began from the start whose answer was lost.`);
  expect(post.stdout).toContain(`Stopped run ${run.id} of task ${taskId}`);
  expect([starts().length, stops().length, runsOf(taskId).length]).toEqual([1, 1, 1]);
  expect(state().runStatus(run)).toBe(5);
});

test('a lost start answer and a failed check: the step says a run may exist, and the post step stops it', async () => {
  const taskId = newTask();
  harness.emulator.script('BatchUpdateTaskStatus', [faults.resetAfterHandling()]);
  harness.emulator.script('ShowHistoryRunInfo', [null, faults.status(403, { code: 'SVCSTG.CPTS.4031001', message: 'forbidden' })]);
  const main = await runStepOf({ inputs: inputs(taskId) });
  expect(main.exitCode).toBe(1);
  expect(main.stdout).toMatch(new RegExp(`::error::ShowHistoryRunInfo failed: HTTP 403 .*A run of task ${taskId} may have started`));
  const post = await runStepOf({ inputs: inputs(taskId), state: main.state });
  expect(post.exitCode).toBe(0);
  const [run] = runsOf(taskId);
  expect(post.stdout).toContain(`Stopped run ${run.id} of task ${taskId}`);
  expect([starts().length, stops().length]).toEqual([1, 1]);
});

test('a start refused outright (the task is running already): no run of ours, and the post step does nothing', async () => {
  const taskId = newTask();
  const other = state().startRun(state().tasks.get(taskId)!, 'shared-cluster-internet', 0);
  const main = await runStepOf({ inputs: inputs(taskId) });
  expect(main.exitCode).toBe(1);
  expect(main.stdout).toMatch(/::error::UpdateTaskStatus failed: HTTP 400 SVCSTG.CPTS.4001002: task \d+ is already running/);
  const post = await runStepOf({ inputs: inputs(taskId), state: main.state });
  expect(post.exitCode).toBe(0);
  expect(stops()).toHaveLength(0);
  expect(state().isActive(other)).toBe(true);
});

test('temporary keys from an earlier step that expire before the bound: a clear warning at the start', async () => {
  const taskId = newTask();
  const { task_id, project, project_id, endpoint, poll_seconds } = inputs(taskId);
  const expires = new Date(Date.now() + 5 * 60_000).toISOString();
  const main = await runStepOf({
    inputs: { task_id, project, project_id, endpoint, poll_seconds, wait: 'false' },
    env: {
      HUAWEI_CLOUD_ACCESS_KEY_ID: DEMO.temporaryAk,
      HUAWEI_CLOUD_SECRET_ACCESS_KEY: DEMO.temporarySk,
      HUAWEI_CLOUD_SECURITY_TOKEN: DEMO.securityToken,
      HUAWEI_CLOUD_SECURITY_TOKEN_EXPIRES_AT: expires,
    },
  });
  expect(main.exitCode).toBe(0);
  expect(main.stdout).toMatch(
    new RegExp(
      `::warning::The temporary keys from HUAWEI_CLOUD_\\* environment .* expire at ${expires.replace(/\./g, '\\.')}, before this step's bound .*Give this step "identity_provider"`,
    ),
  );
});
