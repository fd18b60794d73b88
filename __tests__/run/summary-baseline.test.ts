/**
 * @jest-environment jsdom
 */
// The job summary with a baseline: this run beside the baseline, the baseline's ids, the thresholds
// with their limits, and the trend charts (parsed by Mermaid; jsdom is for its DOMPurify). Without
// a baseline the summary is as it was (summary.test.ts, and the last test here).
import mermaid from 'mermaid';
import type { Baseline, TrendPoint } from '../../src/run/gate-model.js';
import type { Kpis } from '../../src/run/kpis.js';
import { renderRunSummary, type RunSummary } from '../../src/run/summary.js';
import { judgeThresholds, parseThresholds } from '../../src/run/thresholds.js';

const kpis: Kpis = {
  success_rate: 99.8,
  rps: 600.25,
  avg_response_time: 158.6,
  avg_tp90: 250,
  request_count: 180075,
  error_request_count: 360,
  max_users: 50,
};
const baselineKpis: Kpis = {
  success_rate: 99.9,
  rps: 610,
  avg_response_time: 132.2,
  avg_tp90: 240,
  request_count: 183000,
  error_request_count: 0,
};

const trend: TrendPoint[] = [
  { taskRunId: 7699980, startTime: '2026-11-25T10:00:00Z', kpis: { avg_response_time: 128.4, avg_tp90: 236 } },
  { taskRunId: 7699990, startTime: '2026-11-26T10:00:00Z', kpis: { avg_response_time: 130.1 } },
  { taskRunId: 7700001, startTime: '2026-11-27T10:00:00Z', kpis: baselineKpis },
];

const found = (over: Partial<Extract<Baseline, { kind: 'found' }>['run']> = {}, points = trend): Baseline => ({
  kind: 'found',
  calls: 4,
  run: { source: 'task', taskId: 1199990, taskRunId: 7700001, startTime: '2026-11-27T10:00:00Z', kpis: baselineKpis, ...over },
  trend: points,
});

function summary(rules: string, baseline: Baseline | undefined, onMissing: 'warn' | 'fail' = 'warn'): RunSummary {
  const verdicts = judgeThresholds(
    parseThresholds('thresholds', rules),
    kpis,
    baseline?.kind === 'found' ? baseline.run.kpis : undefined,
    onMissing,
  );
  return {
    status: verdicts.every((v) => v.passed) ? 'passed' : 'failed',
    ending: 'finished',
    taskId: 1200001,
    taskRunId: 7700002,
    testSuiteId: 393862,
    kpis,
    verdicts,
    startTime: '2026-11-28T10:00:00Z',
    endTime: '2026-11-28T10:05:00Z',
    durationSeconds: 300,
    baseline,
  };
}

const RULES = 'success_rate >= 99.5, avg_response_time <= baseline + 10%, avg_tp90 <= baseline + 10% + 50';

/** The ```mermaid blocks of a summary, each parsed. */
async function charts(text: string): Promise<string[]> {
  const blocks = [...text.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]);
  for (const block of blocks) await expect(mermaid.parse(block)).resolves.toMatchObject({ diagramType: 'xychart' });
  return blocks;
}

test('a baseline: every figure beside it with the change (the arrow on Δ only), and the baseline run named', () => {
  const text = renderRunSummary(summary(RULES, found()));
  expect(text).toContain(
    'Baseline: run `7700001` of task `1199990`, the newest run of that task that finished normally, started 2026-11-27T10:00:00Z.',
  );
  expect(text).toContain(
    [
      '| Figure | This run | Baseline | Δ | Δ % |',
      '|---|--:|--:|--:|--:|',
      '| Success rate | 99.8 % | 99.9 % | ▼ -0.1 pts | -0.1 % |',
      '| Requests per second | 600.25 | 610 | ▼ -9.75 | -1.6 % |',
      '| Average response time | 158.6 ms | 132.2 ms | ▲ +26.4 ms | +19.97 % |',
      '| 90th percentile response time | 250 ms | 240 ms | ▲ +10 ms | +4.17 % |',
      '| Requests | 180,075 | 183,000 | ▼ -2,925 | -1.6 % |',
      '| Failed requests | 360 | 0 | ▲ +360 | n/a |',
      '| Peak concurrent users | 50 | n/a | n/a | n/a |',
      '',
    ].join('\n'),
  );
  expect(text.indexOf('Baseline: run')).toBeLessThan(text.indexOf('| Figure |'));
});

test('how the baseline was found: a task, a run id, an earlier results.json; unknown ids left out', () => {
  expect(renderRunSummary(summary(RULES, found({ source: 'run', taskId: undefined })))).toContain(
    'Baseline: run `7700001`, the run the baseline input names, started',
  );
  expect(renderRunSummary(summary(RULES, found({ source: 'file', taskRunId: undefined, startTime: undefined })))).toContain(
    "Baseline: a run of unknown id of task `1199990`, from an earlier run's results.json.",
  );
});

test('the thresholds gain Limit and Baseline columns when a rule compares with the baseline', () => {
  const text = renderRunSummary(summary(RULES, found()));
  expect(text).toContain(
    [
      '| Threshold | Actual | Limit | Baseline | Result |',
      '|---|---|---|---|---|',
      '| `success_rate >= 99.5` | 99.8 | 99.5 | — | ✅ pass |',
      '| `avg_response_time <= baseline + 10%` | 158.6 | 145.42 | 132.2 | ❌ fail |',
      '| `avg_tp90 <= baseline + 10% + 50` | 250 | 290 | 240 | ✅ pass |',
      '',
    ].join('\n'),
  );
});

test('a baseline asked for and missing: one line with the reason; baseline rules warn, or fail with on_missing_baseline: fail', () => {
  const missing: Baseline = { kind: 'none', reason: 'task main-perf has no run that finished normally.', calls: 2 };
  const warned = renderRunSummary(summary(RULES, missing));
  expect(warned).toContain('No baseline: task main-perf has no run that finished normally.\n');
  expect(warned).toContain('| Figure | Value |');
  expect(warned).toContain('| `avg_response_time <= baseline + 10%` | 158.6 | n/a | n/a | ⚠️ no baseline |');
  expect(warned).not.toContain('<details>');
  const failed = renderRunSummary(summary(RULES, missing, 'fail'));
  expect(failed).toContain('### CodeArts PerfTest run failed ❌ (thresholds broken)');
  expect(failed).toContain('| `avg_response_time <= baseline + 10%` | 158.6 | n/a | n/a | ❌ no baseline |');
});

test('unjudgeable (a baseline of 0 under a percentage): ⚠️, or ❌ when it fails the step', () => {
  const rules = 'error_request_count <= baseline + 10%';
  expect(renderRunSummary(summary(rules, found()))).toContain(
    '| `error_request_count <= baseline + 10%` | 360 | n/a | 0 | ⚠️ unjudgeable |',
  );
  expect(renderRunSummary(summary(rules, found(), 'fail'))).toContain(
    '| `error_request_count <= baseline + 10%` | 360 | n/a | 0 | ❌ unjudgeable |',
  );
});

test("trend: one chart per figure a baseline rule judges, in the rules' order, the earlier runs then this run", async () => {
  const text = renderRunSummary(summary(RULES, found()));
  expect(text).toContain(
    '<details><summary>Trend: Average response time, 90th percentile response time</summary>\n\n' +
      'Earlier runs by run id, oldest first (the baseline is run `7700001`); the last point is this run.\n\n```mermaid\n',
  );
  // Folded, closed before the ids; blank lines around the blocks, as GitHub needs inside <details>.
  expect(text).toContain('```\n\n</details>\n\n| | |');
  const blocks = await charts(text);
  expect(blocks).toHaveLength(2);
  expect(blocks[0]).toContain(
    'title "Average response time"\n    x-axis ["7699980", "7699990", "7700001", "this run"]\n    y-axis "ms" 0 --> 180\n',
  );
  expect(blocks[0]).toContain('line [128.4, 130.1, 132.2, 158.6]');
  // Only the runs with the figure: 7699990 has no avg_tp90.
  expect(blocks[1]).toContain('x-axis ["7699980", "7700001", "this run"]');
  expect(text.indexOf('<details>')).toBeGreaterThan(text.indexOf('| Threshold |'));
  expect(text.indexOf('<details>')).toBeLessThan(text.indexOf('| Task id |'));
});

test('at most three charts, one per figure however many rules name it', async () => {
  const rules = [
    'avg_tp90 <= baseline + 10%',
    'avg_tp90 < baseline + 20%',
    'rps >= baseline - 5%',
    'avg_response_time <= baseline + 10%',
    'request_count >= baseline - 10%',
  ].join('\n');
  const points: TrendPoint[] = [{ taskRunId: 1, kpis: { avg_tp90: 1, rps: 1, avg_response_time: 1, request_count: 1 } }, ...trend];
  const blocks = await charts(renderRunSummary(summary(rules, found({}, points))));
  expect(blocks.map((b) => /title "(.*)"/.exec(b)?.[1])).toEqual([
    '90th percentile response time',
    'Requests per second',
    'Average response time',
  ]);
});

test('too few runs with a figure: one sentence instead of its chart; no trend at all when trend_runs gave none', async () => {
  const text = renderRunSummary(
    summary('rps >= baseline - 5%, max_users >= baseline - 10%', found({}, [{ taskRunId: 7700001, kpis: {} }])),
  );
  expect(await charts(text)).toHaveLength(0);
  expect(text).toContain('Requests per second: only one run has this figure, too few to chart.\n');
  expect(text).toContain('Peak concurrent users: only one run has this figure, too few to chart.\n');
  const none = renderRunSummary(summary(RULES, found({}, [])));
  expect(none).not.toContain('<details>');
});

test('a run that did not end, beside its baseline: the figures marked partial', () => {
  const s = { ...summary(RULES, found()), status: 'timed_out' as const, detail: 'running', verdicts: [] };
  expect(renderRunSummary(s)).toContain('| Figure (partial: the run had not ended) | So far | Baseline | Δ | Δ % |');
});

test('no baseline asked for, or a summary without the field: the summary is as it was', () => {
  const plain = summary('success_rate >= 99.5, rps >= 5', undefined);
  const notAsked = renderRunSummary({ ...plain, baseline: { kind: 'none', reason: undefined, calls: 0 } });
  expect(notAsked).toBe(renderRunSummary(plain));
  expect(notAsked).toContain('| Figure | Value |\n|---|---|\n| Success rate | 99.8 % |');
  expect(notAsked).toContain('| Threshold | Actual | Result |\n|---|---|---|\n| `success_rate >= 99.5` | 99.8 | ✅ pass |');
  expect(notAsked).not.toMatch(/Baseline|baseline|Trend|mermaid/);
});
