// A deterministic report outline for a run, derived from its cases' profiles and how long it ran,
// except for the figures the run carries (figures.ts), which are shown as they are. A case whose host
// the load generators could not reach when the run started (Run.unreachable) sends as many requests
// as its profile says, and every one of them is an error.
import { countsWith, RESPONSE_TIME_FIGURES, type FigureName, type Figures } from '../figures.js';
import type { CaseSeed } from '../../shared/seed.js';
import type { Run, State } from '../state.js';

/** The profile of a case the fixture gives none. */
export const DEFAULT_PROFILE = { rps: 100, avg_response_time: 150, success_rate: 100 };

/** What a run's cases put out from the end of its wait until now (or until the load stopped). */
interface Load {
  cases: number;
  seconds: number;
  requests: number;
  errors: number;
  /** Mean response time, weighted by requests. */
  avg: number;
  /** The cases' rates added up. */
  rps: number;
  maxTime: number;
  minTime: number;
}

/** Whole seconds of load from the end of the run's wait until now, or until the load stopped. */
export function loadSeconds(state: State, run: Run): number {
  const runningFrom = run.startedAt + state.fixture.run.waitingSeconds * 1000;
  const until = Math.min(state.now(), state.loadEnd(run));
  return Math.max(0, Math.floor((until - runningFrom) / 1000));
}

/** A case's requests and errors over `seconds` of load, as the outline and the per-case report count them. */
export function caseLoad(profile: { rps: number; success_rate: number }, seconds: number): { requests: number; errors: number } {
  const requests = Math.round(profile.rps * seconds);
  return { requests, errors: Math.round((requests * (100 - profile.success_rate)) / 100) };
}

/** A case's requests and errors in this run: every request an error when its host was unreachable. */
export function caseLoadIn(run: Run, c: CaseSeed, seconds: number): { requests: number; errors: number } {
  const load = caseLoad(c.profile ?? DEFAULT_PROFILE, seconds);
  return run.unreachable.includes(c.name) ? { requests: load.requests, errors: load.requests } : load;
}

function loadOf(state: State, run: Run): Load {
  const cases = state.casesOfRun(run);
  const seconds = loadSeconds(state, run);
  let requests = 0;
  let errors = 0;
  let weightedTime = 0;
  let rps = 0;
  let maxTime = 0;
  let minTime = Infinity;
  for (const c of cases) {
    const profile = c.profile ?? DEFAULT_PROFILE;
    const { requests: count, errors: failed } = caseLoadIn(run, c, seconds);
    requests += count;
    errors += failed;
    weightedTime += profile.avg_response_time * count;
    rps += profile.rps;
    maxTime = Math.max(maxTime, Math.round(profile.avg_response_time * 3.2));
    minTime = Math.min(minTime, Math.round(profile.avg_response_time * 0.2));
  }
  const avg = requests > 0 ? Math.round((weightedTime / requests) * 100) / 100 : 0;
  return { cases: cases.length, seconds, requests, errors, avg, rps, maxTime, minTime };
}

function coreIndex({ cases, seconds, requests, errors, avg, rps, maxTime, minTime }: Load) {
  const success = requests - errors;
  return {
    request_count: requests,
    success_count: success,
    error_request_count: errors,
    // An integer in the contract: a 99.7 % run reads 99 (truncated, as the service most likely does).
    success_rate: requests > 0 ? Math.floor((success / requests) * 100) : 0,
    rps: seconds > 0 ? rps + 0.25 : 0,
    max_rps: seconds > 0 ? Math.round(rps * 1.15) : 0,
    trans_tps: seconds > 0 ? Math.round(rps * 90) / 100 : 0,
    max_users: cases * 50,
    response_time: {
      avg_response_time: avg,
      avg_tp50: Math.round(avg * 0.9),
      avg_tp90: Math.round(avg * 1.6),
      max_response_time: requests > 0 ? maxTime : 0,
      min_response_time: requests > 0 ? minTime : 0,
    },
  };
}

type CoreIndex = ReturnType<typeof coreIndex>;

/** core_index with the run's own figures in place of the computed ones. */
function withFigures(core: CoreIndex, figures: Figures | undefined): CoreIndex {
  if (!figures) return core;
  const result = { ...core, ...countsWith(core, figures), response_time: { ...core.response_time } };
  for (const [name, value] of Object.entries(figures) as [FigureName, number][]) {
    if (name === 'request_count' || name === 'success_count' || name === 'error_request_count' || name === 'success_rate') continue;
    if (RESPONSE_TIME_FIGURES.includes(name)) result.response_time[name as keyof CoreIndex['response_time']] = value;
    else result[name as 'rps' | 'max_rps' | 'trans_tps' | 'max_users'] = value;
  }
  return result;
}

function networkTraffic({ seconds, rps }: Load) {
  return {
    avg_network_traffic: seconds > 0 ? Math.round(rps * 4.6 * 100) / 100 : 0,
    max_down_stream: seconds > 0 ? Math.round(rps * 4.4) : 0,
    max_network_traffic: seconds > 0 ? Math.round(rps * 5.3) : 0,
    max_upstream: seconds > 0 ? Math.round(rps * 0.6) : 0,
    min_network_traffic: seconds > 0 ? Math.round(rps * 3.1 * 100) / 100 : 0,
  };
}

function basicExecution(state: State, run: Run, { cases, seconds }: Load) {
  const status = state.runStatus(run);
  return {
    start_time: new Date(run.startedAt).toISOString(),
    end_time: state.endTime(run) === undefined ? '' : new Date(state.endTime(run)!).toISOString(),
    duration: seconds,
    task_status: status,
    total_num: cases,
    executed_num: cases,
    complete_num: state.endTime(run) === undefined ? 0 : cases,
    pass_num: status === 2 ? cases : 0,
    parallel: true,
    vum: Math.ceil((seconds / 60) * cases * 50),
  };
}

export function reportOutline(state: State, run: Run) {
  const load = loadOf(state, run);
  const core = withFigures(coreIndex(load), run.figures);
  // The error and response-code sums follow the counts shown, overridden or not.
  const { success_count: success, error_request_count: errors } = core;
  return {
    core_index: core,
    exception_response_sum: {
      failed_assert: Math.floor(errors / 2),
      failed_others: 0,
      failed_parsed: 0,
      failed_refused: Math.floor(errors / 4),
      failed_timeout: errors - Math.floor(errors / 2) - Math.floor(errors / 4),
    },
    response_code_sum: { sum1xx: 0, sum2xx: success, sum3xx: 0, sum4xx: Math.floor(errors / 2), sum5xx: errors - Math.floor(errors / 2) },
    network_traffic: networkTraffic(load),
    task_basic_execution_data: basicExecution(state, run, load),
  };
}
