// The figures of one item of a run's per-case report (a case, one of its requests or one of its
// custom transactions, ShowMergeCaseDetail's CaseReportDetail), and what a test may set instead of the
// computed ones: per case, per request, per transaction, to make one case or one request slow. The
// names are the action's scoped figure names, restated here (the emulator does not import src/);
// wireFigures maps them onto the contract's camelCase names.
import type { CaseSeed, RequestSeed } from '../shared/seed.js';

export const CASE_FIGURE_NAMES = [
  'avg_response_time',
  'max_response_time',
  'min_response_time',
  'tp50',
  'tp75',
  'tp85',
  'tp90',
  'tp95',
  'tp99',
  'tp999',
  'tp9999',
  'success_rate',
  'tps',
  'max_tps',
  'request_count',
  'success_count',
  'error_count',
  'failed_assert',
  'failed_timeout',
  'failed_refused',
] as const;

export type CaseFigureName = (typeof CASE_FIGURE_NAMES)[number];
/** Figures shown for one item instead of the computed ones; the others stay computed, kept consistent. */
export type CaseFigures = Partial<Record<CaseFigureName, number>>;
/** Every figure of one item. */
export type ItemFigures = Record<CaseFigureName, number>;

/** One case's overrides: its own figures, and its requests' and custom transactions' by name. */
export interface CaseOverrides {
  performance?: CaseFigures;
  requests?: Record<string, CaseFigures>;
  transactions?: Record<string, CaseFigures>;
}

/** A run's (or a task's) per-case overrides, by case name. */
export type CaseFigureOverrides = Record<string, CaseOverrides>;

/**
 * How a case goes missing from a run's per-case report, as a service whose report is incomplete:
 * 'unlisted' leaves it out of ShowMergeTaskCase's list (ShowMergeCaseDetail still answers for its
 * case-run id, which ShowTask's related_temp_running_id gives); 'empty' lists it, and its detail
 * answers 200 with no performance and empty lists; 'refused' lists it, and its detail is refused as an
 * unknown case-run id is (403 SVCSTG.CPTS.4032002).
 */
export type CaseGap = 'unlisted' | 'empty' | 'refused';
/** By case name. */
export type CaseGaps = Record<string, CaseGap>;

/** The response times in the order they must keep: min <= tp50 <= ... <= tp9999 <= max. */
export const TIME_CHAIN = [
  'min_response_time',
  'tp50',
  'tp75',
  'tp85',
  'tp90',
  'tp95',
  'tp99',
  'tp999',
  'tp9999',
  'max_response_time',
] as const satisfies readonly CaseFigureName[];

type TimeName = (typeof TIME_CHAIN)[number];
type Times = Record<TimeName | 'avg_response_time', number>;

/** The ones the contract types float (a success rate may have decimals too: the counts carry it). */
const FRACTIONAL: readonly CaseFigureName[] = ['avg_response_time', 'tps', 'max_tps', 'success_rate'];

/** Percentiles as multiples of the average (tp50 and tp90 as the outline's avg_tp50 and avg_tp90). */
const SHAPE: Record<Exclude<TimeName, 'min_response_time' | 'max_response_time'>, number> = {
  tp50: 0.9,
  tp75: 1.2,
  tp85: 1.4,
  tp90: 1.6,
  tp95: 1.9,
  tp99: 2.5,
  tp999: 2.9,
  tp9999: 3.1,
};

const round2 = (x: number) => Math.round(x * 100) / 100;

/** What an item put out: its requests (or transactions), errors, mean response time, over how long. */
export interface Sample {
  count: number;
  errors: number;
  avg: number;
  seconds: number;
}

/** The response times of an item of this mean: min and max around the mean as the outline has them. */
function timesOf(avg: number, count: number): Times {
  if (count === 0) return Object.fromEntries(['avg_response_time', ...TIME_CHAIN].map((n) => [n, 0])) as Times;
  const a = round2(avg);
  const percentiles = Object.fromEntries(Object.entries(SHAPE).map(([n, f]) => [n, Math.round(a * f)]));
  return {
    ...(percentiles as Record<keyof typeof SHAPE, number>),
    avg_response_time: a,
    min_response_time: Math.min(Math.round(a * 0.2), Math.floor(a)),
    max_response_time: Math.max(Math.round(a * 3.2), Math.ceil(a)),
  };
}

/** The errors by kind, as the outline's exception_response_sum shares them out. */
function failuresOf(errors: number) {
  const failed_assert = Math.floor(errors / 2);
  const failed_refused = Math.floor(errors / 4);
  return { failed_assert, failed_refused, failed_timeout: errors - failed_assert - failed_refused };
}

/** An integer, as the contract types it: the floor of the exact percentage. */
const rateOf = (success: number, count: number) => (count > 0 ? Math.floor((success * 100) / count) : 0);

export function baseFigures({ count, errors, avg, seconds }: Sample): ItemFigures {
  const tps = seconds > 0 ? round2(count / seconds) : 0;
  return {
    request_count: count,
    success_count: count - errors,
    error_count: errors,
    success_rate: rateOf(count - errors, count),
    tps,
    max_tps: round2(tps * 1.15),
    ...failuresOf(errors),
    ...timesOf(avg, count),
  };
}

/**
 * The counts with the overrides applied, kept consistent (success + errors = requests): a rate given
 * without counts sets the success count from the request count, rounded up so that the shown rate
 * (the floor of the counts' percentage) reads back an integer rate given; a request count given
 * alone keeps the computed share of errors.
 */
function countsWith(base: ItemFigures, over: CaseFigures): Pick<ItemFigures, 'request_count' | 'success_count' | 'error_count'> {
  const { request_count, success_count, error_count, success_rate } = over;
  const requests =
    request_count ?? (success_count !== undefined && error_count !== undefined ? success_count + error_count : base.request_count);
  const errorShare = base.request_count > 0 ? base.error_count / base.request_count : 0;
  const success =
    success_count ??
    (error_count !== undefined
      ? requests - error_count
      : success_rate !== undefined
        ? Math.min(requests, Math.ceil((requests * success_rate) / 100 - 1e-9))
        : requests - Math.round(requests * errorShare));
  if (success < 0 || success > requests) throw new Error(`case figures: ${success} successes of ${requests} requests cannot be`);
  return { request_count: requests, success_count: success, error_count: requests - success };
}

/**
 * The times with the overrides applied: a given average reshapes all of them around it; a given time
 * is shown as given and the others follow it along the chain (the higher ones raised to at least it,
 * the lower ones lowered to at most it), the average kept between min and max.
 */
function timesWith(base: ItemFigures, over: CaseFigures): Times {
  const t: Times = over.avg_response_time !== undefined ? timesOf(over.avg_response_time, 1) : { ...base };
  for (const n of TIME_CHAIN) if (over[n] !== undefined) t[n] = over[n];
  for (let i = 1; i < TIME_CHAIN.length; i++) {
    if (over[TIME_CHAIN[i]] === undefined) t[TIME_CHAIN[i]] = Math.max(t[TIME_CHAIN[i]], t[TIME_CHAIN[i - 1]]);
  }
  for (let i = TIME_CHAIN.length - 2; i >= 0; i--) {
    if (over[TIME_CHAIN[i]] === undefined) t[TIME_CHAIN[i]] = Math.min(t[TIME_CHAIN[i]], t[TIME_CHAIN[i + 1]]);
  }
  t.avg_response_time = Math.min(Math.max(t.avg_response_time, t.min_response_time), t.max_response_time);
  return pickTimes(t);
}

const pickTimes = (f: Times): Times => Object.fromEntries(['avg_response_time', ...TIME_CHAIN].map((n) => [n, f[n as TimeName]])) as Times;

/** The item's figures with a test's overrides (already checked by checkCaseFigures) applied. */
export function withOverrides(base: ItemFigures, over: CaseFigures | undefined, seconds: number): ItemFigures {
  if (!over || Object.keys(over).length === 0) return base;
  const counts = countsWith(base, over);
  const tps = over.tps ?? (over.request_count !== undefined && seconds > 0 ? round2(counts.request_count / seconds) : base.tps);
  const maxTps = over.max_tps ?? (tps === base.tps ? base.max_tps : round2(tps * 1.15));
  return {
    ...counts,
    success_rate: rateOf(counts.success_count, counts.request_count),
    tps: over.tps === undefined ? Math.min(tps, maxTps) : tps,
    max_tps: maxTps,
    // Failures given are shown as given; the others follow the error count shown.
    ...failuresOf(counts.error_count),
    ...pick(over, ['failed_assert', 'failed_timeout', 'failed_refused']),
    ...timesWith(base, over),
  };
}

function pick(over: CaseFigures, names: CaseFigureName[]): CaseFigures {
  return Object.fromEntries(names.filter((n) => over[n] !== undefined).map((n) => [n, over[n]]));
}

/** CaseReportDetail's figures, by the contract's names (max and maxRespTime are both the maximum). */
export function wireFigures(f: ItemFigures) {
  return {
    requests: f.request_count,
    successCount: f.success_count,
    errorCount: f.error_count,
    successRate: f.success_rate,
    averageRespTime: f.avg_response_time,
    ...Object.fromEntries(Object.keys(SHAPE).map((n) => [n, f[n as TimeName]])),
    max: f.max_response_time,
    maxRespTime: f.max_response_time,
    min: f.min_response_time,
    tps: f.tps,
    maxTps: f.max_tps,
    failedAssert: f.failed_assert,
    failedTimeout: f.failed_timeout,
    failedRefused: f.failed_refused,
    failedOthers: 0,
    failedParsed: 0,
  };
}

/** The requests a case reports: its seeded ones, or one `GET /` carrying all its load. */
export const requestsOf = (c: CaseSeed): RequestSeed[] => (c.requests?.length ? c.requests : [{ name: 'GET /', share: 1, time: 1 }]);

/** A copy of one item's overrides, or an Error naming what the contract could not carry or what contradicts. */
export function checkCaseFigures(figures: CaseFigures, where: string): CaseFigures {
  for (const [name, value] of Object.entries(figures) as [string, unknown][]) {
    if (!(CASE_FIGURE_NAMES as readonly string[]).includes(name)) {
      throw new Error(`${where}: unknown figure ${name}; known: ${CASE_FIGURE_NAMES.join(', ')}`);
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw new Error(`${where}: figure ${name} must be a number of at least 0`);
    if (!FRACTIONAL.includes(name as CaseFigureName) && !Number.isInteger(value)) {
      throw new Error(`${where}: figure ${name} must be an integer (the contract's int)`);
    }
  }
  if ((figures.success_rate ?? 0) > 100) throw new Error(`${where}: figure success_rate must be at most 100`);
  const given = TIME_CHAIN.filter((n) => figures[n] !== undefined);
  for (let i = 1; i < given.length; i++) {
    if (figures[given[i]]! < figures[given[i - 1]]!) throw new Error(`${where}: ${given[i]} is below ${given[i - 1]}`);
  }
  const { avg_response_time: avg, min_response_time: min, max_response_time: max } = figures;
  if (avg !== undefined && ((min !== undefined && avg < min) || (max !== undefined && avg > max))) {
    throw new Error(`${where}: avg_response_time must lie between min_response_time and max_response_time`);
  }
  if (figures.tps !== undefined && figures.max_tps !== undefined && figures.tps > figures.max_tps)
    throw new Error(`${where}: tps is above max_tps`);
  const { request_count: r, success_count: s, error_count: e } = figures;
  if (r !== undefined && ((s ?? 0) > r || (e ?? 0) > r || (s !== undefined && e !== undefined && s + e !== r))) {
    throw new Error(`${where}: success_count + error_count must make request_count`);
  }
  return { ...figures };
}

const OVERRIDE_PARTS = ['performance', 'requests', 'transactions'];

/** Named items' overrides, each name one the case has. */
function checkNamed(named: Record<string, CaseFigures>, known: string[], what: string): Record<string, CaseFigures> {
  return Object.fromEntries(
    Object.entries(named).map(([name, figures]) => {
      if (!known.includes(name)) throw new Error(`${what} "${name}": no such one (known: ${known.join(', ') || 'none'})`);
      return [name, checkCaseFigures(figures, `${what} "${name}"`)];
    }),
  );
}

function caseNamed(cases: CaseSeed[], name: string, what: string): CaseSeed {
  const found = cases.find((c) => c.name === name && c.type === 2);
  if (!found)
    throw new Error(
      `${what} "${name}": no such case (known: ${cases
        .filter((c) => c.type === 2)
        .map((c) => c.name)
        .join(', ')})`,
    );
  return found;
}

/**
 * A copy of per-case overrides, or an Error naming a case, request or transaction that `cases` (the
 * PerfTest project's) lack, or a figure that checkCaseFigures refuses. Overrides for a case the run
 * does not include are kept and never shown.
 */
export function checkCaseOverrides(overrides: CaseFigureOverrides, cases: CaseSeed[]): CaseFigureOverrides {
  return Object.fromEntries(
    Object.entries(overrides).map(([caseName, over]) => {
      const seed = caseNamed(cases, caseName, 'case figures for');
      const unknown = Object.keys(over).find((k) => !OVERRIDE_PARTS.includes(k));
      if (unknown) throw new Error(`case figures for "${caseName}": unknown part ${unknown}; known: ${OVERRIDE_PARTS.join(', ')}`);
      const copy: CaseOverrides = {};
      if (over.performance) copy.performance = checkCaseFigures(over.performance, `case "${caseName}"`);
      if (over.requests)
        copy.requests = checkNamed(
          over.requests,
          requestsOf(seed).map((r) => r.name),
          `request of case "${caseName}"`,
        );
      if (over.transactions) {
        const known = (seed.transactions ?? []).map((t) => t.name);
        copy.transactions = checkNamed(over.transactions, known, `transaction of case "${caseName}"`);
      }
      return [caseName, copy];
    }),
  );
}

const GAPS: readonly CaseGap[] = ['unlisted', 'empty', 'refused'];

/** A copy of per-case gaps, or an Error naming an unknown case or gap. */
export function checkCaseGaps(gaps: CaseGaps, cases: CaseSeed[]): CaseGaps {
  for (const [caseName, gap] of Object.entries(gaps)) {
    caseNamed(cases, caseName, 'case gap for');
    if (!GAPS.includes(gap)) throw new Error(`case gap for "${caseName}": ${String(gap)} is none of ${GAPS.join(', ')}`);
  }
  return { ...gaps };
}
