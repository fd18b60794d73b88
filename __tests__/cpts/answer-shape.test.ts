// shapeOf (src/cpts/answer-shape.ts): what a support file attached to a public issue shows of an
// answer. Answers stuffed with secrets and identifiers (keys, project ids, tokens, URLs with
// passwords, emails, names, ids, free text) show none of them, wherever they are, keys included;
// the enumeration values that say which state the service answered survive, and so does the scale
// of success_rate. Checked on hand-made answers, on the emulator's own, on answers built from every
// response model, and (fast-check) on any JSON.
import fc from 'fast-check';
import { CONTRACTS } from '../../emulator/service/contract.js';
import { placeholderText, shapeOf } from '../../src/cpts/answer-shape.js';
import { isFieldName, placeholderKey } from '../../src/cpts/contract-fit.js';
import { fullValue } from '../helpers/contract-values.js';
import { P, SUITE, createTask, paths, setup, startTask, stopTask, type Api } from '../emulator/client.js';

// The rules, written out again here: the test's own reading of what may be kept.
const ENUMERATION_TEXT = ['code', 'cluster_type', 'network_type', 'datumType', 'statusCode', 'status'];
const CODE = /^[A-Za-z0-9_.-]{1,40}$/;
const ENUMERATION_NUMBERS = [
  'run_status',
  'task_status',
  'variable_type',
  'status',
  'type',
  'result',
  'datumType',
  'operate_mode',
  'share_mode',
  'variable_mode',
];
const keptText = (field: string | undefined, value: string) => field !== undefined && ENUMERATION_TEXT.includes(field) && CODE.test(value);
const keptNumber = (field: string | undefined, value: number) =>
  field !== undefined && ENUMERATION_NUMBERS.includes(field) && Number.isInteger(value) && value >= -1 && value <= 99;

type Json = unknown;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every string and number of an answer that is not a kept enumeration value (success_rate's number included), and every key. */
function identifying(json: Json, field?: string, out = { texts: new Set<string>(), numbers: new Set<number>(), keys: new Set<string>() }) {
  if (typeof json === 'string' && !keptText(field, json)) out.texts.add(json);
  else if (typeof json === 'number' && !keptNumber(field, json)) out.numbers.add(json);
  else if (Array.isArray(json)) json.forEach((item) => identifying(item, field, out));
  else if (isRecord(json)) {
    for (const [key, value] of Object.entries(json)) {
      out.keys.add(key);
      identifying(value, key, out);
    }
  }
  return out;
}

const SECRET_KEYS = [
  'place order',
  '下单流程',
  'browse-catalogue',
  'checkout.v2',
  '449269',
  'e5f60718293a4b5c6d7e8f90a1b2c3d4',
  'DEMOAKEMULATOR000001',
  'HPUAB7XYZQ2LMN3RSTUV',
  'alice@example.com',
  'shop.example.com',
  'task_7700001',
  'https://alice:hunter2@shop.example.com',
];

const JWT = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJyZXBvOmFjbWUvY2hlY2tvdXQifQ.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg';

/** Answers as the services give them, but full of what must not be published. */
const STUFFED: Record<string, Json> = {
  ShowTask: {
    code: 'SVCSTG.CPTS.0000000',
    message: 'Task checkout-pr42-1-1 of alice@example.com is running',
    taskInfo: {
      name: 'checkout-pr42-1-1',
      description: 'Load test for https://alice:hunter2@shop.example.com/orders, ask bob@example.org',
      project_id: 393862,
      run_status: 2,
      operate_mode: 2,
      parallel: true,
      bench_concurrent: 1500,
      create_time: '2026-11-28 04:05:06',
      update_time: '2026-11-28T04:05:06.123Z',
      case_list: [
        { case_id: 449269, name: 'browse-catalogue', status: 1, temp_id: 449269 },
        { case_id: 449270, name: 'place-order', status: 1, temp_id: 449270 },
      ],
      related_temp_running_data: [
        { task_run_info_id: 7700001, related_temp_running_id: 770000101, temp_name: 'browse-catalogue' },
        { task_run_info_id: 7700001, related_temp_running_id: 770000102, temp_name: 'place-order' },
      ],
    },
    extend: Object.fromEntries(SECRET_KEYS.map((key, i) => [key, { iterations: 1234 + i, owner: `owner-${i}@example.com` }])),
  },
  ShowHistoryRunInfo: {
    code: 'SVCSTG.CPTS.0000000',
    log_list: [
      {
        run_id: 7700001,
        name: 'nightly-checkout-run',
        start_time: '2026-11-28T04:05:06+08:00',
        end_time: '2026-11-28 04:06:11 by alice',
        continue_time: 65.25,
        temp_names: [{ name: 'browse-catalogue' }],
      },
    ],
  },
  ListVariables: {
    code: 'SVCSTG.CPTS.0000000',
    variable_list: [
      { id: 52001, name: 'TARGET_HOST', variable_type: 5, variable: ['pr-42.preview.example.com'], variable_mode: 0, share_mode: 1 },
      { id: 52002, name: 'API_TOKEN', variable_type: 5, variable: [JWT] },
      { id: 52003, name: 'DB_PASSWORD', variable_type: 2, variable: ['p@ssw0rd-Sekrit', 'hunter2-again'] },
    ],
  },
  ShowMergeReportLogsOutline: {
    result: {
      outline: {
        core_index: { request_count: 36012, success_count: 35892, success_rate: 97, rps: 600.25 },
        task_basic_execution_data: { task_status: 2, start_time: '2026-11-28T04:05:06Z', duration: 6543 },
        cases: [{ success_rate: 0.973 }, { success_rate: 250 }],
      },
    },
  },
  DebugCase: {
    code: 'SVCSTG.CPTS.4001002',
    result: [
      { url: 'https://alice:hunter2@shop.example.com/orders?token=abcdef123456', statusCode: '200', result: 1, type: 1 },
      {
        errorReason: 'java.net.UnknownHostException: db.internal.example.com',
        statusCode: 'n/a (no answer)',
        result: 0,
        status: 'refused',
      },
    ],
  },
  CreateTemporaryAccessKeyByToken: {
    credential: {
      access: 'HPUAB7XYZQ2LMN3RSTUV',
      secret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      securitytoken: 'gQpjbi1ub3J0aC00jPnvVQfWj0pNqJkqqD3rH6HUXQq2bHJ9fY2t',
      expires_at: '2026-11-28T04:20:06.000000Z',
    },
  },
  KeystoneListAuthProjects: {
    links: { self: 'https://iam.cn-north-4.myhuaweicloud.com/v3/auth/projects' },
    projects: [
      {
        id: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
        domain_id: '5f8a1c2e3b4d5e6f7a8b9c0d1e2f3a4b',
        name: 'cn-north-4_checkout',
        enabled: true,
        status: 'https://status.example.com/alice',
        type: 7700001,
      },
    ],
  },
  ErrorAnswer: {
    code: 'task 7700001 not found for alice@example.com',
    status: 'Bearer ' + JWT,
    cluster_type: 'shared-cluster-internet',
    network_type: 'internet',
    datumType: 2,
  },
};

describe('answers stuffed with secrets and identifiers', () => {
  test.each(Object.entries(STUFFED))('%s: no string, number or key of data appears anywhere in the shape', (_name, answer) => {
    const shape = JSON.stringify(shapeOf(answer));
    const { texts, numbers, keys } = identifying(answer);
    // The fixture is long enough to prove something: no text so short that it could hide in a field name.
    for (const text of texts) expect(text.length).toBeGreaterThanOrEqual(4);
    for (const text of texts) expect([text, shape.includes(text)]).toEqual([text, false]);
    // No number of the fixture is all nines or below 100 (array lengths and date patterns are kept).
    for (const n of numbers) expect([n, shape.includes(String(n))]).toEqual([n, false]);
    for (const key of keys) if (SECRET_KEYS.includes(key)) expect([key, shape.includes(key)]).toEqual([key, false]);
  });

  test('the secrets fed in are the ones listed in the brief', () => {
    const all = JSON.stringify(STUFFED);
    for (const needle of [
      'HPUAB7XYZQ2LMN3RSTUV',
      'wJalrXUtnFEMI',
      '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
      JWT,
      'alice:hunter2@',
      'alice@example.com',
    ]) {
      expect(all).toContain(needle);
    }
    for (const n of [7700001, 393862]) expect(all).toContain(String(n));
  });

  test('the enumeration values survive: run_status 2, variable_type 5, codes; and success_rate keeps its kind and scale', () => {
    const task = shapeOf(STUFFED.ShowTask) as Record<string, Record<string, unknown>>;
    expect(task.code).toBe('SVCSTG.CPTS.0000000');
    expect(task.taskInfo.run_status).toBe(2);
    expect(task.taskInfo.operate_mode).toBe(2);
    expect(task.taskInfo.project_id).toBe('<int>');
    expect(shapeOf(STUFFED.ListVariables)).toEqual({
      code: 'SVCSTG.CPTS.0000000',
      variable_list: {
        array: 3,
        items: {
          id: '<int>',
          name: '<string>',
          variable_type: 5,
          variable: { array: 1, items: '<string>' },
          variable_mode: 0,
          share_mode: 1,
        },
        mixed: true,
      },
    });
    expect(shapeOf(STUFFED.ShowMergeReportLogsOutline)).toEqual({
      result: {
        outline: {
          core_index: { request_count: '<int>', success_count: '<int>', success_rate: { number: 'int', scale: '0-100' }, rps: '<float>' },
          task_basic_execution_data: { task_status: 2, start_time: '9999-99-99T99:99:99Z', duration: '<int>' },
          cases: { array: 2, items: { success_rate: { number: 'float', scale: '0-1' } }, mixed: true },
        },
      },
    });
    expect(shapeOf(STUFFED.ErrorAnswer)).toEqual({
      code: '<string>',
      status: '<string>',
      cluster_type: 'shared-cluster-internet',
      network_type: 'internet',
      datumType: 2,
    });
    expect(shapeOf(STUFFED.DebugCase)).toEqual({
      code: 'SVCSTG.CPTS.4001002',
      result: { array: 2, items: { url: '<string>', statusCode: '200', result: 1, type: 1 }, mixed: true },
    });
  });

  test('keys of data become <key 1>, <key 2>, … in their order; field names stay', () => {
    const extend = (shapeOf(STUFFED.ShowTask) as Record<string, Record<string, unknown>>).extend;
    expect(Object.keys(extend)).toEqual(SECRET_KEYS.map((_, i) => `<key ${i + 1}>`));
    expect(Object.values(extend)).toEqual(SECRET_KEYS.map(() => ({ iterations: '<int>', owner: '<string>' })));
    expect(shapeOf({ 'place order': 1, name: 'x' })).toEqual({ '<key>': '<int>', name: '<string>' });
  });

  test('dates keep their pattern, digits as 9, and nothing of any text after them', () => {
    const history = shapeOf(STUFFED.ShowHistoryRunInfo) as { log_list: { items: Record<string, unknown> } };
    expect(history.log_list.items.start_time).toBe('9999-99-99T99:99:99+99:99');
    expect(history.log_list.items.end_time).toBe('9999-99-99 99:99:99…');
    expect(shapeOf('2026-11-28T04:20:06.000000Z')).toBe('9999-99-99T99:99:99.999999Z');
  });
});

describe('the rules, one by one', () => {
  test('a whole answer', () => {
    expect(
      shapeOf({
        code: 'SVCSTG.CPTS.0000000',
        message: 'success',
        taskInfo: {
          name: 'x',
          run_status: 9,
          project_id: 393862,
          related_temp_running_data: [{ task_run_info_id: 7700001 }, { task_run_info_id: 7700002, extra: true }],
          case_list: [],
          create_time: '2026-11-28 04:05:06',
          parallel: false,
          description: null,
          rps: 1.5,
        },
      }),
    ).toEqual({
      code: 'SVCSTG.CPTS.0000000',
      message: '<string>',
      taskInfo: {
        name: '<string>',
        run_status: 9,
        project_id: '<int>',
        related_temp_running_data: { array: 2, items: { task_run_info_id: '<int>' }, mixed: true },
        case_list: { array: 0 },
        create_time: '9999-99-99 99:99:99',
        parallel: false,
        description: null,
        rps: '<float>',
      },
    });
  });

  test('lists: length, the first element, mixed only when another element differs', () => {
    expect(shapeOf([1, 2, 3])).toEqual({ array: 3, items: '<int>' });
    expect(shapeOf([1, 'a'])).toEqual({ array: 2, items: '<int>', mixed: true });
    expect(shapeOf([{ a: 1 }, { a: 2 }])).toEqual({ array: 2, items: { a: '<int>' } });
    expect(shapeOf([[1], [2, 3]])).toEqual({ array: 2, items: { array: 1, items: '<int>' }, mixed: true });
    expect(shapeOf({ status: [1, 2] })).toEqual({ status: { array: 2, items: 1, mixed: true } });
  });

  test('enumeration numbers: integers from -1 to 99 only, by the key’s own name at any depth', () => {
    expect(shapeOf({ a: { b: [{ run_status: -1, task_status: 99, type: 100, result: 2.5, status: -2 }] } })).toEqual({
      a: { b: { array: 1, items: { run_status: -1, task_status: 99, type: '<int>', result: '<float>', status: '<int>' } } },
    });
    expect(shapeOf({ id: 5, count: 2 })).toEqual({ id: '<int>', count: '<int>' });
    expect(shapeOf(2, 'taskInfo.run_status')).toBe(2);
    expect(shapeOf([2], 'log_list[].run_status')).toEqual({ array: 1, items: 2 });
    expect(shapeOf(2, 'taskInfo.project_id')).toBe('<int>');
    expect(shapeOf(2)).toBe('<int>');
  });

  test('enumeration text: kept when it looks like a code, of at most 40 characters', () => {
    expect(shapeOf({ code: 'APIGW.0301', status: 'RUNNING', statusCode: '' })).toEqual({
      code: 'APIGW.0301',
      status: 'RUNNING',
      statusCode: '<string>',
    });
    expect(shapeOf({ code: 'x'.repeat(41), status: 'two words', name: 'RUNNING' })).toEqual({
      code: '<string>',
      status: '<string>',
      name: '<string>',
    });
    expect(shapeOf({ cluster_type: 5, status: true })).toEqual({ cluster_type: '<int>', status: true });
  });

  test('success_rate, at any depth: int or float, and its scale', () => {
    const rate = (value: number) => shapeOf({ deep: [{ success_rate: value }] });
    expect(rate(99)).toEqual({ deep: { array: 1, items: { success_rate: { number: 'int', scale: '0-100' } } } });
    const scale = (value: number) => (shapeOf(value, 'success_rate') as { number: string; scale: string }).scale;
    expect([0, 0.5, 1, 1.5, 100, 100.5, -1].map(scale)).toEqual(['0-1', '0-1', '0-1', '0-100', '0-100', 'other', 'other']);
    expect(shapeOf(0.997, 'success_rate')).toEqual({ number: 'float', scale: '0-1' });
    expect(shapeOf('99.7%', 'success_rate')).toBe('<string>');
  });

  test('booleans and null stay; undefined is left out', () => {
    expect(shapeOf({ a: true, b: false, c: null, d: undefined })).toEqual({ a: true, b: false, c: null });
    expect(JSON.stringify(shapeOf({ d: undefined }))).toBe('{}');
  });

  test('a __proto__ key stays a key, and changes no prototype', () => {
    const shape = shapeOf(JSON.parse('{"__proto__": {"polluted": "yes"}, "a": 1}')) as Record<string, unknown>;
    expect(JSON.stringify(shape)).toBe('{"__proto__":{"polluted":"<string>"},"a":"<int>"}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('depth: 16 levels, then <deeper>', () => {
    let deep: Json = { leaf: 'secret-at-the-bottom' };
    for (let i = 0; i < 30; i++) deep = { next: deep };
    const text = JSON.stringify(shapeOf(deep));
    expect(text).not.toContain('secret-at-the-bottom');
    expect(text.match(/"next"/g)).toHaveLength(16);
    expect(text).toContain('"<deeper>"');
    let list: Json = 'x';
    for (let i = 0; i < 30; i++) list = [list];
    expect(JSON.stringify(shapeOf(list)).match(/"array"/g)).toHaveLength(16);
  });

  test('keys: field names stay; data becomes <key>', () => {
    for (const key of ['taskInfo', 'run_status', 'tp9999CheckPoint', 'sum2xx', 'OS-FEDERATION', '$ref', 'a'])
      expect(isFieldName(key)).toBe(true);
    for (const key of [
      ...SECRET_KEYS,
      '',
      'a'.repeat(65),
      '7700001',
      'run_7700001',
      'deadbeefdeadbeef1',
      'X-Subject-Token',
      'pr-42.preview.example.com',
      '550e8400-e29b-41d4-a716-446655440000',
      JWT,
      'C:\\Users\\alice',
    ]) {
      expect([key, isFieldName(key)]).toEqual([key, false]);
      expect(placeholderKey(key)).toBe('<key>');
    }
    // The limit of the rule: a key of data that looks like a field name cannot be told from one.
    expect(isFieldName('nightly_checkout')).toBe(true);
  });

  test('placeholderText: a date’s pattern, else <string>', () => {
    expect(placeholderText('2026-11-28 04:05:06.123Z')).toBe('9999-99-99 99:99:99.999Z');
    expect(placeholderText('2026-11-28T04:05')).toBe('9999-99-99T99:99');
    expect(placeholderText('2026-11-28T04:05:06 CST')).toBe('9999-99-99T99:99:99…');
    expect(placeholderText('2026-11-28')).toBe('<string>');
    expect(placeholderText('Sat Nov 28 2026 04:05:06')).toBe('<string>');
    expect(placeholderText('alice')).toBe('<string>');
  });
});

/** The contract's field names with a '-' or a '.' (OS-FEDERATION, Content-Type): the only such keys a shape may show. */
const DASHED_FIELDS = new Set(
  Object.values(CONTRACTS)
    .flatMap((c) => Object.values(c.models))
    .flatMap((m) => Object.keys(m.fields))
    .filter((name) => /[-.]/.test(name)),
);

/**
 * The shape holds nothing but what the rules keep: placeholders, date patterns, booleans, null,
 * list lengths, kept enumeration values, success_rate's kind and scale, field names and <key>s.
 * Walked beside the answer it was made from.
 */
function expectClean(input: Json, shape: Json, field: string | undefined, depth = 0): void {
  if (depth >= 16 && (Array.isArray(input) || isRecord(input))) return expect(shape).toBe('<deeper>');
  if (input === null || typeof input === 'boolean') return expect(shape).toBe(input);
  if (typeof input === 'string') {
    if (keptText(field, input)) return expect(shape).toBe(input);
    return expect(shape).toMatch(/^(<string>|[9TZ :.,+-]+…?)$/);
  }
  if (typeof input === 'number') {
    if (field === 'success_rate')
      return expect(shape).toEqual({ number: expect.stringMatching(/^(int|float)$/), scale: expect.stringMatching(/^(0-1|0-100|other)$/) });
    if (keptNumber(field, input)) return expect(shape).toBe(input);
    return expect(shape).toBe(Number.isInteger(input) ? '<int>' : '<float>');
  }
  if (Array.isArray(input)) {
    const s = shape as { array: number; items?: Json; mixed?: boolean };
    expect(Object.keys(s).every((k) => ['array', 'items', 'mixed'].includes(k))).toBe(true);
    expect(s.array).toBe(input.length);
    if (s.mixed !== undefined) expect(s.mixed).toBe(true);
    if (input.length > 0) expectClean(input[0], s.items, field, depth + 1);
    return;
  }
  if (isRecord(input)) {
    const inputs = Object.entries(input).filter(([, v]) => v !== undefined);
    const shapes = Object.entries(shape as Record<string, Json>);
    expect(shapes).toHaveLength(inputs.length);
    inputs.forEach(([key, value], i) => {
      const [shown, inner] = shapes[i];
      if (!/^<key( \d+)?>$/.test(shown)) {
        expect(shown).toBe(key);
        expect(/^[A-Za-z_$][\w$]{0,63}$/.test(key) || DASHED_FIELDS.has(key)).toBe(true);
      }
      expectClean(value, inner, key, depth + 1);
    });
  }
}

describe('any answer', () => {
  test.each(Object.entries(STUFFED))('%s: the shape holds only what the rules keep', (_name, answer) => {
    expectClean(answer, shapeOf(answer), undefined);
  });

  test('answers built from every response model, every field filled', () => {
    for (const contract of Object.values(CONTRACTS)) {
      for (const operation of Object.values(contract.operations)) {
        const answer = fullValue(contract, operation.response);
        expectClean(answer, shapeOf(answer), undefined);
      }
    }
  });

  const KEYS = [...ENUMERATION_TEXT, ...ENUMERATION_NUMBERS, 'success_rate', 'name', 'id', 'taskInfo', 'OS-FEDERATION', '__proto__'];
  const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 }), fc.constantFrom(...SECRET_KEYS));
  const leaf = fc.oneof(
    fc.string(),
    fc.constantFrom('RUNNING', 'SVCSTG.CPTS.0000000', '2026-11-28T04:05:06Z', JWT, 'https://a:b@c.example.com'),
    fc.integer({ min: -3, max: 120 }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
  );
  const { json } = fc.letrec<{ json: Json }>((tie) => ({
    json: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('json'), { maxLength: 4 }),
      fc.dictionary(key, tie('json'), { maxKeys: 5 }),
    ),
  }));

  test('any JSON (fast-check): the shape holds only what the rules keep', () => {
    fc.assert(
      fc.property(json, fc.option(fc.constantFrom(...KEYS), { nil: undefined }), (answer, field) => {
        expectClean(answer, shapeOf(answer, field), field);
      }),
      { numRuns: 500 },
    );
  });
});

/** The shape with the text the rules write themselves (date patterns, success_rate's scales) blanked. */
function withoutRuleText(shape: Json): Json {
  if (typeof shape === 'string') return /^([9TZ :.,+-]+…?|0-1|0-100)$/.test(shape) ? '' : shape;
  if (Array.isArray(shape)) return shape.map(withoutRuleText);
  if (isRecord(shape)) return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, withoutRuleText(v)]));
  return shape;
}

describe('the emulator’s own answers', () => {
  let api: Api;
  beforeAll(async () => {
    api = await setup();
  });
  afterAll(() => api.emulator.stop());

  test('a task, a run and its report, the variables, IAM: no identifying text or number of theirs in their shapes', async () => {
    const task = await createTask(api);
    const run = await startTask(api, task);
    api.clock.advance(20_000);
    await stopTask(api, task);
    api.clock.advance(60_000);
    const get = async (path: string, projectId?: null) =>
      (await api.signed({ path, ...(projectId === null ? { projectId } : {}) })).json as Json;
    const cases = (await get(paths.cases(run))) as { result: { case_aw_info_list: { case_uri_i: string }[] } };
    const answers: Json[] = [
      await get(paths.showTask(task)),
      await get(paths.history(task)),
      await get(paths.outline(run)),
      cases,
      await get(paths.caseDetail(run, cases.result.case_aw_info_list[0].case_uri_i)),
      await get(`/v1/${P}/variables/2/test-suites/${SUITE}`),
      await get(`/v1/${P}/variables/5/test-suites/${SUITE}`),
      await get(paths.directory()),
      await get(paths.suites),
      await get(paths.iamAuthProjects, null),
    ];
    for (const answer of answers) {
      const shape = shapeOf(answer);
      expectClean(answer, shape, undefined);
      // What the rules write themselves goes first: date patterns (all nines) and success_rate's scales ('0-100').
      const text = JSON.stringify(withoutRuleText(shape));
      const { texts, numbers } = identifying(answer);
      // A text that is also part of a field name ('success' of success_rate) is checked by expectClean alone.
      const fieldNames = [...identifying(shape).keys].join(' ');
      for (const t of texts) if (t.length >= 3 && !fieldNames.includes(t)) expect([t, text.includes(t)]).toEqual([t, false]);
      // Small integers may equal a list's length: expectClean checks those.
      for (const n of numbers) if (Math.abs(n) >= 100 || !Number.isInteger(n)) expect([n, text.includes(String(n))]).toEqual([n, false]);
    }
    const all = JSON.stringify(answers);
    expect(all).toContain(P);
    expect(all).toContain(String(run));
    expect(all).toContain('TARGET_HOST');
  });
});
