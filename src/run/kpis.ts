// The headline figures of a run, flattened from the report outline's core_index.
import { exactRate } from '../cpts/case-figures.js';
import type { ReportOutline } from '../cpts/types.js';

/** Every core_index figure a threshold may name; response times come from core_index.response_time. */
export const KPI_FIELDS = [
  'success_rate',
  'rps',
  'avg_response_time',
  'request_count',
  'success_count',
  'error_request_count',
  'max_rps',
  'trans_tps',
  'max_users',
  'avg_tp50',
  'avg_tp90',
  'max_response_time',
  'min_response_time',
] as const;

export type KpiField = (typeof KPI_FIELDS)[number];
export type Kpis = Partial<Record<KpiField, number>>;

const RESPONSE_TIME: readonly string[] = ['avg_response_time', 'avg_tp50', 'avg_tp90', 'max_response_time', 'min_response_time'];

/** Where the judged success rate came from: the exact counts, or the report's integer field. */
export type SuccessRateBasis =
  { from: 'counts'; successCount: number; requestCount: number; reported: number | undefined } | { from: 'report'; reported: number };

export function kpisOf(outline: ReportOutline): Kpis {
  const core = outline.core_index ?? {};
  const kpis: Kpis = {};
  for (const field of KPI_FIELDS) {
    const value = numberOf(RESPONSE_TIME.includes(field) ? core.response_time?.[field] : core[field]);
    if (value !== undefined) kpis[field] = value;
  }
  const basis = successRateBasis(outline);
  if (basis?.from === 'counts') kpis.success_rate = exactRate(basis.successCount, basis.requestCount);
  return kpis;
}

/**
 * The contract types core_index.success_rate as an integer (a 99.7 % run may read 99), so the rate
 * is success_count / request_count × 100 whenever both counts are there and requests were made.
 */
export function successRateBasis(outline: ReportOutline): SuccessRateBasis | undefined {
  const core = outline.core_index ?? {};
  const successCount = numberOf(core.success_count);
  const requestCount = numberOf(core.request_count);
  const reported = numberOf(core.success_rate);
  if (successCount !== undefined && requestCount !== undefined && requestCount > 0 && successCount <= requestCount) {
    return { from: 'counts', successCount, requestCount, reported };
  }
  return reported === undefined ? undefined : { from: 'report', reported };
}

function numberOf(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}
