// Scoped rules (case("…"), request("…"), transaction("…")): the case names they give are checked
// against the task before the start, and their figures are read from a run's case report. A request or transaction name found in more than one case takes the first case's row,
// in the report's case order; the summary shows each with its case.
import { InputError, quote } from '../common/errors.js';
import type { ScopedFigures } from '../cpts/case-figures.js';
import type { CptsClient } from '../cpts/client.js';
import { taskCases } from '../cpts/discovery.js';
import { listSome } from '../cpts/refs.js';
import type { CaseReport } from './case-report.js';
import type { RunConfig } from './config.js';
import { scopedCaseNames, type ScopedSource } from './thresholds.js';

export function scopedSource(report: CaseReport): ScopedSource {
  const rows = {
    case: report.cases.map((c) => ({ name: c.name, figures: c.figures })),
    request: report.cases.flatMap((c) => c.requests),
    transaction: report.cases.flatMap((c) => c.transactions),
  };
  return {
    figures: (scope): ScopedFigures | undefined => rows[scope.kind].find((row) => row.name === scope.name)?.figures,
    names: (kind) => [...new Set(rows[kind].map((row) => row.name))],
  };
}

/** Cases named by rules must be the task's, checked before the start: a typo costs no load. */
export async function checkCaseNames(client: CptsClient, config: RunConfig, testSuiteId: number): Promise<void> {
  const named = scopedCaseNames(config.thresholds);
  // With wait: false the rules are not judged (and a warning says so): nothing to check.
  if (named.length === 0 || !config.wait) return;
  const names = (await taskCases(client, testSuiteId, config.taskId)).flatMap((c) => c.name ?? []);
  const unknown = named.filter((name) => !names.includes(name));
  if (unknown.length === 0) return;
  throw new InputError(
    'thresholds',
    `Input "thresholds" names ${unknown.length === 1 ? 'a case' : 'cases'} that task ${config.taskId} does not have: ` +
      `${unknown.map((name) => quote(name)).join(', ')}; ${names.length ? `its cases are ${listSome(names.map((name) => quote(name)))}` : 'it has no cases'}. Nothing was started.`,
  );
}
