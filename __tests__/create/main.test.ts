// The create action's entry point and its steps, in-process against the emulator: what the runner
// receives (outputs, summary, log, exported keys, failure) and what exists in the cloud afterwards.
import { DEMO, demoInputs, faults, startEmulator, type Emulator } from '../../emulator/index.js';
import { announce, casesOfTask, connect, readConfig, resolveTarget, runCreate } from '../../src/create/main.js';
import { inProcess, type InProcess } from '../helpers/runner.js';

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(() => emulator.stop());

/** A session for one step's settings, as runCreate opens it. */
const sessionOf = (step: InProcess) => connect(step.runner, readConfig(step.runner));

/** Resolves once `check` holds (polled every 20 ms). */
async function waitFor(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 20));
}

const inputs = (overrides: Record<string, string> = {}) => ({ ...demoInputs(emulator.url), ...overrides });

test('runCreate: one task; its id, name and PerfTest project as outputs; the summary written', async () => {
  const step = inProcess({ inputs: inputs() });
  await runCreate(step.runner, step.signals);
  expect(step.failed()).toBe(false);
  expect(emulator.tasks()).toHaveLength(1);
  const [task] = emulator.tasks();
  expect(step.outputs()).toEqual({ task_id: String(task.id), task_name: task.name, project: String(DEMO.perftestProject) });
  expect(task.name).toBe('checkout-servi-pr42-11223344556-2-perftest');
  expect(step.summary()).toContain('### CodeArts PerfTest task created');
  expect(step.stdout()).toContain(`Created CodeArts PerfTest task ${task.id} "${task.name}"`);
});

test('runCreate: a bad input fails the step naming it, and nothing is sent', async () => {
  const step = inProcess({ inputs: inputs({ cases: '' }) });
  await runCreate(step.runner, step.signals);
  expect(step.failed()).toBe(true);
  expect(step.stdout()).toContain('::error::Input "cases" is required');
  expect(emulator.received).toHaveLength(0);
  expect(step.outputs()).toEqual({});
});

test('runCreate: secrets given as inputs are masked before anything else is written', async () => {
  const step = inProcess({ inputs: inputs() });
  await runCreate(step.runner, step.signals);
  const lines = step.stdout().split('\n');
  expect(lines[0]).toBe(`::add-mask::${DEMO.sk}`);
  expect(lines.slice(1).join('\n')).not.toContain(DEMO.sk);
});

test('runCreate: cancelled while CreateNewTask is in flight, the message says a task may exist and the step exits', async () => {
  emulator.script('CreateNewTask', [faults.delay(1500)]);
  const step = inProcess({ inputs: inputs() });
  const done = runCreate(step.runner, step.signals);
  await waitFor(() => emulator.received.some((r) => r.operation === 'CreateNewTask'));
  step.signals.cancel('SIGTERM');
  expect(step.signals.exitCode).toBe(1);
  expect(step.stdout()).toContain(
    `::error::Cancelled (SIGTERM) while creating the task: a task named "checkout-servi-pr42-11223344556-2-perftest" may have been created in PerfTest project ${DEMO.perftestProject}.`,
  );
  await done; // the in-process stand-in for exit() returns, so the step goes on to the end
});

test('readConfig logs the warnings of the settings', () => {
  const step = inProcess({ inputs: inputs({ cases: '449269, 449269' }) });
  const config = readConfig(step.runner);
  expect(config.cases).toEqual([{ id: 449269 }]);
  expect(step.stdout()).toContain('::warning::Input "cases" lists these more than once: 449269; each case is used once.');
});

test('resolveTarget: names become ids, and the generated name comes from the pull request', async () => {
  const step = inProcess({ inputs: inputs({ project: 'checkout-perf', cases: 'browse-catalogue' }) });
  const config = readConfig(step.runner);
  const target = await resolveTarget(step.runner, config, (await sessionOf(step)).client);
  expect(target).toEqual({ name: 'checkout-servi-pr42-11223344556-2-perftest', testSuiteId: DEMO.perftestProject, caseIds: [449269] });
  expect(step.stdout()).toContain('case "browse-catalogue" -> 449269');
});

test('casesOfTask: a reused task keeps its own cases, with a warning naming both lists', async () => {
  const existing = emulator.state.createTask({
    name: 'fixed',
    project_id: DEMO.perftestProject,
    parallel: false,
    operate_mode: 2,
    case_id_list: [DEMO.cases[0]],
  });
  const step = inProcess({ inputs: inputs() });
  const { client } = await sessionOf(step);
  const target = { name: 'fixed', testSuiteId: DEMO.perftestProject, caseIds: [...DEMO.cases] };
  const cases = await casesOfTask(step.runner, client, target, { taskId: existing.id, origin: 'reused' });
  expect(cases).toEqual([DEMO.cases[0]]);
  expect(step.stdout()).toContain(
    `::warning::Task ${existing.id} "fixed" is reused with its own 1 case (${DEMO.cases[0]}), not the ones asked for (${DEMO.cases.join(', ')})`,
  );
});

test('announce: outputs and the log line; with export_credentials and keys, nothing is exported', async () => {
  const step = inProcess({ inputs: inputs({ export_credentials: 'true' }) });
  const config = readConfig(step.runner);
  announce(
    step.runner,
    config,
    await sessionOf(step),
    { name: 'n', testSuiteId: 7, caseIds: [1] },
    { taskId: 9, origin: 'created', requestId: 'r1' },
  );
  expect(step.outputs()).toEqual({ task_id: '9', task_name: 'n', project: '7' });
  expect(step.stdout()).toContain('Created CodeArts PerfTest task 9 "n" in PerfTest project 7 with 1 case (X-Request-Id r1).');
  expect(step.exported()).toEqual({});
});
