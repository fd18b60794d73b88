// Huawei's official Node SDK (dev dependency only) as the emulator's client: its IAM client, and its
// core HTTP client building, serialising and signing PerfTest requests. contract/emulator.test.ts
// walks every operation through our own request code with the official signer; this shows that the
// SDK's own request building (URL templating, X-Project-Id, headers, query and body encoding) is
// accepted and that its client takes the answers.
import { jest } from '@jest/globals';
import type { HcClient, HttpRequestOptions } from '@huaweicloud/huaweicloud-sdk-core/HcClient.js';
import type { SdkResponse } from '@huaweicloud/huaweicloud-sdk-core/SdkResponse.js';
import { checkAnswer } from '../../emulator/service/contract.js';
import { DEFAULT_FIXTURE, DEMO, startEmulator, type Emulator } from '../../emulator/index.js';

// The core requires `uuid` without declaring it (huaweicloud/huaweicloud-sdk-nodejs-v3#28), so
// loading any client crashes unless something else installed it. It only makes the user agent's app
// id, which also writes ~/.huaweicloud/application_id; a custom user agent (below) skips both, so a
// stub stands in (throwing, should that ever change) and the SDK is imported after it.
jest.mock(
  'uuid',
  () => ({
    v4: () => {
      throw new Error('uuid.v4 called: the SDK would write ~/.huaweicloud');
    },
  }),
  { virtual: true },
);
const { ClientBuilder } = await import('@huaweicloud/huaweicloud-sdk-core/ClientBuilder.js');
const { BasicCredentials, GlobalCredentials } = await import('@huaweicloud/huaweicloud-sdk-core');
// Not the package's main entry: its v5/public-api.js requires './GlobalCredentials,BasicCredentials',
// a file the package does not have (3.1.172), so only the v3 entry loads.
const { IamClient, KeystoneListAuthProjectsRequest, KeystoneListProjectsRequest } =
  await import('@huaweicloud/huaweicloud-sdk-iam/v3/public-api.js');
const userOptions = { customUserAgent: 'official-sdk.test' };

// The SDK signs with the real time (X-Sdk-Date from moment()), so the emulator runs on the real
// clock; `skip` moves it forward to let a run start and stop.
let offset = 0;
const skip = (ms: number) => (offset += ms);
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ clock: { now: () => Date.now() + offset } });
});
afterAll(() => emulator.stop());
beforeEach(() => {
  emulator.received.length = 0;
});

const signedHeaders = (i: number) => /SignedHeaders=([^,]+)/.exec(String(emulator.received[i].headers.authorization))?.[1].split(';');

describe('the official IAM client', () => {
  test('lists the region project and the auth projects, with no discovery call', async () => {
    // GlobalCredentials with the domain id given: processAuthParams (the only place that asks IAM
    // for it, via KeystoneListAuthDomains) runs only for a client built withRegion, and returns at
    // once when the id is set. withEndpoint alone never calls it; the id goes out as X-Domain-Id.
    const credentials = new GlobalCredentials().withAk(DEMO.ak).withSk(DEMO.sk).withDomainId(DEFAULT_FIXTURE.domainId);
    const iam = IamClient.newBuilder().withCredential(credentials).withEndpoint(emulator.url).withOptions(userOptions).build();

    const byName = await iam.keystoneListProjects(new KeystoneListProjectsRequest().withName(DEMO.region));
    const auth = await iam.keystoneListAuthProjects(new KeystoneListAuthProjectsRequest());

    // The Node SDK hands back the parsed JSON itself, not model instances (so its typed camelCase
    // getters, like domainId, read nothing): id and name are what both sides call the same.
    const region = DEFAULT_FIXTURE.regionProjects.find((p) => p.name === DEMO.region);
    expect(byName.httpStatusCode).toBe(200);
    expect(byName.projects?.map((p) => ({ id: p.id, name: p.name }))).toEqual([region]);
    expect(auth.httpStatusCode).toBe(200);
    expect(auth.projects?.map((p) => ({ id: p.id, name: p.name }))).toEqual(DEFAULT_FIXTURE.regionProjects);

    expect(emulator.received.map((r) => [r.operation, r.method, r.target, r.status, r.body])).toEqual([
      ['KeystoneListProjects', 'GET', `/v3/projects?name=${DEMO.region}`, 200, ''],
      ['KeystoneListAuthProjects', 'GET', '/v3/auth/projects', 200, ''],
    ]);
    expect(emulator.received[0].headers['x-domain-id']).toBe(DEFAULT_FIXTURE.domainId);
    expect(signedHeaders(0)).toContain('x-domain-id');
    expect(emulator.contractViolations).toEqual([]);
  });
});

describe("the official core HTTP client, with requests defined like the SDK's generated clients", () => {
  // The core's own ClientBuilder/HcClient rather than api.signed: then the SDK, not our test client,
  // builds the whole request. The options are shaped like a generated client's ParamCreater output
  // (there is no Node CodeArts PerfTest SDK); BasicCredentials with the project id fill {project_id}
  // and add X-Project-Id, as for any project-scoped service.
  let hc: HcClient;
  beforeAll(() => {
    const credentials = new BasicCredentials().withAk(DEMO.ak).withSk(DEMO.sk).withProjectId(DEMO.projectId);
    hc = new ClientBuilder((client: HcClient) => client)
      .withCredential(credentials)
      .withEndpoint(emulator.url)
      .withOptions(userOptions)
      .build();
  });

  const request = (
    method: string,
    url: string,
    pathParams: Record<string, unknown> = {},
    queryParams: Record<string, unknown> = {},
    data?: Record<string, unknown>,
  ): HttpRequestOptions => ({ method, url, contentType: 'application/json', pathParams, queryParams, headers: {}, ...(data && { data }) });

  /** The answer of one operation, asserted 2xx, named right by the emulator and fitting the contract. */
  async function call(operation: string, options: HttpRequestOptions): Promise<Record<string, unknown>> {
    const before = emulator.received.length;
    // The SDK throws on anything but 2xx: the exception names the gateway's or the service's error.
    const { httpStatusCode, ...json } = await hc.sendRequest<SdkResponse & Record<string, unknown>>(options).catch((error: unknown) => {
      throw new Error(`${operation}: the SDK threw ${JSON.stringify(error)}`);
    });
    expect([operation, httpStatusCode]).toEqual([operation, operation === 'CreateNewTask' ? 201 : 200]);
    expect(emulator.received.slice(before).map((r) => r.operation)).toEqual([operation]);
    expect(signedHeaders(before)).toEqual(expect.arrayContaining(['host', 'x-project-id', 'x-sdk-date']));
    expect(emulator.received[before].headers['x-project-id']).toBe(DEMO.projectId);
    expect(checkAnswer(operation, json)).toEqual([]);
    return json;
  }

  test('every operation the actions use is accepted, from create through start and stop', async () => {
    const suite = DEMO.perftestProject;
    const page = { offset: 0, limit: 100 };
    await call('ListProjectSets', request('GET', '/v1/{project_id}/test-suites', {}, page));
    await call('ListProjectTestCase', request('GET', '/v1/{project_id}/test-suites/{test_suite_id}/directory', { test_suite_id: suite }));
    const task = {
      name: 'official-sdk',
      parallel: false,
      enable_full_link: true,
      project_id: suite,
      operate_mode: 2,
      case_id_list: [...DEMO.cases],
    };
    const created = await call('CreateNewTask', request('POST', '/v3/{project_id}/tasks', {}, {}, task));
    const taskId = created.task_id as number;
    expect(Number.isInteger(taskId)).toBe(true);
    await call('ShowTaskSet', request('GET', '/v1/{project_id}/all-tasks/{test_suite_id}', { test_suite_id: suite }, page));
    await call(
      'ListTaskCases',
      request('GET', '/v1/{project_id}/test-suites/{test_suit_id}/tasks/{task_id}/test-cases', { test_suit_id: suite, task_id: taskId }),
    );
    const shown = await call('ShowTask', request('GET', '/v1/{project_id}/tasks/{task_id}', { task_id: taskId }));
    expect((shown.taskInfo as { name?: string }).name).toBe(task.name);

    const statusUrl = '/v1/{project_id}/test-suites/{test_suite_id}/tasks/{task_id}';
    const ids = { test_suite_id: suite, task_id: taskId };
    const start = {
      status: 9,
      cluster_type: 'shared-cluster-internet',
      cluster_id: 0,
      without_package: 0,
      network_info: { network_type: 'internet' },
    };
    const started = await call('UpdateTaskStatus', request('POST', statusUrl, ids, {}, start));
    const runId = (started.result as { task_run_id: number }).task_run_id;
    skip(10_000);
    await call('ShowTask', request('GET', '/v1/{project_id}/tasks/{task_id}', { task_id: taskId }));
    await call(
      'ShowMergeReportLogsOutline',
      request('GET', '/v2/{project_id}/task-run-infos/{task_run_id}/reports/log-outline', { task_run_id: runId }),
    );
    await call('UpdateTaskStatus', request('POST', statusUrl, ids, {}, { ...start, status: 2, cluster_id: -1 }));
    skip(60_000);
    await call('ShowHistoryRunInfo', request('GET', '/v1/{project_id}/tasks/history-run-list/{task_id}', { task_id: taskId }));

    const batchUrl = '/v1/{project_id}/test-suites/{test_suit_id}/tasks/batch-update-task-status';
    const batch = { type: 1, project_id: suite, task_id_list: [taskId], cluster_id: 0, cluster_type: 'shared-cluster-internet', status: 9 };
    await call('BatchUpdateTaskStatus', request('POST', batchUrl, { test_suit_id: suite }, {}, batch));
    skip(10_000);
    await call('BatchUpdateTaskStatus', request('POST', batchUrl, { test_suit_id: suite }, {}, { ...batch, status: 2, cluster_id: -1 }));

    // GETs went without a body, and the query as the SDK's querystring encodes it.
    expect(emulator.received.filter((r) => r.method === 'GET' && r.body !== '')).toEqual([]);
    expect(emulator.received[0].target).toBe(`/v1/${DEMO.projectId}/test-suites?offset=0&limit=100`);
    expect(emulator.contractViolations).toEqual([]);
  });
});
