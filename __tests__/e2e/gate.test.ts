// The regression gate end to end: dist/run/index.js judges a pull request's run against main's runs
// in the emulator (seeded with finished, aborted and running runs of their own figures), and
// leaves results.json, junit.xml and summary.md, which must parse (junit.xml against the Jenkins
// JUnit schema, the summary's charts with the real Mermaid parser).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import { DEMO, demoRunInputs } from '../../emulator/index.js';
import { runStep, type StepResult } from '../../emulator/harness/run-step.js';
import type { ResultsFile } from '../../src/run/gate-model.js';
import { logOf, useEmulator } from '../helpers/e2e.js';

const RUN_BUNDLE = fileURLToPath(new URL('../../dist/run/index.js', import.meta.url));
const MERMAID = fileURLToPath(new URL('../helpers/mermaid-parse.mjs', import.meta.url));
const JENKINS_XSD = readFileSync(new URL('../fixtures/jenkins-junit.xsd', import.meta.url), 'utf8');
const harness = useEmulator({ seed: { run: { waitingSeconds: 1, runningSeconds: 1, startLagSeconds: 1 } } });

type Figures = { avg_response_time?: number; avg_tp90?: number; rps?: number };

/** main-perf: older finished runs, then the baseline (finished), then a newer aborted one and one still running. */
function mainTask(baseline: Figures = { avg_response_time: 100, avg_tp90: 150 }) {
  const { state } = harness.emulator;
  const task = state.createTask({
    name: 'main-perf',
    project_id: DEMO.perftestProject,
    parallel: false,
    operate_mode: 2,
    case_id_list: [...DEMO.cases],
  });
  state.seedRun(task, { outcome: 'finished', figures: { avg_response_time: 96, avg_tp90: 140 } });
  state.seedRun(task, { outcome: 'finished', figures: { avg_response_time: 98, avg_tp90: 145 } });
  const base = state.seedRun(task, { outcome: 'finished', figures: baseline });
  const aborted = state.seedRun(task, { outcome: 'abnormal', figures: { avg_response_time: 20, avg_tp90: 30 } });
  const running = state.seedRun(task, { outcome: 'running', figures: { avg_response_time: 10, avg_tp90: 15 } });
  // Runs last a second here; this one is kept going (waiting for load generators) for the whole test.
  running.startedAt = Date.now() + 3_600_000;
  return { task, base, aborted, running };
}

/** The pull request's task, whose runs have these figures. */
function prTask(figures: Figures): number {
  const task = harness.emulator.state.createTask({
    name: 'pr-42',
    project_id: DEMO.perftestProject,
    parallel: false,
    operate_mode: 2,
    case_id_list: [...DEMO.cases],
  });
  task.figures = figures;
  return task.id;
}

async function runGate(taskId: number, inputs: Record<string, string>): Promise<StepResult & { dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'gate-'));
  const result = await runStep(RUN_BUNDLE, { inputs: { ...demoRunInputs(harness.emulator.url, taskId), results_dir: dir, ...inputs } });
  return { ...result, dir };
}

const resultsOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as ResultsFile;

async function junitErrors(dir: string): Promise<string[]> {
  const xml = readFileSync(join(dir, 'junit.xml'), 'utf8');
  const result = await validateXML({
    xml: [{ fileName: 'junit.xml', contents: xml }],
    schema: [{ fileName: 'jenkins-junit.xsd', contents: JENKINS_XSD }],
  });
  return result.errors.map((e) => e.rawMessage);
}

/** The ```mermaid blocks of a summary, each parsed by Mermaid: null for one that parses. */
function mermaidErrors(summary: string): (string | null)[] {
  const blocks = [...summary.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]);
  return JSON.parse(execFileSync(process.execPath, [MERMAID], { input: JSON.stringify(blocks), encoding: 'utf8' })) as (string | null)[];
}

test('a run 20 % slower than main breaks "<= baseline + 10%": the newest finished run is the baseline; files and chart parse', async () => {
  const { base, aborted, running } = mainTask();
  const taskId = prTask({ avg_response_time: 120, avg_tp90: 160 });
  const step = await runGate(taskId, {
    baseline: 'task:main-perf',
    thresholds: 'avg_response_time <= baseline + 10%\navg_tp90 <= baseline + 10% + 50',
  });
  expect(step.exitCode).toBe(1);
  expect(step.outputs).toMatchObject({ status: 'failed', baseline_task_run_id: String(base.id) });
  expect(step.stdout).toContain('::error::Run');
  expect(logOf(step)).toContain('avg_response_time <= baseline + 10% (actual 120, limit 110 from baseline 100)');
  expect(step.stdout).toContain(`Baseline: run ${base.id} of task`);
  expect([aborted.id, running.id]).not.toContain(Number(step.outputs.baseline_task_run_id));

  const results = resultsOf(step.dir);
  expect(results).toMatchObject({ schema: 1, run: { status: 'failed', runStatus: 2 }, baseline: { source: 'task', taskRunId: base.id } });
  expect(results.rules.map((r) => [r.text, r.outcome, r.limit])).toEqual([
    ['avg_response_time <= baseline + 10%', 'fail', 110],
    ['avg_tp90 <= baseline + 10% + 50', 'pass', 200],
  ]);
  expect(results.baseline?.deltas.avg_response_time).toEqual({ delta: 20, deltaPercent: 20 });
  expect(results.trend.map((p) => p.figures.avg_response_time)).toEqual([96, 98, 100]);
  expect(step.outputs.results_file).toBe(join(step.dir, 'results.json'));
  expect(await junitErrors(step.dir)).toEqual([]);
  expect(readFileSync(join(step.dir, 'junit.xml'), 'utf8')).toContain(
    '<failure message="avg_response_time &lt;= baseline + 10% broken: actual 120, limit 110, baseline 100"',
  );
  expect(readFileSync(join(step.dir, 'summary.md'), 'utf8')).toBe(step.summary.trimEnd() + '\n');
  expect(step.summary).toContain('| Average response time | 120 ms | 100 ms |');
  const charts = mermaidErrors(step.summary);
  expect(charts).toHaveLength(2);
  expect(charts).toEqual([null, null]);
});

test('a run 5 % slower than main passes', async () => {
  const { base } = mainTask();
  const step = await runGate(prTask({ avg_response_time: 105, avg_tp90: 150 }), {
    baseline: 'task:main-perf',
    thresholds: 'avg_response_time <= baseline + 10%',
  });
  expect(step.exitCode).toBe(0);
  expect(step.outputs).toMatchObject({ status: 'passed', baseline_task_run_id: String(base.id) });
  expect(resultsOf(step.dir).rules[0]).toMatchObject({ outcome: 'pass', limit: 110, actual: 105, baseline: 100 });
});

test('the absolute term saves a tiny baseline from noise: 10 ms to 14 ms passes "<= baseline + 10% + 5"', async () => {
  mainTask({ avg_response_time: 10, avg_tp90: 12 });
  const step = await runGate(prTask({ avg_response_time: 14, avg_tp90: 12 }), {
    baseline: 'task:main-perf',
    thresholds: 'avg_response_time <= baseline + 10% + 5',
  });
  expect(step.exitCode).toBe(0);
  expect(resultsOf(step.dir).rules[0]).toMatchObject({ outcome: 'pass', limit: 15 });
});

test("run: and file: baselines: a run id, and main's results.json as an artifact", async () => {
  const { base } = mainTask();
  const byRun = await runGate(prTask({ avg_response_time: 120 }), {
    baseline: `run:${base.id}`,
    thresholds: 'avg_response_time <= baseline + 10%',
  });
  expect(byRun.outputs).toMatchObject({ status: 'failed', baseline_task_run_id: String(base.id) });

  // main's own run step writes the artifact; the pull request's step reads it.
  const mainRun = await runGate(prTask({ avg_response_time: 100 }), {});
  expect(mainRun.outputs.status).toBe('passed');
  const fromFile = await runGate(prTask({ avg_response_time: 104 }), {
    baseline: `file:${mainRun.outputs.results_file}`,
    thresholds: 'avg_response_time <= baseline + 10%',
  });
  expect(fromFile.exitCode).toBe(0);
  expect(fromFile.outputs).toMatchObject({ status: 'passed', baseline_task_run_id: mainRun.outputs.task_run_id });
  expect(resultsOf(fromFile.dir).baseline).toMatchObject({ source: 'file', taskRunId: Number(mainRun.outputs.task_run_id) });
});

test('no baseline: reported, and the step passes with on_missing_baseline warn, fails with fail', async () => {
  mainTask();
  const rules = { baseline: 'task:no-such-task', thresholds: 'avg_response_time <= baseline + 10%' };
  const warned = await runGate(prTask({ avg_response_time: 100 }), rules);
  expect(warned.exitCode).toBe(0);
  expect(warned.outputs.status).toBe('passed');
  expect(warned.outputs.baseline_task_run_id).toBeUndefined();
  expect(warned.summary).toContain('No baseline: no task is named "no-such-task"');
  expect(resultsOf(warned.dir)).toMatchObject({
    baseline: null,
    baselineMissing: expect.stringContaining('no-such-task'),
    rules: [{ outcome: 'no-baseline', passed: true }],
  });
  expect(await junitErrors(warned.dir)).toEqual([]);

  const failed = await runGate(prTask({ avg_response_time: 100 }), { ...rules, on_missing_baseline: 'fail' });
  expect(failed.exitCode).toBe(1);
  expect(failed.outputs.status).toBe('failed');
  expect(logOf(failed)).toContain('avg_response_time <= baseline + 10% (no baseline: on_missing_baseline is fail)');
});
