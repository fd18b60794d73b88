// The job summary: markdown appended to the file the runner gives (GITHUB_STEP_SUMMARY).
import * as core from '@actions/core';

/** Appends markdown to the job summary, when the runner gives one. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return core.debug('GITHUB_STEP_SUMMARY is not set: no job summary.');
  await core.summary.addRaw(markdown).write();
}
