// The run action's job summary: the verdict, the figures, each threshold, and the ids to find the
// report in the console.
import type { Kpis, SuccessRateBasis } from '../run/kpis.js';
import type { Verdict } from '../run/thresholds.js';

export type RunStatus = 'passed' | 'failed' | 'aborted' | 'timed_out' | 'started';

export interface RunSummary {
  status: RunStatus;
  /** What ended the run, in words (run_status name), when it ended. */
  ending?: string;
  taskId: number;
  taskRunId: number;
  project: number;
  projectId: string;
  kpis: Kpis;
  verdicts: Verdict[];
  /** How the success rate was had, said under the figures. */
  successRate?: SuccessRateBasis;
  startTime?: string;
  endTime?: string;
  durationSeconds?: number;
}

const TITLE: Record<RunStatus, string> = {
  passed: 'passed ✅',
  failed: 'failed ❌ (thresholds broken)',
  aborted: 'aborted ❌',
  timed_out: 'timed out ❌',
  started: 'started (not waited for)',
};

const KPI_ROWS: [keyof Kpis, string, string][] = [
  ['success_rate', 'Success rate', ' %'],
  ['rps', 'Requests per second', ''],
  ['avg_response_time', 'Average response time', ' ms'],
  ['avg_tp90', '90th percentile response time', ' ms'],
  ['max_response_time', 'Longest response time', ' ms'],
  ['request_count', 'Requests', ''],
  ['error_request_count', 'Failed requests', ''],
  ['max_users', 'Peak concurrent users', ''],
];

const format = (n: number | undefined): string => (n === undefined ? 'n/a' : n.toLocaleString('en-US', { maximumFractionDigits: 2 }));

/** Says which success rate is shown and judged: the exact one from the counts, or the report's integer. */
function successRateNote(basis: SuccessRateBasis | undefined): string | undefined {
  if (!basis) return undefined;
  if (basis.from === 'report') {
    return `Success rate as the report gives it (${format(basis.reported)} %, a whole number): the report has no request counts to compute it from.`;
  }
  const reported = basis.reported === undefined ? '' : ` (the report's own figure, ${format(basis.reported)} %, is a whole number)`;
  return `Success rate computed from the counts: ${format(basis.successCount)} successful of ${format(basis.requestCount)} requests${reported}.`;
}

export function renderRunSummary(s: RunSummary): string {
  const lines = [`### CodeArts PerfTest run ${TITLE[s.status]}`, ''];
  if (s.ending) lines.push(`The run ${s.ending}.`, '');
  const figures = KPI_ROWS.filter(([field]) => s.kpis[field] !== undefined);
  if (figures.length > 0) {
    lines.push(
      '| Figure | Value |',
      '|---|---|',
      ...figures.map(([field, label, unit]) => `| ${label} | ${format(s.kpis[field])}${unit} |`),
      '',
    );
    const basis = successRateNote(s.successRate);
    if (basis && s.kpis.success_rate !== undefined) lines.push(basis, '');
  }
  if (s.verdicts.length > 0) {
    lines.push(
      '| Threshold | Actual | Result |',
      '|---|---|---|',
      ...s.verdicts.map((v) => `| \`${v.threshold.text}\` | ${format(v.actual)} | ${v.passed ? '✅ pass' : '❌ fail'} |`),
      '',
    );
  }
  const when = [
    s.startTime ? `| Started | ${s.startTime} |` : '',
    s.endTime ? `| Ended | ${s.endTime} |` : '',
    s.durationSeconds !== undefined ? `| Duration | ${s.durationSeconds} s |` : '',
  ].filter(Boolean);
  lines.push(
    '| | |',
    '|---|---|',
    `| Task id | \`${s.taskId}\` |`,
    `| Task run id | \`${s.taskRunId}\` |`,
    `| PerfTest project | \`${s.project}\` |`,
    `| Region project id | \`${s.projectId}\` |`,
    ...when,
    '',
  );
  return lines.join('\n');
}
