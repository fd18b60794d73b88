// Figures a test sets for a run (or for every run of a task) instead of those its cases and timing
// give, so that runs of one task can differ, as a regression gate's baseline and trend need. The
// names are the run action's (src/run/kpis.ts), restated here: the emulator does not import src/.

export const FIGURE_NAMES = [
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

export type FigureName = (typeof FIGURE_NAMES)[number];
/** Figures shown in a run's report outline instead of the computed ones; the others stay computed. */
export type Figures = Partial<Record<FigureName, number>>;

/** The ones in core_index.response_time; the others are in core_index itself. */
export const RESPONSE_TIME_FIGURES: readonly FigureName[] = [
  'avg_response_time',
  'avg_tp50',
  'avg_tp90',
  'max_response_time',
  'min_response_time',
];

/**
 * The ones the contract types int. success_rate is int there too, but a seeded rate may have
 * decimals: the outline shows it truncated and the counts carry the exact rate.
 */
const INTEGERS: readonly FigureName[] = [
  'request_count',
  'success_count',
  'error_request_count',
  'max_rps',
  'max_users',
  'avg_tp50',
  'avg_tp90',
  'max_response_time',
  'min_response_time',
];

/** A copy of `figures`, or an Error naming what the contract could not carry (strict mode would answer 500 later). */
export function checkFigures(figures: Figures): Figures {
  for (const [name, value] of Object.entries(figures) as [string, unknown][]) {
    if (!(FIGURE_NAMES as readonly string[]).includes(name)) throw new Error(`unknown figure ${name}; known: ${FIGURE_NAMES.join(', ')}`);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Error(`figure ${name} must be a number of at least 0`);
    if (INTEGERS.includes(name as FigureName) && !Number.isInteger(value))
      throw new Error(`figure ${name} must be an integer (the contract's int)`);
  }
  if (figures.success_rate !== undefined && figures.success_rate > 100) throw new Error('figure success_rate must be at most 100');
  return { ...figures };
}

/** core_index's counts: request, success and error counts, and the (integer) success rate. */
export interface Counts {
  request_count: number;
  success_count: number;
  error_request_count: number;
  success_rate: number;
}

/**
 * The counts with `figures` applied, kept consistent: a rate given without counts sets the success
 * count from the request count (so success_count / request_count reads back the rate, which is what
 * the action judges); a request count given alone keeps the computed share of errors.
 */
export function countsWith(computed: Counts, figures: Figures): Counts {
  const { request_count, success_count, error_request_count, success_rate } = figures;
  if ([request_count, success_count, error_request_count, success_rate].every((v) => v === undefined)) return computed;
  const requests = request_count ?? computed.request_count;
  const errorShare = computed.request_count > 0 ? computed.error_request_count / computed.request_count : 0;
  const success =
    success_count ??
    (error_request_count !== undefined
      ? requests - error_request_count
      : success_rate !== undefined
        ? Math.round((requests * success_rate) / 100)
        : requests - Math.round(requests * errorShare));
  return {
    request_count: requests,
    success_count: success,
    error_request_count: error_request_count ?? requests - success,
    // Truncated, as the computed rate is: an integer in the contract.
    success_rate: Math.floor(success_rate ?? (requests > 0 ? (success / requests) * 100 : 0)),
  };
}
