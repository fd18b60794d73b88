// The run action's pure parts: thresholds, figures from the report outline, settings.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/common/errors.js';
import { kpisOf } from '../../src/run/kpis.js';
import { judgeThresholds, parseThresholds } from '../../src/run/thresholds.js';
import { RUN_INPUTS, resolveRunConfig, type RawRunInputs } from '../../src/run/config.js';

describe('thresholds', () => {
  test('every operator, separated by commas, semicolons or newlines', () => {
    const rules = parseThresholds('thresholds', 'rps > 10, rps >= 10; rps < 11\nrps <= 10 ,rps == 10, rps != 11');
    expect(rules.map((r) => r.text)).toEqual(['rps > 10', 'rps >= 10', 'rps < 11', 'rps <= 10', 'rps == 10', 'rps != 11']);
    expect(judgeThresholds(rules, { rps: 10 }).map((v) => v.passed)).toEqual([false, true, true, true, true, true]);
    expect(judgeThresholds(rules, { rps: 11 }).map((v) => v.passed)).toEqual([true, true, false, false, false, false]);
  });

  test('empty is no thresholds; decimals and negative numbers parse', () => {
    expect(parseThresholds('thresholds', '')).toEqual([]);
    expect(parseThresholds('thresholds', 'success_rate >= 99.95')[0]).toMatchObject({
      field: 'success_rate',
      operator: '>=',
      value: 99.95,
    });
  });

  test('a figure missing from the report breaks its rule', () => {
    const [verdict] = judgeThresholds(parseThresholds('thresholds', 'avg_tp90 <= 100'), {});
    expect(verdict).toMatchObject({ passed: false, actual: undefined });
  });

  test.each([
    ['latency < 200', /unknown field "latency"; the fields are success_rate, rps, avg_response_time/],
    ['rps => 5', /"rps => 5" is not one/],
    ['rps > fast', /"rps > fast" is not one/],
    ['rps', /"rps" is not one/],
  ])('%j is an input error', (text, message) => {
    expect(() => parseThresholds('thresholds', text)).toThrow(InputError);
    expect(() => parseThresholds('thresholds', text)).toThrow(message);
  });
});

test('figures come from core_index, response times from core_index.response_time', () => {
  expect(
    kpisOf({
      core_index: {
        success_rate: 99.5,
        rps: '42',
        request_count: 100,
        response_time: { avg_response_time: 120.5, avg_tp90: 200 },
        max_users: 'n/a',
      },
    }),
  ).toEqual({ success_rate: 99.5, rps: 42, request_count: 100, avg_response_time: 120.5, avg_tp90: 200 });
});

describe('run settings', () => {
  const raw = (overrides: Partial<RawRunInputs> = {}): RawRunInputs => ({
    ...(Object.fromEntries(RUN_INPUTS.map((n) => [n, ''])) as RawRunInputs),
    task_id: '1200001',
    project: '393862',
    region: 'cn-north-4',
    project_id: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
    access_key_id: 'AK',
    secret_access_key: 'SK',
    ...overrides,
  });

  test('defaults', () => {
    expect(resolveRunConfig(raw(), {})).toMatchObject({
      taskId: 1200001,
      testSuite: { id: 393862 },
      clusterType: 'shared-cluster-internet',
      clusterId: 0,
      wait: true,
      timeoutMs: 3_600_000,
      pollMs: 15_000,
      thresholds: [],
    });
  });

  test.each([
    [{ task_id: '' }, /Input "task_id" is required/],
    [{ task_id: 'abc' }, /Input "task_id" must be a CodeArts PerfTest task id/],
    [{ cluster_type: 'dedicated' }, /Input "cluster_type" must be one of shared-cluster-internet, private-cluster; got "dedicated"/],
    [{ cluster_type: 'private-cluster' }, /Input "cluster_id" must be the private resource group's id/],
    [{ wait: 'maybe' }, /Input "wait" must be true or false/],
    [{ timeout_minutes: '0' }, /Input "timeout_minutes" must be at least 0.5 \(30 s\): .*; got "0"/],
    [{ timeout_minutes: '2h' }, /Input "timeout_minutes" must be a number of minutes from 0.5 to 1440, decimals allowed .*; got "2h"/],
    [{ poll_seconds: '0' }, /Input "poll_seconds" must be the seconds between status checks: an integer from 1 to 600; got "0"/],
  ] as const)('%j', (overrides, message) => {
    expect(() => resolveRunConfig(raw(overrides), {})).toThrow(message);
  });

  test('timeout_minutes may have decimals', () => {
    expect(resolveRunConfig(raw({ timeout_minutes: '0.5' }), {}).timeoutMs).toBe(30_000);
  });

  test('project may be left out: the task names its own', () => {
    expect(resolveRunConfig(raw({ project: '' }), {}).testSuite).toBeUndefined();
  });

  test.each([
    ['.5', 30_000],
    ['1.', 60_000],
  ])('timeout_minutes %j is accepted, as YAML writes decimals', (text, ms) => {
    expect(resolveRunConfig(raw({ timeout_minutes: text }), {}).timeoutMs).toBe(ms);
  });

  test.each(['0.0001', '0.49', '.1'])('timeout_minutes %j is too short for one look at the run: an error naming the input', (text) => {
    const run = () => resolveRunConfig(raw({ timeout_minutes: text }), {});
    expect(run).toThrow(InputError);
    expect(run).toThrow(
      `Input "timeout_minutes" must be at least 0.5 (30 s): the step starts the run and takes a first look at it after up to 10 s, ` +
        `and one request alone may take 30 s; got "${text}".`,
    );
  });

  test.each(['1e1', '+1', '-1', '0x10', '1.2.3', 'Infinity', '.', '1441'])(
    'timeout_minutes %j is not a number of minutes in range',
    (text) => {
      expect(() => resolveRunConfig(raw({ timeout_minutes: text }), {})).toThrow(
        `Input "timeout_minutes" must be a number of minutes from 0.5 to 1440, decimals allowed (e.g. 0.5 or 90); got "${text}".`,
      );
    },
  );

  test('wait: false with thresholds warns, naming both inputs; either alone says nothing', () => {
    expect(resolveRunConfig(raw({ wait: 'false', thresholds: 'success_rate >= 99' }), {}).warnings).toEqual([
      'Input "thresholds" is ignored because "wait" is false: a run that is not waited for is not judged. ' +
        'Set wait to true to judge the run against the thresholds, or leave thresholds out.',
    ]);
    expect(resolveRunConfig(raw({ thresholds: 'success_rate >= 99' }), {}).warnings).toEqual([]);
    expect(resolveRunConfig(raw({ wait: 'false' }), {}).warnings).toEqual([]);
  });
});

describe('regression gate settings', () => {
  const raw = (overrides: Partial<RawRunInputs> = {}): RawRunInputs => ({
    ...(Object.fromEntries(RUN_INPUTS.map((n) => [n, ''])) as RawRunInputs),
    task_id: '1200001',
    region: 'cn-north-4',
    access_key_id: 'AK',
    secret_access_key: 'SK',
    ...overrides,
  });

  test('defaults: no baseline, warn, ten runs charted, results under RUNNER_TEMP (or the system temp folder)', () => {
    expect(resolveRunConfig(raw(), { RUNNER_TEMP: '/runner/_temp' }).gate).toEqual({
      baseline: undefined,
      onMissingBaseline: 'warn',
      trendRuns: 10,
      resultsDir: join('/runner/_temp', 'codearts-perftest'),
      caseDetails: true,
    });
    expect(resolveRunConfig(raw(), {}).gate.resultsDir).toBe(join(tmpdir(), 'codearts-perftest'));
  });

  test('each form of baseline, and the other settings as given', () => {
    const gate = (overrides: Partial<RawRunInputs>) => resolveRunConfig(raw(overrides), {}).gate;
    expect(gate({ baseline: 'task:main-perf' }).baseline).toEqual({ kind: 'task', task: { name: 'main-perf' } });
    expect(gate({ baseline: 'task:1200000' }).baseline).toEqual({ kind: 'task', task: { id: 1200000 } });
    expect(gate({ baseline: 'run:7700001' }).baseline).toEqual({ kind: 'run', taskRunId: 7700001 });
    expect(gate({ baseline: 'file:./main/results.json' }).baseline).toEqual({ kind: 'file', path: './main/results.json' });
    expect(gate({ on_missing_baseline: 'fail', trend_runs: '0', results_dir: 'out' })).toMatchObject({
      onMissingBaseline: 'fail',
      trendRuns: 0,
      resultsDir: 'out',
    });
  });

  test.each([
    [{ baseline: 'main' }, /Input "baseline" must be task:<task name or id>, run:<task_run_id> or file:.*; got "main"/],
    [{ baseline: 'run:abc' }, /Input "baseline" must be .*\(run: takes a task run id.*; got "run:abc"/],
    [{ on_missing_baseline: 'ignore' }, /Input "on_missing_baseline" must be one of warn, fail; got "ignore"/],
    [{ trend_runs: '51' }, /Input "trend_runs" must be the number of earlier runs to chart: an integer from 0 to 50; got "51"/],
  ] as const)('%j', (overrides, message) => {
    expect(() => resolveRunConfig(raw(overrides), {})).toThrow(message);
  });

  test('wait: false with a baseline warns that it is ignored', () => {
    expect(resolveRunConfig(raw({ wait: 'false', baseline: 'task:main-perf' }), {}).warnings).toEqual([
      'Input "baseline" is ignored because "wait" is false: a run that is not waited for is not compared with one.',
    ]);
  });
});
