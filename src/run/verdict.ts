// The verdict on a run that was followed: its status from how it ended, its report and the
// thresholds, and the message that fails the step.
import { RUN_STATUS, type ReportOutline } from '../cpts/types.js';
import type { RunStatus } from './summary.js';
import { statusName } from './identity.js';
import type { OnMissingBaseline } from './gate-model.js';
import { kpisOf, type Kpis } from './kpis.js';
import { judgeThresholds, type ScopedSource, type Threshold, type Verdict } from './thresholds.js';
import type { RunEnd } from './wait.js';

export interface Judged {
  status: RunStatus;
  kpis: Kpis;
  /** None for a timed-out run: its figures are partial, so it is not judged. */
  verdicts: Verdict[];
  /** How the run ended (or was last seen), when the task or the report says. */
  runStatus: number | undefined;
}

/**
 * The verdict on a run, from how it ended, its report and, for baseline rules, the baseline's figures;
 * for scoped rules, the figures per case, request and transaction of the run (`scoped`) and of the
 * baseline run (`baselineScoped`), when their per-case reports were read.
 */
export function judgeRun(
  end: RunEnd,
  outline: ReportOutline | undefined,
  thresholds: Threshold[],
  baseline?: Kpis,
  onMissing?: OnMissingBaseline,
  scoped?: ScopedSource,
  baselineScoped?: ScopedSource,
): Judged {
  const kpis: Kpis = outline ? kpisOf(outline) : {};
  // When only the run's record told of its end, the report says how it ended.
  const runStatus = end.runStatus ?? outline?.task_basic_execution_data?.task_status;
  if (end.kind === 'timed_out') return { status: 'timed_out', kpis, verdicts: [], runStatus };
  const verdicts = judgeThresholds(thresholds, kpis, baseline, onMissing, scoped, baselineScoped);
  const status: RunStatus = runStatus !== RUN_STATUS.finished ? 'aborted' : verdicts.every((v) => v.passed) ? 'passed' : 'failed';
  return { status, kpis, verdicts, runStatus };
}

/** Why the step fails, or undefined when the run passed. */
export function failureMessage({ status, runStatus, verdicts }: Judged, runId: number, timeoutMs: number): string | undefined {
  if (status === 'timed_out') {
    const state = runStatus === undefined ? 'going' : statusName(runStatus);
    return `Run ${runId} was still ${state} after timeout_minutes (${timeoutMs / 60_000}); the post step stops it.`;
  }
  if (status === 'aborted') {
    if (runStatus === undefined)
      return `Run ${runId} ended, but neither the task nor the run's report says how (no run_status): not judged as passed.`;
    return `Run ${runId} ${statusName(runStatus)} (run_status ${runStatus}).`;
  }
  if (status === 'failed') {
    const broken = verdicts.filter((v) => !v.passed);
    return `Run ${runId} broke ${broken.length} threshold${broken.length === 1 ? '' : 's'}: ` + broken.map(describeVerdict).join('; ');
  }
  return undefined;
}

/**
 * A rule and what decided it: `rps >= baseline - 5% (actual 90, limit 95 from baseline 100)`,
 * `case("place-order").tp95 <= 400 (actual 512, limit 400)`, or the note on a scoped rule without
 * its figures: `case("place-orderr").tp95 <= 400 (no case "place-orderr" in the report; its cases: "browse", "place-order")`.
 */
export function describeVerdict(v: Verdict): string {
  return `${v.threshold.text} (${why(v)})`;
}

function why({ threshold, actual, limit, baseline, outcome, passed, note }: Verdict): string {
  if (note) return note;
  // Scoped: the limit too, so the words stand alone: which case, which figure, what it was, what it had to be.
  if (threshold.kind === 'absolute' && threshold.scope) return `actual ${actual ?? 'missing from the report'}, limit ${limit}`;
  if (threshold.kind === 'absolute') return `actual ${actual ?? 'missing from the report'}`;
  if (outcome === 'no-baseline') return `no baseline: on_missing_baseline is ${passed ? 'warn' : 'fail'}`;
  if (actual === undefined) return baseline === undefined ? 'missing from both reports' : 'actual missing from the report';
  if (baseline === undefined) return "missing from the baseline's report";
  if (outcome === 'unjudgeable') return 'unjudgeable: the baseline is 0 and the rule has no absolute term';
  return `actual ${actual}, limit ${limit} from baseline ${baseline}`;
}
