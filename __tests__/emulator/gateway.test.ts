// The emulated API gateway: AK/SK signatures from Huawei's official signer, tampering, clock skew,
// temporary keys, lockout, X-Project-Id, unknown routes, X-Request-Id and (on IAM routes) X-IAM-Trace-Id.
import { createHash, createHmac } from 'node:crypto';
import { DEMO, faults } from '../../emulator/index.js';
import { MINUTE, P, SUITE, createTask, enc, misfit, paths, sdkDate, setup, taskBody, type Api, type Reply, type Wire } from './client.js';

let api: Api;
beforeEach(async () => {
  api = await setup();
});
afterEach(async () => {
  const violations = [...api.emulator.contractViolations];
  await api.emulator.stop();
  // Strict mode (the default) checked every 2xx answer against the contract's response model.
  expect(violations).toEqual([]);
});

const listSuites = (extra: Partial<Parameters<Api['signed']>[0]> = {}) =>
  api.signed({
    path: paths.suites,
    query: [
      ['offset', '0'],
      ['limit', '10'],
    ],
    ...extra,
  });

/** SDK-HMAC-SHA256 computed by hand (proven equal to the official signer's below). */
const handSign = (w: Wire, names: string[]) => {
  const [path, query] = w.target.split('?');
  const lower = Object.fromEntries(Object.entries(w.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const canonical = [
    w.method,
    path.endsWith('/') ? path : `${path}/`,
    (query ?? '').split('&').sort().join('&'),
    names.map((n) => `${n}:${lower[n]}\n`).join(''),
    names.join(';'),
    createHash('sha256').update(w.body).digest('hex'),
  ].join('\n');
  const toSign = `SDK-HMAC-SHA256\n${lower['x-sdk-date']}\n${createHash('sha256').update(canonical).digest('hex')}`;
  const signature = createHmac('sha256', DEMO.sk).update(toSign).digest('hex');
  return `SDK-HMAC-SHA256 Access=${DEMO.ak}, SignedHeaders=${names.join(';')}, Signature=${signature}`;
};

/** The gateway's 401: every authentication failure, clock skew included, is APIGW.0301. */
function expectAuthFailure(reply: Reply): void {
  expect(reply.status).toBe(401);
  expect(reply.json).toMatchObject({ error_code: 'APIGW.0301', error_msg: expect.any(String) });
}

describe('requests signed by the official signer', () => {
  test('a GET with repeated query names, an empty value and characters that need encoding passes the gateway', async () => {
    const query: [string, string][] = [
      ['offset', '0'],
      ['limit', '10'],
      ['multi', '3'],
      ['multi', '1'],
      ['multi', '2'],
      ['test', '一 (&=?!#%.*)'],
      ['path', '/tmp/123'],
      ['empty', ''],
    ];
    const reply = await api.signed({ path: paths.suites, query });
    // Not a 401: the signature fits. ListProjectSets itself then refuses the names it does not know.
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(
      misfit(
        'ListProjectSets',
        'query multi is not a parameter of the operation; query test is not a parameter of the operation; ' +
          'query path is not a parameter of the operation; query empty is not a parameter of the operation',
      ),
    );
    // The emulator saw the encoded query, in the order sent (the gateway sorts it itself).
    expect(api.emulator.received[0].target).toBe(
      `${paths.suites}?offset=0&limit=10&multi=3&multi=1&multi=2&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29&path=%2Ftmp%2F123&empty=`,
    );
  });

  test('a GET whose query value needs encoding, to an operation that takes it, succeeds', async () => {
    const reply = await api.signed({ path: paths.iamProjects, query: [['name', '一 (&=?!#%.*)/x']], projectId: null });
    expect(reply.status).toBe(200);
    expect(reply.json.projects).toEqual([]);
    expect(api.emulator.received[0].target).toBe(`${paths.iamProjects}?name=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29%2Fx`);
  });

  test('a POST with a JSON body (non-ASCII included)', async () => {
    const reply = await api.signed({ path: paths.tasks, data: taskBody({ name: 'checkout-性能-✓' }) });
    expect(reply.status).toBe(201);
    expect(api.emulator.tasks()).toMatchObject([{ name: 'checkout-性能-✓' }]);
    expect(api.emulator.received[0].headers.authorization).toMatch(
      /^SDK-HMAC-SHA256 Access=DEMOAKEMULATOR000001, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=[0-9a-f]{64}$/,
    );
  });

  test('a query parameter sent without "=" is canonicalised as an empty value', async () => {
    const reply = await listSuites({
      query: [
        ['offset', '0'],
        ['limit', '10'],
        ['flag', ''],
      ],
      tamper: (w) => {
        w.target = w.target.replace('&flag=', '&flag');
      },
    });
    expect(api.emulator.received[0].target).toBe(`${paths.suites}?offset=0&limit=10&flag`);
    // Past the gateway (not a 401), the operation names the parameter it does not know.
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(misfit('ListProjectSets', 'query flag is not a parameter of the operation'));
  });

  test('the request line may omit or carry percent-encoding of unreserved path characters', async () => {
    const id = await createTask(api);
    const reply = await api.signed({
      path: paths.showTask(id),
      tamper: (w) => {
        w.target = w.target.replace(`/tasks/${id}`, `/tasks/%3${String(id)[0]}${String(id).slice(1)}`);
      },
    });
    expect(api.emulator.received[1].target).toMatch(/\/tasks\/%31/);
    expect(reply.status).toBe(200);
  });
});

describe('tampering after signing is refused with 401 APIGW.0301', () => {
  test('a changed body byte; no task is created', async () => {
    const reply = await api.signed({
      path: paths.tasks,
      data: taskBody(),
      tamper: (w) => {
        w.body = w.body.replace('"parallel":false', '"parallel":true ');
      },
    });
    expectAuthFailure(reply);
    expect(reply.json.error_msg).toMatch(/verify aksk signature fail/);
    expect(api.emulator.tasks()).toHaveLength(0);
  });

  test('a changed path', async () => {
    const reply = await api.signed({
      path: paths.directory(SUITE),
      tamper: (w) => {
        w.target = paths.directory(393870);
      },
    });
    expectAuthFailure(reply);
  });

  test('a changed query value', async () => {
    const reply = await listSuites({
      tamper: (w) => {
        w.target = w.target.replace('limit=10', 'limit=1');
      },
    });
    expectAuthFailure(reply);
  });

  test('an added query parameter', async () => {
    const reply = await listSuites({
      tamper: (w) => {
        w.target += '&extra=1';
      },
    });
    expectAuthFailure(reply);
  });

  test('a changed method', async () => {
    const id = await createTask(api);
    const reply = await api.signed({
      path: paths.task(id),
      method: 'PUT',
      data: taskBody({ enable_full_link: undefined }),
      tamper: (w) => {
        w.method = 'DELETE';
        w.body = '';
      },
    });
    expectAuthFailure(reply);
    expect(api.emulator.tasks()).toHaveLength(1);
  });

  test('a changed signed header value', async () => {
    const reply = await listSuites({
      tamper: (w) => {
        w.headers['Content-Type'] = 'application/json;charset=utf-8';
      },
    });
    expectAuthFailure(reply);
  });

  test('a dropped signed header', async () => {
    const reply = await listSuites({
      tamper: (w) => {
        delete w.headers['Content-Type'];
      },
    });
    expectAuthFailure(reply);
    expect(reply.json.error_msg).toMatch(/content-type/);
  });

  test('a dropped X-Sdk-Date header', async () => {
    const reply = await listSuites({
      tamper: (w) => {
        delete w.headers['X-Sdk-Date'];
      },
    });
    expectAuthFailure(reply);
    expect(reply.json.error_msg).toBe('Incorrect IAM authentication information: signed header x-sdk-date is missing');
  });
});

describe('credentials and the Authorization header', () => {
  test('an unknown AK', async () => {
    const reply = await listSuites({ ak: 'UNKNOWNAK00000000000' });
    expectAuthFailure(reply);
  });

  test('a wrong SK', async () => {
    expectAuthFailure(await listSuites({ sk: 'not-the-secret' }));
  });

  test('no Authorization header', async () => {
    const reply = await listSuites({
      tamper: (w) => {
        delete w.headers.Authorization;
      },
    });
    expectAuthFailure(reply);
  });

  test('an unsigned request to a signed route', async () => {
    expectAuthFailure(await api.unsigned('GET', `${paths.suites}?offset=0&limit=10`, { headers: { 'X-Project-Id': P } }));
  });

  test('a correct signature whose SignedHeaders leave out x-sdk-date', async () => {
    // Hand-computed SDK-HMAC-SHA256, proven equal to the official signer's when x-sdk-date is signed.
    const wire = api.wire({
      path: paths.suites,
      query: [
        ['limit', '10'],
        ['offset', '0'],
      ],
    });
    expect(handSign(wire, ['content-type', 'host', 'x-project-id', 'x-sdk-date'])).toBe(wire.headers.Authorization);

    wire.headers.Authorization = handSign(wire, ['content-type', 'host', 'x-project-id']);
    const reply = await api.send(wire);
    expectAuthFailure(reply);
    expect(reply.json.error_msg).toMatch(/x-sdk-date/);
  });
});

describe('X-Sdk-Date against the gateway clock', () => {
  test.each([
    ['16 minutes ahead', 16 * MINUTE],
    ['16 minutes behind', -16 * MINUTE],
    ['15 minutes and 1 second ahead', 15 * MINUTE + 1000],
    ['15 minutes and 1 second behind', -(15 * MINUTE + 1000)],
  ])('%s is refused with APIGW.0301, signature expired', async (_label, offset) => {
    const reply = await listSuites({ date: api.clock.now() + offset });
    expectAuthFailure(reply);
    expect(reply.json.error_msg).toBe(
      'Incorrect IAM authentication information: signature expired (x-sdk-date is more than 15 minutes from the server time)',
    );
  });

  test.each([
    ['14 minutes ahead', 14 * MINUTE],
    ['14 minutes behind', -14 * MINUTE],
  ])('%s is accepted', async (_label, offset) => {
    expect((await listSuites({ date: api.clock.now() + offset })).status).toBe(200);
  });

  test('the gateway uses its own (manual) clock, not the wall clock', async () => {
    api.clock.t = Date.now() - 60 * MINUTE;
    const skewed = await listSuites({ date: Date.now() });
    expectAuthFailure(skewed);
    expect(skewed.json.error_msg).toMatch(/signature expired/);
    api.clock.t = Date.now();
    expect((await listSuites({ date: Date.now() })).status).toBe(200);
  });

  test('an out-of-range X-Sdk-Date (second 66) is malformed, even when it would roll over to a time within the window', async () => {
    const wire = api.wire({
      path: paths.suites,
      query: [
        ['limit', '10'],
        ['offset', '0'],
      ],
    });
    // Control: a hand-signed request with a valid date, 60 s after the clock, is accepted.
    wire.headers['X-Sdk-Date'] = sdkDate(api.clock.now() + 60_000);
    wire.headers.Authorization = handSign(wire, ['content-type', 'host', 'x-project-id', 'x-sdk-date']);
    expect((await api.send(wire)).status).toBe(200);
    // The clock reads 04:05:06; "04:05:66" would roll over to 04:06:06.
    wire.headers['X-Sdk-Date'] = sdkDate(api.clock.now()).replace(/06Z$/, '66Z');
    expect(wire.headers['X-Sdk-Date']).toBe('20261128T040566Z');
    wire.headers.Authorization = handSign(wire, ['content-type', 'host', 'x-project-id', 'x-sdk-date']);
    const reply = await api.send(wire);
    expectAuthFailure(reply);
    expect(reply.json.error_msg).toBe('Incorrect IAM authentication information: x-sdk-date is malformed');
  });

  test('a malformed X-Sdk-Date is refused with APIGW.0301, malformed', async () => {
    const reply = await listSuites({
      tamper: (w) => {
        w.headers['X-Sdk-Date'] = '2026-11-28T04:05:06Z';
      },
    });
    expectAuthFailure(reply);
    expect(reply.json.error_msg).toBe('Incorrect IAM authentication information: x-sdk-date is malformed');
  });
});

describe('temporary keys', () => {
  const temporary = { ak: DEMO.temporaryAk, sk: DEMO.temporarySk };

  test('without X-Security-Token', async () => {
    expectAuthFailure(await listSuites(temporary));
  });

  test('with a wrong (signed) token', async () => {
    expectAuthFailure(await listSuites({ ...temporary, securityToken: 'not-the-token' }));
  });

  test('with the right token, sent but not signed', async () => {
    const reply = await listSuites({
      ...temporary,
      tamper: (w) => {
        w.headers['X-Security-Token'] = DEMO.securityToken;
      },
    });
    expectAuthFailure(reply);
    expect(api.emulator.received[0].headers['x-security-token']).toBe(DEMO.securityToken);
    expect(api.emulator.received[0].headers.authorization).not.toMatch(/x-security-token/);
  });

  test('with the right signed token it succeeds', async () => {
    const reply = await api.signed({ path: paths.tasks, data: taskBody(), ...temporary, securityToken: DEMO.securityToken });
    expect(reply.status).toBe(201);
    expect(api.emulator.received[0].headers.authorization).toMatch(
      /SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token,/,
    );
  });

  test("the permanent key's SK does not sign for the temporary AK", async () => {
    expectAuthFailure(await listSuites({ ak: DEMO.temporaryAk, sk: DEMO.sk, securityToken: DEMO.securityToken }));
  });
});

describe('lockout after five consecutive failures', () => {
  const wrong = { sk: 'not-the-secret' };

  test('the sixth request, even correctly signed, is refused; five minutes later it is accepted', async () => {
    for (let i = 0; i < 5; i++) {
      const reply = await listSuites(wrong);
      expectAuthFailure(reply);
      expect(reply.json.error_msg).not.toMatch(/reach the limit/);
    }
    const locked = await listSuites();
    expectAuthFailure(locked);
    expect(locked.json.error_msg).toContain('AK access failed to reach the limit');

    api.clock.advance(5 * MINUTE - 1000);
    expect((await listSuites()).json.error_msg).toContain('AK access failed to reach the limit');

    api.clock.advance(1000);
    expect((await listSuites()).status).toBe(200);
  });

  test('a CreateNewTask during the lockout creates nothing', async () => {
    for (let i = 0; i < 5; i++) await listSuites(wrong);
    const reply = await api.signed({ path: paths.tasks, data: taskBody() });
    expect(reply.status).toBe(401);
    expect(reply.json.error_msg).toContain('AK access failed to reach the limit');
    expect(api.emulator.tasks()).toHaveLength(0);
  });

  test('a success in between resets the count', async () => {
    for (let i = 0; i < 4; i++) expectAuthFailure(await listSuites(wrong));
    expect((await listSuites()).status).toBe(200);
    for (let i = 0; i < 4; i++) expectAuthFailure(await listSuites(wrong));
    expect((await listSuites()).status).toBe(200);
  });

  test('failures of one AK do not lock another', async () => {
    for (let i = 0; i < 5; i++) await listSuites(wrong);
    expect((await listSuites()).status).toBe(401);
    const other = await listSuites({ ak: DEMO.temporaryAk, sk: DEMO.temporarySk, securityToken: DEMO.securityToken });
    expect(other.status).toBe(200);
  });
});

describe('X-Project-Id', () => {
  test('missing', async () => {
    const reply = await api.signed({ path: paths.tasks, data: taskBody(), projectId: null });
    expectAuthFailure(reply);
    expect(api.emulator.tasks()).toHaveLength(0);
  });

  test("different from the path's project (another project of the account)", async () => {
    const reply = await api.signed({ path: paths.tasks, data: taskBody(), projectId: '1b2c3d4e5f60718293a4b5c6d7e8f90a' });
    expectAuthFailure(reply);
    expect(api.emulator.tasks()).toHaveLength(0);
  });

  test('the same in path and header but not a project of the account', async () => {
    const other = 'ffffffffffffffffffffffffffffffff';
    const reply = await api.signed({ path: `/v3/${other}/tasks`, data: taskBody(), projectId: other });
    expectAuthFailure(reply);
  });
});

describe('unknown routes', () => {
  test.each([
    ['GET', `/v1/${P}/no-such-thing`],
    ['DELETE', paths.suites],
    ['GET', paths.tasks],
    ['GET', '/'],
  ])('%s %s is 404 APIGW.0101', async (method, path) => {
    const reply = await api.signed({ method, path });
    expect(reply.status).toBe(404);
    expect(reply.json).toMatchObject({ error_code: 'APIGW.0101' });
    expect(api.emulator.received[0].operation).toBeUndefined();
  });

  test('malformed percent-encoding in the path is a gateway error', async () => {
    const reply = await api.unsigned('GET', `/v1/${P}/tasks/%E4%B8`);
    expect(reply.status).toBe(400);
    expect(reply.json).toMatchObject({ error_code: expect.stringMatching(/^APIGW\./) });
  });
});

describe('X-Request-Id', () => {
  test('every kind of response carries one, each different, as recorded in received', async () => {
    api.emulator.script('ListProjectTestCase', [faults.serverError(503)]);
    const replies = [
      await listSuites(), // success
      await listSuites({ sk: 'wrong' }), // gateway error
      await api.signed({ path: paths.showTask(999) }), // cpts error
      await api.signed({ path: `/v1/${P}/nothing` }), // unknown route
      await api.signed({ path: paths.directory() }), // scripted fault reply
      await api.signed({ path: paths.tasks, data: taskBody() }), // 201
      await api.signed({ path: paths.tasks, data: taskBody({ priority: 1 }) }), // request outside the contract
    ];
    expect(replies.map((r) => r.status)).toEqual([200, 401, 403, 404, 503, 201, 400]);
    const ids = replies.map((r) => r.headers['x-request-id']);
    for (const id of ids) expect(id).toEqual(expect.any(String));
    expect(new Set(ids).size).toBe(ids.length);
    expect(api.emulator.received.map((r) => r.requestId)).toEqual(ids);
    for (const reply of replies) expect(reply.headers['x-iam-trace-id']).toBeUndefined();
  });

  test('a 204 with an empty body carries one', async () => {
    const id = await createTask(api);
    const reply = await api.signed({ method: 'DELETE', path: paths.task(id) });
    expect(reply.status).toBe(204);
    expect(reply.headers['x-request-id']).toEqual(expect.any(String));
  });

  test('an internal error of the emulator is a 500 of the service that carries one and is recorded with its status', async () => {
    const id = await createTask(api);
    api.emulator.state.visibleRun = () => {
      throw new Error('boom');
    };
    const reply = await api.signed({ path: paths.showTask(id) });
    expect(reply.status).toBe(500);
    expect(reply.json).toEqual({ code: 'SVCSTG.CPTS.5000001', message: 'Internal server error.' });
    expect(reply.headers['x-request-id']).toEqual(expect.any(String));
    expect(api.emulator.received[1]).toMatchObject({ operation: 'ShowTask', status: 500, requestId: reply.headers['x-request-id'] });
  });

  test('gateway error bodies carry request_id equal to the X-Request-Id header (reference §4)', async () => {
    const replies = [await listSuites({ sk: 'wrong' }), await api.signed({ path: `/v1/${P}/nothing` })];
    for (const reply of replies) {
      expect(reply.json).toMatchObject({
        error_code: expect.any(String),
        error_msg: expect.any(String),
        request_id: reply.headers['x-request-id'],
      });
    }
  });
});

describe('X-IAM-Trace-Id', () => {
  test('IAM answers of every kind carry their request id as X-IAM-Trace-Id, not X-Request-Id', async () => {
    const limited = { ak: 'LIMITEDAK00000000001', sk: 'limited-secret' };
    api.emulator.state.fixture.credentials.push({ ...limited, listProjects: false });
    api.emulator.script('KeystoneListAuthProjects', [null, faults.serverError(503)]);
    const replies = [
      await api.signed({ path: paths.iamProjects, query: [['name', DEMO.region]], projectId: null }), // success
      await api.signed({ path: paths.iamAuthProjects, projectId: null }), // success
      await api.signed({ path: paths.iamAuthProjects, projectId: null }), // scripted fault reply
      await api.signed({ path: paths.iamProjects, projectId: null, sk: 'wrong' }), // gateway error
      await api.signed({ path: paths.iamProjects, projectId: null, ...limited }), // IAM.0003
      await api.signed({ path: paths.iamProjects, query: [['colour', 'red']], projectId: null }), // request outside the contract
      await api.unsigned('POST', paths.idToken, {
        headers: { 'X-Idp-Id': DEMO.identityProvider },
        data: { auth: { id_token: { id: `e30.${Buffer.from('null').toString('base64url')}.sig` } } },
      }), // IAM error of the operation
    ];
    expect(replies.map((r) => r.status)).toEqual([200, 200, 503, 401, 403, 400, 400]);
    const ids = replies.map((r) => r.headers['x-iam-trace-id']);
    for (const id of ids) expect(id).toEqual(expect.any(String));
    expect(new Set(ids).size).toBe(ids.length);
    for (const reply of replies) expect(reply.headers['x-request-id']).toBeUndefined();
    expect(api.emulator.received.map((r) => r.requestId)).toEqual(ids);
    // Error bodies in the gateway's {error_code, error_msg} format carry the same id as request_id.
    for (const reply of [replies[2], replies[3], replies[4]]) expect(reply.json.request_id).toBe(reply.headers['x-iam-trace-id']);
  });

  test('an unknown path under /v3 is the gateway’s 404 with X-Request-Id', async () => {
    const reply = await api.signed({ path: '/v3/auth/nothing', projectId: null });
    expect(reply.status).toBe(404);
    expect(reply.json).toMatchObject({ error_code: 'APIGW.0101', request_id: reply.headers['x-request-id'] });
    expect(reply.headers['x-iam-trace-id']).toBeUndefined();
  });
});

test('enc leaves only unreserved characters', () => {
  expect(enc("a-_.~!*'() /")).toBe('a-_.~%21%2A%27%28%29%20%2F');
  expect(sdkDate(Date.UTC(2024, 0, 2, 3, 4, 5))).toBe('20240102T030405Z');
});
