// The GitHub REST stand-in: who wrote each comment, who may edit it, and the command line's start
// (a busy port) and banner.
import { createServer, type Server } from 'node:net';
import { DEMO } from '../../emulator/index.js';
import { banner, serve } from '../../emulator/cli/serve.js';
import { setup, type Api } from './client.js';

const COMMENTS = '/repos/acme/checkout-service/issues/42/comments';
const comment = (id: number) => `/repos/acme/checkout-service/issues/comments/${id}`;
const auth = (token: string) => ({ Authorization: `token ${token}` });
const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
const OCTOCAT = { login: 'octocat', id: 583231, type: 'User' };

let api: Api | undefined;
afterEach(async () => {
  await api?.emulator.stop();
  api = undefined;
});

async function post(token: string, body: string): Promise<number> {
  const reply = await api!.unsigned('POST', COMMENTS, { headers: auth(token), data: { body } });
  expect(reply.status).toBe(201);
  return reply.json.id as number;
}

test('each comment carries its author: GITHUB_TOKEN writes as github-actions[bot], a personal token as its user', async () => {
  api = await setup();
  const bots = await post(DEMO.githubToken, 'from the job');
  const octocats = await post(DEMO.octocatGithubToken, 'from octocat');
  const list = await api.unsigned('GET', `${COMMENTS}?per_page=100`, { headers: auth(DEMO.readOnlyGithubToken) });
  expect(list.status).toBe(200);
  expect(list.json.map((c: { id: number; user: unknown }) => [c.id, c.user])).toEqual([
    [bots, BOT],
    [octocats, OCTOCAT],
  ]);
});

test("GITHUB_TOKEN may not edit someone else's comment: 403, as GitHub answers an integration; the comment is unchanged", async () => {
  api = await setup();
  const id = await post(DEMO.octocatGithubToken, 'from octocat');
  const reply = await api.unsigned('PATCH', comment(id), { headers: auth(DEMO.githubToken), data: { body: 'taken over' } });
  expect(reply.status).toBe(403);
  expect(reply.json.message).toBe('Resource not accessible by integration');
  expect(api.emulator.state.comments.get(id)!.body).toBe('from octocat');
});

test('its own comment it may edit; the author stays', async () => {
  api = await setup();
  const id = await post(DEMO.githubToken, 'v1');
  const reply = await api.unsigned('PATCH', comment(id), { headers: auth(DEMO.githubToken), data: { body: 'v2' } });
  expect(reply.status).toBe(200);
  expect(reply.json).toMatchObject({ id, body: 'v2', user: BOT });
});

test("a personal token may not edit another's comment, a maintainer's may", async () => {
  api = await setup();
  const id = await post(DEMO.githubToken, 'from the job');
  const octocat = await api.unsigned('PATCH', comment(id), { headers: auth(DEMO.octocatGithubToken), data: { body: 'x' } });
  expect(octocat.status).toBe(403);
  expect(octocat.json.message).toBe('Resource not accessible by personal access token');
  const maintainer = await api.unsigned('PATCH', comment(id), { headers: auth(DEMO.maintainerGithubToken), data: { body: 'edited' } });
  expect(maintainer.status).toBe(200);
  expect(maintainer.json).toMatchObject({ body: 'edited', user: BOT });
});

test('a read-only token may list but neither comment nor edit; an unknown token is 401', async () => {
  api = await setup();
  const id = await post(DEMO.githubToken, 'from the job');
  const create = await api.unsigned('POST', COMMENTS, { headers: auth(DEMO.readOnlyGithubToken), data: { body: 'x' } });
  const edit = await api.unsigned('PATCH', comment(id), { headers: auth(DEMO.readOnlyGithubToken), data: { body: 'x' } });
  expect([create.status, edit.status]).toEqual([403, 403]);
  expect(edit.json.message).toBe('Resource not accessible by integration');
  const unknown = await api.unsigned('GET', COMMENTS, { headers: auth('ghp_nobody') });
  expect(unknown.status).toBe(401);
  expect(unknown.json.message).toBe('Bad credentials');
});

test("GET /user: a personal token's user; installation tokens are refused as GitHub refuses them", async () => {
  api = await setup();
  const me = await api.unsigned('GET', '/user', { headers: auth(DEMO.octocatGithubToken) });
  expect([me.status, me.json]).toEqual([200, { ...OCTOCAT, site_admin: false }]);
  for (const token of [DEMO.githubToken, DEMO.readOnlyGithubToken]) {
    const answer = await api.unsigned('GET', '/user', { headers: auth(token) });
    expect([answer.status, answer.json.message]).toEqual([403, 'Resource not accessible by integration']);
  }
  expect((await api.unsigned('GET', '/user', { headers: auth('ghp_nobody') })).status).toBe(401);
});

describe('the command line', () => {
  let taken: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (taken ? taken.close(() => resolve()) : resolve()));
    taken = undefined;
  });

  test('a port in use: one line to print and exit code 2, not a stack trace', async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken!.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    expect(await serve({ port })).toEqual({
      exitCode: 2,
      message: `Port ${port} is in use: choose another with --port, or --port 0 for a free one.`,
    });
  });

  test('a free port: the emulator', async () => {
    const served = await serve({ port: 0 });
    expect('emulator' in served).toBe(true);
    if ('emulator' in served) await served.emulator.stop();
  });

  test("the banner says how to point keyless sign-in and comments at the emulator, with the fixture's tokens", () => {
    const url = 'http://127.0.0.1:8080';
    const text = banner(url, false);
    expect(text).toContain(`ACTIONS_ID_TOKEN_REQUEST_URL=${url}/_runner/idtoken?api-version=2.0\n`);
    expect(text).toContain(`ACTIONS_ID_TOKEN_REQUEST_TOKEN=${DEMO.runnerRequestToken}\n`);
    expect(text).toContain(`identity_provider: ${DEMO.identityProvider} and iam_endpoint: ${url}`);
    expect(text).toContain(`GITHUB_API_URL=${url}\n`);
    for (const token of [DEMO.githubToken, DEMO.readOnlyGithubToken, DEMO.octocatGithubToken, DEMO.maintainerGithubToken])
      expect(text).toContain(token);
  });
});
