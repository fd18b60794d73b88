// A run's per-case report (ShowMergeTaskCase, ShowMergeCaseDetail), derived as its outline is
// (report.ts) from each case's profile and how long the run has run: a case's requests and errors are
// the ones the outline adds up, its average the one the outline weighs by requests, its min and max
// the ones the outline takes the least and the most of. A case's requests (the report's AWs) share
// out the case's load by their seeds' weights: their counts and errors add up to the case's, their
// average weighted by counts is the case's, and their times stay within the case's min and max. A
// custom transaction counts one per iteration of the requests it spans and takes as long as they
// take together. A test's overrides (Run.caseFigures) change only the item they name.
//
// A run still going on shows its figures so far, zero before its load starts: the service's console
// shows a run's per-case figures live, so its API most likely does too (the action asks only once the
// run has ended). A stopped run's figures stop at the stop request, as the outline's do. A case whose
// host was unreachable when the run started counts every one of its requests an error (success rate
// 0), and so do its requests and custom transactions, as the outline counts it.
import { createHash } from 'node:crypto';
import type { CaseSeed, RequestSeed, TransactionSeed } from '../../shared/seed.js';
import { baseFigures, requestsOf, TIME_CHAIN, withOverrides, type CaseOverrides, type ItemFigures, type Sample } from '../case-figures.js';
import { caseRunIdOf, type Run, type State } from '../state.js';
import { caseLoadIn, DEFAULT_PROFILE, loadSeconds } from './report.js';

/** A case of a run, as the report lists it. */
export interface CaseRun {
  seed: CaseSeed;
  /** The id ShowMergeCaseDetail takes (ShowTask's related_temp_running_id). */
  caseRunId: number;
  requests: RequestSeed[];
  transactions: TransactionSeed[];
}

/** The run's cases in the run's order, each with its case-run id. */
export function caseRunsOf(state: State, run: Run): CaseRun[] {
  return state.casesOfRun(run).map((seed, i) => ({
    seed,
    caseRunId: caseRunIdOf(run, i),
    requests: requestsOf(seed),
    transactions: seed.transactions ?? [],
  }));
}

/** An id of the service's database (a dc_case_aw primary key, a transaction id): 32 hex digits, deterministic. */
export const dbId = (caseRun: CaseRun, kind: 'case' | 'request' | 'transaction' | 'transaction-id', name = ''): string =>
  createHash('md5').update(`${caseRun.caseRunId}/${kind}/${name}`).digest('hex');

export interface ItemReport {
  name: string;
  figures: ItemFigures;
}

export interface CaseReport {
  /** Seconds of load the figures cover. */
  seconds: number;
  performance: ItemFigures;
  requests: ItemReport[];
  transactions: ItemReport[];
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Largest remainder: `total` shared out by `weights`, the parts adding up to it exactly. */
function apportion(total: number, weights: number[]): number[] {
  const whole = sum(weights);
  if (!(whole > 0)) return weights.map((_, i) => (i === 0 ? total : 0));
  const exact = weights.map((w) => (total * w) / whole);
  const parts = exact.map(Math.floor);
  const order = exact.map((x, i) => ({ rest: x - Math.floor(x), i })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const left = total - sum(parts);
  for (let k = 0; k < left; k++) parts[order[k].i] += 1;
  return parts;
}

/** The case's errors shared out by weight, none getting more errors than requests. */
function shareErrors(errors: number, counts: number[], weights: number[]): number[] {
  const parts = apportion(errors, weights).map((e, i) => Math.min(e, counts[i]));
  let left = errors - sum(parts);
  for (let i = 0; left > 0 && i < parts.length; i++) {
    const more = Math.min(counts[i] - parts[i], left);
    parts[i] += more;
    left -= more;
  }
  return parts;
}

/** The case's load shared out among its requests. */
function requestSamples(requests: RequestSeed[], whole: Sample): Sample[] {
  const shares = requests.map((r) => r.share);
  const counts = apportion(whole.count, shares);
  const errors = shareErrors(
    whole.errors,
    counts,
    requests.map((r) => r.errors ?? r.share),
  );
  // Times relative to the mean of the requests' times, weighted as they are sent: the case's average stays the case's.
  const weights = whole.count > 0 ? counts : shares;
  const norm = sum(requests.map((r, i) => r.time * weights[i])) / sum(weights) || 1;
  return requests.map((r, i) => ({ count: counts[i], errors: errors[i], avg: (whole.avg * r.time) / norm, seconds: whole.seconds }));
}

/** A request's times kept within its case's min and max, and its min and max around its own average. */
function withinCase(f: ItemFigures, low: number, high: number): ItemFigures {
  if (f.request_count === 0) return f;
  const t = { ...f };
  for (const n of TIME_CHAIN) t[n] = Math.min(Math.max(t[n], low), high);
  t.min_response_time = Math.min(t.min_response_time, Math.floor(t.avg_response_time));
  t.max_response_time = Math.max(t.max_response_time, Math.ceil(t.avg_response_time));
  return t;
}

/** One per iteration of the requests it spans (the fewest of them), as long as they take together. */
function transactionSample(t: TransactionSeed, requests: RequestSeed[], samples: Sample[], seconds: number): Sample {
  const members = t.requests.map((name) => samples[requests.findIndex((r) => r.name === name)]).filter((s) => s !== undefined);
  const count = members.length > 0 ? Math.min(...members.map((s) => s.count)) : 0;
  return { count, errors: Math.min(count, sum(members.map((s) => s.errors))), avg: sum(members.map((s) => s.avg)), seconds };
}

/** The case's figures, its requests' and its custom transactions', with the run's overrides. */
export function caseReport(state: State, run: Run, c: CaseRun): CaseReport {
  const seconds = loadSeconds(state, run);
  const profile = c.seed.profile ?? DEFAULT_PROFILE;
  const { requests: count, errors } = caseLoadIn(run, c.seed, seconds);
  const whole: Sample = { count, errors, avg: profile.avg_response_time, seconds };
  const base = baseFigures(whole);
  const samples = requestSamples(c.requests, whole);
  const over: CaseOverrides = run.caseFigures?.[c.seed.name] ?? {};
  return {
    seconds,
    performance: withOverrides(base, over.performance, seconds),
    requests: c.requests.map((r, i) => {
      const own = withinCase(baseFigures(samples[i]), base.min_response_time, base.max_response_time);
      return { name: r.name, figures: withOverrides(own, over.requests?.[r.name], seconds) };
    }),
    transactions: c.transactions.map((t) => ({
      name: t.name,
      figures: withOverrides(baseFigures(transactionSample(t, c.requests, samples, seconds)), over.transactions?.[t.name], seconds),
    })),
  };
}
