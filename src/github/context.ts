// The workflow run's context, read the way the runner provides it (environment and event file).
// Hand-written rather than `@actions/github`'s `context`: that module's only entry point also loads
// Octokit, which adds about 220 kB and 15 ms to every start of the create path for five values.
import { readFileSync } from 'node:fs';

/** The process environment, or a stand-in for it in tests. */
export type Env = Readonly<Record<string, string | undefined>>;

/** What names a workflow run's task. */
export interface RunContext {
  /** `owner/repo` or `repo`. */
  repository?: string;
  pullRequestNumber?: number;
  sha?: string;
  runId?: number;
  runAttempt?: number;
  /** The job's id in the workflow (GITHUB_JOB). */
  job?: string;
}

export interface WorkflowRun extends RunContext {
  /** A pull request whose head is in another repository (a fork): GitHub gives it no ID token. */
  fromFork: boolean;
  /** The runner offers an ID token (the job has `permissions: id-token: write`). */
  hasIdTokenService: boolean;
}

export function readRunContext(env: Env = process.env): WorkflowRun {
  const pullRequest = readPullRequest(env.GITHUB_EVENT_PATH);
  return {
    repository: env.GITHUB_REPOSITORY,
    pullRequestNumber: typeof pullRequest?.number === 'number' && Number.isInteger(pullRequest.number) ? pullRequest.number : undefined,
    fromFork: Boolean(
      pullRequest &&
      (pullRequest.head?.repo?.fork === true || (pullRequest.head?.repo?.full_name ?? env.GITHUB_REPOSITORY) !== env.GITHUB_REPOSITORY),
    ),
    hasIdTokenService: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
    sha: env.GITHUB_SHA,
    runId: integer(env.GITHUB_RUN_ID),
    runAttempt: integer(env.GITHUB_RUN_ATTEMPT),
    job: env.GITHUB_JOB,
  };
}

interface PullRequestPayload {
  number?: unknown;
  head?: { repo?: { fork?: unknown; full_name?: unknown } };
}

function readPullRequest(eventPath: string | undefined): PullRequestPayload | undefined {
  if (!eventPath) return undefined;
  try {
    return (JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request?: PullRequestPayload }).pull_request;
  } catch {
    return undefined; // no readable event file: name the task after the commit instead
  }
}

function integer(text: string | undefined): number | undefined {
  return text && /^\d+$/.test(text) ? Number(text) : undefined;
}
