// The emulator against the vendored contract: a walk through every operation it serves, each answer
// checked against its response model here (independently of the emulator's own strict mode), and
// strict mode itself failing loudly on an answer outside the model.
import { CONTRACTS, checkAnswer, checkRequest, checkValue, operationOf } from '../../emulator/service/contract.js';
import { ROUTES } from '../../emulator/harness/routes.js';
import { DEMO } from '../../emulator/index.js';
import { MINUTE, P, SUITE, jwt, setup, type Api, type Reply } from '../emulator/client.js';

const START = {
  status: 9,
  cluster_type: 'shared-cluster-internet',
  cluster_id: 0,
  without_package: 0,
  network_info: { network_type: 'internet' },
};
const STOP = { ...START, status: 2, cluster_id: -1 };
const TASK = { name: 'walk', parallel: false, project_id: SUITE, operate_mode: 2, case_id_list: [...DEMO.cases] };

describe('the checker', () => {
  const c = CONTRACTS.cpts;

  test('a field the model lacks, nested in a list of models, is named by its path', () => {
    expect(checkAnswer('ShowTask', { taskInfo: { related_temp_running_data: [{ task_run_info_id: 1, run_id: 2 }] } })).toEqual([
      { path: 'taskInfo.related_temp_running_data[0].run_id', problem: 'is not a field of the model' },
    ]);
  });

  test('types: an integer field with a fraction, a string with a number, a list with an object', () => {
    expect(checkAnswer('ShowMergeReportLogsOutline', { result: { outline: { core_index: { success_rate: 99.83 } } } })).toEqual([
      { path: 'result.outline.core_index.success_rate', problem: 'expected an integer, got number 99.83' },
    ]);
    expect(checkAnswer('ShowTaskSet', { extend: { total: 1 }, tasks: [{ name: 5 }] }).map((v) => v.path)).toEqual([
      'extend',
      'tasks[0].name',
    ]);
  });

  test('an answer may omit or null any field; a request must give the required ones, and nothing else', () => {
    expect(checkAnswer('ShowTask', { taskInfo: { run_status: null } })).toEqual([]);
    expect(
      checkValue(c, 'UpdateTaskStatusRequestBody', { status: 2, cluster_id: -1, cluster_type: 'x', without_package: 0 }, '', 'request'),
    ).toEqual([{ path: 'network_info', problem: 'is required' }]);
    expect(
      checkRequest('UpdateTaskStatus', {
        params: { test_suite_id: '1', task_id: 'x' },
        query: [['verbose', '1']],
        headers: {},
        body: { ...START, network_info: {}, colour: 'red' },
      }),
    ).toEqual([
      { path: 'query verbose', problem: 'is not a parameter of the operation' },
      { path: 'path task_id', problem: 'expected int, got "x"' },
      { path: 'body.colour', problem: 'is not a field of the model' },
      { path: 'body.network_info.network_type', problem: 'is required' },
    ]);
  });

  test('float takes integers, datetime takes dates only, object takes anything, dict checks its values', () => {
    expect(checkValue(c, 'float', 3, '', 'answer')).toEqual([]);
    expect(checkValue(c, 'datetime', 'yesterday', 'd', 'answer')).toHaveLength(1);
    expect(checkValue(c, 'object', [1, 'x'], '', 'answer')).toEqual([]);
    expect(checkValue(c, 'dict(str, list[str])', { a: ['x'], b: [1] }, 'm', 'answer')).toEqual([
      { path: 'm.b[0]', problem: 'expected a string, got number 1' },
    ]);
  });
});

describe('every operation the emulator serves, walked', () => {
  let api: Api;
  const answers = new Map<string, number>();
  beforeAll(async () => {
    api = await setup();
  });
  afterAll(() => api.emulator.stop());

  /** The reply, asserted 2xx and checked against the contract here, not only by the emulator. */
  async function call(operation: string, reply: Promise<Reply>): Promise<Reply> {
    const r = await reply;
    // The operation and body ride along, so a failure says which call it was and what came back.
    expect([operation, r.status >= 200 && r.status < 300 ? '2xx' : `${r.status} ${r.text}`]).toEqual([operation, '2xx']);
    expect(checkAnswer(operation, r.json)).toEqual([]);
    answers.set(operation, (answers.get(operation) ?? 0) + 1);
    return r;
  }

  test('the PerfTest lifecycle, both starts and stops, and IAM', async () => {
    await call('ListProjectSets', api.signed({ path: `/v1/${P}/test-suites` }));
    await call(
      'ListProjectSets',
      api.signed({
        path: `/v1/${P}/test-suites`,
        query: [
          ['offset', '1'],
          ['limit', '1'],
        ],
      }),
    );
    await call('ListProjectTestCase', api.signed({ path: `/v1/${P}/test-suites/${SUITE}/directory` }));
    const task = (await call('CreateNewTask', api.signed({ path: `/v3/${P}/tasks`, data: TASK }))).json.task_id as number;
    await call('ShowTaskSet', api.signed({ path: `/v1/${P}/all-tasks/${SUITE}` }));
    await call('ListTaskCases', api.signed({ path: `/v1/${P}/test-suites/${SUITE}/tasks/${task}/test-cases` }));
    await call('ShowTask', api.signed({ path: `/v1/${P}/tasks/${task}` }));
    await call('ShowHistoryRunInfo', api.signed({ path: `/v1/${P}/tasks/history-run-list/${task}` }));

    const variables = `/v1/${P}/variables/${SUITE}`;
    await call('ListVariables', api.signed({ path: `/v1/${P}/variables/2/test-suites/${SUITE}` }));
    const walkVariable = { name: 'WALK', variable_type: 2, variable: ['x'] };
    const created = await call('CreateVariable', api.signed({ path: variables, data: [{ id: 0, ...walkVariable, is_quoted: false }] }));
    const variableId = created.json.json.variable_id as number;
    await call(
      'UpdateVariable',
      api.signed({ method: 'PUT', path: variables, data: [{ id: variableId, ...walkVariable, variable: ['y'] }] }),
    );
    await call(
      'DeleteVariable',
      api.signed({
        method: 'DELETE',
        path: `/v1/${P}/variables`,
        query: [
          ['variable_id', String(variableId)],
          ['test_suite_id', String(SUITE)],
        ],
      }),
    );
    const debug = { status: 9, cluster_type: 'shared-cluster-internet', cluster_id: 0, without_package: 0, type: 1 };
    await call('DebugCase', api.signed({ path: `/v1/${P}/test-suites/${SUITE}/tasks/${task}/cases/${DEMO.cases[0]}/debug`, data: debug }));

    const status = `/v1/${P}/test-suites/${SUITE}/tasks/${task}`;
    const run = (await call('UpdateTaskStatus', api.signed({ path: status, data: START }))).json.result.task_run_id as number;
    api.clock.advance(10_000);
    await call('ShowTask', api.signed({ path: `/v1/${P}/tasks/${task}` }));
    await call('ShowMergeReportLogsOutline', api.signed({ path: `/v2/${P}/task-run-infos/${run}/reports/log-outline` }));
    await call('UpdateTaskStatus', api.signed({ path: status, data: STOP }));
    api.clock.advance(MINUTE);

    const batch = `/v1/${P}/test-suites/${SUITE}/tasks/batch-update-task-status`;
    const body = { type: 1, project_id: SUITE, task_id_list: [task], cluster_id: 0, cluster_type: 'shared-cluster-internet' };
    await call('BatchUpdateTaskStatus', api.signed({ path: batch, data: { ...body, status: 9 } }));
    api.clock.advance(10_000);
    await call('BatchUpdateTaskStatus', api.signed({ path: batch, data: { ...body, status: 2, cluster_id: -1 } }));
    api.clock.advance(MINUTE);
    await call('ShowHistoryRunInfo', api.signed({ path: `/v1/${P}/tasks/history-run-list/${task}` }));
    await call('ShowMergeReportLogsOutline', api.signed({ path: `/v2/${P}/task-run-infos/${run}/reports/log-outline` }));
    const cases = (await call('ShowMergeTaskCase', api.signed({ path: `/v2/${P}/task-run-infos/${run}/cases` }))).json.result
      .case_aw_info_list as { case_uri_i: string }[];
    for (const { case_uri_i } of cases) {
      await call('ShowMergeCaseDetail', api.signed({ path: `/v2/${P}/task-run-infos/${run}/case-run-infos/${case_uri_i}/detail` }));
    }
    await call(
      'UpdateTaskRelatedTestCase',
      api.signed({ method: 'PUT', path: `/v3/${P}/tasks/${task}`, data: { ...TASK, case_id_list: [DEMO.cases[0]] } }),
    );
    await call('DeleteNewTask', api.signed({ method: 'DELETE', path: `/v3/${P}/tasks/${task}` }));

    await call('KeystoneListProjects', api.signed({ path: '/v3/projects', query: [['name', DEMO.region]], projectId: null }));
    await call('KeystoneListAuthProjects', api.signed({ path: '/v3/auth/projects', projectId: null }));
    const now = Math.floor(api.clock.now() / 1000);
    const idToken = jwt({
      iss: 'https://token.actions.githubusercontent.com',
      aud: DEMO.audience,
      sub: 'repo:acme/checkout-service:pull_request',
      exp: now + 300,
    });
    const token = await call(
      'CreateTokenWithIdToken',
      api.unsigned('POST', '/v3.0/OS-AUTH/id-token/tokens', {
        headers: { 'X-Idp-Id': DEMO.identityProvider },
        data: { auth: { id_token: { id: idToken } } },
      }),
    );
    await call(
      'CreateTemporaryAccessKeyByToken',
      api.unsigned('POST', '/v3.0/OS-CREDENTIAL/securitytokens', {
        data: { auth: { identity: { methods: ['token'], token: { id: token.headers['x-subject-token'], duration_seconds: 900 } } } },
      }),
    );
    expect(api.emulator.contractViolations).toEqual([]);
  });

  test('the walk covered every operation of the vendored contract, and each is served', () => {
    const vendored = [...Object.keys(CONTRACTS.cpts.operations), ...Object.keys(CONTRACTS.iam.operations)].sort();
    expect([...answers.keys()].sort()).toEqual(vendored);
    const served = ROUTES.filter((r) => operationOf(r.operation)).map((r) => r.operation);
    expect(served.sort()).toEqual(vendored);
  });
});

describe('strict mode', () => {
  const badSeed = { perftestProjects: [{ id: 5, name: 12345 as unknown as string, description: '', cases: [] }] };

  test('an answer of the emulator outside the model is a loud 500 naming the field', async () => {
    const api = await setup({ seed: badSeed });
    try {
      const reply = await api.signed({ path: `/v1/${P}/test-suites` });
      expect(reply.status).toBe(500);
      expect(reply.json).toEqual({
        code: 'EMULATOR.CONTRACT',
        message: expect.stringContaining('projects[0].name expected a string, got number 12345'),
      });
      expect(api.emulator.contractViolations).toHaveLength(1);
    } finally {
      await api.emulator.stop();
    }
  });

  test('off (the command line without --strict), the same answer goes out as it is', async () => {
    const api = await setup({ seed: badSeed, strict: false });
    try {
      const reply = await api.signed({ path: `/v1/${P}/test-suites` });
      expect(reply.status).toBe(200);
      expect(reply.json.projects[0].name).toBe(12345);
    } finally {
      await api.emulator.stop();
    }
  });

  test('requests are checked in either mode: an unknown body field is the service’s 400 naming it', async () => {
    const api = await setup({ strict: false });
    try {
      const reply = await api.signed({ path: `/v3/${P}/tasks`, data: { ...TASK, priority: 'high' } });
      expect(reply.status).toBe(400);
      expect(reply.json).toEqual({
        code: 'SVCSTG.CPTS.4001001',
        message: 'The request does not fit CreateNewTask: body.priority is not a field of the model.',
      });
      expect(api.emulator.tasks()).toHaveLength(0);
    } finally {
      await api.emulator.stop();
    }
  });
});
