// The run action's main and post steps and their parts, in-process against the emulator (runs wait
// 1 s and run 2 s here): outputs, saved state, summary, log and failure, and what the cloud holds after.
import { DEMO, demoRunInputs, startEmulator, type Emulator } from '../../emulator/index.js';
import { hookCancellation, prepare, readConfig, runMain, start } from '../../src/run/main.js';
import type { Known } from '../../src/run/known.js';
import { runPost } from '../../src/run/post.js';
import { connect } from '../../src/run/main.js';
import { RESULTS_OUTPUTS } from '../helpers/results.js';
import { inProcess } from '../helpers/runner.js';

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator({ seed: { run: { waitingSeconds: 1, runningSeconds: 2, startLagSeconds: 1 } } });
});
afterEach(() => emulator.stop());

const newTask = () =>
  emulator.state.createTask({
    name: 'in-process',
    project_id: DEMO.perftestProject,
    parallel: false,
    operate_mode: 2,
    case_id_list: [...DEMO.cases],
  });
const inputs = (taskId: number, overrides: Record<string, string> = {}) => ({ ...demoRunInputs(emulator.url, taskId), ...overrides });
const lastRun = (taskId: number) => emulator.state.lastRun(emulator.state.tasks.get(taskId)!)!;
const startsAndStops = () => emulator.received.filter((r) => /UpdateTaskStatus$/.test(r.operation ?? ''));

test('runMain: a passing run is started once, followed, judged; outputs, state for the post step, summary', async () => {
  const task = newTask();
  const step = inProcess({ inputs: inputs(task.id, { thresholds: 'success_rate >= 99' }) });
  await runMain(step.runner, step.signals);
  expect(step.failed()).toBe(false);
  const run = lastRun(task.id);
  expect(step.outputs()).toMatchObject({ task_run_id: String(run.id), status: 'passed' });
  expect(step.state()).toMatchObject({
    task_run_id: String(run.id),
    waiting: 'true',
    ended: 'true',
    runs_before: '',
    project: String(DEMO.perftestProject),
  });
  expect(step.summary()).toContain('### CodeArts PerfTest run passed ✅');
  expect(step.summary()).toContain('| `success_rate >= 99` |');
  expect(startsAndStops()).toHaveLength(1);
});

test('runMain: wait false starts the run and leaves it going, with status started', async () => {
  const task = newTask();
  const step = inProcess({ inputs: inputs(task.id, { wait: 'false' }) });
  await runMain(step.runner, step.signals);
  expect(step.failed()).toBe(false);
  expect(step.outputs()).toEqual({ task_run_id: String(lastRun(task.id).id), status: 'started', ...RESULTS_OUTPUTS });
  expect(step.state().waiting).toBeUndefined();
  expect(emulator.state.isActive(lastRun(task.id))).toBe(true);
});

test('runMain: a task that is not there fails the step with status error and a summary naming the task', async () => {
  const step = inProcess({ inputs: inputs(424242) });
  await runMain(step.runner, step.signals);
  expect(step.failed()).toBe(true);
  expect(step.outputs()).toEqual({ status: 'error', ...RESULTS_OUTPUTS });
  expect(step.summary()).toContain('### CodeArts PerfTest run not judged ❌ (the step failed)');
  expect(step.summary()).toContain('| Task id | `424242` |');
  expect(step.stdout()).toMatch(/::error::ShowTask failed: HTTP 403 SVCSTG\.CPTS\.4032002/);
  expect(startsAndStops()).toHaveLength(0);
});

test('prepare saves the PerfTest project and the runs before the start; the waiting mark waits for the start itself', async () => {
  const task = newTask();
  const earlier = emulator.state.startRun(task, 'shared-cluster-internet', 0);
  emulator.state.fixture.run.runningSeconds = 0;
  const step = inProcess({ inputs: inputs(task.id) });
  const known: Known = { phase: 'before' };
  const config = readConfig(step.runner, known);
  const { client } = await connect(step.runner, config, Date.now() + 60_000, known);
  const { ref, before } = await prepare(step.runner, config, client, known);
  expect(ref).toEqual({ testSuiteId: DEMO.perftestProject, taskId: task.id });
  expect([...before]).toEqual([earlier.id]);
  expect(step.state()).toEqual({ project: String(DEMO.perftestProject), runs_before: String(earlier.id) });
  expect(known).toMatchObject({ taskId: task.id, testSuiteId: DEMO.perftestProject, iamProjectId: DEMO.projectId, phase: 'before' });
  expect(startsAndStops()).toHaveLength(0);
});

test('start: a start refused outright (the task is running) takes the waiting mark back: the post step has nothing to do', async () => {
  const task = newTask();
  emulator.state.fixture.run.runningSeconds = 600;
  emulator.state.startRun(task, 'shared-cluster-internet', 0);
  const step = inProcess({ inputs: inputs(task.id) });
  const known: Known = { phase: 'before' };
  const config = readConfig(step.runner, known);
  const { client } = await connect(step.runner, config, Date.now() + 60_000, known);
  const { ref, before } = await prepare(step.runner, config, client, known);
  await expect(start(step.runner, config, client, ref, before, known)).rejects.toThrow(/HTTP 4\d\d/);
  expect(step.state().waiting).toBe('');
  // No run of ours exists: a cancellation or failure from here on says nothing was started.
  expect(known.phase).toBe('before');
});

test('hookCancellation: a cancellation while waiting writes status error and a summary at once, names the run, exits 1', async () => {
  const step = inProcess({ inputs: inputs(77) });
  const known: Known = { phase: 'started', taskId: 77, taskRunId: 88, testSuiteId: DEMO.perftestProject };
  hookCancellation(step.runner, step.signals, readConfig(step.runner, known), known);
  step.signals.cancel('SIGTERM');
  expect(step.signals.exitCode).toBe(1);
  expect(step.outputs()).toEqual({ status: 'error' });
  expect(step.summary()).toContain(
    'The step failed before the run could be judged: Cancelled (SIGTERM) while waiting for run 88; the post step stops it.',
  );
  expect(step.stdout()).toContain('::error::Cancelled (SIGTERM) while waiting for run 88; the post step stops it.');
});

test('runPost: our run, still going when the job ended, is stopped once', async () => {
  const task = newTask();
  emulator.state.fixture.run.runningSeconds = 600;
  const run = emulator.state.startRun(task, 'shared-cluster-internet', 0);
  const state = {
    waiting: 'true',
    task_run_id: String(run.id),
    project: String(DEMO.perftestProject),
    runs_before: '',
    status_api: 'BatchUpdateTaskStatus',
  };
  const step = inProcess({ inputs: inputs(task.id), state });
  await runPost(step.runner);
  expect(step.failed()).toBe(false);
  expect(step.stdout()).toContain(`Stopped run ${run.id} of task ${task.id}: the job ended while waiting for it.`);
  expect(emulator.state.isActive(run)).toBe(false);
  expect(startsAndStops()).toHaveLength(1);
});

test('runPost: after a run seen to end, nothing is sent', async () => {
  const step = inProcess({ inputs: inputs(1), state: { waiting: 'true', ended: 'true', task_run_id: '5' } });
  await runPost(step.runner);
  expect(step.failed()).toBe(false);
  expect(step.stdout()).toContain('::debug::Nothing to stop');
  expect(emulator.received).toHaveLength(0);
});
