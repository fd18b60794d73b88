// The headline figures of a run, flattened from the report outline's core_index.
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

export function kpisOf(outline: ReportOutline): Kpis {
  const core = outline.core_index ?? {};
  const kpis: Kpis = {};
  for (const field of KPI_FIELDS) {
    const value = RESPONSE_TIME.includes(field) ? core.response_time?.[field] : core[field];
    const number = typeof value === 'string' ? Number(value) : value;
    if (typeof number === 'number' && Number.isFinite(number)) kpis[field] = number;
  }
  return kpis;
}
