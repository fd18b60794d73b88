// The run action's job summary: the verdict, the figures, each threshold, and the ids to find the
// report in the console.
import type { Kpis, SuccessRateBasis } from './kpis.js';
import type { Verdict } from './thresholds.js';

/** The `status` output; `error`: the step failed before the run could be judged (the summary says what is known). */
export type RunStatus = 'passed' | 'failed' | 'aborted' | 'timed_out' | 'started' | 'error';

export interface RunSummary {
  status: RunStatus;
  /** What ended the run, in words (run_status name), when it ended. */
  ending?: string;
  /** For timed_out: the state the run was last seen in, in words; for error: what went wrong. */
  detail?: string;
  taskId: number;
  /** Undefined when the step failed before a run was known. */
  taskRunId?: number;
  testSuiteId?: number;
  iamProjectId?: string;
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
  error: 'not judged ❌ (the step failed)',
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

/** The sentence under the title: how the run ended, or why it was not judged. */
function statusSentence(s: RunSummary): string | undefined {
  if (s.status === 'timed_out') {
    return `The run was still ${s.detail ?? 'going'} when timeout_minutes ran out, so it was not judged; the post step stops it.`;
  }
  if (s.status === 'error') return `The step failed before the run could be judged: ${s.detail ?? 'see the log'}`;
  return s.ending ? `The run ${s.ending}.` : undefined;
}

export function renderRunSummary(s: RunSummary): string {
  const lines = [`### CodeArts PerfTest run ${TITLE[s.status]}`, ''];
  const sentence = statusSentence(s);
  if (sentence) lines.push(sentence, '');
  const figures = KPI_ROWS.filter(([field]) => s.kpis[field] !== undefined);
  if (figures.length > 0) {
    // A run that did not end has figures of what ran so far.
    const partial = s.status === 'timed_out' || s.status === 'error';
    lines.push(
      partial ? '| Figure (partial: the run had not ended) | Value so far |' : '| Figure | Value |',
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
  const wall = s.startTime && s.endTime ? (Date.parse(s.endTime) - Date.parse(s.startTime)) / 1000 : NaN;
  const rows = [
    `| Task id | \`${s.taskId}\` |`,
    s.taskRunId !== undefined ? `| Task run id | \`${s.taskRunId}\` |` : '| Task run id | none known |',
    s.testSuiteId !== undefined ? `| PerfTest project | \`${s.testSuiteId}\` |` : '',
    s.iamProjectId !== undefined ? `| Region project id | \`${s.iamProjectId}\` |` : '',
    s.startTime ? `| Started | ${s.startTime} |` : '',
    s.endTime ? `| Ended | ${s.endTime} |` : '',
    // Two figures that differ by design: start to end includes the wait for load generators.
    Number.isFinite(wall) && wall >= 0 ? `| Wall time (started to ended) | ${format(wall)} s |` : '',
    s.durationSeconds !== undefined ? `| Load duration (time under load, from the report) | ${s.durationSeconds} s |` : '',
  ].filter(Boolean);
  lines.push('| | |', '|---|---|', ...rows, '');
  return lines.join('\n');
}
