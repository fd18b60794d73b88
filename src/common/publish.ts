// The last step of both actions: the job summary, and the same markdown in the pull-request comment
// when asked for (Octokit is loaded only then).
import type { Section } from '../github/comment-body.js';
import type { Runner } from '../github/runner.js';
import type { CommentSettings } from './connection.js';

export async function publish(runner: Runner, comment: CommentSettings, taskId: number, section: Section, markdown: string): Promise<void> {
  runner.appendSummary(markdown);
  if (!comment.enabled) return;
  const { upsertPrComment } = await import('../github/pr-comment.js');
  await upsertPrComment({ token: comment.token, taskId, section, content: markdown, log: runner, env: runner.env });
}
