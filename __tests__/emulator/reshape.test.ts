// Off-contract answers on purpose: emulator.reshape() and the `reshape` option change every 2xx answer
// of one operation (an extra field, a missing one, one of the wrong type), after strict mode has
// checked it: no 500, nothing in contractViolations, and the other operations untouched.
import { DEFAULT_FIXTURE, faults, type Reshape } from '../../emulator/index.js';
import { createTask, paths, setup, startTask, taskBody, type Api } from './client.js';

const OK = { code: 'SVCSTG.CPTS.0000000', message: 'success' };
const { waitingSeconds, runningSeconds } = DEFAULT_FIXTURE.run;

let api: Api;
afterEach(async () => {
  const violations = [...api.emulator.contractViolations];
  await api.emulator.stop();
  // Strict mode is on (the default): reshaped answers are deliberate, never recorded as violations.
  expect(violations).toEqual([]);
});

/** ShowTask's answer (asserting 200). */
const showTask = async (id: number) => {
  const reply = await api.signed({ path: paths.showTask(id) });
  expect(reply.status).toBe(200);
  return reply.json;
};

describe('each kind changes the answer as asked', () => {
  let id: number;
  let before: { taskInfo: Record<string, unknown> };
  beforeEach(async () => {
    api = await setup();
    id = await createTask(api);
    before = await showTask(id);
  });

  test("missing: taskInfo.run_status is gone, the rest of ShowTask's answer as it was", async () => {
    api.emulator.reshape('ShowTask', { kind: 'missing', path: 'taskInfo.run_status' });
    const after = await showTask(id);
    expect(after.taskInfo).not.toHaveProperty('run_status');
    const { run_status, ...rest } = before.taskInfo;
    expect(run_status).toBe(2);
    expect(after).toEqual({ ...before, taskInfo: rest });
  });

  test('extra: taskInfo.surprise, a field the model lacks, is there with its value', async () => {
    api.emulator.reshape('ShowTask', { kind: 'extra', path: 'taskInfo.surprise', value: { nested: [1, 'two'] } });
    const after = await showTask(id);
    expect(after).toEqual({ ...before, taskInfo: { ...before.taskInfo, surprise: { nested: [1, 'two'] } } });
  });

  test("wrong-type: taskInfo.run_status is the string '0' where the contract has an integer", async () => {
    api.emulator.reshape('ShowTask', { kind: 'wrong-type', path: 'taskInfo.run_status', value: '0' });
    const reply = await api.signed({ path: paths.showTask(id) });
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('"run_status":"0"');
    expect(reply.json).toEqual({ ...before, taskInfo: { ...before.taskInfo, run_status: '0' } });
  });

  test('several reshapes of one operation apply in order', async () => {
    api.emulator.reshape('ShowTask', [
      { kind: 'missing', path: 'code' },
      { kind: 'wrong-type', path: 'taskInfo.case_list[1].case_id', value: null },
      { kind: 'extra', path: 'taskInfo.case_list[].surprise', value: true },
    ]);
    const after = await showTask(id);
    expect(after).not.toHaveProperty('code');
    expect(after.message).toBe('success');
    expect(after.taskInfo.case_list).toEqual([
      { case_id: 449269, name: 'browse-catalogue', case_type: 0, status: 1, surprise: true },
      { case_id: null, name: 'place-order', case_type: 0, status: 1, surprise: true },
    ]);
  });
});

describe('for every answer from then on, of that operation alone', () => {
  beforeEach(async () => {
    api = await setup();
  });

  test('the option reshapes from the start; each answer is reshaped, not only the first; [] puts them back', async () => {
    await api.emulator.stop();
    api = await setup({ reshape: { ShowTask: [{ kind: 'missing', path: 'taskInfo.run_status' }] } });
    const id = await createTask(api);
    for (let i = 0; i < 3; i++) expect((await showTask(id)).taskInfo).not.toHaveProperty('run_status');
    api.emulator.reshape('ShowTask', []);
    expect((await showTask(id)).taskInfo.run_status).toBe(2);
    expect(api.emulator.received.map((r) => [r.operation, r.status, r.reshaped])).toEqual([
      ['CreateNewTask', 201, undefined],
      ['ShowTask', 200, true],
      ['ShowTask', 200, true],
      ['ShowTask', 200, true],
      ['ShowTask', 200, undefined],
    ]);
  });

  test('reshape() replaces the operation’s reshapes', async () => {
    const id = await createTask(api);
    api.emulator.reshape('ShowTask', { kind: 'missing', path: 'taskInfo.run_status' });
    api.emulator.reshape('ShowTask', { kind: 'missing', path: 'taskInfo.name' });
    const { taskInfo } = await showTask(id);
    expect(taskInfo.run_status).toBe(2);
    expect(taskInfo).not.toHaveProperty('name');
  });

  test('other operations answer on contract: CreateNewTask, ShowTaskSet, ListProjectSets', async () => {
    api.emulator.reshape('ShowTask', { kind: 'wrong-type', path: 'taskInfo.run_status', value: '0' });
    const created = await api.signed({ path: paths.tasks, data: taskBody() });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ ...OK, task_id: expect.any(Number) });
    const set = await api.signed({ path: paths.taskSet() });
    expect(set.status).toBe(200);
    expect(set.json.tasks).toEqual([expect.objectContaining({ id: created.json.task_id, task_run_info: { id: 0, run_type: 1 } })]);
    expect((await api.signed({ path: paths.suites })).json.projects).toHaveLength(2);
    expect(api.emulator.received.every((r) => r.reshaped === undefined)).toBe(true);
    expect((await showTask(created.json.task_id)).taskInfo.run_status).toBe('0');
  });

  test('answers that are not 2xx are not reshaped: an unknown task is the usual 403', async () => {
    api.emulator.reshape('ShowTask', { kind: 'extra', path: 'surprise', value: 1 });
    const reply = await api.signed({ path: paths.showTask(999) });
    expect(reply.status).toBe(403);
    expect(reply.json).toEqual({ code: 'SVCSTG.CPTS.4032002', message: 'task 999 does not exist or is not yours' });
  });

  test('a scripted reply is sent as scripted, not reshaped; the next answer is reshaped', async () => {
    const id = await createTask(api);
    api.emulator.reshape('ShowTask', { kind: 'missing', path: 'taskInfo.run_status' });
    api.emulator.script('ShowTask', [faults.serverError(503)]);
    const faulted = await api.signed({ path: paths.showTask(id) });
    expect(faulted.status).toBe(503);
    expect(faulted.json).toMatchObject({ error_code: 'APIGW.0203' });
    expect((await showTask(id)).taskInfo).not.toHaveProperty('run_status');
  });

  test("the emulator's state is not changed by a reshape, only the answer", async () => {
    const id = await createTask(api);
    api.emulator.reshape('ShowTask', [
      { kind: 'missing', path: 'taskInfo.case_list[0]' },
      { kind: 'wrong-type', path: 'taskInfo.name', value: 7 },
    ]);
    const { taskInfo } = await showTask(id);
    expect(taskInfo.case_list).toHaveLength(1);
    expect(taskInfo.name).toBe(7);
    const [task] = api.emulator.tasks();
    expect(task.name).toBe('checkout-pr42-1-1');
    api.emulator.reshape('ShowTask', []);
    const restored = (await showTask(id)).taskInfo;
    expect(restored.case_list).toHaveLength(2);
    expect(restored.name).toBe('checkout-pr42-1-1');
  });
});

describe('paths into lists and nested objects', () => {
  beforeEach(async () => {
    api = await setup();
  });

  test('related_temp_running_data[].task_run_info_id: every element of a run loses it; [] over an empty list changes nothing', async () => {
    const idle = await createTask(api);
    const running = await createTask(api);
    await startTask(api, running);
    api.emulator.reshape('ShowTask', { kind: 'missing', path: 'taskInfo.related_temp_running_data[].task_run_info_id' });
    expect((await showTask(idle)).taskInfo.related_temp_running_data).toEqual([]);
    const data = (await showTask(running)).taskInfo.related_temp_running_data as Record<string, unknown>[];
    expect(data.length).toBeGreaterThan(0);
    for (const item of data) {
      expect(item).not.toHaveProperty('task_run_info_id');
      expect(item).toHaveProperty('related_temp_running_id');
    }
  });

  test('result.outline.core_index.success_rate of ShowMergeReportLogsOutline: a string, the rest of the outline as it was', async () => {
    const id = await createTask(api, { case_id_list: [449269] });
    const runId = await startTask(api, id);
    api.clock.advance((waitingSeconds + runningSeconds) * 1000);
    const before = (await api.signed({ path: paths.outline(runId) })).json;
    expect(before.result.outline.core_index.success_rate).toBe(99);
    const change: Reshape = { kind: 'wrong-type', path: 'result.outline.core_index.success_rate', value: '99.95%' };
    api.emulator.reshape('ShowMergeReportLogsOutline', change);
    const after = await api.signed({ path: paths.outline(runId) });
    expect(after.status).toBe(200);
    const expected = structuredClone(before);
    expected.result.outline.core_index.success_rate = '99.95%';
    expect(after.json).toEqual(expected);
  });
});

describe("a reshape that does not fit is the test's mistake", () => {
  beforeEach(async () => {
    api = await setup();
  });

  test('a path that is not in the answer is a loud 500 EMULATOR.RESHAPE naming it', async () => {
    const id = await createTask(api);
    api.emulator.reshape('ShowTask', { kind: 'missing', path: 'taskInfo.runstatus' });
    const reply = await api.signed({ path: paths.showTask(id) });
    expect(reply.status).toBe(500);
    expect(reply.json).toEqual({
      code: 'EMULATOR.RESHAPE',
      message:
        'EMULATOR.RESHAPE: the reshape of ShowTask does not fit its answer: missing taskInfo.runstatus: taskInfo.runstatus is not in the answer',
    });
  });

  test('extra on a field the answer has, or an index out of range, is a 500 too', async () => {
    const id = await createTask(api);
    api.emulator.reshape('ShowTask', { kind: 'extra', path: 'taskInfo.name', value: 'x' });
    expect((await api.signed({ path: paths.showTask(id) })).json.message).toMatch(/taskInfo\.name is already in the answer/);
    api.emulator.reshape('ShowTask', { kind: 'wrong-type', path: 'taskInfo.case_list[5].case_id', value: 'x' });
    expect((await api.signed({ path: paths.showTask(id) })).json.message).toMatch(
      /taskInfo\.case_list\[5\] is out of range \(2 elements\)/,
    );
  });

  test('reshape() throws for an unknown operation or a malformed path', () => {
    expect(() => api.emulator.reshape('ShowTasks', { kind: 'missing', path: 'taskInfo' })).toThrow('serves no operation ShowTasks');
    expect(() => api.emulator.reshape('ShowTask', { kind: 'missing', path: 'taskInfo..name' })).toThrow('expected a field name');
    expect(() => api.emulator.reshape('ShowTask', { kind: 'missing', path: 'taskInfo[x]' })).toThrow('expected [n] or []');
    expect(() => api.emulator.reshape('ShowTask', { kind: 'missing', path: '' })).toThrow('empty');
    expect(() => api.emulator.reshape('ShowTask', { kind: 'extra', path: 'taskInfo.case_list[0]', value: 1 })).toThrow(
      'must end with a field name',
    );
  });
});
