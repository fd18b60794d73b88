// A cancelled job (SIGTERM, or SIGINT locally) stops the step at once; the log says whether a task
// may exist, so a re-run neither loses nor duplicates it.
import type { Progress } from '../cpts/create-task.js';

export function cancellationMessage(signal: string, progress: Progress, name: string, testSuiteId: number): string {
  if (progress.taskId !== undefined) return `Cancelled (${signal}) after task ${progress.taskId} "${name}" was created.`;
  if (progress.postSent) {
    return (
      `Cancelled (${signal}) while creating the task: a task named "${name}" may have been created in PerfTest project ${testSuiteId}. ` +
      'Check the project before re-running, or re-run with if_exists: reuse.'
    );
  }
  return `Cancelled (${signal}) before any task was created.`;
}
