// Scoped rules (case("…"), request("…"), transaction("…")) read their figures from a run's case
// report. A request or transaction name found in more than one case takes the first case's row,
// in the report's case order; the summary shows each with its case.
import type { ScopedFigures } from '../cpts/case-figures.js';
import type { CaseReport } from './case-report.js';
import type { ScopedSource } from './thresholds.js';

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
