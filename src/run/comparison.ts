// What the verdict compares the run with, read in the minute after the wait: the baseline (with its
// trend) and the per-case reports of this run and of the baseline run, each only when a rule or the
// summary needs it.
import { errorMessage } from '../common/errors.js';
import type { CptsClient } from '../cpts/client.js';
import type { Runner } from '../github/runner.js';
import { readBaseline } from './baseline.js';
import { readCaseReport, type CaseReport } from './case-report.js';
import type { RunConfig } from './config.js';
import type { Baseline } from './gate-model.js';
import { needsCaseReport } from './thresholds.js';

export const NO_BASELINE = { kind: 'none', reason: undefined, calls: 0 } as const satisfies Baseline;

/** The baseline the `baseline` input names, with its trend; a missing one says why when baseline rules need it. */
export async function readGateBaseline(
  config: RunConfig,
  client: CptsClient,
  ids: { testSuiteId: number; taskRunId: number },
): Promise<Baseline> {
  const { gate } = config;
  if (gate.baseline === undefined) {
    const needed = config.thresholds.some((t) => t.kind === 'baseline');
    return needed
      ? { ...NO_BASELINE, reason: 'the "baseline" input is empty, so baseline rules have nothing to compare with' }
      : NO_BASELINE;
  }
  return readBaseline(client, gate.baseline, { testSuiteId: ids.testSuiteId, currentRunId: ids.taskRunId, trendRuns: gate.trendRuns });
}

/** A case report read, or why not. */
interface CaseReading {
  report?: CaseReport;
  note?: string;
}

/** The per-case reports of this run and of the baseline's, each read only when a rule or the summary needs it. */
export interface CaseReports {
  run?: CaseReading;
  ofBaseline?: CaseReading;
}

export async function readCaseReports(
  runner: Runner,
  config: RunConfig,
  client: CptsClient,
  ids: { taskId: number; taskRunId: number },
  baseline: Baseline,
): Promise<CaseReports> {
  const read = async (taskRunId: number, taskId: number): Promise<CaseReading> => {
    try {
      return { report: await readCaseReport(client, taskRunId, { taskId }) };
    } catch (error) {
      runner.warning(`No per-case report for run ${taskRunId}: ${errorMessage(error)}`);
      return { note: `the per-case report of run ${taskRunId} could not be read: ${errorMessage(error)}` };
    }
  };
  const ofRun = config.gate.caseDetails || needsCaseReport(config.thresholds) ? await read(ids.taskRunId, ids.taskId) : undefined;
  // A results.json baseline carries no per-case figures; task: and run: baselines are read like this run.
  const base = baseline.kind === 'found' ? baseline.run : undefined;
  const ofBaseline =
    base?.taskRunId !== undefined && base.source !== 'file' && needsCaseReport(config.thresholds, 'baseline')
      ? await read(base.taskRunId, base.taskId ?? ids.taskId)
      : undefined;
  return { run: ofRun, ofBaseline };
}
