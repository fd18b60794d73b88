// What the doctor found, check by check: each is one line in the log and one row in the job
// summary. `detail` may name ids and names (the user's own log and summary); `facts` go into
// doctor.json, which users attach to public issues, and so hold no id, name, URL or secret.

export type Outcome = 'ok' | 'warn' | 'fail' | 'skip';

export interface Check {
  /** Stable, for doctor.json: credentials, region-project, signature, permission, perftest-project, task, run, contract-fit. */
  id: string;
  title: string;
  outcome: Outcome;
  /** What was found. */
  detail: string;
  /** What to do, when it is not ok. */
  advice?: string;
  /** The section of docs/troubleshooting.md that explains the fix. */
  anchor?: string;
  /** Safe for doctor.json: counts, routes, enumeration values, action names. */
  facts?: Record<string, string | number | boolean>;
}

export const MARK: Record<Outcome, string> = { ok: '✅', warn: '⚠️', fail: '❌', skip: '➖' };

export type DoctorStatus = 'ok' | 'warnings' | 'failed';

/** failed with any ❌, warnings with any ⚠️, else ok; a check not made (➖) counts for nothing. */
export function statusOf(checks: Check[]): DoctorStatus {
  if (checks.some((c) => c.outcome === 'fail')) return 'failed';
  return checks.some((c) => c.outcome === 'warn') ? 'warnings' : 'ok';
}

/**
 * The identity-policy actions the actions need, each with the read operations that prove it here.
 * Write actions cannot be proved without writing, and the doctor never writes: they are listed,
 * not checked.
 */
export const READ_PERMISSIONS = [
  { action: 'codeartsperftest:cpts:listPerfTestProject', operations: ['ListProjectSets'], usedFor: 'PerfTest projects by name' },
  {
    action: 'codeartsperftest:cpts:getPerfTestProject',
    operations: ['ListProjectTestCase', 'ListVariables'],
    usedFor: 'cases by name, variables',
  },
  { action: 'codeartsperftest:cpts:listPerfTestTask', operations: ['ShowTaskSet'], usedFor: 'tasks by name (if_exists, baseline task:)' },
  {
    action: 'codeartsperftest:cpts:getPerfTestTask',
    operations: ['ShowTask', 'ShowHistoryRunInfo', 'ListTaskCases', 'ShowMergeReportLogsOutline'],
    usedFor: 'following a run and reading its report',
  },
] as const;

export const WRITE_PERMISSIONS = [
  ['codeartsperftest:cpts:createPerfTestTask', 'the create action, CreateNewTask'],
  ['codeartsperftest:cpts:executePerfTestTask', 'starting and stopping a run, BatchUpdateTaskStatus'],
  ['codeartsperftest:cpts:updatePerfTestTask', 'the old-edition start, UpdateTaskStatus, when the first is refused'],
  ['codeartsperftest:cpts:updatePerfTestProject', 'variables and preflight, UpdateVariable and DebugCase'],
  ['codeartsperftest:cpts:createPerfTestProject', 'create_variables, CreateVariable'],
] as const;
