// The run action's job summary: the verdict, the figures (beside the baseline's when there is one),
// each threshold, the figures per case and the slowest requests when the per-case report was read,
// the trend of the figures baseline rules judge, and the ids to find the report in the console.
import type { ScopedFigures } from '../cpts/case-figures.js';
import type { CaseFigures, CaseReport } from './case-report.js';
import type { Baseline, BaselineRun, TrendPoint } from './gate-model.js';
import type { KpiField, Kpis, SuccessRateBasis } from './kpis.js';
import type { Verdict } from './thresholds.js';
import type { EnvironmentReport } from './environment.js';
import { environmentSection } from './environment-summary.js';
import { code, format, fullStop, plural, prose, unit } from '../common/markdown.js';
import { renderTrendChart } from './trend-chart.js';

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
  /** What reading the baseline gave (its trend included); undefined when none was read. */
  baseline?: Baseline;
  /** The run's figures per case, request and transaction; undefined when the per-case report was not read. */
  cases?: CaseReport;
  /** Why there are no per-case figures, when they were wanted (e.g. the per-case report could not be read). */
  caseNote?: string;
  /** The variables set for the run and the preflight, when either was asked for. */
  environment?: EnvironmentReport;
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
  lines.push(...baselineSection(s.baseline), ...figuresSection(s), ...thresholdsSection(s.verdicts), ...casesSection(s));
  lines.push(...environmentSection(s.environment));
  lines.push(...trendSection(s), ...idsSection(s));
  return lines.join('\n');
}

function figuresSection(s: RunSummary): string[] {
  const figures = KPI_ROWS.filter(([field]) => s.kpis[field] !== undefined);
  if (figures.length === 0) return [];
  // A run that did not end has figures of what ran so far.
  const partial = s.status === 'timed_out' || s.status === 'error';
  const lines =
    s.baseline?.kind === 'found'
      ? comparisonTable(figures, s.kpis, s.baseline.run.kpis, partial)
      : [
          partial ? '| Figure (partial: the run had not ended) | Value so far |' : '| Figure | Value |',
          '|---|---|',
          ...figures.map(([field, label, unit]) => `| ${label} | ${format(s.kpis[field])}${unit} |`),
        ];
  lines.push('');
  const basis = successRateNote(s.successRate);
  if (basis && s.kpis.success_rate !== undefined) lines.push(basis, '');
  return lines;
}

/** This run beside the baseline: the arrow only on Δ, where it makes a rise or a fall plain at a glance. */
function comparisonTable(figures: typeof KPI_ROWS, kpis: Kpis, baseline: Kpis, partial: boolean): string[] {
  const rows = figures.map(([field, label, unit]) => {
    const d = figureDelta(kpis[field], baseline[field]);
    const base = baseline[field] === undefined ? 'n/a' : `${format(baseline[field])}${unit}`;
    // A change of a rate in per cent is in points; "%" there would read as Δ %.
    const change = d ? signed(d.delta, field === 'success_rate' ? ' pts' : unit, true) : 'n/a';
    const percent = d?.deltaPercent == null ? 'n/a' : signed(d.deltaPercent, ' %', false);
    return `| ${label} | ${format(kpis[field])}${unit} | ${base} | ${change} | ${percent} |`;
  });
  const head = partial
    ? '| Figure (partial: the run had not ended) | So far | Baseline | Δ | Δ % |'
    : '| Figure | This run | Baseline | Δ | Δ % |';
  return [head, '|---|--:|--:|--:|--:|', ...rows];
}

/** `▲ +12.5 ms`, `-3.1 %`, or `0` when the change rounds to nothing. */
function signed(n: number, unit: string, arrow: boolean): string {
  const size = format(Math.abs(n));
  if (size === '0') return `0${unit}`;
  const [mark, sign] = n > 0 ? ['▲ ', '+'] : ['▼ ', '-'];
  return `${arrow ? mark : ''}${sign}${size}${unit}`;
}

/** This run minus the baseline, and that in per cent of the baseline (null when it is 0); 4 decimals. */
export function figureDelta(
  current: number | undefined,
  baseline: number | undefined,
): { delta: number; deltaPercent: number | null } | undefined {
  if (current === undefined || baseline === undefined || !Number.isFinite(current - baseline)) return undefined;
  const delta = current - baseline;
  return { delta: round4(delta), deltaPercent: baseline === 0 ? null : round4((delta / Math.abs(baseline)) * 100) };
}

/** Four decimals, free of floating-point tails (0.1 + 0.2) and of -0. */
export const round4 = (n: number): number => Math.round(n * 10_000) / 10_000 + 0;

const HOW_FOUND: Record<BaselineRun['source'], string> = {
  task: 'the newest run of that task that finished normally',
  run: 'the run the baseline input names',
  file: "from an earlier run's results.json",
};

/** Which run the figures are compared with, and how it was found; or why there is none. */
function baselineSection(baseline: Baseline | undefined): string[] {
  if (baseline?.kind === 'none') return baseline.reason === undefined ? [] : [`No baseline: ${fullStop(baseline.reason)}`, ''];
  if (baseline?.kind !== 'found') return [];
  const { source, taskId, taskRunId, startTime } = baseline.run;
  const run = taskRunId === undefined ? 'a run of unknown id' : `run \`${taskRunId}\``;
  const task = taskId === undefined ? '' : ` of task \`${taskId}\``;
  const started = startTime ? `, started ${startTime}` : '';
  return [`Baseline: ${run}${task}, ${HOW_FOUND[source]}${started}.`, ''];
}

/**
 * A Limit column when a rule compares with the baseline or is scoped (its limit is not in the figures
 * above), a Baseline column when one compares with the baseline: without either, the table is as it always was.
 */
function thresholdsSection(verdicts: Verdict[]): string[] {
  if (verdicts.length === 0) return [];
  const baseline = verdicts.some((v) => v.threshold.kind === 'baseline');
  const limit = baseline || verdicts.some((v) => v.threshold.scope);
  type Column = readonly [string, (v: Verdict) => string];
  const columns: Column[] = [
    ['Threshold', (v) => code(v.threshold.text)],
    ['Actual', (v) => format(v.actual)],
    ...(limit ? [['Limit', (v: Verdict) => format(v.limit)] as const] : []),
    ...(baseline ? [['Baseline', (v: Verdict) => (v.threshold.kind === 'baseline' ? format(v.baseline) : '—')] as const] : []),
    ['Result', result],
  ];
  return [
    `| ${columns.map(([name]) => name).join(' | ')} |`,
    `|${'---|'.repeat(columns.length)}`,
    ...verdicts.map((v) => `| ${columns.map(([, cell]) => cell(v)).join(' | ')} |`),
    '',
  ];
}

/** A rule without a baseline warns, or fails the step with on_missing_baseline: fail; a scoped rule without its figures says why. */
function result(v: Verdict): string {
  if (v.note) return `❌ ${prose(v.note)}`;
  if (v.outcome === 'no-baseline') return `${v.passed ? '⚠️' : '❌'} no baseline`;
  if (v.outcome === 'unjudgeable') return `${v.passed ? '⚠️' : '❌'} unjudgeable`;
  return v.passed ? '✅ pass' : '❌ fail';
}

/** Rows of the per-case tables beyond which they are folded: the verdict comes first, and the comment stays short. */
const FOLD_ROWS = 8;
/** Cases shown at most: a pull-request comment holds 65,536 characters; results.json has them all. */
const MAX_CASE_ROWS = 50;
const SLOWEST = 5;
const COUNT_WORDS = ['', 'one', 'two', 'three', 'four', 'five'];

/** Each case's figures and the slowest requests, when the per-case report was read; why not, when it was wanted. */
function casesSection(s: RunSummary): string[] {
  const lines = s.caseNote ? [`No per-case figures: ${fullStop(prose(s.caseNote, false))}`, ''] : [];
  if (!s.cases) return lines;
  const { cases, missing } = s.cases;
  if (cases.length > 0) lines.push(...caseTables(cases));
  if (missing.length > 0) {
    const which = missing.map((m) => code(m, false)).join(', ');
    lines.push(`Not shown, ${plural(missing.length, 'case')} without a readable detail: ${which}.`, '');
  }
  return lines;
}

function caseTables(cases: CaseFigures[]): string[] {
  const requests = cases.reduce((n, c) => n + c.requests.length, 0);
  const ranked = rankedRequests(cases);
  const slowest = ranked.slice(0, SLOWEST);
  const title = `Per case: ${plural(cases.length, 'case')}, ${plural(requests, 'request')}`;
  const rows = cases.slice(0, MAX_CASE_ROWS).map(({ name, figures: f }) => {
    const cells = [
      code(name),
      format(f.request_count),
      unit(f.success_rate, ' %'),
      ...(['avg_response_time', 'tp90', 'tp95', 'tp99'] as const).map((k) => unit(f[k], ' ms')),
      format(f.error_count),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  const tables = [
    '| Case | Requests | Success rate | Average | TP90 | TP95 | TP99 | Errors |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
    ...rows,
    '',
    ...(cases.length > MAX_CASE_ROWS
      ? [`The table shows the first ${MAX_CASE_ROWS} cases; all ${cases.length} are in results.json.`, '']
      : []),
    ...slowestTable(slowest, requests - ranked.length),
  ];
  if (cases.length + slowest.length > FOLD_ROWS) return [`<details><summary>${title}</summary>`, '', ...tables, '</details>', ''];
  return [`${title}.`, '', ...tables];
}

type RankedRequest = { name: string; caseName: string; figures: ScopedFigures & { tp95: number } };

/** Every case's requests by TP95, highest first, ties in the report's order; a request without a TP95 cannot be ranked. */
function rankedRequests(cases: CaseFigures[]): RankedRequest[] {
  const ranked = cases.flatMap((c) =>
    c.requests.flatMap(({ name, figures }) =>
      figures.tp95 === undefined ? [] : [{ name, caseName: c.name, figures: { ...figures, tp95: figures.tp95 } }],
    ),
  );
  return ranked.sort((a, b) => b.figures.tp95 - a.figures.tp95);
}

/** The slowest requests, and how many had no TP95 to rank them by. */
function slowestTable(slowest: RankedRequest[], unranked: number): string[] {
  if (slowest.length === 0) return unranked === 0 ? [] : ['No request has a TP95 in the report, so none is ranked.', ''];
  const n = slowest.length;
  const left = unranked > 0 ? ` (${plural(unranked, 'request')} without a TP95 left out)` : '';
  const head = n === 1 ? 'The slowest request by TP95' : `The ${COUNT_WORDS[n]} slowest requests by TP95`;
  return [
    `${head}${left}:`,
    '',
    '| Request | Case | TP95 | Average | Requests | Success rate |',
    '|---|---|--:|--:|--:|--:|',
    ...slowest.map(({ name, caseName, figures: f }) => {
      const cells = [code(name), code(caseName), unit(f.tp95, ' ms'), unit(f.avg_response_time, ' ms')];
      return `| ${[...cells, format(f.request_count), unit(f.success_rate, ' %')].join(' | ')} |`;
    }),
    '',
  ];
}

const MAX_CHARTS = 3;

/**
 * One chart per figure a baseline rule judges (the first three, in the rules' order): the earlier
 * runs, then this one. Folded: the verdict is in the tables above, and three charts would make the
 * pull-request comment long.
 */
function trendSection(s: RunSummary): string[] {
  if (s.baseline?.kind !== 'found' || s.baseline.trend.length === 0) return [];
  // Run-wide baseline rules only: a scoped rule's baseline is one case's, not the run's trend.
  const fields = [...new Set(s.verdicts.flatMap(({ threshold: t }) => (t.kind === 'baseline' && !t.scope ? [t.field] : [])))].slice(
    0,
    MAX_CHARTS,
  );
  if (fields.length === 0) return [];
  const { trend, run } = s.baseline;
  const baselineId = run.taskRunId === undefined ? '' : ` (the baseline is run \`${run.taskRunId}\`)`;
  const names = fields.map((field) => CHART_NAMES[field][0]).join(', ');
  const lines = [
    `<details><summary>Trend: ${names}</summary>`,
    '',
    `Earlier runs by run id, oldest first${baselineId}; the last point is this run.`,
    '',
  ];
  for (const field of fields) {
    const points = trend.flatMap((p) => (p.kpis[field] === undefined ? [] : [{ label: pointLabel(p), value: p.kpis[field] }]));
    if (s.kpis[field] !== undefined) points.push({ label: 'this run', value: s.kpis[field] });
    const [label, unit] = CHART_NAMES[field];
    const few =
      points.length === 0 ? `${label}: no run has this figure to chart.` : `${label}: only one run has this figure, too few to chart.`;
    lines.push(renderTrendChart(field, label, unit, points) ?? few, '');
  }
  return [...lines, '</details>', ''];
}

/** A point's label: short enough for the axis. */
function pointLabel(p: TrendPoint): string {
  if (p.taskRunId !== undefined) return String(p.taskRunId);
  return p.startTime ? p.startTime.replace('T', ' ').slice(0, 16) : 'unknown';
}

/** Every figure a rule may name, with the unit for a chart's axis. */
const CHART_NAMES: Record<KpiField, [string, string]> = {
  success_rate: ['Success rate', '%'],
  rps: ['Requests per second', 'requests/s'],
  avg_response_time: ['Average response time', 'ms'],
  request_count: ['Requests', 'requests'],
  success_count: ['Successful requests', 'requests'],
  error_request_count: ['Failed requests', 'requests'],
  max_rps: ['Peak requests per second', 'requests/s'],
  trans_tps: ['Transactions per second', 'transactions/s'],
  max_users: ['Peak concurrent users', 'users'],
  avg_tp50: ['Median response time', 'ms'],
  avg_tp90: ['90th percentile response time', 'ms'],
  max_response_time: ['Longest response time', 'ms'],
  min_response_time: ['Shortest response time', 'ms'],
};

function idsSection(s: RunSummary): string[] {
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
  return ['| | |', '|---|---|', ...rows, ''];
}
