// End to end: hostile or odd inputs (issue 12) through the bundles, against the emulator. Refused
// inputs fail the step with one ::error:: line naming the input and send nothing.
import { fileURLToPath } from 'node:url';
import { DEFAULT_FIXTURE, DEMO, demoRunInputs } from '../../emulator/index.js';
import { runStep, visibleOutput, type StepOptions, type StepResult } from '../../emulator/harness/run-step.js';
import { useEmulator } from '../helpers/e2e.js';
import { canListenOn } from '../helpers/ipv6.js';

const RUN_BUNDLE = fileURLToPath(new URL('../../dist/run/index.js', import.meta.url));

/** 2,500 more cases in the demo PerfTest project, for long lists of repeats. */
const BULK = Array.from({ length: 2500 }, (_, i) => ({
  id: 700000 + i,
  name: `bulk-${i}`,
  type: 2 as const,
  status: 1 as const,
  parent_id: 0,
}));
const perftestProjects = DEFAULT_FIXTURE.perftestProjects.map((p) =>
  p.id === DEMO.perftestProject ? { ...p, cases: [...p.cases, ...BULK] } : p,
);

const errorLines = (result: StepResult) => result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
const warningLines = (result: StepResult) => result.stdout.split('\n').filter((line) => line.startsWith('::warning::'));

const IPV6 = await canListenOn('::1');

describe('the create action', () => {
  const harness = useEmulator({ seed: { perftestProjects } });
  const { inputs, step } = harness;

  /** One ::error:: line matching `message`, no outputs, and nothing sent. */
  function refused(result: StepResult, message: RegExp): void {
    expect(result.exitCode).toBe(1);
    const errors = errorLines(result);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(result.outputs).toEqual({});
    expect(harness.emulator.received).toHaveLength(0);
  }

  describe('a password in an endpoint is never printed, and nothing is sent', () => {
    test.each([
      ['endpoint', { endpoint: 'http://user:s3cret@cpts.example.com' }, {}],
      ['endpoint', { endpoint: 'http://user:s3cret' }, {}],
      ['iam_endpoint', { iam_endpoint: 'https://user:s3cret@iam.example.com' }, {}],
      ['HUAWEICLOUD_SDK_IAM_ENDPOINT', {}, { HUAWEICLOUD_SDK_IAM_ENDPOINT: 'http://user:s3cret@iam.example.com' }],
    ])('%s %j %j', async (source, overrides: Record<string, string>, env: Record<string, string>) => {
      const result = await step({ inputs: inputs(overrides), env: { RUNNER_DEBUG: '1', ...env } });
      const named = source === source.toUpperCase() ? `Environment variable ${source}` : `Input "${source}"`;
      refused(result, new RegExp(`^::error::${named} must `));
      const visible = visibleOutput(result);
      expect(visible).not.toContain('s3cret');
      expect(visible).not.toContain('user:');
    });

    test('the refusal says why and where keys go instead', async () => {
      const result = await step({ inputs: inputs({ endpoint: 'http://user:s3cret@cpts.example.com' }) });
      refused(
        result,
        /^::error::Input "endpoint" must not carry credentials .*credentials in the URL are not allowed; give keys through access_key_id\/secret_access_key/,
      );
    });
  });

  describe('task names', () => {
    test.each([
      ['U+202E', '\u202E'],
      ['U+200B', '\u200B'],
      ['U+2066', '\u2066'],
    ])('a name holding %s is refused, named by code point, never echoed raw', async (code, char) => {
      const result = await step({ inputs: inputs({ name: `nightly${char}load` }) });
      refused(
        result,
        new RegExp(`^::error::Input "name" must not contain invisible formatting characters .*got ${code.replace('+', '\\+')} in `),
      );
      expect(visibleOutput(result)).not.toContain(char);
      expect(harness.emulator.tasks()).toHaveLength(0);
    });

    test('42 is counted in UTF-16 code units: 22 emoji (44 units) are refused, 21 are created', async () => {
      const long = await step({ inputs: inputs({ name: '😀'.repeat(22) }) });
      refused(long, /^::error::Input "name" must be at most 42 characters \(the service's limit\), counted in UTF-16 code units .*got 44/);
      const fits = await step({ inputs: inputs({ name: '😀'.repeat(21) }) });
      expect(fits.exitCode).toBe(0);
      expect(fits.outputs.task_name).toBe('😀'.repeat(21));
    });
  });

  test('timeout_seconds below 10 is refused, naming the input, and nothing is sent', async () => {
    const result = await step({ inputs: inputs({ timeout_seconds: '5' }) });
    refused(
      result,
      /^::error::Input "timeout_seconds" must be the bound in seconds on all network work, .*an integer from 10 to 3600; got "5"\.$/,
    );
  });

  test('5,000 ids with repeats make one short warning line', async () => {
    const ids = BULK.map((c) => String(c.id));
    const result = await step({ inputs: inputs({ cases: [...ids, ...ids].join(', ') }) });
    expect(result.exitCode).toBe(0);
    const warnings = warningLines(result).filter((line) => line.includes('Input "cases"'));
    expect(warnings).toEqual([
      `::warning::Input "cases" lists these more than once: ${ids.slice(0, 10).join(', ')} and 2490 more; each case is used once.`,
    ]);
    expect(harness.emulator.tasks()[0].case_id_list).toHaveLength(2500);
  });

  test('cases repeated by id and by name make one short warning line', async () => {
    const some = BULK.slice(0, 30);
    const cases = [...some.map((c) => String(c.id)), ...some.map((c) => c.name)].join('\n');
    const result = await step({ inputs: inputs({ cases }) });
    expect(result.exitCode).toBe(0);
    const first = some
      .slice(0, 10)
      .map((c) => `"${c.name}"`)
      .join(', ');
    expect(warningLines(result)).toEqual([
      `::warning::Input "cases" names the same case more than once (${first} and 20 more); each case is used once.`,
    ]);
    expect(harness.emulator.tasks()[0].case_id_list).toEqual(some.map((c) => c.id));
  });

  test('oidc_audience without identity_provider: the documented notice, and the task is created with the keys', async () => {
    const result = await step({ inputs: inputs({ oidc_audience: 'my-client' }) });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n')).toContain('Input "oidc_audience" is only used with "identity_provider"; ignoring it.');
    expect(harness.emulator.tasks()).toHaveLength(1);
  });
});

describe('the run action', () => {
  const harness = useEmulator({ seed: { run: { waitingSeconds: 1, runningSeconds: 2 } } });

  function newTask(): number {
    return harness.emulator.state.createTask({
      name: 'e2e',
      project_id: DEMO.perftestProject,
      parallel: false,
      operate_mode: 2,
      case_id_list: [...DEMO.cases],
    }).id;
  }

  function runInputs(taskId: number, overrides: Record<string, string> = {}): Record<string, string> {
    return { ...demoRunInputs(harness.emulator.url, taskId), ...overrides };
  }

  const runStepOf = (options: Partial<StepOptions> & { inputs: Record<string, string> }) => runStep(RUN_BUNDLE, options);

  test('wait: false with thresholds warns, naming both inputs, and still starts the run', async () => {
    const taskId = newTask();
    const main = await runStepOf({ inputs: runInputs(taskId, { wait: 'false', thresholds: 'success_rate >= 99.5' }) });
    expect(main.exitCode).toBe(0);
    expect(main.outputs.status).toBe('started');
    expect(warningLines(main)).toEqual([
      '::warning::Input "thresholds" is ignored because "wait" is false: a run that is not waited for is not judged. ' +
        'Set wait to true to judge the run against the thresholds, or leave thresholds out.',
    ]);
  });

  test('timeout_minutes too small to look at the run once is refused, naming the input; nothing is started', async () => {
    const main = await runStepOf({ inputs: runInputs(newTask(), { timeout_minutes: '0.0001' }) });
    expect(main.exitCode).toBe(1);
    const errors = errorLines(main);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::Input "timeout_minutes" must be at least 0\.5 \(30 s\): .*; got "0\.0001"\.$/);
    expect(harness.emulator.received).toHaveLength(0);
  });

  test('timeout_minutes ".5" is half a minute, as the docs allow', async () => {
    const taskId = newTask();
    const main = await runStepOf({ inputs: runInputs(taskId, { timeout_minutes: '.5' }) });
    expect(errorLines(main)).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(main.outputs.status).toBe('passed');
  });
});

(IPV6 ? describe : describe.skip)(`an IPv6 loopback endpoint${IPV6 ? '' : ' (skipped: this machine cannot listen on ::1)'}`, () => {
  const harness = useEmulator({ host: '::1' });

  test('endpoint http://[::1]:PORT creates the task, signed with Host [::1]:PORT', async () => {
    // The endpoint written as a user writes it.
    const endpoint = `http://[::1]:${harness.emulator.port}`;
    const result = await harness.step({ inputs: harness.inputs({ endpoint }) });
    expect(errorLines(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(harness.emulator.tasks()).toHaveLength(1);
    expect(result.outputs.task_id).toBe(String(harness.emulator.tasks()[0].id));
    expect(harness.emulator.received[0].headers.host).toBe(`[::1]:${harness.emulator.port}`);
  });
});
