// The pull-request comment against the emulator's GitHub stand-in, in-process: only a comment the
// token itself wrote is updated, whoever else posts the (public, predictable) marker.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO, startEmulator, type Emulator } from '../../emulator/index.js';
import { PULL_REQUEST_EVENT } from '../../emulator/harness/events.js';
import { upsertPrComment } from '../../src/github/pr-comment.js';
import { marker } from '../../src/github/comment-body.js';

const TASK = 1200001;
let emulator: Emulator;
let dir: string;
let env: Record<string, string>;
const savedApiUrl = process.env.GITHUB_API_URL;

beforeAll(async () => {
  emulator = await startEmulator();
  // Octokit's default reads process.env once; set it too so that no request can reach github.com.
  process.env.GITHUB_API_URL = emulator.url;
  dir = mkdtempSync(join(tmpdir(), 'pr-comment-'));
  writeFileSync(join(dir, 'event.json'), JSON.stringify(PULL_REQUEST_EVENT));
  env = {
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'acme/checkout-service',
    GITHUB_WORKFLOW: 'load test',
    GITHUB_API_URL: emulator.url,
  };
});
afterAll(async () => {
  await emulator.stop();
  rmSync(dir, { recursive: true, force: true });
  if (savedApiUrl === undefined) delete process.env.GITHUB_API_URL;
  else process.env.GITHUB_API_URL = savedApiUrl;
});
beforeEach(() => emulator.state.comments.clear());

const comments = () => [...emulator.state.comments.values()];

async function upsert(token: string, section: 'create' | 'run', content: string): Promise<string[]> {
  const lines: string[] = [];
  const log = { debug: () => undefined, info: (m: string) => lines.push(m), warning: (m: string) => lines.push(`warning: ${m}`) };
  await upsertPrComment({ token, taskId: TASK, section, content, log, env });
  return lines;
}

/** Someone posts the marker of the task the action will create next, before the action does. */
async function spoof(token: string): Promise<number> {
  const answer = await fetch(`${emulator.url}/repos/acme/checkout-service/issues/42/comments`, {
    method: 'POST',
    headers: { Authorization: `token ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ body: `${marker('load test', TASK)}\nclick here: https://example.invalid` }),
  });
  expect(answer.status).toBe(201);
  return ((await answer.json()) as { id: number }).id;
}

test("another user's comment with the marker: the action writes its own and leaves theirs alone", async () => {
  const theirs = await spoof(DEMO.octocatGithubToken);
  const lines = await upsert(DEMO.githubToken, 'create', '### created');
  expect(lines).toEqual([
    "Pull request #42: left alone the comment by @octocat carrying this action's marker; only comments written as github-actions[bot] are updated.",
    'Commented on pull request #42.',
  ]);
  expect(emulator.state.comments.get(theirs)!.body).toBe(`${marker('load test', TASK)}\nclick here: https://example.invalid`);
  const ours = comments().filter((c) => c.id !== theirs);
  expect(ours).toHaveLength(1);
  expect(ours[0].user.login).toBe('github-actions[bot]');
  expect(ours[0].body).toContain('### created');
});

test("a re-run updates the action's own comment in place, not the spoofed one", async () => {
  const theirs = await spoof(DEMO.octocatGithubToken);
  await upsert(DEMO.githubToken, 'create', '### created');
  const [ours] = comments().filter((c) => c.id !== theirs);
  const lines = await upsert(DEMO.githubToken, 'run', '### run passed');
  expect(lines.at(-1)).toBe('Updated the comment on pull request #42.');
  expect(comments()).toHaveLength(2);
  expect(emulator.state.comments.get(ours.id)!.body).toMatch(/### created[\s\S]*### run passed/);
  expect(emulator.state.comments.get(theirs)!.body).not.toContain('### run passed');
});

test("a spoofed comment the token could edit (a maintainer's token) is still not edited", async () => {
  const theirs = await spoof(DEMO.octocatGithubToken);
  const lines = await upsert(DEMO.maintainerGithubToken, 'create', '### created');
  expect(lines.at(-1)).toBe('Commented on pull request #42.');
  expect(emulator.state.comments.get(theirs)!.body).not.toContain('### created');
  expect(comments()).toHaveLength(2);
});

test('no comment yet: one is created, with no other line', async () => {
  expect(await upsert(DEMO.githubToken, 'create', '### created')).toEqual(['Commented on pull request #42.']);
  expect(comments().map((c) => c.user)).toEqual([{ login: 'github-actions[bot]', id: 41898282, type: 'Bot' }]);
});

test("a personal token's own comment is found through GET /user and updated in place", async () => {
  await upsert(DEMO.octocatGithubToken, 'create', '### created');
  expect((await upsert(DEMO.octocatGithubToken, 'run', '### run')).at(-1)).toBe('Updated the comment on pull request #42.');
  expect(comments()).toHaveLength(1);
});
