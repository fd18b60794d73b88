// results.json (schema 1) from the run's summary data, and the three files written to results_dir.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { VERSION } from '../../src/common/version.js';
import type { CaseReport } from '../../src/run/case-report.js';
import { scopedSource } from '../../src/run/case-scope.js';
import type { Baseline } from '../../src/run/gate-model.js';
import { renderJunit } from '../../src/run/junit.js';
import type { Kpis } from '../../src/run/kpis.js';
import { buildResults, writeResultsFiles, type ResultsInput } from '../../src/run/results.js';
import { judgeThresholds, parseThresholds } from '../../src/run/thresholds.js';

const kpis: Kpis = {
  success_rate: 99.8,
  rps: 600.25,
  avg_response_time: 158.6,
  avg_tp90: 250.000000000002,
  max_rps: 0.1 + 0.2,
  request_count: 1800,
};
const baselineKpis: Kpis = { success_rate: 99.9, rps: 0, avg_response_time: 132.2, avg_tp90: 240, trans_tps: 12 };

const found: Baseline = {
  kind: 'found',
  calls: 4,
  run: {
    source: 'task',
    taskId: 1199990,
    taskRunId: 7700001,
    startTime: '2026-11-27T10:00:00Z',
    endTime: '2026-11-27T10:05:00Z',
    kpis: baselineKpis,
  },
  trend: [
    { taskRunId: 7699990, startTime: '2026-11-26T10:00:00Z', kpis: { avg_response_time: 130.10000000000002 } },
    { taskRunId: 7700001, startTime: '2026-11-27T10:00:00Z', kpis: baselineKpis },
  ],
};

function input(baseline: Baseline | undefined, rules = 'avg_response_time <= baseline + 10%, success_rate >= 99.5'): ResultsInput {
  const verdicts = judgeThresholds(parseThresholds('thresholds', rules), kpis, baseline?.kind === 'found' ? baseline.run.kpis : undefined);
  return {
    status: verdicts.every((v) => v.passed) ? 'passed' : 'failed',
    ending: 'finished',
    runStatus: 2,
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

test('the run: ids, status, times, and every figure of the report rounded to 4 decimals', () => {
  const results = buildResults(input(found));
  expect(results).toMatchObject({ schema: 1, tool: 'codearts-perftest-action', version: VERSION });
  expect(results.run).toEqual({
    taskId: 1200001,
    taskRunId: 7700002,
    testSuiteId: 393862,
    status: 'failed',
    runStatus: 2,
    startTime: '2026-11-28T10:00:00Z',
    endTime: '2026-11-28T10:05:00Z',
    durationSeconds: 300,
    figures: { success_rate: 99.8, rps: 600.25, avg_response_time: 158.6, request_count: 1800, max_rps: 0.3, avg_tp90: 250 },
  });
});

test('every rule with its limit, actual value, baseline and outcome', () => {
  expect(buildResults(input(found)).rules).toEqual([
    {
      text: 'avg_response_time <= baseline + 10%',
      field: 'avg_response_time',
      operator: '<=',
      kind: 'baseline',
      scope: null,
      limit: 145.42,
      actual: 158.6,
      baseline: 132.2,
      outcome: 'fail',
      passed: false,
      note: null,
    },
    {
      text: 'success_rate >= 99.5',
      field: 'success_rate',
      operator: '>=',
      kind: 'absolute',
      scope: null,
      limit: 99.5,
      actual: 99.8,
      baseline: null,
      outcome: 'pass',
      passed: true,
      note: null,
    },
  ]);
});

test('the baseline: its ids, its figures, and per figure in both this run minus it and that in per cent (null when it is 0)', () => {
  const { baseline, baselineMissing, trend } = buildResults(input(found));
  expect(baseline).toEqual({
    source: 'task',
    taskId: 1199990,
    taskRunId: 7700001,
    startTime: '2026-11-27T10:00:00Z',
    endTime: '2026-11-27T10:05:00Z',
    figures: baselineKpis,
    deltas: {
      success_rate: { delta: -0.1, deltaPercent: -0.1001 },
      rps: { delta: 600.25, deltaPercent: null },
      avg_response_time: { delta: 26.4, deltaPercent: 19.9697 },
      avg_tp90: { delta: 10, deltaPercent: 4.1667 },
    },
  });
  expect(baselineMissing).toBeNull();
  expect(trend).toEqual([
    { taskRunId: 7699990, startTime: '2026-11-26T10:00:00Z', figures: { avg_response_time: 130.1 } },
    { taskRunId: 7700001, startTime: '2026-11-27T10:00:00Z', figures: baselineKpis },
  ]);
});

test('no baseline: null, with the reason when one was asked for; no trend; baseline rules "no-baseline"', () => {
  const missing = buildResults(input({ kind: 'none', reason: 'task main-perf has no run that finished normally.', calls: 2 }));
  expect(missing).toMatchObject({ baseline: null, baselineMissing: 'task main-perf has no run that finished normally.', trend: [] });
  expect(missing.rules[0]).toMatchObject({ kind: 'baseline', limit: null, actual: 158.6, baseline: null, outcome: 'no-baseline' });
  expect(buildResults(input({ kind: 'none', reason: undefined, calls: 0 }, 'rps >= 5'))).toMatchObject({
    baseline: null,
    baselineMissing: null,
  });
  expect(buildResults(input(undefined, 'rps >= 5'))).toMatchObject({ baseline: null, baselineMissing: null, trend: [] });
});

test('a step that failed before any run: nulls where nothing is known', () => {
  const results = buildResults({ status: 'error', detail: 'ShowTask failed: HTTP 403.', taskId: 5, kpis: {}, verdicts: [] });
  expect(results.run).toEqual({
    taskId: 5,
    taskRunId: null,
    testSuiteId: null,
    status: 'error',
    runStatus: null,
    startTime: null,
    endTime: null,
    durationSeconds: null,
    figures: {},
  });
  expect(results.rules).toEqual([]);
});

describe('per case', () => {
  const cases: CaseReport = {
    cases: [
      {
        name: 'browse',
        caseRunId: 'c-1',
        // Out of SCOPED_FIELDS order, with float tails and a NaN (none expected): ordered, rounded, left out.
        figures: { tp95: 210.123456, avg_response_time: 0.1 + 0.2, success_rate: NaN, request_count: 12000 },
        requests: [{ name: 'GET /', figures: { tp99: 1 / 3, tp50: 2 } }],
        transactions: [{ name: 'login', figures: {} }],
      },
      { name: 'a|b `x`', caseRunId: 'c-2', figures: {}, requests: [], transactions: [] },
    ],
    idSource: 'case_uri_i',
    calls: 3,
    missing: ['"checkout": no testcaseId; no case_uri_i'],
  };

  test("each case's figures, requests and transactions, rounded to 4 decimals in SCOPED_FIELDS order; the id source; the missing", () => {
    const results = buildResults({ ...input(undefined, 'rps >= 5'), cases });
    expect(results.cases).toEqual([
      {
        name: 'browse',
        caseRunId: 'c-1',
        figures: { avg_response_time: 0.3, tp95: 210.1235, request_count: 12000 },
        requests: [{ name: 'GET /', figures: { tp50: 2, tp99: 0.3333 } }],
        transactions: [{ name: 'login', figures: {} }],
      },
      { name: 'a|b `x`', caseRunId: 'c-2', figures: {}, requests: [], transactions: [] },
    ]);
    expect(Object.keys(results.cases![0].figures)).toEqual(['avg_response_time', 'tp95', 'request_count']);
    expect(results).toMatchObject({ caseIdSource: 'case_uri_i', casesMissing: ['"checkout": no testcaseId; no case_uri_i'] });
    // Appended after the keys results.json always had.
    expect(Object.keys(results).slice(-4)).toEqual(['trend', 'cases', 'caseIdSource', 'casesMissing']);
  });

  test('no per-case report read: cases and caseIdSource null, casesMissing empty', () => {
    expect(buildResults(input(found))).toMatchObject({ cases: null, caseIdSource: null, casesMissing: [] });
  });

  test("a scoped rule: its scope, and the verdict's note when it failed without its figures; null for run-wide rules", () => {
    const rules = 'case("browse").tp95 <= 200, request("POST /x").tps >= 1, rps >= 5';
    const verdicts = judgeThresholds(parseThresholds('thresholds', rules), kpis, undefined, 'warn', scopedSource(cases));
    const { rules: written } = buildResults({ ...input(undefined, 'rps >= 5'), verdicts, cases });
    expect(written.map(({ scope, note, limit, actual, outcome }) => ({ scope, note, limit, actual, outcome }))).toEqual([
      { scope: { kind: 'case', name: 'browse' }, note: null, limit: 200, actual: 210.1235, outcome: 'fail' },
      {
        scope: { kind: 'request', name: 'POST /x' },
        note: 'no request "POST /x" in the report; its requests: "GET /"',
        limit: 1,
        actual: null,
        outcome: 'fail',
      },
      { scope: null, note: null, limit: 5, actual: 600.25, outcome: 'pass' },
    ]);
    expect(written[0].field).toBe('tp95');
  });
});

describe('writeResultsFiles', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'results-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('creates the directory and writes results.json (2 spaces, a final newline), junit.xml and summary.md', () => {
    const results = buildResults(input(found));
    const files = writeResultsFiles(join(dir, 'a', 'b'), results, '### summary');
    expect(files).toEqual({
      resultsFile: join(dir, 'a', 'b', 'results.json'),
      junitFile: join(dir, 'a', 'b', 'junit.xml'),
      summaryFile: join(dir, 'a', 'b', 'summary.md'),
    });
    const json = readFileSync(files.resultsFile, 'utf8');
    expect(json).toBe(`${JSON.stringify(results, null, 2)}\n`);
    expect(json).toContain('\n  "run": {\n    "taskId": 1200001,');
    expect(JSON.parse(json)).toEqual(results);
    expect(readFileSync(files.junitFile, 'utf8')).toBe(renderJunit(results));
    expect(readFileSync(files.summaryFile, 'utf8')).toBe('### summary\n');
  });

  test('a relative directory: absolute paths back, for the outputs; an existing directory is written into', () => {
    const results = buildResults(input(undefined, 'rps >= 5'));
    const rel = relative(process.cwd(), join(dir, 'out'));
    const first = writeResultsFiles(rel, results, 'one\n');
    expect(isAbsolute(first.resultsFile)).toBe(true);
    expect(first.resultsFile).toBe(join(dir, 'out', 'results.json'));
    writeResultsFiles(rel, results, 'two\n');
    expect(readFileSync(first.summaryFile, 'utf8')).toBe('two\n');
  });
});
