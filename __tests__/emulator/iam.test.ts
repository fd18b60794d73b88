// IAM: the region project lookup (signed) and OIDC federation to temporary AK/SK (unsigned).
import { DEMO } from '../../emulator/index.js';
import { MINUTE, jwt, paths, setup, taskBody, type Api, type Reply } from './client.js';

let api: Api;
beforeEach(async () => {
  api = await setup();
});
afterEach(() => api.emulator.stop());

const ISSUER = 'https://token.actions.githubusercontent.com';
const claims = (overrides: Record<string, unknown> = {}) => ({
  iss: ISSUER,
  aud: DEMO.audience,
  sub: 'repo:acme/checkout-service:pull_request',
  iat: Math.floor(api.clock.now() / 1000) - 10,
  exp: Math.floor(api.clock.now() / 1000) + 300,
  ...overrides,
});
const exchange = (token: string, idp: string | null = DEMO.identityProvider) =>
  api.unsigned('POST', paths.idToken, { headers: idp === null ? {} : { 'X-Idp-Id': idp }, data: { auth: { id_token: { id: token } } } });
const securityToken = (subjectToken: string, duration_seconds: unknown = 900) =>
  api.unsigned('POST', paths.securityTokens, {
    data: { auth: { identity: { methods: ['token'], token: { id: subjectToken, duration_seconds } } } },
  });

function expectIamError(reply: Reply): void {
  expect(reply.status).toBeGreaterThanOrEqual(400);
  expect(reply.status).toBeLessThan(500);
  expect(reply.json).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
}

describe('KeystoneListProjects', () => {
  test('GET /v3/projects?name=cn-north-4, signed without X-Project-Id, returns exactly the region project', async () => {
    const reply = await api.signed({ path: paths.iamProjects, query: [['name', DEMO.region]], projectId: null });
    expect(reply.status).toBe(200);
    expect(reply.json.projects).toHaveLength(1);
    expect(reply.json.projects[0]).toMatchObject({ id: DEMO.projectId, name: DEMO.region, domain_id: expect.any(String), enabled: true });
    expect(reply.json.links).toEqual(expect.any(Object));
    expect(api.emulator.received[0]).toMatchObject({ operation: 'KeystoneListProjects', status: 200 });
  });

  test('an unknown region name returns an empty list', async () => {
    const reply = await api.signed({ path: paths.iamProjects, query: [['name', 'xx-nowhere-1']], projectId: null });
    expect(reply.status).toBe(200);
    expect(reply.json.projects).toEqual([]);
  });

  test('it is signed: a wrong SK is a 401', async () => {
    const reply = await api.signed({ path: paths.iamProjects, query: [['name', DEMO.region]], projectId: null, sk: 'wrong' });
    expect(reply.status).toBe(401);
  });
});

describe('CreateTokenWithIdToken', () => {
  test('a valid ID token gives 201 and an X-Subject-Token header', async () => {
    const reply = await exchange(jwt(claims()));
    expect(reply.status).toBe(201);
    expect(reply.headers['x-subject-token']).toEqual(expect.stringMatching(/.+/));
    expect(reply.headers['x-iam-trace-id']).toEqual(expect.any(String));
    expect(reply.headers['x-request-id']).toBeUndefined();
    expect(api.emulator.received[0]).toMatchObject({ operation: 'CreateTokenWithIdToken', status: 201 });
  });

  test('aud may be a list containing the client ID', async () => {
    expect((await exchange(jwt(claims({ aud: ['other', DEMO.audience] })))).status).toBe(201);
  });

  test.each<[string, () => string, string | null]>([
    ['a wrong audience', () => jwt(claims({ aud: 'someone-else' })), DEMO.identityProvider],
    ['a wrong issuer', () => jwt(claims({ iss: 'https://evil.example.com' })), DEMO.identityProvider],
    ['an expired token', () => jwt(claims({ exp: Math.floor(api.clock.now() / 1000) - 1 })), DEMO.identityProvider],
    ['a token without exp', () => jwt(claims({ exp: undefined })), DEMO.identityProvider],
    ['an unknown identity provider', () => jwt(claims()), 'no-such-idp'],
    ['no X-Idp-Id header', () => jwt(claims()), null],
    ['something that is not a JWT', () => 'not-a-jwt', DEMO.identityProvider],
    ['a JWT whose payload is not JSON', () => `e30.${Buffer.from('{not json').toString('base64url')}.sig`, DEMO.identityProvider],
  ])('%s is an IAM {error: {code, message}} error without X-Subject-Token', async (_label, token, idp) => {
    const reply = await exchange(token(), idp);
    expectIamError(reply);
    expect(reply.headers['x-subject-token']).toBeUndefined();
  });

  test('expiry is judged on the emulator clock', async () => {
    const token = jwt(claims({ exp: Math.floor(api.clock.now() / 1000) + 60 }));
    api.clock.advance(MINUTE);
    expectIamError(await exchange(token));
  });

  test('a JWT whose payload is JSON null (or another non-object) is an IAM 4xx error', async () => {
    for (const payload of ['null', '"text"', '[1]']) {
      const reply = await exchange(`e30.${Buffer.from(payload).toString('base64url')}.sig`);
      expectIamError(reply);
    }
  });
});

describe('CreateTemporaryAccessKeyByToken', () => {
  const subject = async () => {
    const reply = await exchange(jwt(claims()));
    expect(reply.status).toBe(201);
    return String(reply.headers['x-subject-token']);
  };

  test('gives temporary keys that sign CreateNewTask, refused once expires_at has passed', async () => {
    const reply = await securityToken(await subject());
    expect(reply.status).toBeGreaterThanOrEqual(200);
    expect(reply.status).toBeLessThan(300);
    const credential = reply.json.credential;
    expect(credential).toEqual({
      access: expect.any(String),
      secret: expect.any(String),
      securitytoken: expect.any(String),
      expires_at: expect.any(String),
    });
    const expiresAt = Date.parse(credential.expires_at);
    expect(expiresAt).toBe(api.clock.now() + 900 * 1000);

    const keys = { ak: credential.access as string, sk: credential.secret as string, securityToken: credential.securitytoken as string };
    const created = await api.signed({ path: paths.tasks, data: taskBody(), ...keys });
    expect(created.status).toBe(201);
    expect(api.emulator.tasks()).toHaveLength(1);

    expect((await api.signed({ path: paths.tasks, data: taskBody(), ak: keys.ak, sk: keys.sk })).status).toBe(401);

    api.clock.t = expiresAt - 1000;
    expect((await api.signed({ path: paths.tasks, data: taskBody(), ...keys })).status).toBe(201);
    api.clock.t = expiresAt + 1000;
    const expired = await api.signed({ path: paths.tasks, data: taskBody(), ...keys });
    expect(expired.status).toBe(401);
    expect(expired.json).toMatchObject({ error_code: 'APIGW.0301' });
    expect(api.emulator.tasks()).toHaveLength(2);
  });

  test('each exchange issues different keys', async () => {
    const a = (await securityToken(await subject())).json.credential;
    const b = (await securityToken(await subject())).json.credential;
    expect(b.access).not.toBe(a.access);
    expect(b.securitytoken).not.toBe(a.securitytoken);
  });

  test('duration_seconds 86400 is accepted; 899, 86401 and a string are 400', async () => {
    const token = await subject();
    const long = await securityToken(token, 86400);
    expect(Date.parse(long.json.credential.expires_at)).toBe(api.clock.now() + 86400 * 1000);
    for (const duration of [899, 86401, '900']) {
      const reply = await securityToken(token, duration);
      expect(reply.status).toBe(400);
      expectIamError(reply);
    }
  });

  test('an unknown subject token is an IAM error', async () => {
    const reply = await securityToken('MIInot-a-token');
    expectIamError(reply);
  });

  test('a body that is not JSON is an IAM-style error', async () => {
    const reply = await api.unsigned('POST', paths.securityTokens, { body: '{auth', headers: { 'Content-Type': 'application/json' } });
    expectIamError(reply);
  });
});

describe('mapping rules and the runner ID-token service', () => {
  test('a token whose sub matches no mapping rule is refused', async () => {
    const reply = await exchange(jwt(claims({ sub: 'repo:someone/else:pull_request' })));
    expectIamError(reply);
    expect(reply.status).toBe(403);
    expect(reply.json.error.message).toMatch(/matches no mapping rule of identity provider github-actions/);
  });

  test('the runner service issues a token for the asked audience, which IAM accepts', async () => {
    const reply = await api.unsigned('GET', `/_runner/idtoken?api-version=2.0&audience=${encodeURIComponent(DEMO.audience)}`, {
      headers: { Authorization: `Bearer ${DEMO.runnerRequestToken}` },
    });
    expect(reply.status).toBe(200);
    const token = reply.json.value as string;
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
    expect(payload).toMatchObject({ iss: ISSUER, aud: DEMO.audience, sub: 'repo:acme/checkout-service:pull_request' });
    expect(payload.exp * 1000).toBeGreaterThan(api.clock.now());
    expect((await exchange(token)).status).toBe(201);
  });

  test('without the audience parameter the token is for the repository owner', async () => {
    const reply = await api.unsigned('GET', '/_runner/idtoken?api-version=2.0', {
      headers: { Authorization: `Bearer ${DEMO.runnerRequestToken}` },
    });
    const payload = JSON.parse(Buffer.from((reply.json.value as string).split('.')[1], 'base64url').toString('utf8'));
    expect(payload.aud).toBe('https://github.com/acme');
  });

  test('a wrong request token is refused', async () => {
    const reply = await api.unsigned('GET', '/_runner/idtoken?api-version=2.0', { headers: { Authorization: 'Bearer nope' } });
    expect(reply.status).toBe(401);
  });
});
