// End to end: what a user reads when a run times out, when the step fails or is cancelled, when a
// reused task has other cases, and the run action without "project".
import { fileURLToPath } from 'node:url';
import { DEMO, demoRunInputs, faults } from '../../emulator/index.js';
import { runStep, type StepOptions } from '../../emulator/harness/run-step.js';
import { useEmulator } from '../helpers/e2e.js';
import { RESULTS_OUTPUTS } from '../helpers/results.js';

const RUN_BUNDLE = fileURLToPath(new URL('../../dist/run/index.js', import.meta.url));
const harness = useEmulator({ seed: { run: { waitingSeconds: 1, runningSeconds: 2 } } });
const runStepOf = (options: Partial<StepOptions> & { inputs: Record<string, string> }) => runStep(RUN_BUNDLE, options);
const state = () => harness.emulator.state;

function newTask(cases: number[] = [...DEMO.cases]): number {
  return state().createTask({ name: 'e2e', project_id: DEMO.perftestProject, parallel: false, operate_mode: 2, case_id_list: cases }).id;
}
const inputs = (taskId: number, overrides: Record<string, string> = {}) => ({
  ...demoRunInputs(harness.emulator.url, taskId),
  ...overrides,
});

test('a timed-out run: its own sentence, partial figures marked, no verdicts, no figure outputs; the post step stops it', async () => {
  state().fixture.run.runningSeconds = 600;
  const taskId = newTask();
  // The shortest bound allowed: half a minute.
  const main = await runStepOf({ inputs: inputs(taskId, { timeout_minutes: '0.5', thresholds: 'success_rate >= 99.5' }) });
  expect(main.exitCode).toBe(1);
  expect(main.stdout).toMatch(/::error::Run \d+ was still running after timeout_minutes \(0\.5\); the post step stops it\./);
  expect(main.outputs).toEqual({ task_run_id: expect.any(String), status: 'timed_out', ...RESULTS_OUTPUTS });
  expect(main.summary).toContain('### CodeArts PerfTest run timed out ❌');
  expect(main.summary).toContain('The run was still running when timeout_minutes ran out, so it was not judged; the post step stops it.');
  expect(main.summary).toContain('| Figure (partial: the run had not ended) | Value so far |');
  expect(main.summary).not.toContain('| Threshold |');
  expect(main.summary).not.toMatch(/The run (running|waiting)\./);

  const run = state().lastRun(state().tasks.get(taskId)!)!;
  expect(state().isActive(run)).toBe(true);
  const post = await runStepOf({ inputs: inputs(taskId), state: main.state });
  expect(post.exitCode).toBe(0);
  expect(post.stdout).toContain(`Stopped run ${run.id} of task ${taskId}: the job ended while waiting for it.`);
  expect(state().runStatus(run)).toBe(5);
}, 90_000);

test('the wait refused (403): status error, and a summary saying what is known', async () => {
  const taskId = newTask();
  harness.emulator.script('ShowTask', [null, faults.status(403, { code: 'SVCSTG.CPTS.4031001', message: 'permission revoked' })]);
  const main = await runStepOf({ inputs: inputs(taskId) });
  expect(main.exitCode).toBe(1);
  const runId = state().lastRun(state().tasks.get(taskId)!)!.id;
  expect(main.outputs).toEqual({ task_run_id: String(runId), status: 'error', ...RESULTS_OUTPUTS });
  expect(main.summary).toContain('### CodeArts PerfTest run not judged ❌ (the step failed)');
  expect(main.summary).toMatch(
    /The step failed before the run could be judged: ShowTask failed: HTTP 403 SVCSTG.CPTS.4031001: permission revoked/,
  );
  expect(main.summary).toContain(`| Task run id | \`${runId}\` |`);
});

test('cancelled while waiting: status error, and a summary saying the post step stops the run', async () => {
  state().fixture.run.runningSeconds = 600;
  const taskId = newTask();
  const main = await runStepOf({
    inputs: inputs(taskId),
    onStart: (child) => {
      const poll = setInterval(() => {
        if (state().tasks.get(taskId)!.runIds.length === 0) return;
        clearInterval(poll);
        setTimeout(() => child.kill('SIGTERM'), 300);
      }, 20);
    },
  });
  expect(main.exitCode).toBe(1);
  expect(main.outputs.status).toBe('error');
  expect(main.summary).toMatch(
    /The step failed before the run could be judged: Cancelled \(SIGTERM\) while waiting for run \d+; the post step stops it\./,
  );
});

test('"project" left out: the task names its own PerfTest project', async () => {
  const taskId = newTask();
  const { project: _omitted, ...rest } = inputs(taskId);
  const main = await runStepOf({ inputs: rest });
  expect(main.exitCode).toBe(0);
  expect(main.stdout).toContain(`PerfTest project of task ${taskId} -> ${DEMO.perftestProject}`);
  expect(main.outputs.status).toBe('passed');
});

test('"project" that is not the task\'s: an input error naming both, nothing started', async () => {
  const taskId = newTask();
  const main = await runStepOf({ inputs: inputs(taskId, { project: '393870' }) });
  expect(main.exitCode).toBe(1);
  expect(main.stdout).toContain(
    `::error::Input "project" names PerfTest project 393870, but task ${taskId} belongs to PerfTest project ${DEMO.perftestProject}: give ${DEMO.perftestProject}, or leave "project" empty.`,
  );
  expect(state().tasks.get(taskId)!.runIds).toHaveLength(0);
});

describe('the create action', () => {
  test('reuse of a task with other cases: the summary shows its real cases, and a warning says they differ', async () => {
    const existing = state().createTask({
      name: 'fixed-name',
      project_id: DEMO.perftestProject,
      parallel: false,
      operate_mode: 2,
      case_id_list: [449273],
    });
    const result = await harness.step({ inputs: harness.inputs({ name: 'fixed-name', if_exists: 'reuse' }) });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ task_id: String(existing.id), project: String(DEMO.perftestProject) });
    expect(result.stdout).toContain(
      `::warning::Task ${existing.id} "fixed-name" is reused with its own 1 case (449273), not the ones asked for (449269, 449270)`,
    );
    expect(result.summary).toContain('| Case | `449273` |');
  });

  test('the resolved PerfTest project is an output, for the next step', async () => {
    const result = await harness.step({ inputs: harness.inputs({ project: 'checkout-perf' }) });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.project).toBe(String(DEMO.perftestProject));
  });
});
