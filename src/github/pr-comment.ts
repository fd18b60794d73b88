// Keeps the pull-request comment up to date. Octokit is loaded only here, and only when a comment is
// asked for, so that the actions' start-up stays light. A token that may not write (a pull request
// from a fork) gets a warning, never a failed step: the load test itself went fine.
import { commentBody, marker, type Section } from '../report/comment.js';
import { readRunContext } from '../github-context.js';
import type { Env } from '../huawei/credentials.js';
import type { Logger } from '../huawei/http.js';

export interface CommentRequest {
  token: string;
  taskId: number;
  section: Section;
  content: string;
  log: Logger;
  env?: Env;
}

export async function upsertPrComment(request: CommentRequest): Promise<void> {
  const env = request.env ?? process.env;
  const { log } = request;
  const number = readRunContext(env).pullRequestNumber;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (number === undefined || !owner || !repo) {
    log.info('comment_on_pr: this run is not for a pull request, so there is no comment to write.');
    return;
  }
  const workflow = env.GITHUB_WORKFLOW || 'workflow';
  const mark = marker(workflow, request.taskId);
  try {
    const { getOctokit } = await import('@actions/github');
    const octokit = getOctokit(request.token);
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 });
    const mine = comments.find((c) => c.body?.startsWith(mark));
    const body = commentBody(mine?.body, mark, workflow, request.taskId, request.section, request.content);
    if (mine) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
      log.info(`Updated the comment on pull request #${number}.`);
    } else {
      await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
      log.info(`Commented on pull request #${number}.`);
    }
  } catch (error) {
    const status = (error as { status?: number }).status;
    const why =
      status === 403 || status === 404
        ? 'the token may not write to this pull request: pull requests from forks get a read-only token, and otherwise the job needs `permissions: pull-requests: write`'
        : 'see the error';
    log.warning(
      `Could not comment on pull request #${number} (${status ? `HTTP ${status}: ` : ''}${(error as Error).message}): ${why}. The results are in the job summary.`,
    );
  }
}
