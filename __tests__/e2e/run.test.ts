// End to end: dist/run/index.js (main and post steps) as the runner runs it, against the emulator,
// whose runs wait 1 s and run 2 s here.
import { fileURLToPath } from 'node:url';
import { DEMO, demoRunInputs } from '../../emulator/index.js';
import { runStep, type StepOptions } from '../../emulator/harness/run-step.js';
import { useEmulator } from '../helpers/e2e.js';
import { RESULTS_OUTPUTS } from '../helpers/results.js';

const RUN_BUNDLE = fileURLToPath(new URL('../../dist/run/index.js', import.meta.url));
const harness = useEmulator({ seed: { run: { waitingSeconds: 1, runningSeconds: 2 } } });

function newTask(cases: number[] = [...DEMO.cases]): number {
  return harness.emulator.state.createTask({
    name: 'e2e',
    project_id: DEMO.perftestProject,
    parallel: false,
    operate_mode: 2,
    case_id_list: cases,
  }).id;
}

function runInputs(taskId: number, overrides: Record<string, string> = {}): Record<string, string> {
  return { ...demoRunInputs(harness.emulator.url, taskId), ...overrides };
}

const runStepOf = (options: Partial<StepOptions> & { inputs: Record<string, string> }) => runStep(RUN_BUNDLE, options);
const lastRun = (taskId: number) => harness.emulator.state.lastRun(harness.emulator.state.tasks.get(taskId)!)!;

test('a passing run: started, followed, judged; outputs, state lines and summary', async () => {
  const taskId = newTask();
  const main = await runStepOf({ inputs: runInputs(taskId, { thresholds: 'success_rate >= 99.5, avg_response_time <= 300' }) });
  expect(main.stderr).toBe('');
  expect(main.exitCode).toBe(0);
  const run = lastRun(taskId);
  expect(main.outputs).toMatchObject({ task_run_id: String(run.id), status: 'passed' });
  expect(Number(main.outputs.success_rate)).toBeGreaterThan(99.5);
  expect(Number(main.outputs.avg_response_time)).toBeLessThanOrEqual(300);
  expect(Number(main.outputs.request_count)).toBeGreaterThan(0);
  expect(main.outputs).toHaveProperty('rps');
  expect(main.outputs).toHaveProperty('error_request_count');
  // The task shows a start 2 s late here (the emulator's start lag), when the 1 s wait is over.
  expect(main.stdout).toMatch(new RegExp(`Run ${run.id}: starting \\(the task does not show it yet\\) \\(\\d+s\\)`));
  expect(main.stdout).toMatch(new RegExp(`Run ${run.id}: running \\(\\d+s\\)`));
  expect(main.stdout).toMatch(new RegExp(`Run ${run.id}: finished \\(\\d+s\\)`));
  expect(main.stdout).toContain(
    `Started run ${run.id} of task ${taskId} in PerfTest project ${DEMO.perftestProject} (BatchUpdateTaskStatus).`,
  );
  // One line per change of state, not one per poll.
  expect(main.stdout.split('\n').filter((l) => l.startsWith(`Run ${run.id}: running`))).toHaveLength(1);
  expect(main.summary).toContain('### CodeArts PerfTest run passed ✅');
  expect(main.summary).toContain('| `success_rate >= 99.5` |');
  expect(main.summary).toContain(`| Task run id | \`${run.id}\` |`);
  expect(main.summary).toMatch(/\| Wall time \(started to ended\) \| \d+ s \|/);
  expect(main.summary).toMatch(/\| Load duration \(time under load, from the report\) \| \d+ s \|/);

  const post = await runStepOf({ inputs: runInputs(taskId), state: main.state });
  expect(post.exitCode).toBe(0);
  expect(harness.emulator.received.filter((r) => /UpdateTaskStatus$/.test(r.operation ?? ''))).toHaveLength(1);
});

test('a run that breaks each kind of threshold fails, listing expected and actual values', async () => {
  const taskId = newTask();
  const thresholds = 'success_rate >= 99.99\navg_response_time < 100\nerror_request_count == 0\nrps > 10000\nmax_users != 100';
  const main = await runStepOf({ inputs: runInputs(taskId, { thresholds }) });
  expect(main.exitCode).toBe(1);
  expect(main.outputs.status).toBe('failed');
  const error = main.stdout.split('\n').find((l) => l.startsWith('::error::'))!;
  expect(error).toMatch(
    /^::error::Run \d+ broke 5 thresholds: success_rate >= 99\.99 \(actual 99\.\d+\); avg_response_time < 100 \(actual \d+(\.\d+)?\); error_request_count == 0 \(actual \d+\); rps > 10000 \(actual 600\.25\); max_users != 100 \(actual 100\)$/,
  );
  expect(main.summary).toContain('### CodeArts PerfTest run failed ❌ (thresholds broken)');
  expect(main.summary.match(/❌ fail/g)).toHaveLength(5);
});

test('a run that ends abnormally is aborted and fails the step', async () => {
  const taskId = newTask([449274]);
  const main = await runStepOf({ inputs: runInputs(taskId) });
  expect(main.exitCode).toBe(1);
  expect(main.outputs.status).toBe('aborted');
  expect(main.stdout).toMatch(/::error::Run \d+ ended abnormally \(run_status 3\)\./);
  expect(main.summary).toContain('### CodeArts PerfTest run aborted ❌');
});

test('a cancelled job: the main step stops at SIGTERM and the post step stops the run', async () => {
  const taskId = newTask();
  harness.emulator.state.fixture.run.runningSeconds = 600;
  const main = await runStepOf({
    inputs: runInputs(taskId),
    onStart: (child) => {
      const poll = setInterval(() => {
        if (harness.emulator.received.some((r) => r.operation === 'ShowTask' && r.status === 200 && lastRunExists(taskId))) {
          clearInterval(poll);
          setTimeout(() => child.kill('SIGTERM'), 200);
        }
      }, 50);
    },
  });
  expect(main.exitCode).toBe(1);
  expect(main.stdout).toMatch(/::error::Cancelled \(SIGTERM\) while waiting for run \d+; the post step stops it\./);
  const post = await runStepOf({ inputs: runInputs(taskId), state: main.state });
  expect(post.exitCode).toBe(0);
  expect(harness.emulator.state.runStatus(lastRun(taskId))).toBe(5);
});

test('wait: false starts the run and leaves it running, also through the post step', async () => {
  const taskId = newTask();
  harness.emulator.state.fixture.run.runningSeconds = 600;
  const main = await runStepOf({ inputs: runInputs(taskId, { wait: 'false' }) });
  expect(main.exitCode).toBe(0);
  expect(main.outputs).toEqual({ task_run_id: String(lastRun(taskId).id), status: 'started', ...RESULTS_OUTPUTS });
  expect(main.summary).toContain('### CodeArts PerfTest run started (not waited for)');
  const post = await runStepOf({ inputs: runInputs(taskId, { wait: 'false' }), state: main.state });
  expect(post.exitCode).toBe(0);
  expect(harness.emulator.state.isActive(lastRun(taskId))).toBe(true);
  expect(harness.emulator.received.filter((r) => /UpdateTaskStatus$/.test(r.operation ?? ''))).toHaveLength(1);
});

test('an unknown threshold field is an input error listing the fields; nothing is started', async () => {
  const main = await runStepOf({ inputs: runInputs(newTask(), { thresholds: 'latency < 200' }) });
  expect(main.exitCode).toBe(1);
  expect(main.stdout).toMatch(
    /::error::Input "thresholds" names an unknown field "latency"; the fields are success_rate, rps, avg_response_time, /,
  );
  expect(harness.emulator.received).toHaveLength(0);
});

function lastRunExists(taskId: number): boolean {
  return harness.emulator.state.tasks.get(taskId)!.runIds.length > 0;
}

test('keyless: the temporary keys are asked to outlast the wait (timeout_minutes plus ten minutes)', async () => {
  const taskId = newTask();
  const { project, project_id, endpoint } = harness.inputs();
  const main = await runStepOf({
    inputs: {
      task_id: String(taskId),
      project,
      project_id,
      endpoint,
      poll_seconds: '1',
      timeout_minutes: '30',
      identity_provider: DEMO.identityProvider,
      iam_endpoint: harness.emulator.url,
    },
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${harness.emulator.url}/_runner/idtoken?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: DEMO.runnerRequestToken,
    },
  });
  expect(main.exitCode).toBe(0);
  const exchange = harness.emulator.received.find((r) => r.operation === 'CreateTemporaryAccessKeyByToken')!;
  expect(JSON.parse(exchange.body).auth.identity.token.duration_seconds).toBe(2400);
});
