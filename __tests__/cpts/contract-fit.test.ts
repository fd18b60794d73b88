// checkAnswer (src/cpts/contract-fit.ts) against the contract as the emulator reads it
// (contract/*.json, docs and all): answers built from every response model fit; each kind of
// deviation is found at its exact path, for every field of every model; list elements share one
// path; nothing of a value is ever quoted; IAM operations are checked as CodeArts PerfTest ones are.
import fc from 'fast-check';
import { CONTRACTS, type Contract, type Service } from '../../emulator/service/contract.js';
import { MAX_DEVIATIONS, checkAnswer } from '../../src/cpts/contract-fit.js';
import { arbitraryOf, fullValue } from '../helpers/contract-values.js';
import { P, SUITE, createTask, setup, startTask, type Api } from '../emulator/client.js';

const OPERATIONS = (['cpts', 'iam'] as const).flatMap((service) =>
  Object.keys(CONTRACTS[service].operations).map((operation) => [service, operation] as [Service, string]),
);

type Json = Record<string, unknown>;

/** Every field of the response model filled, response headers (X-Subject-Token) left out of the body. */
function fullAnswer(service: Service, operation: string): Json {
  const contract = CONTRACTS[service];
  const { response, response_headers } = contract.operations[operation];
  const answer = fullValue(contract, response) as Json;
  for (const header of response_headers) delete answer[header];
  return answer;
}

const clone = <T>(value: T): T => structuredClone(value);

describe('answers that fit', () => {
  test.each(OPERATIONS)('%s %s: every field of every model filled', (service, operation) => {
    expect(checkAnswer(operation, fullAnswer(service, operation))).toEqual([]);
  });

  test('ShowTask, ShowHistoryRunInfo and ListVariables as the service answers them', () => {
    expect(
      checkAnswer('ShowTask', {
        code: 'SVCSTG.CPTS.0000000',
        message: 'success',
        taskInfo: {
          name: 'checkout-pr42-1-1',
          project_id: 393862,
          run_status: 9,
          operate_mode: 2,
          parallel: false,
          create_time: '2026-11-28 04:05:06',
          update_time: '2026-11-28 04:05:06',
          case_list: [{ case_id: 449269, name: 'browse-catalogue', status: 1, contents: [], stages: [] }],
          related_temp_running_data: [
            { task_run_info_id: 7700001, related_temp_running_id: 770000101, temp_id: 449269, temp_name: 'browse-catalogue' },
            { task_run_info_id: 7700001, related_temp_running_id: 770000102, temp_id: 449270, temp_name: 'place-order' },
          ],
        },
      }),
    ).toEqual([]);
    expect(
      checkAnswer('ShowHistoryRunInfo', {
        code: 'SVCSTG.CPTS.0000000',
        log_list: [
          {
            run_id: 7700001,
            name: 'nightly',
            run_type: 1,
            start_time: '2026-11-28T04:05:06Z',
            end_time: '',
            continue_time: 60.5,
            temp_names: [{ name: 'browse-catalogue' }],
            parallel: true,
          },
        ],
      }),
    ).toEqual([]);
    expect(
      checkAnswer('ListVariables', {
        code: 'SVCSTG.CPTS.0000000',
        message: 'success',
        variable_list: [
          {
            id: 52001,
            name: 'TARGET_HOST',
            variable_type: 5,
            variable: ['shop.example.com'],
            is_quoted: false,
            variable_mode: 0,
            share_mode: 0,
          },
          { id: 52004, name: 'accounts', variable_type: 3, variable: [{ file: 'accounts.csv', size: 10 }], file_size: 10 },
        ],
      }),
    ).toEqual([]);
  });

  test('null for any field, required ones included; an answer of the wrong kind and undefined', () => {
    expect(checkAnswer('ShowTask', { code: null, taskInfo: { run_status: null, related_temp_running_data: null } })).toEqual([]);
    expect(checkAnswer('KeystoneListAuthProjects', { projects: [{ ...authProject, id: null, links: null }] })).toEqual([]);
    expect(checkAnswer('ShowTask', {})).toEqual([]);
  });

  test('an operation the contract lacks, prototype names included: nothing to say', () => {
    for (const operation of ['ShowNothing', 'toString', 'constructor', '__proto__', '']) {
      expect(checkAnswer(operation, { anything: 1 })).toEqual([]);
    }
  });

  test.each(OPERATIONS)(
    '%s %s: any answer the contract allows (fields absent, null, any value) deviates only in required fields missing',
    (service, operation) => {
      const contract = CONTRACTS[service];
      const required = requiredPaths(contract, contract.operations[operation].response);
      fc.assert(
        fc.property(arbitraryOf(contract, contract.operations[operation].response), (answer) => {
          for (const header of contract.operations[operation].response_headers) delete (answer as Json)[header];
          for (const d of checkAnswer(operation, answer)) {
            expect(d.problem).toBe('required, missing');
            expect(required).toContain(d.path);
          }
        }),
        { numRuns: 40 },
      );
    },
  );
});

/** Every path, in checkAnswer's notation, of a required field under `type`. */
function requiredPaths(contract: Contract, type: string, path = '', depth = 0): string[] {
  const list = /^list\[(.+)\]$/.exec(type);
  if (list) return requiredPaths(contract, list[1], `${path}[]`, depth);
  const model = contract.models[type];
  if (!model || depth > 6) return [];
  return Object.entries(model.fields).flatMap(([name, field]) => {
    const at = path ? `${path}.${name}` : name;
    return [...(field.required ? [at] : []), ...requiredPaths(contract, field.type, at, depth + 1)];
  });
}

interface Site {
  /** checkAnswer's path to the field. */
  path: string;
  type: string;
  required: boolean;
  /** The object holding the field, in a given answer. */
  holder: (answer: Json) => Json;
  name: string;
}

/** Every field of every model under `type` in a full answer: where it is, its type, how to reach it. */
function sites(contract: Contract, type: string, path: string, reach: (answer: Json) => unknown, depth = 0): Site[] {
  const list = /^list\[(.+)\]$/.exec(type);
  if (list) return sites(contract, list[1], `${path}[]`, (a) => (reach(a) as unknown[])[0], depth);
  const model = contract.models[type];
  if (!model || depth > 4) return [];
  return Object.entries(model.fields).flatMap(([name, field]) => {
    const at = path ? `${path}.${name}` : name;
    const holder = (a: Json) => reach(a) as Json;
    return [
      { path: at, type: field.type, required: field.required, holder, name },
      ...sites(contract, field.type, at, (a) => holder(a)[name], depth + 1),
    ];
  });
}

/** A value of the wrong JSON type for `type`, and the problem checkAnswer must name. */
function wrongFor(type: string): [unknown, string] | undefined {
  if (type === 'object') return undefined;
  if (type === 'str' || type === 'datetime') return [12, `expected ${type}, got number`];
  if (type === 'int') return ['12', 'expected int, got string'];
  if (type === 'float') return [true, 'expected float, got boolean'];
  if (type === 'bool') return ['true', 'expected bool, got string'];
  if (type.startsWith('list[')) return [{ 0: 'x' }, `expected ${type}, got object`];
  return [['x'], `expected ${type}, got array`];
}

describe('each kind of deviation, for every field of every response model, at its exact path', () => {
  const all = OPERATIONS.flatMap(([service, operation]) => {
    const contract = CONTRACTS[service];
    const { response, response_headers } = contract.operations[operation];
    return sites(contract, response, '', (a) => a)
      .filter((s) => !(s.path === s.name && response_headers.includes(s.name)))
      .map((site) => ({ service, operation, site }));
  });

  test('the walk reaches fields in lists, nested models and IAM', () => {
    expect(all.length).toBeGreaterThan(400);
    const paths = all.map((s) => `${s.operation} ${s.site.path}`);
    expect(paths).toContain('ShowTask taskInfo.related_temp_running_data[].task_run_info_id');
    expect(paths).toContain('KeystoneListAuthProjects projects[].links.self');
  });

  test('a value of the wrong JSON type', () => {
    for (const { service, operation, site } of all) {
      const wrong = wrongFor(site.type);
      if (!wrong) continue;
      const answer = clone(fullAnswer(service, operation));
      site.holder(answer)[site.name] = wrong[0];
      expect([operation, checkAnswer(operation, answer)]).toEqual([operation, [{ operation, path: site.path, problem: wrong[1] }]]);
    }
  });

  test('a field the model lacks', () => {
    for (const { service, operation, site } of all.filter((s) => s.site.type.match(/^(list\[)?[A-Z]/))) {
      const answer = clone(fullAnswer(service, operation));
      const value = site.holder(answer)[site.name];
      const inner = (Array.isArray(value) ? value[0] : value) as Json;
      inner.field_of_a_later_release = { any: 'thing' };
      const path = `${site.path}${Array.isArray(value) ? '[]' : ''}.field_of_a_later_release`;
      expect([operation, checkAnswer(operation, answer)]).toEqual([operation, [{ operation, path, problem: 'not in the contract' }]]);
    }
  });

  test('a required field missing; an optional one missing is fine', () => {
    let required = 0;
    for (const { service, operation, site } of all) {
      const answer = clone(fullAnswer(service, operation));
      delete site.holder(answer)[site.name];
      const expected = site.required ? [{ operation, path: site.path, problem: 'required, missing' }] : [];
      expect([operation, site.path, checkAnswer(operation, answer)]).toEqual([operation, site.path, expected]);
      if (site.required) required++;
    }
    expect(required).toBeGreaterThan(20);
  });
});

const authProject = {
  is_domain: false,
  description: '',
  links: { self: 'https://iam.example.com/v3/projects/x' },
  enabled: true,
  id: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
  parent_id: '5f8a1c2e3b4d5e6f7a8b9c0d1e2f3a4b',
  domain_id: '5f8a1c2e3b4d5e6f7a8b9c0d1e2f3a4b',
  name: 'cn-north-4',
};

describe('the deviations of one answer', () => {
  test('ShowTask: a new field, a string id, a fraction, all in list elements: each path once', () => {
    const answer = {
      taskInfo: {
        run_status: 9,
        related_temp_running_data: [
          { task_run_info_id: '7700001', related_temp_running_id: 770000101.5 },
          { task_run_info_id: '7700002', related_temp_running_id: 770000201.5, run_id: 7700002 },
          { task_run_info_id: true, related_temp_running_data: 'none' },
        ],
      },
      task_run_info: { id: 7700002 },
    };
    expect(checkAnswer('ShowTask', answer)).toEqual([
      { operation: 'ShowTask', path: 'taskInfo.related_temp_running_data[].task_run_info_id', problem: 'expected int, got string' },
      {
        operation: 'ShowTask',
        path: 'taskInfo.related_temp_running_data[].related_temp_running_id',
        problem: 'expected int, got a fractional number',
      },
      { operation: 'ShowTask', path: 'taskInfo.related_temp_running_data[].run_id', problem: 'not in the contract' },
      {
        operation: 'ShowTask',
        path: 'taskInfo.related_temp_running_data[].related_temp_running_data',
        problem: 'expected list[TempRunningData], got string',
      },
      { operation: 'ShowTask', path: 'task_run_info', problem: 'not in the contract' },
    ]);
  });

  test('a list where a model is, a model where a list is, a number where text is', () => {
    expect(checkAnswer('ShowTask', { taskInfo: [] }).map((d) => [d.path, d.problem])).toEqual([
      ['taskInfo', 'expected TaskInfo, got array'],
    ]);
    expect(checkAnswer('ShowHistoryRunInfo', { log_list: { run_id: 1 } }).map((d) => [d.path, d.problem])).toEqual([
      ['log_list', 'expected list[HistoryRunInfo], got object'],
    ]);
    expect(
      checkAnswer('ListVariables', { variable_list: [{ name: 5, variable: 'x', is_quoted: 'no' }] }).map((d) => [d.path, d.problem]),
    ).toEqual([
      ['variable_list[].name', 'expected str, got number'],
      ['variable_list[].variable', 'expected list[object], got string'],
      ['variable_list[].is_quoted', 'expected bool, got string'],
    ]);
  });

  test('the types: float takes integers, datetime any text, object anything but null, list[object] any items', () => {
    expect(checkAnswer('ShowHistoryRunInfo', { log_list: [{ run_id: 7, continue_time: 60 }] })).toEqual([]);
    expect(checkAnswer('ListProjectSets', { projects: [{ CreateTime: 'yesterday', external_params: 'x' }] })).toEqual([]);
    expect(checkAnswer('ListVariables', { variable_list: [{ variable: [1, 'a', { b: [] }, null] }] })).toEqual([]);
    expect(checkAnswer('ShowTaskSet', { extend: ['x'] })).toEqual([]);
    expect(checkAnswer('ShowTaskSet', { extend: [1] }).map((d) => [d.path, d.problem])).toEqual([['extend[]', 'expected str, got number']]);
  });

  test('an answer that is not an object: one deviation at the answer itself; no JSON at all, none', () => {
    for (const json of [[], [{ taskInfo: {} }], 'ok', 200, true, null]) {
      expect(checkAnswer('ShowTask', json)).toEqual([{ operation: 'ShowTask', path: '', problem: 'expected an object' }]);
    }
    expect(checkAnswer('DeleteNewTask', undefined)).toEqual([]);
  });

  test('IAM: KeystoneListAuthProjects and KeystoneListProjects, required fields and nested links', () => {
    expect(checkAnswer('KeystoneListAuthProjects', { links: { self: 'https://iam' }, projects: [authProject, authProject] })).toEqual([]);
    const { links: _links, name: _name, ...partial } = authProject;
    expect(checkAnswer('KeystoneListAuthProjects', { links: {}, projects: [authProject, partial, { ...authProject, links: {} }] })).toEqual(
      [
        { operation: 'KeystoneListAuthProjects', path: 'links.self', problem: 'required, missing' },
        { operation: 'KeystoneListAuthProjects', path: 'projects[].links', problem: 'required, missing' },
        { operation: 'KeystoneListAuthProjects', path: 'projects[].name', problem: 'required, missing' },
        { operation: 'KeystoneListAuthProjects', path: 'projects[].links.self', problem: 'required, missing' },
      ],
    );
    expect(checkAnswer('KeystoneListProjects', { projects: [{ ...authProject, links: { self: 'x' } }] }).map((d) => d.path)).toEqual([
      'projects[].links.previous',
      'projects[].links.next',
    ]);
  });

  test('CreateTokenWithIdToken: X-Subject-Token is a response header, not a field of the body', () => {
    const answer = fullAnswer('iam', 'CreateTokenWithIdToken');
    expect(checkAnswer('CreateTokenWithIdToken', answer)).toEqual([]);
    // In the body, it is a new key with a '-' that no field of the contract has: named as data is.
    expect(checkAnswer('CreateTokenWithIdToken', { ...answer, 'X-Subject-Token': 'MIIx' })).toEqual([
      { operation: 'CreateTokenWithIdToken', path: '<key>', problem: 'not in the contract' },
    ]);
    // OS-FEDERATION, a field of the contract, is named.
    const user = (answer.token as Json).user as Json;
    expect(
      checkAnswer('CreateTokenWithIdToken', { ...answer, token: { ...(answer.token as Json), user: { ...user, 'OS-FEDERATION': 1 } } }),
    ).toEqual([
      { operation: 'CreateTokenWithIdToken', path: 'token.user.OS-FEDERATION', problem: 'expected OsFederationInfo, got number' },
    ]);
  });

  test(`at most ${MAX_DEVIATIONS} deviations, however many there are`, () => {
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`field_${i}`, i]));
    const found = checkAnswer('ShowTask', { ...many, taskInfo: { ...many } });
    expect(found).toHaveLength(MAX_DEVIATIONS);
    expect(found.slice(0, 3).map((d) => d.path)).toEqual(['field_0', 'field_1', 'field_2']);
  });

  test('a list of 100 000 elements, all wrong: one deviation, soon', () => {
    const log_list = Array.from({ length: 100_000 }, () => ({ run_id: 'x' }));
    const started = performance.now();
    expect(checkAnswer('ShowHistoryRunInfo', { log_list })).toEqual([
      { operation: 'ShowHistoryRunInfo', path: 'log_list[].run_id', problem: 'expected float, got string' },
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test('depth: a recursive model (DetailItem.awList) is followed 16 levels deep, then said to be too deep', () => {
    let item: Json = { awList: [{ name: 5 }] };
    for (let i = 0; i < 20; i++) item = { name: 'level', awList: [item] };
    const found = checkAnswer('ShowMergeTaskCase', { result: { case_aw_info_list: [{ awList: [item] }] } });
    expect(found).toEqual([
      {
        operation: 'ShowMergeTaskCase',
        path: `result.case_aw_info_list[]${'.awList[]'.repeat(6)}.awList`,
        problem: 'deeper than 16 levels, not checked',
      },
    ]);
    // Within the depth, the same fault is found.
    expect(checkAnswer('ShowMergeTaskCase', { result: { case_aw_info_list: [{ awList: [{ awList: [{ name: 5 }] }] }] } })).toEqual([
      { operation: 'ShowMergeTaskCase', path: 'result.case_aw_info_list[].awList[].awList[].name', problem: 'expected str, got number' },
    ]);
  });
});

describe('no value is ever quoted', () => {
  const SECRETS = [
    'DEMOAKEMULATOR000001',
    'demo-secret-key-for-the-local-emulator-only',
    '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
    'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvIn0.c2lnbmF0dXJl',
    'https://alice:hunter2@shop.example.com/orders',
    'alice@example.com',
    'checkout-pr42-1-1',
    'browse-catalogue',
  ];

  test('secrets and ids as wrong-typed values, as new fields, and as the names of new fields', () => {
    const answer = {
      code: 7700001,
      message: ['DEMOAKEMULATOR000001'],
      taskInfo: {
        name: 393862,
        project_id: 'demo-secret-key-for-the-local-emulator-only',
        description: { token: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvIn0.c2lnbmF0dXJl' },
        related_temp_running_data: [{ temp_name: 449269, task_run_info_id: 'https://alice:hunter2@shop.example.com/orders' }],
        owner: 'alice@example.com',
      },
      '0a1b2c3d4e5f60718293a4b5c6d7e8f9': { region: 'cn-north-4' },
      'browse-catalogue': 1,
      'alice@example.com': true,
      'checkout-pr42-1-1': 2,
    };
    const found = checkAnswer('ShowTask', answer);
    expect(found.length).toBeGreaterThanOrEqual(8);
    const text = JSON.stringify(found);
    for (const secret of [...SECRETS, '7700001', '393862', '449269', 'hunter2', 'cn-north-4']) expect(text).not.toContain(secret);
    expect(found.filter((d) => d.path === '<key>')).toEqual([{ operation: 'ShowTask', path: '<key>', problem: 'not in the contract' }]);
  });
});

describe('the emulator’s own answers', () => {
  let api: Api;
  beforeAll(async () => {
    api = await setup();
  });
  afterAll(() => api.emulator.stop());

  test('ShowTask, ShowHistoryRunInfo, ListVariables and KeystoneListAuthProjects fit, a run in progress and not', async () => {
    const task = await createTask(api);
    const answers: [string, unknown][] = [];
    const read = async () => {
      answers.push(['ShowTask', (await api.signed({ path: `/v1/${P}/tasks/${task}` })).json]);
      answers.push(['ShowHistoryRunInfo', (await api.signed({ path: `/v1/${P}/tasks/history-run-list/${task}` })).json]);
    };
    await read();
    await startTask(api, task);
    api.clock.advance(10_000);
    await read();
    for (const type of [1, 2, 3, 5]) {
      answers.push(['ListVariables', (await api.signed({ path: `/v1/${P}/variables/${type}/test-suites/${SUITE}` })).json]);
    }
    answers.push(['KeystoneListAuthProjects', (await api.signed({ path: '/v3/auth/projects', projectId: null })).json]);
    for (const [operation, json] of answers) expect([operation, checkAnswer(operation, json)]).toEqual([operation, []]);
    // The run in progress is listed: the answers checked are not empty shells.
    expect(JSON.stringify(answers)).toContain('task_run_info_id');
    expect(JSON.stringify(answers)).toContain('TARGET_HOST');
  });
});
