// The per-case report over HTTP, strict mode on: ShowMergeTaskCase lists a run's cases with their
// requests and custom transactions, ShowMergeCaseDetail gives each one's figures, consistent within
// each item and with the run's outline; per-case overrides; which CaseAwInfo field carries the
// case-run id; a case missing from the report; unknown ids; a run still going on.
import { DEFAULT_FIXTURE, DEMO, type CaseFigureOverrides } from '../../emulator/index.js';
import type { Task } from '../../emulator/service/state.js';
import { MINUTE, createTask, misfit, paths, setup, startTask, stopTask, type Api, type Reply } from './client.js';

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
const { waitingSeconds, runningSeconds } = DEFAULT_FIXTURE.run;
/** browse-catalogue, place-order, flaky-inventory and crashing-case (which has no requests seeded). */
const ALL = [449269, 449270, 449273, 449274];
const seedOf = (id: number) => DEFAULT_FIXTURE.perftestProjects[0].cases.find((c) => c.id === id)!;
const HEX32 = expect.stringMatching(/^[0-9a-f]{32}$/);

// Answers are read loosely, as the client helpers do.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function ok(path: string): Promise<Json> {
  const reply = await api.signed({ path });
  expect([path, reply.status, reply.status === 200 ? '' : reply.text]).toEqual([path, 200, '']);
  return reply.json;
}
const listOf = async (runId: number): Promise<Json[]> => (await ok(paths.cases(runId))).result.case_aw_info_list;
const detailOf = async (runId: number, caseRunId: number | string): Promise<Json> =>
  (await ok(paths.caseDetail(runId, caseRunId))).result.detail;
const relatedOf = async (taskId: number): Promise<Json[]> => (await ok(paths.showTask(taskId))).taskInfo.related_temp_running_data;
const outlineOf = async (runId: number): Promise<Json> => (await ok(paths.outline(runId))).result.outline;

/** Creates a task of these cases, runs it to its natural end; its id and the run id. */
async function finishedRun(cases: number[] = ALL, before?: (task: Task) => void): Promise<{ taskId: number; runId: number }> {
  const taskId = await createTask(api, { case_id_list: cases });
  before?.(api.emulator.state.tasks.get(taskId)!);
  const runId = await startTask(api, taskId);
  api.clock.advance((waitingSeconds + runningSeconds) * 1000);
  return { taskId, runId };
}

/** Every case's detail, in the list's order. */
async function detailsOf(runId: number): Promise<Json[]> {
  const details = [];
  for (const entry of await listOf(runId)) details.push(await detailOf(runId, entry.case_uri_i));
  return details;
}

function expectNotYours(reply: Reply, message: string): void {
  expect(reply.status).toBe(403);
  expect(reply.json).toEqual({ code: 'SVCSTG.CPTS.4032002', message });
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const CHAIN = ['min', 'tp50', 'tp75', 'tp85', 'tp90', 'tp95', 'tp99', 'tp999', 'tp9999', 'max'];
const INTEGERS = [...CHAIN, 'maxRespTime', 'requests', 'successCount', 'errorCount', 'successRate', 'failedAssert', 'failedTimeout'];

/** The orderings and sums every CaseReportDetail keeps; `label` says which one failed. */
function expectConsistent(d: Json, label: string): void {
  const where = `${label} "${d.name}"`;
  const chain = CHAIN.map((n) => d[n]);
  expect([where, chain]).toEqual([where, [...chain].sort((a, b) => a - b)]);
  expect([where, INTEGERS.filter((n) => !Number.isInteger(d[n]))]).toEqual([where, []]);
  expect([where, d.min <= d.averageRespTime && d.averageRespTime <= d.max]).toEqual([where, true]);
  expect([where, d.successCount + d.errorCount]).toEqual([where, d.requests]);
  expect([where, d.successRate]).toEqual([where, d.requests > 0 ? Math.floor((d.successCount * 100) / d.requests) : 0]);
  expect([where, d.maxRespTime, d.tps <= d.maxTps]).toEqual([where, d.max, true]);
}

/** A CaseReportDetail without the ids, which differ from run to run. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const figuresOnly = ({ id, detailId, awId, transactionId, ...rest }: Json) => rest;

/** The failures by kind add up to the errors (true of computed figures; overridden ones are shown as given). */
const failures = (d: Json) => d.failedAssert + d.failedTimeout + d.failedRefused + d.failedOthers + d.failedParsed;

describe('ShowMergeTaskCase', () => {
  test('lists the cases of an ended run in its order, with their requests, transactions and case-run ids', async () => {
    const { taskId, runId } = await finishedRun();
    const reply = await api.signed({ path: paths.cases(runId) });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ ...OK, extend: {}, result: { err_message: '', case_aw_info_list: expect.any(Array) } });
    const list = reply.json.result.case_aw_info_list as Json[];
    const related = await relatedOf(taskId);
    expect(list.map((c) => c.name)).toEqual(ALL.map((id) => seedOf(id).name));
    list.forEach((entry, i) => {
      // By default testcaseId and case_uri_i both carry the case-run id, ShowTask's related_temp_running_id.
      expect(entry.testcaseId).toBe(String(related[i].related_temp_running_id));
      expect(entry.case_uri_i).toBe(entry.testcaseId);
      expect(entry.caseUri).toBe(String(ALL[i]));
      expect(entry.awList.map((a: Json) => a.name)).toEqual((seedOf(ALL[i]).requests ?? [{ name: 'GET /' }]).map((r) => r.name));
      expect(entry.aw.map((a: Json) => [a.name, a.id])).toEqual(entry.awList.map((a: Json) => [a.name, a.caseAwId]));
    });
    const ids = list.flatMap((c) => [c.caseAwId, ...c.awList.map((a: Json) => a.caseAwId)]);
    expect(new Set(ids).size).toBe(ids.length);

    const placeOrder = list[1];
    const aw = (name: string) => ({ name, caseAwId: HEX32, datumType: 1 });
    expect(placeOrder).toEqual({
      name: 'place-order',
      id: placeOrder.caseAwId,
      caseAwId: HEX32,
      testcaseId: String(runId * 100 + 2),
      case_uri_i: String(runId * 100 + 2),
      caseUri: '449270',
      taskId: String(taskId),
      taskExecId: String(runId),
      datumType: 0,
      aw: ['POST /cart', 'POST /orders', 'GET /orders/{id}/status'].map((name) => ({ name, id: HEX32, datumType: 1 })),
      awList: ['POST /cart', 'POST /orders', 'GET /orders/{id}/status'].map(aw),
      transactionList: [
        { name: 'checkout', caseAwId: HEX32, transactionId: HEX32, datumType: 2, awList: [placeOrder.awList[0], placeOrder.awList[1]] },
      ],
    });
  });

  test('an unknown run is a 403 SVCSTG.CPTS.4032002', async () => {
    expectNotYours(await api.signed({ path: paths.cases(123) }), 'task run 123 does not exist or is not yours');
  });
});

describe('ShowMergeCaseDetail', () => {
  test("place-order over a 60 s run: its figures from its profile (180 rps, 240 ms, 99.6 %), its requests' and checkout's", async () => {
    const { runId } = await finishedRun([449270]);
    const [entry] = await listOf(runId);
    const reply = await api.signed({ path: paths.caseDetail(runId, entry.case_uri_i) });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ ...OK, extend: {}, result: { err_message: '', detail: expect.any(Object) } });
    const { performance, detailDatas, customTransactions } = reply.json.result.detail;
    expect(performance).toEqual({
      name: 'place-order',
      id: entry.case_uri_i,
      detailId: entry.caseAwId,
      caseUri: '449270',
      isAW: false,
      datumType: 0,
      checkpointResult: true,
      duration: 60,
      currentThreadNum: 50,
      requests: 10800,
      successCount: 10757,
      errorCount: 43,
      successRate: 99,
      averageRespTime: 240,
      ...{ tp50: 216, tp75: 288, tp85: 336, tp90: 384, tp95: 456, tp99: 600, tp999: 696, tp9999: 744 },
      max: 768,
      maxRespTime: 768,
      min: 48,
      tps: 180,
      maxTps: 207,
      ...{ failedAssert: 21, failedTimeout: 12, failedRefused: 10, failedOthers: 0, failedParsed: 0 },
    });
    expect(detailDatas.map((d: Json) => [d.name, d.url, d.isAW, d.datumType, d.requests, d.errorCount, d.averageRespTime])).toEqual([
      ['POST /cart', '/cart', true, 1, 3600, 9, 144],
      ['POST /orders', '/orders', true, 1, 3600, 26, 408],
      ['GET /orders/{id}/status', '/orders/{id}/status', true, 1, 3600, 8, 168],
    ]);
    expect(detailDatas.map((d: Json) => [d.detailId, d.awId])).toEqual(entry.awList.map((a: Json) => [a.caseAwId, a.caseAwId]));
    expect(customTransactions).toEqual([
      expect.objectContaining({
        name: 'checkout',
        detailId: entry.transactionList[0].caseAwId,
        transactionId: entry.transactionList[0].transactionId,
        isAW: false,
        datumType: 2,
        requests: 3600,
        errorCount: 35,
        averageRespTime: 552,
      }),
    ]);
  });

  test('every case, request and transaction is consistent; requests add up to their case, cases to the outline', async () => {
    const { runId } = await finishedRun();
    const details = await detailsOf(runId);
    for (const [i, { performance: p, detailDatas, customTransactions }] of details.entries()) {
      expectConsistent(p, 'case');
      expect([p.name, failures(p)]).toEqual([p.name, p.errorCount]);
      for (const r of detailDatas) {
        expectConsistent(r, `request of ${p.name}`);
        expect([r.name, failures(r), r.max <= p.max, r.min >= p.min]).toEqual([r.name, r.errorCount, true, true]);
      }
      expect([p.name, sum(detailDatas.map((r: Json) => r.requests)), sum(detailDatas.map((r: Json) => r.errorCount))]).toEqual([
        p.name,
        p.requests,
        p.errorCount,
      ]);
      const weighted = sum(detailDatas.map((r: Json) => r.averageRespTime * r.requests)) / p.requests;
      expect([p.name, Math.abs(weighted - p.averageRespTime) <= 0.01]).toEqual([p.name, true]);
      for (const [k, t] of customTransactions.entries()) {
        expectConsistent(t, `transaction of ${p.name}`);
        const spans = seedOf(ALL[i]).transactions![k].requests;
        const members = detailDatas.filter((r: Json) => spans.includes(r.name));
        expect(members).toHaveLength(spans.length);
        expect(t.requests).toBe(Math.min(...members.map((r: Json) => r.requests)));
        expect(Math.abs(t.averageRespTime - sum(members.map((r: Json) => r.averageRespTime)))).toBeLessThanOrEqual(0.02);
      }
    }
    expect(details.map((d) => d.customTransactions.map((t: Json) => t.name))).toEqual([[], ['checkout'], ['reserve stock'], []]);
    expect(details[3].detailDatas.map((r: Json) => [r.name, r.requests])).toEqual([['GET /', details[3].performance.requests]]);

    const core = (await outlineOf(runId)).core_index;
    const cases = details.map((d) => d.performance);
    expect(sum(cases.map((p) => p.requests))).toBe(core.request_count);
    expect(sum(cases.map((p) => p.errorCount))).toBe(core.error_request_count);
    expect(sum(cases.map((p) => p.successCount))).toBe(core.success_count);
    const weighted = sum(cases.map((p) => p.averageRespTime * p.requests)) / core.request_count;
    expect(Math.abs(weighted - core.response_time.avg_response_time)).toBeLessThanOrEqual(0.01);
    expect(Math.max(...cases.map((p) => p.max))).toBe(core.response_time.max_response_time);
    expect(Math.min(...cases.map((p) => p.min))).toBe(core.response_time.min_response_time);
  });

  test('deterministic: identical runs of two tasks show the same figures, under their own ids', async () => {
    const a = await detailsOf((await finishedRun()).runId);
    const b = await detailsOf((await finishedRun()).runId);
    const figures = (details: Json[]) => details.map((d) => [d.performance, ...d.detailDatas, ...d.customTransactions].map(figuresOnly));
    expect(figures(b)).toEqual(figures(a));
    expect(b[0].performance.detailId).not.toBe(a[0].performance.detailId);
  });

  test('unknown ids: a run is 403, a case-run id not of the run 403 as well, a case_run_id not an integer 400', async () => {
    const first = await finishedRun([449269]);
    const second = await finishedRun([449269]);
    const [theirs] = await listOf(second.runId);
    expectNotYours(await api.signed({ path: paths.caseDetail(123, theirs.case_uri_i) }), 'task run 123 does not exist or is not yours');
    expectNotYours(
      await api.signed({ path: paths.caseDetail(first.runId, theirs.case_uri_i) }),
      `case run ${theirs.case_uri_i} of task run ${first.runId} does not exist or is not yours`,
    );
    // The case's design id is no case-run id.
    expectNotYours(
      await api.signed({ path: paths.caseDetail(second.runId, 449269) }),
      `case run 449269 of task run ${second.runId} does not exist or is not yours`,
    );
    const reply = await api.signed({ path: paths.caseDetail(second.runId, 'abc') });
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(misfit('ShowMergeCaseDetail', 'path case_run_id expected int, got "abc"'));
  });
});

describe('overrides', () => {
  test("a task's case figures go to its runs: one request, one transaction, one case's own; nothing else changes", async () => {
    const plain = await finishedRun([449269, 449270]);
    const overrides: CaseFigureOverrides = {
      'place-order': { requests: { 'POST /orders': { tp90: 3000 } }, transactions: { checkout: { avg_response_time: 2500 } } },
      'browse-catalogue': { performance: { avg_response_time: 900, success_rate: 95, request_count: 20000 } },
    };
    const slow = await finishedRun([449269, 449270], (task) => {
      task.caseFigures = overrides;
    });
    const [browse, order] = await detailsOf(slow.runId);
    const [plainBrowse, plainOrder] = await detailsOf(plain.runId);
    const orders = order.detailDatas[1];
    const plainOrders = plainOrder.detailDatas[1];
    expectConsistent(orders, 'request');
    // Given tp90 as given, the higher ones raised to it, the lower ones and the average as computed.
    expect(CHAIN.map((n) => orders[n])).toEqual([...CHAIN.slice(0, 4).map((n) => plainOrders[n]), 3000, 3000, 3000, 3000, 3000, 3000]);
    expect(orders.averageRespTime).toBe(plainOrders.averageRespTime);
    expect(figuresOnly(order.performance)).toEqual(figuresOnly(plainOrder.performance));
    expect([order.detailDatas[0], order.detailDatas[2]].map(figuresOnly)).toEqual(
      [plainOrder.detailDatas[0], plainOrder.detailDatas[2]].map(figuresOnly),
    );
    // A given average reshapes all the times around it.
    const checkout = order.customTransactions[0];
    expectConsistent(checkout, 'transaction');
    expect([checkout.averageRespTime, checkout.tp50, checkout.tp90, checkout.max, checkout.min]).toEqual([2500, 2250, 4000, 8000, 500]);
    // Counts from the request count and the rate; the failures follow the errors.
    expectConsistent(browse.performance, 'case');
    expect(browse.performance).toMatchObject({
      requests: 20000,
      successCount: 19000,
      errorCount: 1000,
      successRate: 95,
      averageRespTime: 900,
      tp90: 1440,
    });
    expect(failures(browse.performance)).toBe(1000);
    expect(browse.detailDatas.map(figuresOnly)).toEqual(plainBrowse.detailDatas.map(figuresOnly));
    // The outline is the outline: per-case overrides do not reach it.
    expect((await outlineOf(slow.runId)).core_index).toEqual((await outlineOf(plain.runId)).core_index);
  });

  test('every scoped name maps onto its wire field', async () => {
    const given = {
      avg_response_time: 500.5,
      min_response_time: 10,
      tp50: 400,
      tp75: 600,
      tp85: 700,
      tp90: 800,
      tp95: 900,
      tp99: 1200,
      tp999: 1500,
      tp9999: 1900,
      max_response_time: 2000,
      success_rate: 97.5,
      tps: 70.5,
      max_tps: 90.25,
      request_count: 4000,
      success_count: 3900,
      error_count: 100,
      failed_assert: 60,
      failed_timeout: 30,
      failed_refused: 10,
    };
    const { runId } = await finishedRun([449270], (task) => {
      task.caseFigures = { 'place-order': { requests: { 'POST /cart': given } } };
    });
    const [{ detailDatas }] = await detailsOf(runId);
    expect(detailDatas[0]).toMatchObject({
      averageRespTime: 500.5,
      min: 10,
      ...{ tp50: 400, tp75: 600, tp85: 700, tp90: 800, tp95: 900, tp99: 1200, tp999: 1500, tp9999: 1900 },
      max: 2000,
      maxRespTime: 2000,
      // The shown rate follows the counts given, which win over a rate given with them.
      successRate: 97,
      tps: 70.5,
      maxTps: 90.25,
      requests: 4000,
      successCount: 3900,
      errorCount: 100,
      failedAssert: 60,
      failedTimeout: 30,
      failedRefused: 10,
    });
    expectConsistent(detailDatas[0], 'request');
  });

  test('set on a started run, read at each answer; a lowered max lowers the percentiles above it; seeded runs take them too', async () => {
    const taskId = await createTask(api, { case_id_list: [449270] });
    const runId = await startTask(api, taskId);
    api.emulator.state.runs.get(runId)!.caseFigures = { 'place-order': { performance: { max_response_time: 300 } } };
    api.clock.advance((waitingSeconds + runningSeconds) * 1000);
    const [{ performance }] = await detailsOf(runId);
    expectConsistent(performance, 'case');
    expect(CHAIN.map((n) => performance[n])).toEqual([48, 216, 288, 300, 300, 300, 300, 300, 300, 300]);
    expect(performance.averageRespTime).toBe(240);

    const task = api.emulator.state.tasks.get(taskId)!;
    task.caseFigures = { 'place-order': { performance: { tp99: 5000 }, requests: { 'POST /cart': { error_count: 3600 } } } };
    const seeded = api.emulator.state.seedRun(task, {
      outcome: 'finished',
      endedMinutesAgo: 0,
      caseFigures: { 'place-order': { transactions: { checkout: { tps: 1 } } } },
    });
    const [detail] = await detailsOf(seeded.id);
    // Merged case by case: the seed's place-order replaces the task's.
    expect(detail.performance.tp99).toBe(600);
    expect(detail.detailDatas[0].errorCount).toBe(9);
    expect(detail.customTransactions[0]).toMatchObject({ tps: 1, maxTps: 1.15 });
  });

  test('what cannot be is refused when the run starts or is seeded, naming it', () => {
    const { state } = api.emulator;
    const task = state.createTask({
      name: 'main-perf',
      project_id: DEMO.perftestProject,
      parallel: true,
      operate_mode: 2,
      case_id_list: [449270],
    });
    const seed = (caseFigures: CaseFigureOverrides) => () => state.seedRun(task, { outcome: 'finished', endedMinutesAgo: 0, caseFigures });
    expect(seed({ 'place-orders': {} })).toThrow(/"place-orders": no such case \(known: browse-catalogue, place-order,/);
    expect(seed({ 'place-order': { requests: { 'POST /order': {} } } })).toThrow(
      /request of case "place-order" "POST \/order": no such one/,
    );
    expect(seed({ 'place-order': { transactions: { pay: {} } } })).toThrow(
      /transaction of case "place-order" "pay": no such one \(known: checkout\)/,
    );
    expect(seed({ 'place-order': { performance: { p99: 1 } as never } })).toThrow(/unknown figure p99/);
    expect(seed({ 'place-order': { performance: { tp90: 1.5 } } })).toThrow(/tp90 must be an integer/);
    expect(seed({ 'place-order': { performance: { tp90: 500, tp99: 400 } } })).toThrow(/tp99 is below tp90/);
    expect(seed({ 'place-order': { performance: { avg_response_time: 500, max_response_time: 400 } } })).toThrow(
      /between min_response_time and max_response_time/,
    );
    expect(seed({ 'place-order': { performance: { success_rate: 100.5 } } })).toThrow(/at most 100/);
    expect(seed({ 'place-order': { performance: { request_count: 10, success_count: 8, error_count: 1 } } })).toThrow(
      /must make request_count/,
    );
    expect(seed({ 'place-order': { aws: {} } as never })).toThrow(/unknown part aws/);
    expect(() => state.seedRun(task, { outcome: 'finished', endedMinutesAgo: 0, caseGaps: { 'place-order': 'gone' as never } })).toThrow(
      /gone is none of unlisted, empty, refused/,
    );
    expect(task.runIds).toEqual([]);
  });

  test('a bad override set on a started run is a loud 500 when the report is asked for', async () => {
    const { runId } = await finishedRun([449270]);
    api.emulator.state.runs.get(runId)!.caseFigures = { 'place-order': { performance: { tp90: -1 } } };
    const reply = await api.signed({ path: paths.cases(runId) });
    expect(reply.status).toBe(500);
    expect(reply.json).toEqual({ code: 'SVCSTG.CPTS.5000001', message: 'Internal server error.' });
  });
});

describe('caseRunIdField', () => {
  test.each([
    ['testcaseId', 'case_uri_i'],
    ['case_uri_i', 'testcaseId'],
  ] as const)('%s alone carries the case-run id; %s the design id, which the detail refuses', async (field, other) => {
    await api.emulator.stop();
    api = await setup({ seed: { run: { caseRunIdField: field } } });
    const { taskId, runId } = await finishedRun([449269, 449270]);
    const list = await listOf(runId);
    const related = await relatedOf(taskId);
    for (const [i, entry] of list.entries()) {
      expect(entry[field]).toBe(String(related[i].related_temp_running_id));
      expect(entry[other]).toBe(String(DEMO.cases[i]));
      expect((await detailOf(runId, entry[field])).performance.name).toBe(entry.name);
      expectNotYours(
        await api.signed({ path: paths.caseDetail(runId, entry[other]) }),
        `case run ${entry[other]} of task run ${runId} does not exist or is not yours`,
      );
    }
  });
});

describe('a case missing from the report (caseGaps)', () => {
  test("unlisted: left out of the list, its detail still answers for ShowTask's case-run id", async () => {
    const { taskId, runId } = await finishedRun([449269, 449270], (task) => {
      task.caseGaps = { 'place-order': 'unlisted' };
    });
    expect((await listOf(runId)).map((c) => c.name)).toEqual(['browse-catalogue']);
    const [, placeOrder] = await relatedOf(taskId);
    expect((await detailOf(runId, placeOrder.related_temp_running_id)).performance.name).toBe('place-order');
  });

  test('empty: listed, its detail answers 200 with no performance and empty lists', async () => {
    const { runId } = await finishedRun([449269, 449270], (task) => {
      task.caseGaps = { 'place-order': 'empty' };
    });
    const list = await listOf(runId);
    expect(list.map((c) => c.name)).toEqual(['browse-catalogue', 'place-order']);
    expect(await detailOf(runId, list[1].case_uri_i)).toEqual({ detailDatas: [], customTransactions: [] });
    expect((await detailOf(runId, list[0].case_uri_i)).performance.name).toBe('browse-catalogue');
  });

  test('refused: listed, its detail refused as an unknown case-run id; set on a run after it started', async () => {
    const { runId } = await finishedRun([449269, 449270]);
    api.emulator.state.runs.get(runId)!.caseGaps = { 'browse-catalogue': 'refused' };
    const list = await listOf(runId);
    expect(list.map((c) => c.name)).toEqual(['browse-catalogue', 'place-order']);
    expectNotYours(
      await api.signed({ path: paths.caseDetail(runId, list[0].case_uri_i) }),
      `case run ${list[0].case_uri_i} of task run ${runId} does not exist or is not yours`,
    );
    expect((await detailOf(runId, list[1].case_uri_i)).performance.name).toBe('place-order');
  });
});

describe('a run going on', () => {
  test('figures so far: zero while it waits, growing while it runs, stopped at the stop request', async () => {
    const taskId = await createTask(api, { case_id_list: [449270] });
    const runId = await startTask(api, taskId);
    api.clock.advance(1000);
    const [waiting] = await detailsOf(runId);
    for (const d of [waiting.performance, ...waiting.detailDatas, ...waiting.customTransactions]) {
      expectConsistent(d, 'waiting');
      expect([d.name, d.requests, d.max, d.averageRespTime, d.tps, d.successRate]).toEqual([d.name, 0, 0, 0, 0, 0]);
    }
    api.clock.advance((waitingSeconds - 1 + 10) * 1000);
    const [running] = await detailsOf(runId);
    expect(running.performance).toMatchObject({ requests: 1800, duration: 10, averageRespTime: 240, tps: 180 });
    expect(running.detailDatas.map((r: Json) => r.requests)).toEqual([600, 600, 600]);
    await stopTask(api, taskId);
    api.clock.advance(MINUTE);
    const [stopped] = await detailsOf(runId);
    expect(stopped).toEqual(running);
  });
});
