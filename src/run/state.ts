// What the main step leaves for the post step (core.saveState), by name.
export const STATE = {
  isPost: 'isPost',
  runId: 'task_run_id',
  project: 'project',
  /** Set when the main step began waiting for the run. */
  waiting: 'waiting',
  /** Set when the main step saw the run end. */
  ended: 'ended',
} as const;
