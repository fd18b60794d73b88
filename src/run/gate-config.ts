// The regression gate's settings: where the baseline comes from, what a missing one means, how many
// earlier runs to chart, and where the results files go. Pure, like the rest of the settings.
import { resultsDirOf } from '../common/results-dir.js';
import { parseBoolean, parseBoundedInt, parseChoice } from '../common/validate.js';
import type { Env } from '../github/context.js';
import { parseBaselineSpec } from './baseline.js';
import type { BaselineSpec, OnMissingBaseline } from './gate-model.js';
import { RUN_DECLARATIONS } from './inputs.js';

export interface GateConfig {
  /** Undefined: no `baseline` input (baseline rules then have no baseline). */
  baseline: BaselineSpec | undefined;
  onMissingBaseline: OnMissingBaseline;
  trendRuns: number;
  resultsDir: string;
  /** Read the per-case report even when no rule needs it, for the summary. */
  caseDetails: boolean;
}

/** The raw texts of the inputs this reads. */
type GateInputs = Record<'baseline' | 'on_missing_baseline' | 'trend_runs' | 'results_dir' | 'case_details', string>;

export function resolveGateConfig(raw: GateInputs, env: Env): GateConfig {
  return {
    baseline: parseBaselineSpec('baseline', raw.baseline),
    onMissingBaseline: parseChoice<OnMissingBaseline>(
      'on_missing_baseline',
      raw.on_missing_baseline,
      ['warn', 'fail'],
      RUN_DECLARATIONS.on_missing_baseline.default,
    ),
    trendRuns: parseBoundedInt(
      'trend_runs',
      raw.trend_runs,
      0,
      50,
      RUN_DECLARATIONS.trend_runs.default,
      'the number of earlier runs to chart',
    ),
    resultsDir: resultsDirOf(raw.results_dir, env),
    caseDetails: parseBoolean('case_details', raw.case_details, RUN_DECLARATIONS.case_details.default),
  };
}
