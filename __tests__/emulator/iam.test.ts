// IAM: the region project lookups (signed) and OIDC federation to temporary AK/SK (unsigned).
import { DEFAULT_FIXTURE, DEMO } from '../../emulator/index.js';
import { MINUTE, jwt, paths, setup, taskBody, type Api, type Reply } from './client.js';

/** A permanent key whose user lacks iam:projects:listProjects (a least-privilege user's). */
const LIMITED = { ak: 'LIMITEDAK00000000001', sk: 'limited-secret-key' };

let api: Api;
beforeEach(async () => {
  api = await setup({ seed: { credentials: [...DEFAULT_FIXTURE.credentials, { ...LIMITED, listProjects: false }] } });
});
afterEach(async () => {
  const violations = [...api.emulator.contractViolations];
  await api.emulator.stop();
  // Strict mode (the default) checked every 2xx answer against the contract's response model.
  expect(violations).toEqual([]);
});

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

/** IAM's `{error: {code, message}}` error of the operation, with IAM's request id header. */
function expectIamError(reply: Reply, status: number, code: string): void {
  expect(reply.status).toBe(status);
  expect(reply.json).toEqual({ error: { code, message: expect.any(String) } });
  // IAM's request id header, not the API gateway's.
  expect(reply.headers['x-iam-trace-id']).toEqual(expect.any(String));
  expect(reply.headers['x-request-id']).toBeUndefined();
}

/** IAM's `{error: {code, message}}` answer to a request outside the contract's request model. */
function expectIamMisfit(reply: Reply, operation: string, problems: string): void {
  expect(reply.status).toBe(400);
  expect(reply.json).toEqual({ error: { code: 'IAM.0101', message: `The request does not fit ${operation}: ${problems}.` } });
}

const DOMAIN = DEFAULT_FIXTURE.domainId;
const projectResult = (id: string, name: string) => ({
  id,
  name,
  domain_id: DOMAIN,
  parent_id: DOMAIN,
  enabled: true,
  is_domain: false,
  description: '',
  links: { self: `/v3/projects/${id}` },
});
const REGION_PROJECTS = DEFAULT_FIXTURE.regionProjects.map((p) => projectResult(p.id, p.name));

describe('KeystoneListProjects', () => {
  test('GET /v3/projects?name=cn-north-4, signed without X-Project-Id, returns exactly the region project', async () => {
    const reply = await api.signed({ path: paths.iamProjects, query: [['name', DEMO.region]], projectId: null });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      projects: [projectResult(DEMO.projectId, DEMO.region)],
      links: { self: '/v3/projects', previous: null, next: null },
    });
    expect(reply.headers['x-iam-trace-id']).toEqual(expect.any(String));
    expect(reply.headers['x-request-id']).toBeUndefined();
    expect(api.emulator.received[0]).toMatchObject({ operation: 'KeystoneListProjects', status: 200 });
  });

  test('without name, every region project of the account', async () => {
    const reply = await api.signed({ path: paths.iamProjects, projectId: null });
    expect(reply.status).toBe(200);
    expect(reply.json.projects).toEqual(REGION_PROJECTS);
  });

  test('an unknown region name returns an empty list', async () => {
    const reply = await api.signed({ path: paths.iamProjects, query: [['name', 'xx-nowhere-1']], projectId: null });
    expect(reply.status).toBe(200);
    expect(reply.json.projects).toEqual([]);
  });

  test('it is signed: a wrong SK is a 401', async () => {
    const reply = await api.signed({ path: paths.iamProjects, query: [['name', DEMO.region]], projectId: null, sk: 'wrong' });
    expect(reply.status).toBe(401);
    expect(reply.json).toMatchObject({ error_code: 'APIGW.0301' });
  });

  test("a key seeded with listProjects: false is refused: 403 IAM.0003, the policy's message", async () => {
    const reply = await api.signed({ path: paths.iamProjects, query: [['name', DEMO.region]], projectId: null, ...LIMITED });
    expect(reply.status).toBe(403);
    expect(reply.json).toEqual({
      error_msg: "Policy doesn't allow iam:projects:listProjects to be performed.",
      error_code: 'IAM.0003',
      request_id: reply.headers['x-iam-trace-id'],
    });
    expect(api.emulator.received[0]).toMatchObject({ operation: 'KeystoneListProjects', status: 403 });
  });

  test.each<[string, [string, string][], string]>([
    ['an unknown query parameter', [['colour', 'red']], 'query colour is not a parameter of the operation'],
    ['enabled that is not a boolean', [['enabled', 'yes']], 'query enabled expected bool, got "yes"'],
    [
      'name given twice',
      [
        ['name', DEMO.region],
        ['name', 'ap-southeast-1'],
      ],
      'query name is given more than once',
    ],
  ])('%s does not fit the contract: 400 IAM.0101 naming it', async (_label, query, problems) => {
    expectIamMisfit(await api.signed({ path: paths.iamProjects, query, projectId: null }), 'KeystoneListProjects', problems);
  });
});

describe('KeystoneListAuthProjects', () => {
  test('GET /v3/auth/projects, signed without X-Project-Id, lists the projects the caller can reach', async () => {
    const reply = await api.signed({ path: paths.iamAuthProjects, projectId: null });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ projects: REGION_PROJECTS, links: { self: '/v3/auth/projects' } });
    expect(reply.headers['x-iam-trace-id']).toEqual(expect.any(String));
    expect(reply.headers['x-request-id']).toBeUndefined();
    expect(api.emulator.received[0]).toMatchObject({ operation: 'KeystoneListAuthProjects', status: 200 });
  });

  test('needs no permission: a key without listProjects gets the same list', async () => {
    const reply = await api.signed({ path: paths.iamAuthProjects, projectId: null, ...LIMITED });
    expect(reply.status).toBe(200);
    expect(reply.json.projects).toEqual(REGION_PROJECTS);
  });

  test('it is signed: an unsigned request is a 401', async () => {
    const reply = await api.unsigned('GET', paths.iamAuthProjects);
    expect(reply.status).toBe(401);
    expect(reply.json).toMatchObject({ error_code: 'APIGW.0301' });
  });

  test('it takes no query parameters: name is a 400 IAM.0101', async () => {
    expectIamMisfit(
      await api.signed({ path: paths.iamAuthProjects, query: [['name', DEMO.region]], projectId: null }),
      'KeystoneListAuthProjects',
      'query name is not a parameter of the operation',
    );
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

  test.each<[string, () => string, string | null, number, string]>([
    ['a wrong audience', () => jwt(claims({ aud: 'someone-else' })), DEMO.identityProvider, 400, 'IAM.0103'],
    ['a wrong issuer', () => jwt(claims({ iss: 'https://evil.example.com' })), DEMO.identityProvider, 400, 'IAM.0102'],
    ['an expired token', () => jwt(claims({ exp: Math.floor(api.clock.now() / 1000) - 1 })), DEMO.identityProvider, 401, 'IAM.0104'],
    ['a token without exp', () => jwt(claims({ exp: undefined })), DEMO.identityProvider, 401, 'IAM.0104'],
    ['an unknown identity provider', () => jwt(claims()), 'no-such-idp', 404, 'IAM.0004'],
    ['no X-Idp-Id header', () => jwt(claims()), null, 400, 'IAM.0101'],
    ['something that is not a JWT', () => 'not-a-jwt', DEMO.identityProvider, 400, 'IAM.0101'],
    [
      'a JWT whose payload is not JSON',
      () => `e30.${Buffer.from('{not json').toString('base64url')}.sig`,
      DEMO.identityProvider,
      400,
      'IAM.0101',
    ],
  ])('%s is an IAM {error: {code, message}} error without X-Subject-Token', async (_label, token, idp, status, code) => {
    const reply = await exchange(token(), idp);
    expectIamError(reply, status, code);
    expect(reply.headers['x-subject-token']).toBeUndefined();
  });

  test('the X-Idp-Id header is required by the contract: its absence is a 400 naming it', async () => {
    expectIamMisfit(await exchange(jwt(claims()), null), 'CreateTokenWithIdToken', 'header X-Idp-Id is required');
  });

  test('a body with an unknown field, or without id_token, does not fit the contract: 400 IAM.0101 naming it', async () => {
    const extra = await api.unsigned('POST', paths.idToken, {
      headers: { 'X-Idp-Id': DEMO.identityProvider },
      data: { auth: { id_token: { id: jwt(claims()), kind: 'oidc' } } },
    });
    expectIamMisfit(extra, 'CreateTokenWithIdToken', 'body.auth.id_token.kind is not a field of the model');
    const missing = await api.unsigned('POST', paths.idToken, { headers: { 'X-Idp-Id': DEMO.identityProvider }, data: { auth: {} } });
    expectIamMisfit(missing, 'CreateTokenWithIdToken', 'body.auth.id_token is required');
    expect(api.emulator.state.subjectTokens.size).toBe(0);
  });

  test('expiry is judged on the emulator clock', async () => {
    const token = jwt(claims({ exp: Math.floor(api.clock.now() / 1000) + 60 }));
    api.clock.advance(MINUTE);
    expectIamError(await exchange(token), 401, 'IAM.0104');
  });

  test('a JWT whose payload is JSON null (or another non-object) is a 400 IAM.0101', async () => {
    for (const payload of ['null', '"text"', '[1]']) {
      const reply = await exchange(`e30.${Buffer.from(payload).toString('base64url')}.sig`);
      expectIamError(reply, 400, 'IAM.0101');
      expect(reply.json.error.message).toBe('The id_token payload is not a JSON object.');
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
    expect(reply.status).toBe(201);
    expect(reply.headers['x-iam-trace-id']).toEqual(expect.any(String));
    expect(reply.headers['x-request-id']).toBeUndefined();
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

  test('the temporary keys lack iam:projects:listProjects: KeystoneListProjects is a 403 IAM.0003, KeystoneListAuthProjects works', async () => {
    const credential = (await securityToken(await subject())).json.credential;
    const keys = { ak: credential.access as string, sk: credential.secret as string, securityToken: credential.securitytoken as string };
    const listed = await api.signed({ path: paths.iamProjects, query: [['name', DEMO.region]], projectId: null, ...keys });
    expect(listed.status).toBe(403);
    expect(listed.json).toMatchObject({
      error_code: 'IAM.0003',
      error_msg: "Policy doesn't allow iam:projects:listProjects to be performed.",
    });
    const reachable = await api.signed({ path: paths.iamAuthProjects, projectId: null, ...keys });
    expect(reachable.status).toBe(200);
    expect(reachable.json.projects).toEqual(REGION_PROJECTS);
  });

  test('the seeded temporary key keeps listProjects (default true)', async () => {
    const reply = await api.signed({
      path: paths.iamProjects,
      query: [['name', DEMO.region]],
      projectId: null,
      ak: DEMO.temporaryAk,
      sk: DEMO.temporarySk,
      securityToken: DEMO.securityToken,
    });
    expect(reply.status).toBe(200);
    expect(reply.json.projects).toEqual([projectResult(DEMO.projectId, DEMO.region)]);
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
    for (const duration of [899, 86401]) {
      const reply = await securityToken(token, duration);
      expectIamError(reply, 400, 'IAM.0101');
      expect(reply.json.error.message).toBe('duration_seconds must be an integer from 900 to 86400.');
    }
    expectIamMisfit(
      await securityToken(token, '900'),
      'CreateTemporaryAccessKeyByToken',
      'body.auth.identity.token.duration_seconds expected an integer, got string "900"',
    );
  });

  test('an unknown subject token is a 401 IAM.0106', async () => {
    const reply = await securityToken('MIInot-a-token');
    expectIamError(reply, 401, 'IAM.0106');
  });

  test('a body that is not JSON is a 400 IAM.0101', async () => {
    const reply = await api.unsigned('POST', paths.securityTokens, { body: '{auth', headers: { 'Content-Type': 'application/json' } });
    expectIamError(reply, 400, 'IAM.0101');
    expect(reply.json.error.message).toBe('The request body is not valid JSON.');
  });

  test('a body without methods does not fit the contract: 400 IAM.0101 naming it', async () => {
    const reply = await api.unsigned('POST', paths.securityTokens, { data: { auth: { identity: { token: { id: 'x' } } } } });
    expectIamMisfit(reply, 'CreateTemporaryAccessKeyByToken', 'body.auth.identity.methods is required');
  });
});

describe('mapping rules and the runner ID-token service', () => {
  test('a token whose sub matches no mapping rule is refused', async () => {
    const reply = await exchange(jwt(claims({ sub: 'repo:someone/else:pull_request' })));
    expectIamError(reply, 403, 'IAM.0105');
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
