// The run's results as files: results.json (schema 1, for later steps and for a later run that
// takes this one as its baseline), junit.xml for test reporters, and summary.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VERSION } from '../common/version.js';
import { SCOPED_FIELDS, type ScopedFigures } from '../cpts/case-figures.js';
import type { CaseFigures } from './case-report.js';
import type { Baseline, ResultsCase, ResultsFile } from './gate-model.js';
import { renderJunit } from './junit.js';
import { KPI_FIELDS, type Kpis } from './kpis.js';
import { figureDelta, round4, type RunSummary } from './summary.js';
import type { Verdict } from './thresholds.js';

export interface ResultsInput extends RunSummary {
  /** ShowTask's run_status when the run ended (Judged.runStatus). */
  runStatus?: number;
}

export interface ResultsFiles {
  resultsFile: string;
  junitFile: string;
  summaryFile: string;
}

export function buildResults(input: ResultsInput): ResultsFile {
  const { baseline } = input;
  return {
    schema: 1,
    tool: 'codearts-perftest-action',
    version: VERSION,
    run: {
      taskId: input.taskId,
      taskRunId: input.taskRunId ?? null,
      testSuiteId: input.testSuiteId ?? null,
      status: input.status,
      runStatus: input.runStatus ?? null,
      startTime: input.startTime ?? null,
      endTime: input.endTime ?? null,
      durationSeconds: rounded(input.durationSeconds),
      figures: figuresOf(input.kpis),
    },
    rules: input.verdicts.map(ruleOf),
    baseline: baselineOf(baseline, input.kpis),
    baselineMissing: baseline?.kind === 'none' ? (baseline.reason ?? null) : null,
    trend:
      baseline?.kind === 'found'
        ? baseline.trend.map((p) => ({ taskRunId: p.taskRunId ?? null, startTime: p.startTime ?? null, figures: figuresOf(p.kpis) }))
        : [],
    cases: input.cases ? input.cases.cases.map(caseOf) : null,
    caseIdSource: input.cases?.idSource ?? null,
    casesMissing: input.cases?.missing ?? [],
  };
}

/**
 * Creates `dir` and writes the three files into it; returns their absolute paths (for the outputs).
 */
export function writeResultsFiles(dir: string, results: ResultsFile, summaryMarkdown: string): ResultsFiles {
  const at = resolve(dir);
  mkdirSync(at, { recursive: true });
  const files = { resultsFile: join(at, 'results.json'), junitFile: join(at, 'junit.xml'), summaryFile: join(at, 'summary.md') };
  writeFileSync(files.resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(files.junitFile, renderJunit(results));
  writeFileSync(files.summaryFile, summaryMarkdown.endsWith('\n') ? summaryMarkdown : `${summaryMarkdown}\n`);
  return files;
}

function ruleOf(v: Verdict): ResultsFile['rules'][number] {
  const { text, field, operator, kind, scope } = v.threshold;
  return {
    text,
    field,
    operator,
    kind,
    scope: scope ? { kind: scope.kind, name: scope.name } : null,
    limit: rounded(v.limit),
    actual: rounded(v.actual),
    baseline: rounded(v.baseline),
    outcome: v.outcome,
    passed: v.passed,
    note: v.note ?? null,
  };
}

function caseOf(c: CaseFigures): ResultsCase {
  const named = ({ name, figures }: { name: string; figures: ScopedFigures }) => ({ name, figures: scopedOf(figures) });
  return {
    name: c.name,
    caseRunId: c.caseRunId,
    figures: scopedOf(c.figures),
    requests: c.requests.map(named),
    transactions: c.transactions.map(named),
  };
}

/** As figuresOf, for a case's, request's or transaction's figures: in SCOPED_FIELDS order, rounded. */
function scopedOf(figures: ScopedFigures): ScopedFigures {
  const out: ScopedFigures = {};
  for (const field of SCOPED_FIELDS) {
    const value = rounded(figures[field]);
    if (value !== null) out[field] = value;
  }
  return out;
}

function baselineOf(baseline: Baseline | undefined, kpis: Kpis): ResultsFile['baseline'] {
  if (baseline?.kind !== 'found') return null;
  const { run } = baseline;
  const deltas: NonNullable<ResultsFile['baseline']>['deltas'] = {};
  for (const field of KPI_FIELDS) {
    const delta = figureDelta(kpis[field], run.kpis[field]);
    if (delta) deltas[field] = delta;
  }
  return {
    source: run.source,
    taskId: run.taskId ?? null,
    taskRunId: run.taskRunId ?? null,
    startTime: run.startTime ?? null,
    endTime: run.endTime ?? null,
    figures: figuresOf(run.kpis),
    deltas,
  };
}

/** In KPI_FIELDS order, rounded; non-finite values (none expected) left out, as JSON has no NaN. */
function figuresOf(kpis: Kpis): Kpis {
  const figures: Kpis = {};
  for (const field of KPI_FIELDS) {
    const value = rounded(kpis[field]);
    if (value !== null) figures[field] = value;
  }
  return figures;
}

const rounded = (n: number | undefined): number | null => (n === undefined || !Number.isFinite(n) ? null : round4(n));
