// What the main step leaves for the post step (core.saveState), by name.
export const STATE = {
  isPost: 'isPost',
  /** Our run's id, once known. */
  runId: 'task_run_id',
  testSuiteId: 'project',
  /** Set (with wait: true) just before the start is sent: from then on the post step looks after the run. */
  waiting: 'waiting',
  /** The task's runs before the start, comma-separated: after a start of unknown outcome, a run not among them is ours. */
  runsBefore: 'runs_before',
  /** The API the start went through (BatchUpdateTaskStatus or UpdateTaskStatus); the stop takes the same. */
  statusApi: 'status_api',
  /**
   * The variables this run sets (environment.ts' SavedVariables, JSON), saved before any is written;
   * emptied once they are all put back. The post step puts back what is left.
   */
  variables: 'variables',
  /** Set when the main step saw the run end. */
  ended: 'ended',
} as const;
