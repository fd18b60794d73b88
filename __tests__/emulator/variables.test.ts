// PerfTest global variables over HTTP, strict mode on: ListVariables by type, UpdateVariable and
// CreateVariable all or nothing, DeleteVariable, a site without text variables, another writer's
// changes (faults), and what a run takes from them when it starts: the host its cases hit, and 100 %
// errors for a case whose host the load generators cannot reach.
import { DEFAULT_FIXTURE, DEMO, faults, type Fixture } from '../../emulator/index.js';
import { P, SUITE, OTHER_SUITE, createTask, misfit, paths, setup, startTask, type Api, type Reply } from './client.js';

let api: Api;
afterEach(async () => {
  const violations = [...api.emulator.contractViolations];
  await api.emulator.stop();
  // Strict mode (the default) checked every 2xx answer against the contract's response model.
  expect(violations).toEqual([]);
});

const start = async (seed: Partial<Fixture> = {}) => {
  api = await setup({ seed });
};

const OK = { code: 'SVCSTG.CPTS.0000000', message: 'success' };
const V = DEMO.variables;
const { waitingSeconds, runningSeconds } = DEFAULT_FIXTURE.run;

const vpaths = {
  list: (type: number, suite: number = SUITE) => `/v1/${P}/variables/${type}/test-suites/${suite}`,
  write: (suite: number = SUITE) => `/v1/${P}/variables/${suite}`,
  remove: `/v1/${P}/variables`,
};

// Answers are read loosely, as the client helpers do.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function list(type: number, suite: number = SUITE): Promise<Json[]> {
  const reply = await api.signed({ path: vpaths.list(type, suite) });
  expect([reply.status, reply.status === 200 ? '' : reply.text]).toEqual([200, '']);
  return reply.json.variable_list;
}
const update = (data: unknown, suite: number = SUITE) => api.signed({ method: 'PUT', path: vpaths.write(suite), data });
const create = (data: unknown, suite: number = SUITE) => api.signed({ method: 'POST', path: vpaths.write(suite), data });
const remove = (variableId: number | string, suite: number | string = SUITE) =>
  api.signed({
    method: 'DELETE',
    path: vpaths.remove,
    query: [
      ['variable_id', String(variableId)],
      ['test_suite_id', String(suite)],
    ],
  });
const setTargetHost = async (host: string) => {
  const reply = await update([{ id: V.TARGET_HOST, name: 'TARGET_HOST', variable_type: 2, variable: [host] }]);
  expect([reply.status, reply.text]).toEqual([201, JSON.stringify({ ...OK, json: { variable_id: V.TARGET_HOST } })]);
};
const valuesOf = (name: string) => api.emulator.state.variablesOf(SUITE).find((v) => v.name === name)?.variable;

function expectCptsError(reply: Reply, status: number, code: string, message: string | RegExp): void {
  expect(reply.status).toBe(status);
  expect(reply.json).toEqual({ code, message: expect.any(String) });
  if (typeof message === 'string') expect(reply.json.message).toBe(message);
  else expect(reply.json.message).toMatch(message);
}
const expectInvalid = (reply: Reply, message: string | RegExp) => expectCptsError(reply, 400, 'SVCSTG.CPTS.4001001', message);
const expectConflict = (reply: Reply, message: string | RegExp) => expectCptsError(reply, 400, 'SVCSTG.CPTS.4001002', message);
const expectNotYours = (reply: Reply, message: string | RegExp) => expectCptsError(reply, 403, 'SVCSTG.CPTS.4032002', message);

const TARGET_HOST = {
  id: V.TARGET_HOST,
  name: 'TARGET_HOST',
  variable_type: 2,
  variable: [DEMO.targetHost],
  // browse-catalogue's and place-order's host names it.
  is_quoted: true,
  variable_mode: 0,
  share_mode: 0,
};

describe('ListVariables', () => {
  beforeEach(() => start());

  test('lists the PerfTest project’s variables of the path’s type, with every VariableDetail field', async () => {
    const reply = await api.signed({ path: vpaths.list(2) });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      ...OK,
      variable_list: [
        TARGET_HOST,
        {
          id: V.API_TOKEN,
          name: 'API_TOKEN',
          variable_type: 2,
          variable: ['demo-api-token-value'],
          is_quoted: false,
          variable_mode: 0,
          share_mode: 0,
        },
      ],
    });
    expect(await list(1)).toEqual([
      { id: V.VUSER_ID, name: 'VUSER_ID', variable_type: 1, variable: [1, 100], is_quoted: false, variable_mode: 0, share_mode: 0 },
    ]);
    // file_size only for files.
    expect(await list(3)).toEqual([
      {
        id: V.accounts,
        name: 'accounts',
        variable_type: 3,
        variable: ['accounts.csv'],
        is_quoted: false,
        variable_mode: 0,
        share_mode: 0,
        file_size: 2048,
      },
    ]);
    expect(await list(5)).toEqual([]);
    // The other project has none.
    expect(await list(2, OTHER_SUITE)).toEqual([]);
  });

  test('a type other than 1, 2, 3 or 5 is a 400; an unknown project a 403; a type that is no integer misfits', async () => {
    expectInvalid(
      await api.signed({ path: vpaths.list(4) }),
      'variable_type must be one of 1 (integer), 2 (enumeration), 3 (file), 5 (text), got 4',
    );
    expectNotYours(await api.signed({ path: vpaths.list(2, 999) }), 'PerfTest project 999 does not exist or is not yours');
    expectCptsError(
      await api.signed({ path: `/v1/${P}/variables/text/test-suites/${SUITE}` }),
      400,
      'SVCSTG.CPTS.4001001',
      misfit('ListVariables', 'path variable_type expected int, got "text"').message,
    );
  });
});

describe('UpdateVariable', () => {
  beforeEach(() => start());

  test('answers 201 with the first id; ListVariables then shows the new name and values', async () => {
    const reply = await update([
      { id: V.TARGET_HOST, name: 'TARGET_HOST', variable_type: 2, variable: ['pr-7.preview.example.com'] },
      { id: V.VUSER_ID, name: 'VUSER_NO', variable_type: 1, variable: [5, 50] },
    ]);
    expect(reply.status).toBe(201);
    expect(reply.json).toEqual({ ...OK, json: { variable_id: V.TARGET_HOST } });
    expect((await list(2))[0]).toEqual({ ...TARGET_HOST, variable: ['pr-7.preview.example.com'] });
    expect(await list(1)).toEqual([expect.objectContaining({ id: V.VUSER_ID, name: 'VUSER_NO', variable: [5, 50] })]);
    // An enumeration may become text, and back: the type is the body's.
    expect((await update([{ id: V.API_TOKEN, name: 'API_TOKEN', variable_type: 5, variable: ['a long token'] }])).status).toBe(201);
    expect(await list(5)).toEqual([expect.objectContaining({ id: V.API_TOKEN, variable: ['a long token'] })]);
  });

  test('all or nothing: one bad entry refuses the whole list, naming it, and nothing changes', async () => {
    const good = { id: V.TARGET_HOST, name: 'TARGET_HOST', variable_type: 2, variable: ['pr-7.preview.example.com'] };
    const before = JSON.stringify(api.emulator.state.variablesOf(SUITE));
    expectInvalid(await update([good, { ...good, id: 99999 }]), `variable 99999 does not exist in PerfTest project ${SUITE}`);
    expectInvalid(await update([good, good]), `variable ${V.TARGET_HOST} is listed more than once`);
    expectInvalid(
      await update([good, { id: V.VUSER_ID, name: 'VUSER_ID', variable_type: 1, variable: [1, 'x'] }]),
      `variable ${V.VUSER_ID}: the values of integer variables must be integers, got "x"`,
    );
    expectInvalid(
      await update([good, { id: V.VUSER_ID, name: 'VUSER_ID', variable_type: 1, variable: [1.5] }]),
      /must be integers, got 1.5$/,
    );
    expectInvalid(
      await update([good, { id: V.API_TOKEN, name: 'API_TOKEN', variable_type: 2, variable: [] }]),
      /variable must be a non-empty list/,
    );
    expectInvalid(
      await update([good, { id: V.API_TOKEN, name: 'API_TOKEN', variable_type: 2, variable: [{ a: 1 }] }]),
      /strings or numbers/,
    );
    expectInvalid(
      await update([good, { id: V.API_TOKEN, name: ' ', variable_type: 2, variable: ['x'] }]),
      /name must be a non-empty string/,
    );
    expectInvalid(
      await update([good, { id: V.API_TOKEN, name: 'API_TOKEN', variable_type: 7, variable: ['x'] }]),
      /variable_type must be one of/,
    );
    // A name another variable has, or will have after the same request.
    expectConflict(
      await update([good, { id: V.API_TOKEN, name: 'TARGET_HOST', variable_type: 2, variable: ['x'] }]),
      `a variable named "TARGET_HOST" already exists in PerfTest project ${SUITE}`,
    );
    expectConflict(
      await update([
        { ...good, name: 'HOST' },
        { id: V.API_TOKEN, name: 'HOST', variable_type: 2, variable: ['x'] },
      ]),
      /"HOST"/,
    );
    expectInvalid(await update([]), 'the request body must be a non-empty list of variables');
    expect(JSON.stringify(api.emulator.state.variablesOf(SUITE))).toBe(before);
    // Swapping two names in one request is fine: the names are unique once it is applied.
    const swapped = await update([
      { id: V.TARGET_HOST, name: 'API_TOKEN', variable_type: 2, variable: ['t'] },
      { id: V.API_TOKEN, name: 'TARGET_HOST', variable_type: 2, variable: ['h'] },
    ]);
    expect(swapped.status).toBe(201);
    expect(valuesOf('TARGET_HOST')).toEqual(['h']);
  });

  test('a file variable cannot be set, nor a variable turned into one', async () => {
    expectInvalid(
      await update([{ id: V.accounts, name: 'accounts', variable_type: 3, variable: ['other.csv'] }]),
      `variable ${V.accounts}: accounts is a file variable (variable_type 3), which cannot be set through this API`,
    );
    expectInvalid(
      await update([{ id: V.API_TOKEN, name: 'API_TOKEN', variable_type: 3, variable: ['tokens.csv'] }]),
      `variable ${V.API_TOKEN}: a file variable (variable_type 3) cannot be set through this API: its file is uploaded in the console`,
    );
    expect(valuesOf('accounts')).toEqual(['accounts.csv']);
  });

  test('the contract’s request model: each entry needs id, name, variable_type and variable, and nothing else', async () => {
    expectCptsError(
      await update([{ id: V.TARGET_HOST, name: 'TARGET_HOST', variable: ['x'] }]),
      400,
      'SVCSTG.CPTS.4001001',
      misfit('UpdateVariable', 'body[0].variable_type is required').message,
    );
    expectCptsError(
      await update([{ ...TARGET_HOST, variable: ['x'] }]),
      400,
      'SVCSTG.CPTS.4001001',
      /body\[0\]\.is_quoted is not a field of the model.*body\[0\]\.variable_mode is not a field/,
    );
    expectInvalid(await update({ id: V.TARGET_HOST }), /does not fit UpdateVariable: body expected a list/);
    expectNotYours(await update([{ id: V.TARGET_HOST, name: 'X', variable_type: 2, variable: ['x'] }], 999), /PerfTest project 999/);
  });
});

describe('CreateVariable and DeleteVariable', () => {
  beforeEach(() => start());

  test('create ignores the body’s ids and gives new ones; the answer carries the first; delete removes it', async () => {
    const reply = await create([
      { id: 0, name: 'REGION', variable_type: 2, variable: ['cn-north-4', 'cn-east-3'], is_quoted: false },
      { id: V.TARGET_HOST, name: 'RAMP', variable_type: 1, variable: [10, 20], is_quoted: true },
    ]);
    expect(reply.status).toBe(201);
    const first = V.accounts + 1;
    expect(reply.json).toEqual({ ...OK, json: { variable_id: first } });
    expect(await list(2)).toEqual([
      TARGET_HOST,
      expect.objectContaining({ name: 'API_TOKEN' }),
      {
        id: first,
        name: 'REGION',
        variable_type: 2,
        variable: ['cn-north-4', 'cn-east-3'],
        is_quoted: false,
        variable_mode: 0,
        share_mode: 0,
      },
    ]);
    expect((await list(1)).map((v: Json) => [v.id, v.name, v.is_quoted])).toEqual([
      [V.VUSER_ID, 'VUSER_ID', false],
      [first + 1, 'RAMP', true],
    ]);
    // Ids come from one counter for the account.
    expect((await create([{ id: 0, name: 'OTHER', variable_type: 2, variable: ['x'], is_quoted: false }], OTHER_SUITE)).json).toEqual({
      ...OK,
      json: { variable_id: first + 2 },
    });

    const deleted = await remove(first);
    expect([deleted.status, deleted.text]).toEqual([204, '']);
    expect((await list(2)).map((v: Json) => v.name)).toEqual(['TARGET_HOST', 'API_TOKEN']);
    expectInvalid(await remove(first), `variable ${first} does not exist in PerfTest project ${SUITE}`);
    // Another project's variable is not this one's.
    expectInvalid(await remove(first + 2), `variable ${first + 2} does not exist in PerfTest project ${SUITE}`);
    expectNotYours(await remove(first + 2, 999), 'PerfTest project 999 does not exist or is not yours');
  });

  test('create: a name that exists is a conflict, a file is refused, and nothing is created', async () => {
    const entry = { id: 0, name: 'REGION', variable_type: 2, variable: ['x'], is_quoted: false };
    expectConflict(
      await create([entry, { ...entry, name: 'API_TOKEN' }]),
      `a variable named "API_TOKEN" already exists in PerfTest project ${SUITE}`,
    );
    expectConflict(await create([entry, entry]), /"REGION"/);
    expectInvalid(
      await create([{ ...entry, variable_type: 3, variable: ['f.csv'] }]),
      /variable 1 of the body: a file variable \(variable_type 3\) cannot be set/,
    );
    expectInvalid(await create([]), 'the request body must be a non-empty list of variables');
    expectCptsError(
      await create([{ ...entry, is_quoted: undefined }]),
      400,
      'SVCSTG.CPTS.4001001',
      misfit('CreateVariable', 'body[0].is_quoted is required').message,
    );
    expect(api.emulator.state.variablesOf(SUITE).map((v) => v.name)).toEqual(['TARGET_HOST', 'API_TOKEN', 'VUSER_ID', 'accounts']);
  });

  test('delete needs both query parameters', async () => {
    expectCptsError(
      await api.signed({ method: 'DELETE', path: vpaths.remove, query: [['variable_id', String(V.API_TOKEN)]] }),
      400,
      'SVCSTG.CPTS.4001001',
      misfit('DeleteVariable', 'query test_suite_id is required').message,
    );
    expect(valuesOf('API_TOKEN')).toEqual(['demo-api-token-value']);
  });
});

describe('text variables (type 5)', () => {
  test('a site without them (textVariables: false) refuses type 5 wherever it is given', async () => {
    await start({ textVariables: false });
    const noText = 'this site has no text variables (variable_type 5)';
    expectInvalid(await api.signed({ path: vpaths.list(5) }), noText);
    expectInvalid(
      await update([{ id: V.API_TOKEN, name: 'API_TOKEN', variable_type: 5, variable: ['x'] }]),
      `variable ${V.API_TOKEN}: ${noText}`,
    );
    expectInvalid(
      await create([{ id: 0, name: 'NOTE', variable_type: 5, variable: ['x'], is_quoted: false }]),
      `variable 1 of the body: ${noText}`,
    );
    expect(await list(2)).toHaveLength(2);
  });

  test('a site with them (the default) creates, lists and updates them', async () => {
    await start();
    expect((await create([{ id: 0, name: 'NOTE', variable_type: 5, variable: ['some text'], is_quoted: false }])).status).toBe(201);
    expect((await list(5)).map((v: Json) => [v.name, v.variable])).toEqual([['NOTE', ['some text']]]);
  });
});

describe('another writer (faults)', () => {
  beforeEach(() => start());

  test('otherWriterSets changes a variable just before the request; otherWriterDeletes removes one', async () => {
    api.emulator.script('ListVariables', [
      faults.otherWriterSets(SUITE, 'TARGET_HOST', ['pr-9.preview.example.com']),
      faults.otherWriterDeletes(SUITE, 'API_TOKEN'),
    ]);
    expect((await list(2)).map((v: Json) => [v.name, v.variable])).toEqual([
      ['TARGET_HOST', ['pr-9.preview.example.com']],
      ['API_TOKEN', ['demo-api-token-value']],
    ]);
    expect((await list(2)).map((v: Json) => v.name)).toEqual(['TARGET_HOST']);
    expect(api.emulator.received.map((r) => r.fault)).toEqual(['meanwhile', 'meanwhile']);
  });

  test('a writer racing an update: the update, handled after it, wins', async () => {
    api.emulator.script('UpdateVariable', [faults.otherWriterSets(SUITE, 'TARGET_HOST', ['pr-9.preview.example.com'])]);
    await setTargetHost('pr-7.preview.example.com');
    expect(valuesOf('TARGET_HOST')).toEqual(['pr-7.preview.example.com']);
  });

  test('a fault naming a variable that does not exist is a loud 500', async () => {
    api.emulator.script('ListVariables', [faults.otherWriterSets(SUITE, 'NO_SUCH', ['x'])]);
    const reply = await api.signed({ path: vpaths.list(2) });
    expect(reply.status).toBe(500);
  });
});

describe('runs take the variables as they are when they start', () => {
  beforeEach(() => start());

  const outline = async (runId: number) => {
    const reply = await api.signed({ path: paths.outline(runId) });
    expect(reply.status).toBe(200);
    return reply.json.result.outline;
  };
  const caseDetails = async (runId: number): Promise<Json[]> => {
    const listed = (await api.signed({ path: paths.cases(runId) })).json.result.case_aw_info_list as Json[];
    const details = [];
    for (const c of listed) details.push((await api.signed({ path: paths.caseDetail(runId, c.case_uri_i) })).json.result.detail);
    return details;
  };
  const finishedRun = async (cases: number[]) => {
    const taskId = await createTask(api, { case_id_list: cases });
    const runId = await startTask(api, taskId);
    api.clock.advance((waitingSeconds + runningSeconds) * 1000);
    return runId;
  };

  test('by default the demo cases hit their hosts and succeed as their profiles say', async () => {
    const runId = await finishedRun([...DEMO.cases, 449273, 449274]);
    const run = api.emulator.state.runs.get(runId)!;
    expect(run.hosts).toEqual({
      'browse-catalogue': DEMO.targetHost,
      'place-order': DEMO.targetHost,
      'flaky-inventory': 'inventory.example.com',
      // crashing-case names no host.
      'crashing-case': '',
    });
    expect(run.unreachable).toEqual([]);
    // flaky-inventory's 91.2 % weighs it down.
    expect((await outline(runId)).core_index.success_rate).toBe(98);
  });

  test('TARGET_HOST unreachable at the start: its cases are 100 % errors in the outline and the per-case report', async () => {
    await setTargetHost('pr-7.preview.example.invalid');
    const runId = await finishedRun([...DEMO.cases, 449273]);
    const run = api.emulator.state.runs.get(runId)!;
    expect(run.hosts).toEqual({
      'browse-catalogue': 'pr-7.preview.example.invalid',
      'place-order': 'pr-7.preview.example.invalid',
      'flaky-inventory': 'inventory.example.com',
    });
    expect(run.unreachable).toEqual(['browse-catalogue', 'place-order']);
    // Set back after the start: the run keeps the host it started with.
    await setTargetHost(DEMO.targetHost);

    const { core_index } = await outline(runId);
    // 420 + 180 rps of the unreachable cases and 90 of flaky-inventory (91.2 % success), for 60 s.
    const flakyErrors = Math.round((90 * 60 * (100 - 91.2)) / 100);
    expect(core_index).toMatchObject({
      request_count: 690 * 60,
      error_request_count: 600 * 60 + flakyErrors,
      success_count: 90 * 60 - flakyErrors,
    });
    const [browse, order, flaky] = await caseDetails(runId);
    for (const d of [browse, order]) {
      expect([d.performance.name, d.performance.successRate, d.performance.errorCount]).toEqual([
        d.performance.name,
        0,
        d.performance.requests,
      ]);
      expect(d.performance.requests).toBeGreaterThan(0);
      for (const r of d.detailDatas) expect([r.name, r.successCount, r.errorCount]).toEqual([r.name, 0, r.requests]);
    }
    expect(order.customTransactions[0]).toMatchObject({ name: 'checkout', successRate: 0, successCount: 0 });
    expect(flaky.performance.successRate).toBe(91);

    // A run started now hits the host set back.
    const next = await finishedRun([...DEMO.cases]);
    expect(api.emulator.state.runs.get(next)!.unreachable).toEqual([]);
    expect((await outline(next)).core_index.success_rate).toBe(99);
  });

  test('only the unreachable cases: a run of them all reads success_rate 0', async () => {
    await setTargetHost('pr-7.preview.example.invalid');
    const runId = await finishedRun([...DEMO.cases]);
    const { core_index } = await outline(runId);
    expect(core_index).toMatchObject({ success_rate: 0, success_count: 0, error_request_count: core_index.request_count });
    expect(core_index.request_count).toBe(600 * 60);
  });

  test('another writer sets TARGET_HOST just before the start: the run hits that host', async () => {
    const taskId = await createTask(api);
    api.emulator.script('UpdateTaskStatus', [faults.otherWriterSets(SUITE, 'TARGET_HOST', ['pr-8.preview.example.com'])]);
    const runId = await startTask(api, taskId);
    expect(api.emulator.state.runs.get(runId)!.hosts['browse-catalogue']).toBe('pr-8.preview.example.com');
    expect(api.emulator.state.runs.get(runId)!.unreachable).toEqual([]);
  });

  test('TARGET_HOST deleted: the reference stays as it is and names no host', async () => {
    expect([(await remove(V.TARGET_HOST)).status]).toEqual([204]);
    const runId = await finishedRun([DEMO.cases[0]]);
    expect(api.emulator.state.runs.get(runId)!.hosts).toEqual({ 'browse-catalogue': '${TARGET_HOST}' });
    expect((await outline(runId)).core_index.success_rate).toBe(0);
  });

  test('a seeded run takes the hosts as they are when it is seeded', async () => {
    const task = api.emulator.state.createTask({
      name: 'seeded',
      parallel: true,
      project_id: SUITE,
      operate_mode: 2,
      case_id_list: [...DEMO.cases],
    });
    api.emulator.state.variablesOf(SUITE)[0].variable = ['down.example.com'];
    const seeded = api.emulator.state.seedRun(task, { outcome: 'finished', endedMinutesAgo: 30 });
    expect(seeded.hosts['place-order']).toBe('down.example.com');
    expect(seeded.unreachable).toEqual(['browse-catalogue', 'place-order']);
    expect((await outline(seeded.id)).core_index.success_rate).toBe(0);
  });
});

describe('reachableHosts', () => {
  test('patterns: `*` matches any run of characters; case and port do not matter', async () => {
    await start({ reachableHosts: ['*.Example.com'] });
    const targets = ['a.example.com', 'A.B.EXAMPLE.COM:8443', 'example.com', 'a.example.co'].map((host) => {
      api.emulator.state.variablesOf(SUITE)[0].variable = [host];
      return api.emulator.state.targetOf(SUITE, DEFAULT_FIXTURE.perftestProjects[0].cases[1]).reachable;
    });
    expect(targets).toEqual([true, true, false, false]);
  });
});
