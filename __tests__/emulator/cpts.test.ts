// CodeArts PerfTest task and project operations: success shapes and validation.
import { DEMO } from '../../emulator/index.js';
import { SUITE, createTask, paths, setup, taskBody, type Api, type Reply } from './client.js';

let api: Api;
beforeEach(async () => {
  api = await setup();
});
afterEach(() => api.emulator.stop());

const OK = { code: 'SVCSTG.CPTS.0000000', message: 'success' };

function expectCptsError(reply: Reply, status = 400): void {
  expect(reply.status).toBe(status);
  expect(reply.json).toEqual({ code: expect.stringMatching(/^SVCSTG\.CPTS\.\d{7}$/), message: expect.any(String) });
}

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

  test('a name of 42 characters (code points) is accepted', async () => {
    await createTask(api, { name: 'n'.repeat(42) });
    await createTask(api, { name: '性'.repeat(41) + '😀' });
    expect(api.emulator.tasks()).toHaveLength(2);
  });

  test.each<[string, Record<string, unknown>, RegExp?]>([
    ['name empty', { name: '' }, /name/],
    ['name of 43 characters', { name: 'n'.repeat(43) }, /name/],
    ['name not a string', { name: 42 }, /name/],
    ['name missing', { name: undefined }, /name/],
    ['parallel missing', { parallel: undefined }, /parallel/],
    ['parallel not a boolean', { parallel: 'false' }, /parallel/],
    ['enable_full_link not a boolean', { enable_full_link: 'yes' }, /enable_full_link/],
    ['project_id missing', { project_id: undefined }, /project_id/],
    ['project_id a string', { project_id: String(SUITE) }, /project_id/],
    ['project_id out of the integer range', { project_id: 2147483648 }, /project_id/],
    ['operate_mode missing', { operate_mode: undefined }, /operate_mode/],
    ['operate_mode not 2', { operate_mode: 1 }, /operate_mode/],
    ['case_id_list missing', { case_id_list: undefined }, /case_id_list/],
    ['case_id_list empty', { case_id_list: [] }, /case_id_list/],
    ['case_id_list with a string', { case_id_list: [449269, '449270'] }, /case_id_list/],
    ['case_id_list with a fraction', { case_id_list: [449269.5] }, /case_id_list/],
    ['case_id_list with a negative number', { case_id_list: [-1] }, /case_id_list/],
    ['case_id_list not an array', { case_id_list: 449269 }, /case_id_list/],
    ['an unknown case', { case_id_list: [449269, 1] }, /1/],
    ['a case of another PerfTest project', { case_id_list: [449300] }, /449300/],
    ['a folder id', { case_id_list: [449260] }, /449260/],
    ['a deleted case', { case_id_list: [449272] }, /449272/],
    ['a disabled case', { case_id_list: [449271] }, /disabled/],
  ])('%s is a 400 {code, message}, no task created', async (_label, overrides, message) => {
    const reply = await api.signed({ path: paths.tasks, data: taskBody(overrides) });
    expectCptsError(reply, 400);
    if (message) expect(reply.json.message).toMatch(message);
    expect(api.emulator.tasks()).toHaveLength(0);
  });

  test('an unknown PerfTest project in the body is a 400 cpts {code, message} error, no task created', async () => {
    const reply = await api.signed({ path: paths.tasks, data: taskBody({ project_id: 999999 }) });
    expectCptsError(reply, 400);
    expect(reply.json.message).toMatch(/999999/);
    expect(api.emulator.tasks()).toHaveLength(0);
  });

  test.each([
    ['not JSON', 'name=task'],
    ['truncated JSON', '{"name":"task",'],
    ['a JSON array', '[]'],
    ['JSON null', 'null'],
  ])('a body that is %s is a 400 {code, message}', async (_label, rawBody) => {
    const reply = await api.signed({ path: paths.tasks, rawBody });
    expect(api.emulator.received[0].body).toBe(rawBody);
    expectCptsError(reply, 400);
    expect(api.emulator.tasks()).toHaveLength(0);
  });

  test('no body at all is a 400', async () => {
    const reply = await api.signed({ method: 'POST', path: paths.tasks });
    expectCptsError(reply, 400);
    expect(api.emulator.tasks()).toHaveLength(0);
  });
});

describe('ShowTask', () => {
  test('camelCase taskInfo with run_status; 404 for an unknown task', async () => {
    const id = await createTask(api);
    const reply = await api.signed({ path: paths.showTask(id) });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({
      ...OK,
      taskInfo: { id, name: 'checkout-pr42-1-1', project_id: SUITE, parallel: false, run_status: expect.any(Number) },
    });
    expect(reply.json.task_info).toBeUndefined();
    // A task that never ran reads as finished (the emulator's documented choice).
    expect(reply.json.taskInfo.run_status).toBe(2);

    expectCptsError(await api.signed({ path: paths.showTask(id + 1000) }), 404);
  });

  test('a non-numeric task id is a 400', async () => {
    expectCptsError(await api.signed({ path: `/v1/${DEMO.projectId}/tasks/abc` }), 400);
  });
});

describe('ShowTaskSet', () => {
  test('pages with offset and limit, newest first, total in extend', async () => {
    const ids = [await createTask(api, { name: 'a' }), await createTask(api, { name: 'b' }), await createTask(api, { name: 'c' })];
    await createTask(api, { name: 'other', project_id: 393870, case_id_list: [449300] });

    const first = await api.signed({
      path: paths.taskSet(),
      query: [
        ['offset', '0'],
        ['limit', '2'],
      ],
    });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ ...OK, extend: { total: 3 } });
    expect(first.json.tasks).toHaveLength(2);
    const second = await api.signed({
      path: paths.taskSet(),
      query: [
        ['offset', '2'],
        ['limit', '2'],
      ],
    });
    expect(second.json.tasks).toHaveLength(1);

    const seen = [...first.json.tasks, ...second.json.tasks];
    expect(seen.map((t: { id: number }) => t.id).sort()).toEqual([...ids].sort());
    expect(seen.map((t: { id: number }) => t.id)).toEqual([...ids].reverse());
    expect(seen[0]).toEqual({
      id: ids[2],
      name: 'c',
      parallel: false,
      operate_mode: 2,
      bench_concurrent: expect.any(Number),
      description: expect.any(String),
      update_time: expect.any(String),
      task_run_info: { id: expect.any(Number), run_type: expect.any(Number) },
    });

    const beyond = await api.signed({
      path: paths.taskSet(),
      query: [
        ['offset', '3'],
        ['limit', '2'],
      ],
    });
    expect(beyond.json.tasks).toEqual([]);
  });

  test.each<[string, [string, string][]]>([
    ['offset missing', [['limit', '2']]],
    ['limit missing', [['offset', '0']]],
    [
      'limit 0',
      [
        ['offset', '0'],
        ['limit', '0'],
      ],
    ],
    [
      'limit not a number',
      [
        ['offset', '0'],
        ['limit', 'ten'],
      ],
    ],
  ])('%s is a 400', async (_label, query) => {
    expectCptsError(await api.signed({ path: paths.taskSet(), query }), 400);
  });

  test('an unknown PerfTest project is an error', async () => {
    const reply = await api.signed({
      path: paths.taskSet(999999),
      query: [
        ['offset', '0'],
        ['limit', '2'],
      ],
    });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.json).toEqual({ code: expect.any(String), message: expect.any(String) });
  });
});

describe('UpdateTaskRelatedTestCase', () => {
  const update = (overrides: Record<string, unknown> = {}) => taskBody({ enable_full_link: undefined, ...overrides });

  test('replaces name and cases; ShowTask reflects it', async () => {
    const id = await createTask(api);
    const reply = await api.signed({ method: 'PUT', path: paths.task(id), data: update({ name: 'renamed', case_id_list: [449273] }) });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject(OK);
    const shown = await api.signed({ path: paths.showTask(id) });
    expect(shown.json.taskInfo).toMatchObject({ name: 'renamed', case_list: [{ case_id: 449273 }] });
    expect(api.emulator.tasks()).toMatchObject([{ id, name: 'renamed', case_id_list: [449273] }]);
  });

  test('validates like create, rejects enable_full_link, unknown task is 404', async () => {
    const id = await createTask(api);
    expectCptsError(await api.signed({ method: 'PUT', path: paths.task(id), data: update({ case_id_list: [449271] }) }), 400);
    expectCptsError(await api.signed({ method: 'PUT', path: paths.task(id), data: update({ enable_full_link: true }) }), 400);
    expectCptsError(await api.signed({ method: 'PUT', path: paths.task(id + 1000), data: update() }), 404);
    expect(api.emulator.tasks()).toMatchObject([{ id, case_id_list: [...DEMO.cases] }]);
  });
});

describe('DeleteNewTask', () => {
  test('204 with an empty body; then ShowTask is 404 and a second delete is 404', async () => {
    const id = await createTask(api);
    const reply = await api.signed({ method: 'DELETE', path: paths.task(id) });
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
    expect(api.emulator.tasks()).toHaveLength(0);
    expectCptsError(await api.signed({ path: paths.showTask(id) }), 404);
    expectCptsError(await api.signed({ method: 'DELETE', path: paths.task(id) }), 404);
  });
});

describe('PerfTest projects and cases', () => {
  test('ListProjectSets pages', async () => {
    const all = await api.signed({
      path: paths.suites,
      query: [
        ['offset', '0'],
        ['limit', '10'],
      ],
    });
    expect(all.status).toBe(200);
    expect(all.json).toMatchObject(OK);
    expect(all.json.projects).toEqual([
      {
        id: SUITE,
        name: 'checkout-perf',
        description: expect.any(String),
        source: expect.any(Number),
        CreateTime: expect.any(String),
        UpdateTime: expect.any(String),
      },
      expect.objectContaining({ id: 393870, name: 'search-perf' }),
    ]);
    const page = await api.signed({
      path: paths.suites,
      query: [
        ['offset', '1'],
        ['limit', '1'],
      ],
    });
    expect(page.json.projects).toEqual([expect.objectContaining({ id: 393870 })]);
    expectCptsError(await api.signed({ path: paths.suites, query: [['offset', '0']] }), 400);
  });

  test('ListProjectTestCase: the directory with type and status', async () => {
    const reply = await api.signed({ path: paths.directory() });
    expect(reply.status).toBe(200);
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
        create_time: expect.any(String),
        update_time: expect.any(String),
      });
    }
    expectCptsError(await api.signed({ path: paths.directory(999999) }), 404);
  });

  test('ListTaskCases: the cases of a task', async () => {
    const id = await createTask(api);
    const reply = await api.signed({ path: paths.taskCases(id) });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject(OK);
    expect(reply.json.test_cases).toEqual([
      expect.objectContaining({ case_id: 449269, name: 'browse-catalogue' }),
      expect.objectContaining({ case_id: 449270, name: 'place-order' }),
    ]);
    expect((await api.signed({ path: paths.taskCases(id, 393870) })).status).toBe(404);
  });
});
