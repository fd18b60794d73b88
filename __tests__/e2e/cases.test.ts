// Scoped rules end to end: dist/run/index.js judges one case's, one request's and one
// transaction's figures (the emulator's per-case report, strict about the contract), refuses an
// unknown case before any start, works with either field as the case-run id, and shows the figures
// in the summary and results.json.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO, demoRunInputs, type EmulatorOptions } from '../../emulator/index.js';
import { runStep, type StepResult } from '../../emulator/harness/run-step.js';
import type { ResultsFile } from '../../src/run/gate-model.js';
import { logOf, useEmulator } from '../helpers/e2e.js';

const RUN_BUNDLE = fileURLToPath(new URL('../../dist/run/index.js', import.meta.url));

function suite(options: EmulatorOptions['seed'] = {}) {
  const harness = useEmulator({ seed: { ...options, run: { waitingSeconds: 1, runningSeconds: 1, startLagSeconds: 1, ...options.run } } });
  const newTask = (caseFigures?: Record<string, unknown>) => {
    const task = harness.emulator.state.createTask({
      name: 'pr-42',
      project_id: DEMO.perftestProject,
      parallel: false,
      operate_mode: 2,
      case_id_list: [...DEMO.cases],
    });
    if (caseFigures) Object.assign(task, { caseFigures });
    return task.id;
  };
  const run = async (taskId: number, thresholds: string): Promise<StepResult & { results: () => ResultsFile }> => {
    const dir = mkdtempSync(join(tmpdir(), 'cases-'));
    const step = await runStep(RUN_BUNDLE, { inputs: { ...demoRunInputs(harness.emulator.url, taskId), results_dir: dir, thresholds } });
    return { ...step, results: () => JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as ResultsFile };
  };
  const startsSent = () => harness.emulator.received.filter((r) => /UpdateTaskStatus$/.test(r.operation ?? ''));
  return { harness, newTask, run, startsSent };
}

describe('testcaseId and case_uri_i both carry the case-run id', () => {
  const { harness, newTask, run, startsSent } = suite();

  test('a case whose TP95 breaks its rule fails the step, naming the case, the field, the actual value and the limit', async () => {
    const step = await run(
      newTask({ 'place-order': { performance: { tp95: 512 } } }),
      'case("place-order").tp95 <= 400\ncase("browse-catalogue").tp95 <= 2000',
    );
    expect(step.exitCode).toBe(1);
    expect(step.outputs.status).toBe('failed');
    expect(logOf(step)).toContain('broke 1 threshold: case("place-order").tp95 <= 400 (actual 512, limit 400)');
    expect(startsSent()).toHaveLength(1);
    expect(harness.emulator.contractViolations).toEqual([]);
  });

  test('request rules: one passes, one fails; the summary and results.json hold every case, request and transaction', async () => {
    const taskId = newTask({ 'place-order': { requests: { 'POST /cart': { success_rate: 98 } } } });
    const step = await run(taskId, 'request("POST /cart").success_rate >= 99.9, request("GET /catalogue").tp95 <= 5000');
    expect(step.outputs.status).toBe('failed');
    const log = logOf(step);
    expect(log).toMatch(/broke 1 threshold: request\("POST \/cart"\)\.success_rate >= 99\.9 \(actual 98(\.\d+)?, limit 99\.9\)/);
    const results = step.results();
    expect(results.rules.map((r) => [r.text, r.outcome])).toEqual([
      ['request("POST /cart").success_rate >= 99.9', 'fail'],
      ['request("GET /catalogue").tp95 <= 5000', 'pass'],
    ]);
    const cases = (
      results as unknown as {
        cases: { name: string; figures: Record<string, number>; requests: { name: string }[]; transactions: { name: string }[] }[];
      }
    ).cases;
    expect(cases.map((c) => c.name)).toEqual(['browse-catalogue', 'place-order']);
    expect(cases[1].requests.map((r) => r.name)).toContain('POST /cart');
    expect(cases[1].transactions.map((t) => t.name)).toEqual(['checkout']);
    expect(cases[0].figures.tp95).toEqual(expect.any(Number));
    expect(step.summary).toContain('place-order');
    expect(step.summary).toContain('POST /cart');
    expect(harness.emulator.contractViolations).toEqual([]);
  });

  test('a transaction rule is judged on the transaction', async () => {
    const step = await run(newTask(), 'transaction("checkout").avg_response_time <= 100000');
    expect(step.exitCode).toBe(0);
    expect(step.results().rules[0]).toMatchObject({ outcome: 'pass' });
  });

  test("an unknown case name is refused before any start request, listing the task's cases", async () => {
    const step = await run(newTask(), 'case("place-orderr").tp95 <= 400');
    expect(step.exitCode).toBe(1);
    expect(logOf(step)).toContain('::error::Input "thresholds" names a case that task');
    expect(logOf(step)).toContain('"place-orderr"; its cases are "browse-catalogue", "place-order". Nothing was started.');
    expect(startsSent()).toHaveLength(0);
  });
});

describe.each(['testcaseId', 'case_uri_i'] as const)('only %s carries the case-run id', (field) => {
  const { harness, newTask, run } = suite({ run: { caseRunIdField: field } });

  test('the case figures are read, and the log says which field answered', async () => {
    const step = await run(newTask({ 'place-order': { performance: { tp95: 512 } } }), 'case("place-order").tp95 <= 400');
    expect(step.outputs.status).toBe('failed');
    expect(logOf(step)).toContain('(actual 512, limit 400)');
    expect(step.stdout).toContain(`case-run ids from ${field} (2 cases)`);
    expect(harness.emulator.contractViolations).toEqual([]);
  });
});
