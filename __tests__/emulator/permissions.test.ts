// CodeArts PerfTest's identity-policy actions per key (CredentialSeed.permissions, and
// IdentityProviderSeed.permissions for keyless sign-in's temporary keys): a request whose key lacks the
// operation's action (PERMISSION_OF) is a 403 SVCSTG.CPTS.4031001 "Policy doesn't allow ... to be
// performed.", checked after the signature and before the handler, so a denied write changes nothing.
import { DEFAULT_FIXTURE, DEMO, PERMISSION_DENIED, PERMISSION_OF, type CredentialSeed } from '../../emulator/index.js';
import { ROUTES } from '../../emulator/harness/routes.js';
import { OTHER_SUITE, P, START, batchBody, createTask, jwt, paths, setup, taskBody, type Api, type Reply } from './client.js';

const action = (name: string) => `codeartsperftest:cpts:${name}`;
const denial = (name: string) => ({ code: 'SVCSTG.CPTS.4031001', message: `Policy doesn't allow ${action(name)} to be performed.` });

/** A key that may list PerfTest projects and nothing else of CodeArts PerfTest. */
const LISTER = { ak: 'LISTERAK000000000001', sk: 'lister-secret-key' };
/** A key that holds no CodeArts PerfTest action at all. */
const NOTHING = { ak: 'NOTHINGAK00000000001', sk: 'nothing-secret-key' };
/** A key that reads tasks and projects but may create, run or change nothing. */
const READER = { ak: 'READERAK000000000001', sk: 'reader-secret-key' };
const READS = ['listPerfTestProject', 'getPerfTestProject', 'listPerfTestTask', 'getPerfTestTask'].map(action);

const keys = (...extra: CredentialSeed[]) => [...DEFAULT_FIXTURE.credentials, ...extra];

let api: Api;
beforeEach(async () => {
  api = await setup({
    seed: {
      credentials: keys(
        { ...LISTER, permissions: [action('listPerfTestProject')] },
        { ...NOTHING, permissions: [] },
        { ...READER, permissions: READS },
      ),
    },
  });
});
afterEach(async () => {
  const violations = [...api.emulator.contractViolations];
  await api.emulator.stop();
  expect(violations).toEqual([]);
});

/** CodeArts PerfTest's 403 for the action, with the API gateway's request id header. */
function expectDenied(reply: Reply, name: string): void {
  expect(reply.status).toBe(403);
  expect(reply.json).toEqual(denial(name));
  expect(reply.headers['x-request-id']).toEqual(expect.any(String));
}

describe('a key seeded with permissions holds only those actions', () => {
  test('without getPerfTestTask, ShowTask is a 403 naming it; with listPerfTestProject, ListProjectSets is a 200', async () => {
    const id = await createTask(api);
    const shown = await api.signed({ path: paths.showTask(id), ...LISTER });
    expectDenied(shown, 'getPerfTestTask');
    expect(shown.json).toEqual({
      code: 'SVCSTG.CPTS.4031001',
      message: "Policy doesn't allow codeartsperftest:cpts:getPerfTestTask to be performed.",
    });

    const listed = await api.signed({ path: paths.suites, ...LISTER });
    expect(listed.status).toBe(200);
    expect((listed.json.projects as { id: number }[]).map((p) => p.id)).toEqual([DEMO.perftestProject, OTHER_SUITE]);

    expect(api.emulator.received.slice(1).map((r) => [r.operation, r.status])).toEqual([
      ['ShowTask', 403],
      ['ListProjectSets', 200],
    ]);
  });

  test('a denied CreateNewTask creates nothing: no task, and the next task still gets the first id', async () => {
    const reply = await api.signed({ path: paths.tasks, data: taskBody(), ...READER });
    expectDenied(reply, 'createPerfTestTask');
    expect(api.emulator.tasks()).toEqual([]);
    expect(await createTask(api)).toBe(DEFAULT_FIXTURE.firstTaskId);
    expect(api.emulator.tasks()).toHaveLength(1);
  });

  test('a denied start or delete leaves the task as it was', async () => {
    const id = await createTask(api);
    expectDenied(await api.signed({ path: paths.batchStatus(), data: batchBody([id], 9), ...READER }), 'executePerfTestTask');
    expectDenied(await api.signed({ path: paths.taskStatus(id), data: START, ...READER }), 'updatePerfTestTask');
    expect(api.emulator.state.runs.size).toBe(0);
    expectDenied(await api.signed({ method: 'DELETE', path: paths.task(id), ...READER }), 'deletePerfTestTask');
    expect(api.emulator.tasks().map((t) => t.id)).toEqual([id]);
    // The reader may read it: run_status 2, never ran.
    const shown = await api.signed({ path: paths.showTask(id), ...READER });
    expect(shown.status).toBe(200);
    expect(shown.json.taskInfo).toMatchObject({ run_status: 2, related_temp_running_data: [] });
  });

  test('permissions: [] holds no action of CodeArts PerfTest, yet IAM answers (it is not checked here)', async () => {
    expectDenied(await api.signed({ path: paths.suites, ...NOTHING }), 'listPerfTestProject');
    expectDenied(await api.signed({ path: paths.directory(), ...NOTHING }), 'getPerfTestProject');
    const projects = await api.signed({ path: paths.iamProjects, query: [['name', DEMO.region]], projectId: null, ...NOTHING });
    expect(projects.status).toBe(200);
    expect((await api.signed({ path: paths.iamAuthProjects, projectId: null, ...NOTHING })).status).toBe(200);
  });

  test('a key without permissions (the default) holds every action', async () => {
    const id = await createTask(api);
    expect((await api.signed({ path: paths.showTask(id) })).status).toBe(200);
    expect((await api.signed({ method: 'DELETE', path: paths.task(id) })).status).toBe(204);
    expect(api.emulator.tasks()).toEqual([]);
  });

  test('the gateway comes first: a bad signature with a limited key is the 401, not the 403', async () => {
    const reply = await api.signed({ path: paths.showTask(1), ...LISTER, sk: 'wrong' });
    expect(reply.status).toBe(401);
    expect(reply.json).toMatchObject({ error_code: 'APIGW.0301' });
  });

  test('the permission comes before the request is read: a misfit body of a denied key is the 403', async () => {
    const reply = await api.signed({ path: paths.tasks, data: { colour: 'red' }, ...LISTER });
    expectDenied(reply, 'createPerfTestTask');
  });
});

describe('PERMISSION_OF', () => {
  const cptsRoutes = ROUTES.filter((r) => r.service === 'cpts');

  test('names one codeartsperftest:cpts: action for exactly the signed CodeArts PerfTest routes', () => {
    expect(cptsRoutes.every((r) => r.signed)).toBe(true);
    expect(Object.keys(PERMISSION_OF).sort()).toEqual(cptsRoutes.map((r) => r.operation).sort());
    for (const name of Object.values(PERMISSION_OF)) expect(name).toMatch(/^codeartsperftest:cpts:[a-zA-Z]+$/);
    expect(PERMISSION_DENIED).toBe('SVCSTG.CPTS.4031001');
  });

  test("the API reference's actions where it documents them", () => {
    expect(PERMISSION_OF).toMatchObject({
      CreateNewTask: action('createPerfTestTask'),
      ShowTaskSet: action('listPerfTestTask'),
      ListProjectSets: action('listPerfTestProject'),
      ListProjectTestCase: action('getPerfTestProject'),
      ListVariables: action('getPerfTestProject'),
      UpdateVariable: action('updatePerfTestProject'),
      CreateVariable: action('createPerfTestProject'),
      DebugCase: action('updatePerfTestProject'),
      BatchUpdateTaskStatus: action('executePerfTestTask'),
      UpdateTaskStatus: action('updatePerfTestTask'),
      ShowTask: action('getPerfTestTask'),
      ShowHistoryRunInfo: action('getPerfTestTask'),
      ListTaskCases: action('getPerfTestTask'),
    });
  });

  /** A request of the route: its method, every path parameter a number (the URL's project the account's). */
  const requestOf = (route: (typeof cptsRoutes)[number]) => ({
    method: route.method,
    path: '/' + route.pattern.map((part) => (part === '{project_id}' ? P : part.startsWith('{') ? '1' : part)).join('/'),
  });

  test.each(cptsRoutes.map((r) => [r.operation, r] as const))(
    '%s: refused to a key holding every other action, not refused for want of it to a key holding it alone',
    async (operation, route) => {
      const needed = PERMISSION_OF[operation as keyof typeof PERMISSION_OF];
      const others = [...new Set(Object.values(PERMISSION_OF))].filter((a) => a !== needed);
      const only = { ak: 'ONLYAK00000000000001', sk: 'only-secret' };
      const allBut = { ak: 'ALLBUTAK000000000001', sk: 'all-but-secret' };
      const seeded = await setup({ seed: { credentials: keys({ ...only, permissions: [needed] }, { ...allBut, permissions: others }) } });
      try {
        const refused = await seeded.signed({ ...requestOf(route), ...allBut });
        expect(refused.status).toBe(403);
        expect(refused.json).toEqual({ code: PERMISSION_DENIED, message: `Policy doesn't allow ${needed} to be performed.` });
        expect(seeded.emulator.received[0].operation).toBe(operation);
        // Past the check, the request fails for its own reasons (no body, no such task), not for want of the action.
        const allowed = await seeded.signed({ ...requestOf(route), ...only });
        expect(allowed.json?.code).not.toBe(PERMISSION_DENIED);
        expect(seeded.emulator.received[1].operation).toBe(operation);
      } finally {
        await seeded.emulator.stop();
      }
    },
  );
});

describe('temporary keys from keyless sign-in', () => {
  const ISSUER = 'https://token.actions.githubusercontent.com';

  /** Exchanges a GitHub ID token for temporary keys, through the emulated IAM. */
  async function temporaryKeys(on: Api): Promise<{ ak: string; sk: string; securityToken: string }> {
    const now = Math.floor(on.clock.now() / 1000);
    const claims = { iss: ISSUER, aud: DEMO.audience, sub: 'repo:acme/checkout-service:pull_request', iat: now - 10, exp: now + 300 };
    const subject = await on.unsigned('POST', paths.idToken, {
      headers: { 'X-Idp-Id': DEMO.identityProvider },
      data: { auth: { id_token: { id: jwt(claims) } } },
    });
    expect(subject.status).toBe(201);
    const issued = await on.unsigned('POST', paths.securityTokens, {
      data: { auth: { identity: { methods: ['token'], token: { id: String(subject.headers['x-subject-token']) } } } },
    });
    expect(issued.status).toBe(201);
    const { access, secret, securitytoken } = issued.json.credential;
    return { ak: access, sk: secret, securityToken: securitytoken };
  }

  test("carry the identity provider's permissions when it is seeded with some", async () => {
    const [provider] = DEFAULT_FIXTURE.identityProviders;
    const limited = await setup({ seed: { identityProviders: [{ ...provider, permissions: [action('listPerfTestTask')] }] } });
    try {
      const temporary = await temporaryKeys(limited);
      expect(limited.emulator.state.issuedKeys[0].permissions).toEqual([action('listPerfTestTask')]);
      expect((await limited.signed({ path: paths.taskSet(), ...temporary })).status).toBe(200);
      expectDenied(await limited.signed({ path: paths.tasks, data: taskBody(), ...temporary }), 'createPerfTestTask');
      expect(limited.emulator.tasks()).toEqual([]);
      expect(limited.emulator.contractViolations).toEqual([]);
    } finally {
      await limited.emulator.stop();
    }
  });

  test('hold every action when the identity provider is not seeded with permissions (the default)', async () => {
    const temporary = await temporaryKeys(api);
    expect(api.emulator.state.issuedKeys[0].permissions).toBeUndefined();
    expect((await api.signed({ path: paths.tasks, data: taskBody(), ...temporary })).status).toBe(201);
    expect(api.emulator.tasks()).toHaveLength(1);
  });
});
