// The figures of one case, request or transaction of a run (contract model CaseReportDetail, in
// ShowMergeCaseDetail), under the action's scoped field names. src/cpts may not import src/run, so
// the success-rate rule of src/run/kpis.ts is restated here.

/** Every scoped figure, in the order the action lists them. */
export const SCOPED_FIELDS = [
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

export type ScopedField = (typeof SCOPED_FIELDS)[number];
export type ScopedFigures = Partial<Record<ScopedField, number>>;

/** Each field's CaseReportDetail wire names: the first one present gives the value. */
export const WIRE_NAMES: Readonly<Record<ScopedField, readonly string[]>> = {
  avg_response_time: ['averageRespTime'],
  // Both are documented as the maximum response time (int); `max` is the pair of `min`, maxRespTime
  // the figure of the console's checkpoint (maxRespTimeCheckPoint): `max` first, for a consistent min/max.
  max_response_time: ['max', 'maxRespTime'],
  min_response_time: ['min'],
  tp50: ['tp50'],
  tp75: ['tp75'],
  tp85: ['tp85'],
  tp90: ['tp90'],
  tp95: ['tp95'],
  tp99: ['tp99'],
  tp999: ['tp999'],
  tp9999: ['tp9999'],
  success_rate: ['successRate'],
  tps: ['tps'],
  max_tps: ['maxTps'],
  request_count: ['requests'],
  success_count: ['successCount'],
  error_count: ['errorCount'],
  failed_assert: ['failedAssert'],
  failed_timeout: ['failedTimeout'],
  failed_refused: ['failedRefused'],
};

const NUMERAL = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** A finite number, or a decimal numeral (some answers quote numbers); anything else is absent, never NaN. */
export function figureOf(value: unknown): number | undefined {
  const number = typeof value === 'string' && NUMERAL.test(value.trim()) ? Number(value.trim()) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/** success / requests × 100 to four decimals: exact enough for any threshold, free of floating-point tails. */
export const exactRate = (success: number, requests: number): number => Math.round((success / requests) * 100 * 10_000) / 10_000;

/**
 * The scoped figures of one CaseReportDetail. successRate is an integer in the contract (a 99.7 %
 * case may read 99), so, as run-wide, the rate is successCount / requests × 100 whenever both
 * counts are there, requests were made and the counts agree.
 */
export function scopedFiguresOf(detail: Readonly<Record<string, unknown>>): ScopedFigures {
  const figures: ScopedFigures = {};
  for (const field of SCOPED_FIELDS) {
    const value = WIRE_NAMES[field].map((name) => figureOf(detail[name])).find((v) => v !== undefined);
    if (value !== undefined) figures[field] = value;
  }
  const { success_count: success, request_count: requests } = figures;
  if (success !== undefined && requests !== undefined && requests > 0 && success >= 0 && success <= requests) {
    figures.success_rate = exactRate(success, requests);
  }
  return figures;
}
