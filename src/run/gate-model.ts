// The regression gate's shapes, shared by the modules that read a baseline (baseline.ts), judge
// rules against it (thresholds.ts) and write the results (results.ts, summary.ts).
import type { ScopedFigures } from '../cpts/case-figures.js';
import type { Ref } from '../cpts/refs.js';
import type { IdSource } from './case-report.js';
import type { Kpis } from './kpis.js';

/** The `baseline` input: the newest normally finished run of a task, one run, or an earlier results.json. */
export type BaselineSpec = { kind: 'task'; task: Ref } | { kind: 'run'; taskRunId: number } | { kind: 'file'; path: string };

/** `on_missing_baseline`: whether baseline rules without a baseline fail the step. */
export type OnMissingBaseline = 'warn' | 'fail';

/** The run whose figures the baseline rules compare against. */
export interface BaselineRun {
  source: BaselineSpec['kind'];
  /** The task of the baseline run, when known (task:, or a results.json that names it). */
  taskId?: number;
  taskRunId?: number;
  startTime?: string;
  endTime?: string;
  kpis: Kpis;
}

/** One earlier run in the trend chart. */
export interface TrendPoint {
  taskRunId?: number;
  startTime?: string;
  kpis: Kpis;
}

/** What reading the baseline gave; `calls` counts the API calls it took. */
export type Baseline =
  /** `trend`: earlier normally finished runs, oldest first, the baseline run last; at most trend_runs. */
  | { kind: 'found'; run: BaselineRun; trend: TrendPoint[]; calls: number }
  /** No baseline: not asked for (no `baseline` input), or asked for and not found (the reason says why). */
  | { kind: 'none'; reason: string | undefined; calls: number };

/** The outcome of one rule. */
export type RuleOutcome = 'pass' | 'fail' | 'no-baseline' | 'unjudgeable';

/**
 * results.json, `schema: 1`: what a later step or a later run (baseline: file:) reads. Documented in the README.
 * The optional keys came later: buildResults always writes them, a results.json of an earlier version lacks them.
 */
export interface ResultsFile {
  schema: 1;
  tool: 'codearts-perftest-action';
  version: string;
  run: {
    taskId: number;
    taskRunId: number | null;
    testSuiteId: number | null;
    /** The `status` output: passed, failed, aborted, timed_out, started, error. */
    status: string;
    /** ShowTask's run_status when the run ended, e.g. 2 finished normally. */
    runStatus: number | null;
    startTime: string | null;
    endTime: string | null;
    durationSeconds: number | null;
    /** Every figure the report gives (kpis.ts), judged or not. */
    figures: Kpis;
  };
  rules: {
    text: string;
    field: string;
    operator: string;
    kind: 'absolute' | 'baseline';
    /** What a scoped rule judges; null for a run-wide rule. (thresholds.ts' Scope, restated: thresholds.ts imports this file.) */
    scope?: { kind: 'case' | 'request' | 'transaction'; name: string } | null;
    /** The value compared against: the rule's number, or the limit from the baseline. */
    limit: number | null;
    actual: number | null;
    baseline: number | null;
    outcome: RuleOutcome;
    /** Whether the rule let the step pass (a rule without a baseline passes only with on_missing_baseline: warn). */
    passed: boolean;
    /** Why a scoped rule failed without figures to compare (the per-case report unread, a name or figure not in it). */
    note?: string | null;
  }[];
  baseline: {
    source: BaselineSpec['kind'];
    taskId: number | null;
    taskRunId: number | null;
    startTime: string | null;
    endTime: string | null;
    figures: Kpis;
    /** Per figure present in both: this run minus the baseline, and that as a percentage of the baseline (null when it is 0). */
    deltas: Partial<Record<keyof Kpis, { delta: number; deltaPercent: number | null }>>;
  } | null;
  /** Why there is no baseline, when one was asked for. */
  baselineMissing: string | null;
  /** The earlier runs charted, oldest first. */
  trend: { taskRunId: number | null; startTime: string | null; figures: Kpis }[];
  /** Each case's figures, with its requests' and transactions', in the report's order; null when the per-case report was not read. */
  cases?: ResultsCase[] | null;
  /** Which field of the case list gave the case-run ids (case-report.ts); null when the per-case report was not read. */
  caseIdSource?: IdSource | null;
  /** Cases listed without a readable detail: `"name": why`. */
  casesMissing?: string[];
}

/** One case of results.json: its figures (scoped names, rounded to 4 decimals) and its requests' and transactions'. */
export interface ResultsCase {
  name: string;
  caseRunId: string;
  figures: ScopedFigures;
  requests: { name: string; figures: ScopedFigures }[];
  transactions: { name: string; figures: ScopedFigures }[];
}
