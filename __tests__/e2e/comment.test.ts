// The pull-request comment, end to end: both bundles against the emulator's GitHub REST stand-in.
import { fileURLToPath } from 'node:url';
import { DEMO, demoRunInputs } from '../../emulator/index.js';
import { runStep } from '../../emulator/harness/run-step.js';
import { useEmulator } from '../helpers/e2e.js';

const RUN_BUNDLE = fileURLToPath(new URL('../../dist/run/index.js', import.meta.url));
const harness = useEmulator({ seed: { run: { waitingSeconds: 1, runningSeconds: 1 } } });
const githubEnv = () => ({ GITHUB_API_URL: harness.emulator.url, GITHUB_WORKFLOW: 'load test' });
const commenting = (token: string = DEMO.githubToken) => ({ comment_on_pr: 'true', github_token: token });
const comments = () => [...harness.emulator.state.comments.values()];

/** Someone else posts the marker of the task the create step makes next: task ids are sequential. */
async function spoof(token: string = DEMO.octocatGithubToken): Promise<number> {
  const task = harness.emulator.state.fixture.firstTaskId;
  const answer = await fetch(`${harness.emulator.url}/repos/acme/checkout-service/issues/42/comments`, {
    method: 'POST',
    headers: { Authorization: `token ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      body: `<!-- codearts-perftest-action workflow="load test" task="${task}" -->\nLooks good, see https://example.invalid`,
    }),
  });
  expect(answer.status).toBe(201);
  return ((await answer.json()) as { id: number }).id;
}

test('create then run: one comment on the pull request, updated in place with both sections', async () => {
  const created = await harness.step({ inputs: harness.inputs({ ...commenting(), if_exists: 'reuse' }), env: githubEnv() });
  expect(created.exitCode).toBe(0);
  expect(created.stdout).toContain('Commented on pull request #42.');
  expect(comments()).toHaveLength(1);
  const [comment] = comments();
  expect(comment.issue).toBe('acme/checkout-service#42');
  expect(comment.body).toMatch(new RegExp(`^<!-- codearts-perftest-action workflow="load test" task="${created.outputs.task_id}" -->`));
  expect(comment.body).toContain('### CodeArts PerfTest task created');

  const ran = await runStep(RUN_BUNDLE, {
    inputs: { ...demoRunInputs(harness.emulator.url, created.outputs.task_id), thresholds: 'success_rate >= 99', ...commenting() },
    env: githubEnv(),
  });
  expect(ran.exitCode).toBe(0);
  expect(ran.stdout).toContain('Updated the comment on pull request #42.');
  expect(comments()).toHaveLength(1);
  expect(comments()[0].body).toContain('### CodeArts PerfTest task created');
  expect(comments()[0].body).toContain('### CodeArts PerfTest run passed ✅');
  expect(comments()[0].body).toContain('| `success_rate >= 99` |');

  // A re-run that reuses the task rewrites the create section and keeps the run's.
  const again = await harness.step({ inputs: harness.inputs({ ...commenting(), if_exists: 'reuse' }), env: githubEnv() });
  expect(again.outputs.task_id).toBe(created.outputs.task_id);
  expect(comments()).toHaveLength(1);
  expect(comments()[0].body).toContain('### CodeArts PerfTest task reused');
  expect(comments()[0].body).toContain('### CodeArts PerfTest run passed ✅');
});

test("someone else's comment carrying the marker is left alone: the action writes its own, and the run step updates that", async () => {
  const theirs = await spoof();
  const before = harness.emulator.state.comments.get(theirs)!.body;
  const created = await harness.step({ inputs: harness.inputs(commenting()), env: githubEnv() });
  expect(created.exitCode).toBe(0);
  expect(created.outputs.task_id).toBe(String(harness.emulator.state.fixture.firstTaskId));
  expect(created.stdout).toContain(
    "Pull request #42: left alone the comment by @octocat carrying this action's marker; only comments written as github-actions[bot] are updated.",
  );
  expect(created.stdout).toContain('Commented on pull request #42.');
  const ours = comments().find((c) => c.id !== theirs)!;
  expect(ours.user.login).toBe('github-actions[bot]');

  const ran = await runStep(RUN_BUNDLE, {
    inputs: { ...demoRunInputs(harness.emulator.url, created.outputs.task_id), thresholds: 'success_rate >= 99', ...commenting() },
    env: githubEnv(),
  });
  expect(ran.exitCode).toBe(0);
  expect(ran.stdout).toContain('Updated the comment on pull request #42.');
  expect(comments()).toHaveLength(2);
  expect(harness.emulator.state.comments.get(ours.id)!.body).toMatch(
    /### CodeArts PerfTest task created[\s\S]*### CodeArts PerfTest run passed ✅/,
  );
  expect(harness.emulator.state.comments.get(theirs)!.body).toBe(before);
});

test("a token that could edit the spoofed comment (a maintainer's) still writes its own", async () => {
  const theirs = await spoof();
  const before = harness.emulator.state.comments.get(theirs)!.body;
  const created = await harness.step({ inputs: harness.inputs(commenting(DEMO.maintainerGithubToken)), env: githubEnv() });
  expect(created.exitCode).toBe(0);
  expect(created.stdout).toContain('Commented on pull request #42.');
  expect(comments()).toHaveLength(2);
  expect(harness.emulator.state.comments.get(theirs)!.body).toBe(before);
});

test('another task gets a comment of its own', async () => {
  await harness.step({ inputs: harness.inputs(commenting()), env: githubEnv() });
  await harness.step({ inputs: harness.inputs({ ...commenting(), name: 'second-task' }), env: githubEnv() });
  expect(comments()).toHaveLength(2);
});

test('a read-only token (a pull request from a fork): a warning, not a failure', async () => {
  const result = await harness.step({ inputs: harness.inputs(commenting(DEMO.readOnlyGithubToken)), env: githubEnv() });
  expect(result.exitCode).toBe(0);
  expect(result.outputs.task_id).toBeDefined();
  expect(result.stdout).toMatch(
    /::warning::Could not comment on pull request #42 \(HTTP 403: Resource not accessible by integration.*\): the token may not write to this pull request: pull requests from forks get a read-only token/,
  );
  expect(comments()).toHaveLength(0);
});

test('not a pull request: no comment and no request to GitHub', async () => {
  const result = await harness.step({
    inputs: harness.inputs(commenting()),
    env: githubEnv(),
    event: { ref: 'refs/heads/main' },
    eventName: 'push',
  });
  expect(result.exitCode).toBe(0);
  expect(result.stdout).toContain('comment_on_pr: this run is not for a pull request, so there is no comment to write.');
  expect(harness.emulator.received.filter((r) => r.operation?.includes('Comment'))).toHaveLength(0);
});

test('without comment_on_pr, GitHub is never called', async () => {
  const result = await harness.step({ inputs: harness.inputs(), env: githubEnv() });
  expect(result.exitCode).toBe(0);
  expect(harness.emulator.received.map((r) => r.operation)).toEqual(['CreateNewTask']);
});

test('the token is masked', async () => {
  const result = await harness.step({ inputs: harness.inputs(commenting()), env: githubEnv() });
  expect(result.stdout).toContain(`::add-mask::${DEMO.githubToken}`);
});
