// Reading a run's per-case report: which id each case's detail is asked for (testcaseId, case_uri_i,
// ShowTask's related_temp_running_id), first against a stand-in client (every path of the choice),
// then against the emulator over HTTP (the figures, the fixture's caseRunIdField, gaps, failures, how
// many calls it takes and how many details are read at once).
import { DEFAULT_FIXTURE, DEMO, faults, startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index.js';
import type { CaseFigureOverrides, CaseGaps } from '../../emulator/service/case-figures.js';
import type { Task } from '../../emulator/service/state.js';
import { SCOPED_FIELDS } from '../../src/cpts/case-figures.js';
import type { CptsClient } from '../../src/cpts/client.js';
import type { CaseDetail, TaskCase, TaskState } from '../../src/cpts/types.js';
import { ApiError, TransportError } from '../../src/huawei/api-error.js';
import { BACKOFF, type RetrySettings } from '../../src/huawei/retry.js';
import { readCaseReport, type CaseReport } from '../../src/run/case-report.js';
import { demoClient } from '../helpers/client.js';
import { fakeTiming } from '../helpers/timing.js';

let infos: string[];
const log = { debug: () => undefined, info: (m: string) => infos.push(m), warning: () => undefined };
beforeEach(() => {
  infos = [];
});

describe('which id is asked for (a stand-in client)', () => {
  const RUN = 7700001;
  const TASK = 1200001;
  const refused = (id: string) => new ApiError('ShowMergeCaseDetail', 403, 'SVCSTG.CPTS.4032002', `case run ${id} is not yours`, 'r1');
  const detail = (tp50: number): CaseDetail => ({
    performance: { tp50 },
    requests: [{ name: 'GET /', figures: { tp50 } }],
    transactions: [],
  });
  const listed = (name: string, ids: { testcaseId?: string; caseUriI?: string }): TaskCase => ({
    name,
    ...ids,
    requestNames: ['GET /'],
    transactionNames: [],
  });

  /** A client whose detail answers for `accepted` ids (a figure per id) and refuses any other with 403; every call recorded. */
  function stub(cases: TaskCase[], accepted: Record<string, CaseDetail | Error>, task?: TaskState | Error) {
    const sent: string[] = [];
    const client = {
      retry: { log },
      showMergeTaskCase: async (runId: number) => (sent.push(`cases ${runId}`), cases),
      showMergeCaseDetail: async (_runId: number, id: string) => {
        sent.push(`detail ${id}`);
        const answer = accepted[id] ?? refused(id);
        if (answer instanceof Error) throw answer;
        return answer;
      },
      showTask: async (taskId: number) => {
        sent.push(`task ${taskId}`);
        if (!task || task instanceof Error) throw task ?? new Error('ShowTask was not expected');
        return task;
      },
    } as unknown as CptsClient;
    return { client, sent, read: () => readCaseReport(client, RUN, { taskId: TASK }) };
  }

  const ofRun = (caseRunIds: string[], latestRunId = RUN): TaskState => ({ run_status: 2, latestRunId, caseRunIds });
  const ids = (report: CaseReport) => report.cases.map((c) => [c.name, c.caseRunId]);

  test('testcaseId and case_uri_i the same: asked once, no ShowTask; the one log line says testcaseId answered', async () => {
    const { read, sent } = stub([listed('a', { testcaseId: '101', caseUriI: '101' }), listed('b', { testcaseId: '102' })], {
      101: detail(1),
      102: detail(2),
    });
    const report = await read();
    expect(report).toEqual({
      cases: [
        { name: 'a', caseRunId: '101', figures: { tp50: 1 }, requests: [{ name: 'GET /', figures: { tp50: 1 } }], transactions: [] },
        { name: 'b', caseRunId: '102', figures: { tp50: 2 }, requests: [{ name: 'GET /', figures: { tp50: 2 } }], transactions: [] },
      ],
      idSource: 'testcaseId',
      calls: 3,
      missing: [],
    });
    expect(sent).toEqual([`cases ${RUN}`, 'detail 101', 'detail 102']);
    expect(infos).toEqual([`Case figures of run ${RUN}: 2 cases listed; case-run ids from testcaseId (2 cases).`]);
  });

  test('testcaseId absent: case_uri_i, with no call wasted', async () => {
    const { read, sent } = stub([listed('a', { caseUriI: '101' }), listed('b', { caseUriI: '102' })], { 101: detail(1), 102: detail(2) });
    const report = await read();
    expect([report.idSource, report.calls, ids(report)]).toEqual([
      'case_uri_i',
      3,
      [
        ['a', '101'],
        ['b', '102'],
      ],
    ]);
    expect(sent).not.toContain(`task ${TASK}`);
  });

  test('testcaseId refused (4xx) and ShowTask unable to tell: the first case falls back, and settles case_uri_i for the others', async () => {
    const cases = ['a', 'b', 'c'].map((name, i) => listed(name, { testcaseId: `44926${i}`, caseUriI: `10${i + 1}` }));
    const { read, sent } = stub(cases, { 101: detail(1), 102: detail(2), 103: detail(3) }, new TransportError('ShowTask', 'u', 'reset'));
    const report = await read();
    expect(sent).toEqual([`cases ${RUN}`, `task ${TASK}`, 'detail 449260', 'detail 101', 'detail 102', 'detail 103']);
    expect([report.idSource, report.calls, report.missing]).toEqual(['case_uri_i', 6, []]);
    expect(infos).toHaveLength(1);
    expect(infos[0]).toContain('case-run ids from case_uri_i (3 cases)');
    expect(infos[0]).toContain('testcaseId and case_uri_i differ for 3 cases, and ShowTask cannot tell which is right');
  });

  test('the two differ and ShowTask lists case_uri_i: case_uri_i is asked first, testcaseId never', async () => {
    const cases = [listed('a', { testcaseId: '449269', caseUriI: '101' }), listed('b', { testcaseId: '449270', caseUriI: '102' })];
    const { read, sent } = stub(cases, { 101: detail(1), 102: detail(2) }, ofRun(['101', '102']));
    const report = await read();
    expect(sent).toEqual([`cases ${RUN}`, `task ${TASK}`, 'detail 101', 'detail 102']);
    expect([report.idSource, report.calls]).toEqual(['case_uri_i', 4]);
    expect(infos[0]).toContain("ShowTask's related_temp_running_id agrees with case_uri_i for 2 of them");
  });

  test('the two differ and ShowTask lists testcaseId: testcaseId first, even where case_uri_i would answer too', async () => {
    const cases = [listed('a', { testcaseId: '101', caseUriI: '9101' })];
    const { read, sent } = stub(cases, { 101: detail(1), 9101: detail(9) }, ofRun(['101']));
    const report = await read();
    expect(sent).toEqual([`cases ${RUN}`, `task ${TASK}`, 'detail 101']);
    expect(report.cases[0].figures).toEqual({ tp50: 1 });
  });

  test('ShowTask on a later run, or listing neither: testcaseId first, and the log says why ShowTask did not decide', async () => {
    const cases = [listed('a', { testcaseId: '449269', caseUriI: '101' })];
    const later = stub(cases, { 101: detail(1) }, ofRun(['770000201'], RUN + 1));
    expect((await later.read()).idSource).toBe('case_uri_i');
    expect(later.sent).toEqual([`cases ${RUN}`, `task ${TASK}`, 'detail 449269', 'detail 101']);
    expect(infos[0]).toContain(`task ${TASK}'s latest run is ${RUN + 1}, not ${RUN}`);
    const neither = stub(cases, { 101: detail(1) }, ofRun(['555']));
    await neither.read();
    expect(infos[1]).toContain("ShowTask's related_temp_running_id lists neither");
  });

  test('a 5xx, a timeout or a dropped connection says nothing about the id: no fallback, the case is missing with the reason', async () => {
    const cases = [listed('a', { testcaseId: '101', caseUriI: '9101' }), listed('b', { testcaseId: '102' })];
    const down = new TransportError('ShowMergeCaseDetail', 'https://cpts/…', 'socket hang up', 'ECONNRESET');
    const { read, sent } = stub(cases, { 101: down, 9101: detail(9), 102: detail(2) }, ofRun([]));
    const report = await read();
    expect(sent).not.toContain('detail 9101');
    expect(report.missing).toEqual([`"a": testcaseId "101": ${down.message}`]);
    expect(ids(report)).toEqual([['b', '102']]);
  });

  test('an id a path segment cannot carry is skipped for the next; the other case is unaffected', async () => {
    const cases = [listed('a', { testcaseId: 'cases/101', caseUriI: '101' }), listed('b', { testcaseId: '102', caseUriI: '102' })];
    const { read, sent } = stub(cases, { 101: detail(1), 102: detail(2) }, ofRun(['101', '102']));
    const report = await read();
    expect(sent).not.toContain('detail cases/101');
    expect(ids(report)).toEqual([
      ['a', '101'],
      ['b', '102'],
    ]);
  });

  test('an empty detail (200, no figures) counts as refused: the next id is asked', async () => {
    const empty: CaseDetail = { requests: [], transactions: [] };
    const { read } = stub([listed('a', { testcaseId: '449269', caseUriI: '101' })], { 449269: empty, 101: detail(1) }, new Error('x'));
    const report = await read();
    expect(ids(report)).toEqual([['a', '101']]);
  });

  test('neither field gives an id, and ShowTask lists exactly one that no other case has: related_temp_running_id answers', async () => {
    const cases = [listed('a', { testcaseId: '101' }), listed('b', {})];
    const { read, sent } = stub(cases, { 101: detail(1), 102: detail(2) }, ofRun(['101', '102']));
    const report = await read();
    expect(sent).toEqual([`cases ${RUN}`, 'detail 101', `task ${TASK}`, 'detail 102']);
    expect(ids(report)).toEqual([
      ['a', '101'],
      ['b', '102'],
    ]);
    expect([report.idSource, report.calls]).toEqual(['testcaseId', 4]);
    expect(infos[0]).toContain('case-run ids from testcaseId (1 case), related_temp_running_id (1 case)');
  });

  test('ShowTask ids that cannot be told apart, or none left: the cases are missing, each with its reasons', async () => {
    const two = stub([listed('a', {}), listed('b', {})], { 101: detail(1), 102: detail(2) }, ofRun(['101', '102']));
    const report = await two.read();
    // Two cases without ids: ShowTask's list has no names to match them by, so it is not even asked.
    expect(two.sent).toEqual([`cases ${RUN}`]);
    expect(report).toMatchObject({ cases: [], idSource: 'testcaseId', calls: 1 });
    expect(report.missing).toEqual(['"a": no testcaseId; no case_uri_i', '"b": no testcaseId; no case_uri_i']);
    expect(infos[0]).toContain('case-run ids: none answered (testcaseId tried first); 2 without a readable detail');

    const none = stub([listed('a', { testcaseId: '101' })], {}, ofRun(['101']));
    expect((await none.read()).missing).toEqual([
      `"a": testcaseId "101": ${refused('101').message}; no case_uri_i; ShowTask's related_temp_running_id gives no id to try`,
    ]);
  });

  test('ShowMergeTaskCase failing is thrown; a bug is thrown, not reported as a missing case', async () => {
    const failing = {
      retry: { log },
      showMergeTaskCase: () => Promise.reject(refused('x')),
    } as unknown as CptsClient;
    await expect(readCaseReport(failing, RUN, { taskId: TASK })).rejects.toBeInstanceOf(ApiError);
    const buggy = stub([listed('a', { testcaseId: '101' })], { 101: new TypeError('x is undefined') });
    await expect(buggy.read()).rejects.toBeInstanceOf(TypeError);
  });

  test('no cases listed: an empty report, said so', async () => {
    const { read } = stub([], {});
    expect(await read()).toEqual({ cases: [], idSource: 'testcaseId', calls: 1, missing: [] });
    expect(infos).toEqual([`Case figures of run ${RUN}: no cases listed.`]);
  });
});

describe('against the emulator', () => {
  const NOW = Date.UTC(2026, 10, 28, 4, 0, 0);
  let emulator: Emulator;

  async function boot(options: EmulatorOptions = {}): Promise<void> {
    emulator = await startEmulator({ clock: { now: () => NOW }, ...options });
  }
  afterEach(async () => {
    const violations = [...(emulator?.contractViolations ?? [])];
    await emulator?.stop();
    expect(violations).toEqual([]);
  });

  /** Three attempts per call on a fake clock: retries cost no time. */
  const retry = (): RetrySettings => ({
    policy: { ...BACKOFF, maxAttempts: 3, deadline: 3_600_000, bound: 'the test' },
    timing: fakeTiming(),
    log,
  });
  const client = () => demoClient(emulator, retry(), { now: () => NOW });

  function newTask(caseIds: number[] = [...DEMO.cases], project: number = DEMO.perftestProject): Task {
    return emulator.state.createTask({ name: 'main-perf', project_id: project, parallel: true, operate_mode: 2, case_id_list: caseIds });
  }

  /** A finished run of a new task: its id and its task's. */
  function finishedRun(options: { caseFigures?: CaseFigureOverrides; caseGaps?: CaseGaps; caseIds?: number[] } = {}) {
    const task = newTask(options.caseIds);
    const run = emulator.state.seedRun(task, { outcome: 'finished', caseFigures: options.caseFigures, caseGaps: options.caseGaps });
    return { taskId: task.id, runId: run.id };
  }

  const read = ({ taskId, runId }: { taskId: number; runId: number }) => readCaseReport(client(), runId, { taskId });
  const sent = (operation: string) => emulator.received.filter((r) => r.operation === operation);
  const detailIds = () => sent('ShowMergeCaseDetail').map((r) => /case-run-infos\/([^/]+)\/detail/.exec(r.target)![1]);

  test('every case, its requests and transactions, with every scoped figure; 1 + cases calls, no ShowTask', async () => {
    await boot();
    const run = finishedRun();
    const report = await read(run);
    expect(report.idSource).toBe('testcaseId');
    expect(report.missing).toEqual([]);
    expect(report.calls).toBe(3);
    expect(emulator.received).toHaveLength(3);
    expect(sent('ShowTask')).toHaveLength(0);
    expect(report.cases.map((c) => [c.name, c.caseRunId])).toEqual([
      ['browse-catalogue', String(run.runId * 100 + 1)],
      ['place-order', String(run.runId * 100 + 2)],
    ]);
    const [browse, order] = report.cases;
    expect(browse.requests.map((r) => r.name)).toEqual(['GET /catalogue', 'GET /catalogue/{id}', 'GET /search?q=red socks']);
    expect(order.transactions.map((t) => t.name)).toEqual(['checkout']);
    for (const item of [browse, order, ...browse.requests, ...order.requests, ...order.transactions]) {
      expect(Object.keys(item.figures).sort()).toEqual([...SCOPED_FIELDS].sort());
    }
    // The success rate from the counts, not the report's integer.
    const { success_count, request_count, success_rate } = order.figures;
    expect(success_rate).toBe(Math.round((success_count! / request_count!) * 100 * 10_000) / 10_000);
    expect(success_rate).not.toBe(Math.floor(success_rate!));
    expect(infos).toEqual([`Case figures of run ${run.runId}: 2 cases listed; case-run ids from testcaseId (2 cases).`]);
  });

  test.each(['testcaseId', 'case_uri_i'] as const)(
    'caseRunIdField %s: ShowTask settles which field is the case-run id, no design id is ever sent',
    async (field) => {
      await boot({ seed: { run: { caseRunIdField: field } } });
      const run = finishedRun();
      const report = await read(run);
      expect([report.idSource, report.calls, report.missing]).toEqual([field, 4, []]);
      expect(sent('ShowTask')).toHaveLength(1);
      expect(detailIds()).toEqual([String(run.runId * 100 + 1), String(run.runId * 100 + 2)]);
      expect(infos).toHaveLength(1);
      expect(infos[0]).toContain(`related_temp_running_id agrees with ${field} for 2 of them`);
    },
  );

  test('caseRunIdField case_uri_i and ShowTask refused: testcaseId (the design id) refused once, then case_uri_i for every case', async () => {
    await boot({ seed: { run: { caseRunIdField: 'case_uri_i' } } });
    const run = finishedRun();
    emulator.script('ShowTask', [faults.status(403, { code: 'SVCSTG.CPTS.4032002', message: 'not yours' })]);
    const report = await read(run);
    expect(detailIds()).toEqual([String(DEMO.cases[0]), String(run.runId * 100 + 1), String(run.runId * 100 + 2)]);
    expect([report.idSource, report.calls, report.missing, report.cases.length]).toEqual(['case_uri_i', 5, [], 2]);
    expect(infos[0]).toContain('ShowTask cannot tell which is right: ShowTask failed: HTTP 403');
  });

  test('a test’s per-case, per-request and per-transaction figures are read back', async () => {
    await boot();
    const run = finishedRun({
      caseFigures: {
        'place-order': {
          performance: { request_count: 1000, success_count: 997 },
          requests: { 'POST /orders': { tp90: 2400, max_response_time: 5000 } },
          transactions: { checkout: { avg_response_time: 1234.5 } },
        },
      },
    });
    const order = (await read(run)).cases.find((c) => c.name === 'place-order')!;
    expect(order.figures).toMatchObject({ request_count: 1000, success_count: 997, error_count: 3, success_rate: 99.7 });
    expect(order.requests.find((r) => r.name === 'POST /orders')!.figures).toMatchObject({ tp90: 2400, max_response_time: 5000 });
    expect(order.transactions[0].figures.avg_response_time).toBe(1234.5);
  });

  test('gaps: a refused or empty case is missing with the reason, the others are read; an unlisted one is not seen', async () => {
    await boot();
    const caseIds = [449269, 449270, 449273];
    const refusedRun = finishedRun({ caseIds, caseGaps: { 'place-order': 'refused', 'flaky-inventory': 'unlisted' } });
    const refused = await read(refusedRun);
    expect(refused.cases.map((c) => c.name)).toEqual(['browse-catalogue']);
    expect(refused.missing).toHaveLength(1);
    expect(refused.missing[0]).toMatch(/^"place-order": testcaseId "\d+": ShowMergeCaseDetail failed: HTTP 403 SVCSTG\.CPTS\.4032002/);
    // ShowTask also lists the unlisted case's id: taking it by elimination would give place-order flaky-inventory's figures.
    expect(refused.missing[0]).toContain("ShowTask's related_temp_running_id lists 3 ids that cannot be matched to the 2 listed cases");
    expect(refused.cases[0].figures).toEqual(expect.objectContaining({ request_count: expect.any(Number) }));
    expect(refused.calls).toBe(emulator.received.length);

    const emptyRun = finishedRun({ caseIds, caseGaps: { 'browse-catalogue': 'empty' } });
    const empty = await read(emptyRun);
    expect(empty.cases.map((c) => c.name)).toEqual(['place-order', 'flaky-inventory']);
    expect(empty.missing).toEqual([
      `"browse-catalogue": testcaseId "${emptyRun.runId * 100 + 1}": ShowMergeCaseDetail answered without any figures; ` +
        "ShowTask's related_temp_running_id gives no id to try",
    ]);
  });

  test('a detail failing after its retries: that case missing, not tried by another id; each call counted once', async () => {
    await boot();
    const run = finishedRun();
    emulator.script('ShowMergeCaseDetail', [faults.serverError(503), faults.serverError(503), faults.serverError(503)]);
    const report = await read(run);
    expect(report.cases.map((c) => c.name)).toEqual(['place-order']);
    expect(report.missing).toHaveLength(1);
    expect(report.missing[0]).toMatch(/^"browse-catalogue": testcaseId "\d+": ShowMergeCaseDetail failed after 3 attempts/);
    expect(sent('ShowMergeCaseDetail')).toHaveLength(4);
    expect(report.calls).toBe(3);
  });

  test('ShowMergeTaskCase failing is thrown to the caller', async () => {
    await boot();
    await expect(readCaseReport(client(), 99_999_999, { taskId: 1 })).rejects.toThrow(/^ShowMergeTaskCase failed: HTTP 403/);
  });

  test('at most 4 details are in flight at once', async () => {
    const many = Array.from({ length: 9 }, (_, i) => ({
      id: 500001 + i,
      name: `case-${i + 1}`,
      type: 2 as const,
      status: 1 as const,
      parent_id: 0,
    }));
    let inFlight = 0;
    // Each answer is logged once its entry has its status: the details still at 0 are in flight.
    await boot({
      seed: { perftestProjects: [...DEFAULT_FIXTURE.perftestProjects, { id: 393999, name: 'many', description: '', cases: many }] },
      log: (line) => {
        if (!line.includes('/detail')) return;
        inFlight = Math.max(inFlight, sent('ShowMergeCaseDetail').filter((r) => r.status === 0).length + 1);
      },
    });
    const task = newTask(
      many.map((c) => c.id),
      393999,
    );
    const run = emulator.state.seedRun(task, { outcome: 'finished' });
    emulator.script(
      'ShowMergeCaseDetail',
      Array.from({ length: 9 }, () => faults.delay(40)),
    );
    const report = await read({ taskId: task.id, runId: run.id });
    expect([report.cases.length, report.calls, report.missing]).toEqual([9, 10, []]);
    expect(inFlight).toBe(4);
  });

  test('the case-run id is one path segment, percent-encoded as signed; one the path cannot carry is not sent', async () => {
    await boot();
    const run = finishedRun();
    const error = await client()
      .showMergeCaseDetail(run.runId, 'a b%ü')
      .catch((e: unknown) => e);
    // Signed and routed (not 401): refused as an id that is not an integer.
    expect(error).toMatchObject({ name: 'ApiError', status: 400 });
    expect(sent('ShowMergeCaseDetail').map((r) => r.target)).toEqual([
      `/v2/${DEMO.projectId}/task-run-infos/${run.runId}/case-run-infos/a%20b%25%C3%BC/detail`,
    ]);
    for (const id of ['', '1/2', '..']) {
      await expect(client().showMergeCaseDetail(run.runId, id)).rejects.toThrow(/^ShowMergeCaseDetail was not sent: the id/);
    }
    expect(sent('ShowMergeCaseDetail')).toHaveLength(1);
  });
});
