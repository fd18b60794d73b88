// CodeArts PerfTest task and project operations: contract-shaped answers and validation (the
// contract's request model first, then the service's own rules).
import { DEMO } from '../../emulator/index.js';
import { NOW, OTHER_SUITE, P, SUITE, createTask, misfit, paths, setup, startTask, taskBody, type Api, type Reply } from './client.js';

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

const OK = { code: 'SVCSTG.CPTS.0000000', message: 'success' };
const iso = (ms: number) => new Date(ms).toISOString();

/** A cpts `{code, message}` error; the message matched when a pattern is given, equal when a string. */
function expectCptsError(reply: Reply, status: number, code: string, message?: string | RegExp): void {
  expect(reply.status).toBe(status);
  expect(reply.json).toEqual({ code, message: expect.any(String) });
  if (typeof message === 'string') expect(reply.json.message).toBe(message);
  else if (message) expect(reply.json.message).toMatch(message);
}

/** 400 SVCSTG.CPTS.4001001: a request the contract's request model or the service's rules refuse. */
const expectInvalid = (reply: Reply, message?: string | RegExp) => expectCptsError(reply, 400, 'SVCSTG.CPTS.4001001', message);
/** 403 SVCSTG.CPTS.4032002: a task or PerfTest project that does not exist or is not the caller's. */
const expectNotYours = (reply: Reply, message?: string | RegExp) => expectCptsError(reply, 403, 'SVCSTG.CPTS.4032002', message);
/** The answer to a request that does not fit the contract: 400 naming the operation and the problems. */
function expectMisfit(reply: Reply, operation: string, problems: string): void {
  expect(reply.status).toBe(400);
  expect(reply.json).toEqual(misfit(operation, problems));
}

const emptyQuery: [string, string][] = [];
const ids = (reply: Reply) => (reply.json.tasks as { id: number }[]).map((t) => t.id);

describe('CreateNewTask', () => {
  test('201 with code, message and an integer task_id; the task exists', async () => {
    const reply = await api.signed({ path: paths.tasks, data: taskBody() });
    expect(reply.status).toBe(201);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    expect(reply.json).toEqual({ ...OK, task_id: expect.any(Number) });
    expect(Number.isInteger(reply.json.task_id)).toBe(true);
    expect(api.emulator.tasks()).toEqual([
      expect.objectContaining({
        id: reply.json.task_id,
        name: 'checkout-pr42-1-1',
        parallel: false,
        enable_full_link: true,
        project_id: SUITE,
        operate_mode: 2,
        case_id_list: [...DEMO.cases],
      }),
    ]);
    expect(api.emulator.received[0]).toMatchObject({ operation: 'CreateNewTask', status: 201, fault: undefined });
  });

  test('task ids are distinct integers; enable_full_link is optional', async () => {
    const a = await createTask(api);
    const b = await createTask(api, { enable_full_link: undefined, parallel: true });
    expect(b).not.toBe(a);
    expect(
      api.emulator
        .tasks()
        .map((t) => t.id)
        .sort(),
    ).toEqual([a, b].sort());
  });

  test('a name of 42 UTF-16 code units is accepted; an emoji counts 2', async () => {
    await createTask(api, { name: 'n'.repeat(42) });
    await createTask(api, { name: '性'.repeat(40) + '😀' });
    expect(api.emulator.tasks()).toHaveLength(2);
    const reply = await api.signed({ path: paths.tasks, data: taskBody({ name: '性'.repeat(41) + '😀' }) });
    expect(reply.status).toBe(400);
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['name not a string', { name: 42 }, 'body.name expected a string, got number 42'],
    ['name missing', { name: undefined }, 'body.name is required'],
    ['parallel missing', { parallel: undefined }, 'body.parallel is required'],
    ['parallel not a boolean', { parallel: 'false' }, 'body.parallel expected a boolean, got string "false"'],
    ['enable_full_link not a boolean', { enable_full_link: 'yes' }, 'body.enable_full_link expected a boolean, got string "yes"'],
    ['project_id missing', { project_id: undefined }, 'body.project_id is required'],
    ['project_id a string', { project_id: String(SUITE) }, `body.project_id expected an integer, got string "${SUITE}"`],
    ['operate_mode missing', { operate_mode: undefined }, 'body.operate_mode is required'],
    ['case_id_list missing', { case_id_list: undefined }, 'body.case_id_list is required'],
    ['case_id_list with a string', { case_id_list: [449269, '449270'] }, 'body.case_id_list[1] expected an integer, got string "449270"'],
    ['case_id_list with a fraction', { case_id_list: [449269.5] }, 'body.case_id_list[0] expected an integer, got number 449269.5'],
    ['case_id_list not an array', { case_id_list: 449269 }, 'body.case_id_list expected a list (list[int]), got number 449269'],
    ['an unknown field', { priority: 'high' }, 'body.priority is not a field of the model'],
    [
      'an unknown field and a missing one',
      { priority: 'high', name: undefined },
      'body.priority is not a field of the model; body.name is required',
    ],
  ])('%s does not fit the contract: 400 naming the field, no task created', async (_label, overrides, problems) => {
    const reply = await api.signed({ path: paths.tasks, data: taskBody(overrides) });
    expectMisfit(reply, 'CreateNewTask', problems);
    expect(api.emulator.tasks()).toHaveLength(0);
  });

  test.each<[string, Record<string, unknown>, RegExp]>([
    ['name empty', { name: '' }, /name/],
    ['name of 43 characters', { name: 'n'.repeat(43) }, /name/],
    ['project_id out of the integer range', { project_id: 2147483648 }, /project_id/],
    ['operate_mode not 2', { operate_mode: 1 }, /operate_mode/],
    ['case_id_list empty', { case_id_list: [] }, /case_id_list/],
    ['case_id_list with a negative number', { case_id_list: [-1] }, /case_id_list/],
    ['an unknown case', { case_id_list: [449269, 1] }, /\b1\b/],
    ['a case of another PerfTest project', { case_id_list: [449300] }, /449300/],
    ['a folder id', { case_id_list: [449260] }, /449260/],
    ['a deleted case', { case_id_list: [449272] }, /449272/],
    ['a disabled case', { case_id_list: [449271] }, /disabled/],
  ])('%s fits the contract but is a 400 SVCSTG.CPTS.4001001 of the service, no task created', async (_label, overrides, message) => {
    const reply = await api.signed({ path: paths.tasks, data: taskBody(overrides) });
    expectInvalid(reply, message);
    expect(reply.json.message).not.toMatch(/does not fit/);
    expect(api.emulator.tasks()).toHaveLength(0);
  });

  test('an unknown PerfTest project in the body is a 403 SVCSTG.CPTS.4032002, no task created', async () => {
    const reply = await api.signed({ path: paths.tasks, data: taskBody({ project_id: 999999 }) });
    expectNotYours(reply, 'PerfTest project 999999 does not exist or is not yours');
    expect(api.emulator.tasks()).toHaveLength(0);
  });

  test.each([
    ['not JSON', 'name=task', 'The request body is not valid JSON.'],
    ['truncated JSON', '{"name":"task",', 'The request body is not valid JSON.'],
    ['a JSON array', '[]', misfit('CreateNewTask', 'body expected an object (NewTaskInfo), got a list').message],
    ['JSON null', 'null', misfit('CreateNewTask', 'body expected NewTaskInfo, got null').message],
  ])('a body that is %s is a 400 SVCSTG.CPTS.4001001', async (_label, rawBody, message) => {
    const reply = await api.signed({ path: paths.tasks, rawBody });
    expect(api.emulator.received[0].body).toBe(rawBody);
    expectInvalid(reply, message);
    expect(api.emulator.tasks()).toHaveLength(0);
  });

  test('no body at all is a 400 naming the body', async () => {
    const reply = await api.signed({ method: 'POST', path: paths.tasks });
    expectMisfit(reply, 'CreateNewTask', 'body is required');
    expect(api.emulator.tasks()).toHaveLength(0);
  });

  test('an unknown query parameter is a 400 naming it', async () => {
    const reply = await api.signed({ path: paths.tasks, query: [['dry_run', 'true']], data: taskBody() });
    expectMisfit(reply, 'CreateNewTask', 'query dry_run is not a parameter of the operation');
    expect(api.emulator.tasks()).toHaveLength(0);
  });
});

describe('ShowTask', () => {
  test("camelCase taskInfo of the contract's TaskInfo: no id, no task_run_info; a task that never ran is 2 with no run data", async () => {
    const id = await createTask(api);
    const reply = await api.signed({ path: paths.showTask(id) });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      ...OK,
      taskInfo: {
        name: 'checkout-pr42-1-1',
        description: '',
        project_id: SUITE,
        parallel: false,
        operate_mode: 2,
        bench_concurrent: 0,
        case_list: [
          { case_id: 449269, name: 'browse-catalogue', case_type: 0, status: 1 },
          { case_id: 449270, name: 'place-order', case_type: 0, status: 1 },
        ],
        create_time: iso(NOW),
        update_time: iso(NOW),
        // A task that never ran reads as finished (the emulator's documented choice).
        run_status: 2,
        related_temp_running_data: [],
      },
    });
  });

  test('an unknown task is a 403 SVCSTG.CPTS.4032002', async () => {
    const id = await createTask(api);
    expectNotYours(await api.signed({ path: paths.showTask(id + 1000) }), `task ${id + 1000} does not exist or is not yours`);
  });

  test('a non-numeric task id does not fit the contract: 400 naming the path parameter', async () => {
    expectMisfit(await api.signed({ path: `/v1/${P}/tasks/abc` }), 'ShowTask', 'path task_id expected int, got "abc"');
  });
});

describe('ShowTaskSet', () => {
  test('pages with offset and limit, newest first; extend is an empty list', async () => {
    const created = [await createTask(api, { name: 'a' }), await createTask(api, { name: 'b' }), await createTask(api, { name: 'c' })];
    await createTask(api, { name: 'other', project_id: OTHER_SUITE, case_id_list: [449300] });

    const first = await api.signed({
      path: paths.taskSet(),
      query: [
        ['offset', '0'],
        ['limit', '2'],
      ],
    });
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ ...OK, extend: [], tasks: expect.any(Array) });
    expect(first.json.tasks).toHaveLength(2);
    const second = await api.signed({
      path: paths.taskSet(),
      query: [
        ['offset', '2'],
        ['limit', '2'],
      ],
    });
    expect(second.json).toEqual({ ...OK, extend: [], tasks: expect.any(Array) });
    expect(ids(second)).toEqual([created[0]]);

    expect([...ids(first), ...ids(second)]).toEqual([...created].reverse());
    expect(first.json.tasks[0]).toEqual({
      id: created[2],
      name: 'c',
      parallel: false,
      operate_mode: 2,
      bench_concurrent: 0,
      description: '',
      update_time: iso(NOW),
      // A task that never ran: run id 0; every task here is of the new edition (run_type 1).
      task_run_info: { id: 0, run_type: 1 },
    });

    const beyond = await api.signed({
      path: paths.taskSet(),
      query: [
        ['offset', '3'],
        ['limit', '2'],
      ],
    });
    expect(beyond.json).toEqual({ ...OK, extend: [], tasks: [] });
  });

  test("task_run_info names the task's last run", async () => {
    const id = await createTask(api);
    const runId = await startTask(api, id);
    const reply = await api.signed({ path: paths.taskSet() });
    expect(reply.json.tasks).toEqual([expect.objectContaining({ id, task_run_info: { id: runId, run_type: 1 } })]);
  });

  test('offset and limit are optional: offset defaults to 0, no limit gives everything from offset on', async () => {
    const created = [await createTask(api, { name: 'a' }), await createTask(api, { name: 'b' }), await createTask(api, { name: 'c' })];
    const newestFirst = [...created].reverse();
    const list = async (query: [string, string][]) => {
      const reply = await api.signed({ path: paths.taskSet(), query });
      expect(reply.status).toBe(200);
      expect(reply.json).toEqual({ ...OK, extend: [], tasks: expect.any(Array) });
      return ids(reply);
    };
    expect(await list(emptyQuery)).toEqual(newestFirst);
    expect(await list([['offset', '1']])).toEqual(newestFirst.slice(1));
    expect(await list([['limit', '2']])).toEqual(newestFirst.slice(0, 2));
    expect(await list([['offset', '3']])).toEqual([]);
  });

  test('there is no cap on limit: 120 tasks come in one page', async () => {
    for (let i = 0; i < 120; i++) {
      api.emulator.state.createTask({ name: `t${i}`, project_id: SUITE, parallel: false, operate_mode: 2, case_id_list: [449269] });
    }
    const all = await api.signed({ path: paths.taskSet() });
    expect(all.json.tasks).toHaveLength(120);
    const big = await api.signed({ path: paths.taskSet(), query: [['limit', '2147483647']] });
    expect(big.json.tasks).toHaveLength(120);
    const page = await api.signed({ path: paths.taskSet(), query: [['limit', '101']] });
    expect(page.json.tasks).toHaveLength(101);
  });

  test.each<[string, [string, string][], string]>([
    ['limit 0', [['limit', '0']], 'query parameter limit must be an integer of at least 1, got "0"'],
    ['a negative offset', [['offset', '-1']], 'query parameter offset must be an integer of at least 0, got "-1"'],
    [
      'limit beyond the integer range',
      [['limit', '2147483648']],
      'query parameter limit must be an integer of at least 1, got "2147483648"',
    ],
  ])('%s is a 400 of the service', async (_label, query, message) => {
    expectInvalid(await api.signed({ path: paths.taskSet(), query }), message);
  });

  test.each<[string, [string, string][], string]>([
    ['limit not a number', [['limit', 'ten']], 'query limit expected int, got "ten"'],
    ['an unknown parameter', [['page', '1']], 'query page is not a parameter of the operation'],
    [
      'offset given twice',
      [
        ['offset', '0'],
        ['offset', '2'],
      ],
      'query offset is given more than once',
    ],
  ])('%s does not fit the contract: 400 naming it', async (_label, query, problems) => {
    expectMisfit(await api.signed({ path: paths.taskSet(), query }), 'ShowTaskSet', problems);
  });

  test('an unknown PerfTest project is a 403 SVCSTG.CPTS.4032002', async () => {
    expectNotYours(await api.signed({ path: paths.taskSet(999999) }), 'PerfTest project 999999 does not exist or is not yours');
  });
});

describe('UpdateTaskRelatedTestCase', () => {
  const update = (overrides: Record<string, unknown> = {}) => taskBody({ enable_full_link: undefined, ...overrides });

  test("replaces name and cases; answers ShowTask's taskInfo, which reflects it", async () => {
    const id = await createTask(api);
    api.clock.advance(5000);
    const reply = await api.signed({ method: 'PUT', path: paths.task(id), data: update({ name: 'renamed', case_id_list: [449273] }) });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ ...OK, taskInfo: expect.any(Object) });
    expect(reply.json.taskInfo).toMatchObject({
      name: 'renamed',
      case_list: [{ case_id: 449273, name: 'flaky-inventory', case_type: 0, status: 1 }],
      create_time: iso(NOW),
      update_time: iso(NOW + 5000),
    });
    const shown = await api.signed({ path: paths.showTask(id) });
    expect(shown.json.taskInfo).toEqual(reply.json.taskInfo);
    expect(api.emulator.tasks()).toMatchObject([{ id, name: 'renamed', case_id_list: [449273] }]);
  });

  test('validates like create; enable_full_link is not a field of its body; an unknown task is a 403', async () => {
    const id = await createTask(api);
    expectInvalid(await api.signed({ method: 'PUT', path: paths.task(id), data: update({ case_id_list: [449271] }) }), /disabled/);
    expectMisfit(
      await api.signed({ method: 'PUT', path: paths.task(id), data: update({ enable_full_link: true }) }),
      'UpdateTaskRelatedTestCase',
      'body.enable_full_link is not a field of the model',
    );
    expectMisfit(
      await api.signed({ method: 'PUT', path: paths.task(id), data: update({ operate_mode: undefined }) }),
      'UpdateTaskRelatedTestCase',
      'body.operate_mode is required',
    );
    expectNotYours(
      await api.signed({ method: 'PUT', path: paths.task(id + 1000), data: update() }),
      `task ${id + 1000} does not exist or is not yours`,
    );
    expectNotYours(await api.signed({ method: 'PUT', path: paths.task(id), data: update({ project_id: 999999 }) }), /999999/);
    expectInvalid(
      await api.signed({ method: 'PUT', path: paths.task(id), data: update({ project_id: OTHER_SUITE, case_id_list: [449300] }) }),
      `task ${id} belongs to PerfTest project ${SUITE}`,
    );
    expect(api.emulator.tasks()).toMatchObject([{ id, case_id_list: [...DEMO.cases] }]);
  });
});

describe('DeleteNewTask', () => {
  test('204 with an empty body; then ShowTask and a second delete are 403 SVCSTG.CPTS.4032002', async () => {
    const id = await createTask(api);
    const reply = await api.signed({ method: 'DELETE', path: paths.task(id) });
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
    expect(api.emulator.tasks()).toHaveLength(0);
    expectNotYours(await api.signed({ path: paths.showTask(id) }), `task ${id} does not exist or is not yours`);
    expectNotYours(await api.signed({ method: 'DELETE', path: paths.task(id) }), `task ${id} does not exist or is not yours`);
  });
});

describe('PerfTest projects and cases', () => {
  const projectSets = async (query: [string, string][]) => {
    const reply = await api.signed({ path: paths.suites, query });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ ...OK, projects: expect.any(Array) });
    return (reply.json.projects as { id: number }[]).map((p) => p.id);
  };

  test('ListProjectSets: the ProjectsSet fields; pages with offset and limit', async () => {
    const all = await api.signed({
      path: paths.suites,
      query: [
        ['offset', '0'],
        ['limit', '10'],
      ],
    });
    expect(all.status).toBe(200);
    expect(all.json).toEqual({
      ...OK,
      projects: [
        {
          id: SUITE,
          name: 'checkout-perf',
          description: 'Checkout service load tests',
          source: 0,
          CreateTime: iso(0),
          UpdateTime: iso(0),
        },
        {
          id: OTHER_SUITE,
          name: 'search-perf',
          description: 'Search service load tests',
          source: 0,
          CreateTime: iso(0),
          UpdateTime: iso(0),
        },
      ],
    });
    expect(
      await projectSets([
        ['offset', '1'],
        ['limit', '1'],
      ]),
    ).toEqual([OTHER_SUITE]);
    expect(
      await projectSets([
        ['offset', '2'],
        ['limit', '1'],
      ]),
    ).toEqual([]);
  });

  test('ListProjectSets: offset and limit are optional, with no cap on limit', async () => {
    expect(await projectSets(emptyQuery)).toEqual([SUITE, OTHER_SUITE]);
    expect(await projectSets([['offset', '1']])).toEqual([OTHER_SUITE]);
    expect(await projectSets([['limit', '1']])).toEqual([SUITE]);
    expect(await projectSets([['limit', '1000']])).toEqual([SUITE, OTHER_SUITE]);
  });

  test('ListProjectSets: a bad offset or limit is a 400', async () => {
    expectInvalid(
      await api.signed({ path: paths.suites, query: [['limit', '0']] }),
      'query parameter limit must be an integer of at least 1, got "0"',
    );
    expectMisfit(
      await api.signed({ path: paths.suites, query: [['offset', 'x']] }),
      'ListProjectSets',
      'query offset expected int, got "x"',
    );
  });

  test('ListProjectTestCase: the directory with type and status; an unknown PerfTest project is a 403', async () => {
    const reply = await api.signed({ path: paths.directory() });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ ...OK, directory: expect.any(Array) });
    const directory = reply.json.directory as { id: number; type: number; status: number; parent_id: number }[];
    const byId = (id: number) => directory.find((d) => d.id === id);
    expect(byId(449260)).toMatchObject({ type: 1, status: 1, parent_id: 0, name: 'checkout' });
    expect(byId(449269)).toMatchObject({ type: 2, status: 1, parent_id: 449260 });
    expect(byId(449271)).toMatchObject({ type: 2, status: 2 });
    expect(byId(449272)).toMatchObject({ type: 2, status: 0 });
    for (const entry of directory) {
      expect(entry).toEqual({
        id: expect.any(Number),
        name: expect.any(String),
        status: expect.any(Number),
        type: expect.any(Number),
        parent_id: expect.any(Number),
        create_time: iso(0),
        update_time: iso(0),
      });
    }
    expectNotYours(await api.signed({ path: paths.directory(999999) }), 'PerfTest project 999999 does not exist or is not yours');
  });

  test("ListTaskCases: the task's cases as TestCaseBriefInfo (no case_id, no task_id)", async () => {
    const id = await createTask(api);
    const reply = await api.signed({ path: paths.taskCases(id) });
    expect(reply.status).toBe(200);
    expect(api.emulator.received.at(-1)).toMatchObject({ operation: 'ListTaskCases', status: 200 });
    expect(reply.json).toEqual({
      ...OK,
      test_cases: [
        { id: 449269, name: 'browse-catalogue', status: 1, type: 2, parent_id: 449260, create_time: iso(0), update_time: iso(0) },
        { id: 449270, name: 'place-order', status: 1, type: 2, parent_id: 449260, create_time: iso(0), update_time: iso(0) },
      ],
    });
  });

  test('ListTaskCases: a task of another PerfTest project, an unknown task or project is a 403', async () => {
    const id = await createTask(api);
    expectNotYours(await api.signed({ path: paths.taskCases(id, OTHER_SUITE) }), `task ${id} is not in PerfTest project ${OTHER_SUITE}`);
    expectNotYours(await api.signed({ path: paths.taskCases(id + 1000) }), `task ${id + 1000} does not exist or is not yours`);
    expectNotYours(await api.signed({ path: paths.taskCases(id, 999999) }), 'PerfTest project 999999 does not exist or is not yours');
  });
});
