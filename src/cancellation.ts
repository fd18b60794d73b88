// A cancelled job (SIGTERM, or SIGINT locally) stops the step at once; the log says whether a task
// may exist, so a re-run neither loses nor duplicates it.
import type { Progress } from './cpts/create-task.js';

export function cancellationMessage(signal: string, progress: Progress, name: string, project: number): string {
  if (progress.taskId !== undefined) return `Cancelled (${signal}) after task ${progress.taskId} "${name}" was created.`;
  if (progress.postSent) {
    return (
      `Cancelled (${signal}) while creating the task: a task named "${name}" may have been created in PerfTest project ${project}. ` +
      'Check the project before re-running, or re-run with if_exists: reuse.'
    );
  }
  return `Cancelled (${signal}) before any task was created.`;
}

/** Calls `report` with the signal's name on the first SIGTERM or SIGINT; returns a function that unhooks. */
export function onCancel(report: (signal: string) => void): () => void {
  const handler = (signal: NodeJS.Signals) => report(signal);
  process.once('SIGTERM', handler);
  process.once('SIGINT', handler);
  return () => {
    process.off('SIGTERM', handler);
    process.off('SIGINT', handler);
  };
}
