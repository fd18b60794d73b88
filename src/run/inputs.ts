// The run action's inputs (run/action.yml), declared once; see src/common/input-declarations.ts.
import { COMMENT_DECLARATIONS, CONNECTION_DECLARATIONS, type OwnInputDeclaration } from '../common/input-declarations.js';

const RUN_ONLY = {
  task_id: {
    description: "The task to run, e.g. the create action's task_id output.",
    required: true,
  },
  project: {
    description:
      'The PerfTest project (test suite) the task belongs to, by id or by name. Optional, the task names its own; when given ' +
      "it must be the task's, or the step fails naming both.",
  },
  cluster_type: {
    description: 'Resource group type, shared-cluster-internet (under 1000 concurrent users) or private-cluster.',
    default: 'shared-cluster-internet',
  },
  cluster_id: {
    description: "Resource group id; 0 for the shared group, the group's id for a private one.",
    default: 0,
  },
  wait: {
    description: 'Wait for the run to end and judge it (true), or only start it (false; the run goes on after the job).',
    default: true,
  },
  timeout_minutes: {
    description: 'Bound on the wait, in minutes, from 0.5 to 1440; decimals allowed (0.5, .5, 1.5). The run is stopped when it is reached.',
    default: 60,
  },
  poll_seconds: {
    description: 'Seconds between status checks, an integer from 1 to 600; the first check comes after at most 10 s.',
    default: 15,
  },
  thresholds: {
    description:
      'Rules the run must meet, separated by commas or newlines, e.g. "success_rate >= 99.5, avg_response_time <= 300, ' +
      'error_request_count == 0". Fields: success_rate, rps, avg_response_time, request_count, success_count, ' +
      'error_request_count, max_rps, trans_tps, max_users, avg_tp50, avg_tp90, max_response_time, min_response_time. ' +
      'Operators: < <= > >= == !=. A rule may compare with the baseline instead of a number: "avg_response_time <= ' +
      'baseline + 10%", "avg_tp90 <= baseline + 10% + 50" (the larger of the two), "rps >= baseline - 5%", "success_rate >= ' +
      'baseline - 0.5". A rule may be scoped to one case, request or transaction: case("place-order").tp95 <= 400, ' +
      'request("POST /cart").success_rate >= 99.9, transaction("checkout").avg_response_time <= 800 (fields: ' +
      'avg_response_time, max_response_time, min_response_time, tp50, tp75, tp85, tp90, tp95, tp99, tp999, tp9999, ' +
      'success_rate, tps, max_tps, request_count, success_count, error_count, failed_assert, failed_timeout, failed_refused). ' +
      'Ignored, with a warning, when wait is false.',
  },
  baseline: {
    description:
      'Where the figures of baseline rules come from: task:<task name or id> (the newest run of that task in the same ' +
      'PerfTest project that finished normally, never the run being judged), run:<task_run_id>, or file:<path> (a ' +
      'results.json of an earlier run of this action, e.g. an artifact from main).',
  },
  on_missing_baseline: {
    description:
      'When baseline rules have no baseline to compare with: warn (they are reported as "no baseline" and do not fail the ' +
      'step) or fail (they fail it).',
    default: 'warn',
  },
  trend_runs: {
    description: 'How many earlier baseline runs to chart in the summary, from 0 (no chart) to 50.',
    default: 10,
  },
  case_details: {
    description:
      "Read each case's, request's and transaction's figures after the run and show them in the summary (true), or only " +
      'when a rule names a case, request or transaction (false).',
    default: true,
  },
  variables: {
    description:
      'Global variables of the PerfTest project to set for this run, one NAME=value per line (or NAME=value pairs separated ' +
      'by commas on one line), e.g. TARGET_HOST=pr-42.preview.example.com. Each must name an existing variable (an ' +
      'enumeration or text variable gets that one value, an integer variable that one number); its value is put back after ' +
      'the run, also when the job is cancelled, unless someone else changed it meanwhile. Needs wait: true.',
  },
  create_variables: {
    description:
      'Create a variable that "variables" names and the project lacks (as a one-value enumeration), and delete it after the run, instead of failing.',
    default: false,
  },
  mask_variables: {
    description:
      'Treat the values given in "variables" as secrets: masked in the log, shown as *** in the summary, the comment and the results files.',
    default: false,
  },
  preflight: {
    description:
      "Before the start, debug each of the task's cases once (DebugCase) and refuse to start when any request fails, naming " +
      "the case, the request, its URL, its status code and the error; the summary shows each request's status code and time.",
    default: false,
  },
  results_dir: {
    description: 'Where results.json, junit.xml and summary.md are written.',
    default: '${{ runner.temp }}/codearts-perftest',
  },
} as const satisfies Record<string, OwnInputDeclaration>;

export const RUN_DECLARATIONS = { ...RUN_ONLY, ...CONNECTION_DECLARATIONS, ...COMMENT_DECLARATIONS };
