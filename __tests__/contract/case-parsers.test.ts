// The per-case report's answers (ShowMergeTaskCase, ShowMergeCaseDetail), built from the contract's
// models as parsers.test.ts builds the others: the needed fields alone, every field filled, and
// (fast-check) every other field absent, null, any value of its type, or new. Then the figures'
// mapping, numbers sent as text, and what the parsers refuse or leave out.
import fc from 'fast-check';
import { CONTRACTS, checkAnswer } from '../../emulator/service/contract.js';
import { figureOf, SCOPED_FIELDS, scopedFiguresOf, WIRE_NAMES, type ScopedFigures } from '../../src/cpts/case-figures.js';
import { parseCaseDetail, parseTaskCases } from '../../src/cpts/case-parse.js';
import { parseTaskState } from '../../src/cpts/parse.js';
import { arbitraryOf, fullValue, overlay, responseModel } from '../helpers/contract-values.js';

const cpts = CONTRACTS.cpts;

/** Every figure a CaseReportDetail is read for, on the wire; successRate and maxRespTime are read only when these lack. */
function wire(base: number): Record<string, number> {
  return {
    averageRespTime: base + 0.5,
    max: base * 4,
    min: Math.round(base / 5),
    tp50: base,
    tp75: base + 10,
    tp85: base + 20,
    tp90: base + 30,
    tp95: base + 40,
    tp99: base + 50,
    tp999: base + 60,
    tp9999: base + 70,
    tps: 12.25,
    maxTps: 14.5,
    requests: 1000,
    successCount: 997,
    errorCount: 3,
    failedAssert: 1,
    failedTimeout: 1,
    failedRefused: 1,
  };
}

/** What wire(base) reads as. */
function scoped(base: number): ScopedFigures {
  return {
    avg_response_time: base + 0.5,
    max_response_time: base * 4,
    min_response_time: Math.round(base / 5),
    tp50: base,
    tp75: base + 10,
    tp85: base + 20,
    tp90: base + 30,
    tp95: base + 40,
    tp99: base + 50,
    tp999: base + 60,
    tp9999: base + 70,
    // 997 of 1000: the counts, not the integer successRate.
    success_rate: 99.7,
    tps: 12.25,
    max_tps: 14.5,
    request_count: 1000,
    success_count: 997,
    error_count: 3,
    failed_assert: 1,
    failed_timeout: 1,
    failed_refused: 1,
  };
}

/** A DetailItem that is a request: named, with no awList of its own. */
const aw = (name: string) => ({ name, awList: [] });

interface Case {
  operation: string;
  needed: Record<string, unknown>;
  parse: (json: unknown) => unknown;
  expected: unknown;
}

const CASES: Case[] = [
  {
    operation: 'ShowMergeTaskCase',
    needed: {
      result: {
        case_aw_info_list: [
          {
            name: 'browse-catalogue',
            testcaseId: '770000101',
            case_uri_i: '770000101',
            // A group (an entry with an awList of its own) holds requests; its name is not one.
            awList: [aw('GET /catalogue'), { name: 'search group', awList: [aw('GET /catalogue/{id}'), aw('GET /search?q=red socks')] }],
            transactionList: [],
          },
          {
            name: 'place-order',
            testcaseId: '449270',
            case_uri_i: '770000102',
            awList: [aw('POST /cart'), aw('POST /orders')],
            // The transaction's requests count too, each name once.
            transactionList: [{ name: 'checkout', awList: [aw('POST /cart'), aw('POST /orders'), aw('GET /orders/{id}/status')] }],
          },
        ],
      },
    },
    parse: parseTaskCases,
    expected: [
      {
        name: 'browse-catalogue',
        testcaseId: '770000101',
        caseUriI: '770000101',
        requestNames: ['GET /catalogue', 'GET /catalogue/{id}', 'GET /search?q=red socks'],
        transactionNames: [],
      },
      {
        name: 'place-order',
        testcaseId: '449270',
        caseUriI: '770000102',
        requestNames: ['POST /cart', 'POST /orders', 'GET /orders/{id}/status'],
        transactionNames: ['checkout'],
      },
    ],
  },
  {
    operation: 'ShowMergeCaseDetail',
    needed: {
      result: {
        detail: {
          performance: wire(100),
          detailDatas: [
            { name: 'POST /cart', isAW: true, ...wire(60) },
            // Not an AW by its own word: left out of the requests.
            { name: 'think time', isAW: false },
            { name: 'POST /orders', isAW: true, ...wire(170) },
          ],
          customTransactions: [{ name: 'checkout', ...wire(230) }],
        },
      },
    },
    parse: parseCaseDetail,
    expected: {
      performance: scoped(100),
      requests: [
        { name: 'POST /cart', figures: scoped(60) },
        { name: 'POST /orders', figures: scoped(170) },
      ],
      transactions: [{ name: 'checkout', figures: scoped(230) }],
    },
  },
];

describe.each(CASES)('$operation', ({ operation, needed, parse, expected }) => {
  const model = responseModel('cpts', operation);

  test('the needed fields alone fit the contract and are enough', () => {
    expect(checkAnswer(operation, needed)).toEqual([]);
    expect(parse(needed)).toEqual(expected);
  });

  test('an answer with every field of the model filled (nested models too) reads the same', () => {
    const full = overlay(cpts, model, fullValue(cpts, model), needed);
    expect(checkAnswer(operation, full)).toEqual([]);
    expect(parse(full)).toEqual(expected);
  });

  test('any other field absent, null, any value of its type, or new: the same result', () => {
    fc.assert(
      fc.property(arbitraryOf(cpts, model), fc.jsonValue({ maxDepth: 2 }), (drawn, novel) => {
        const answer = overlay(cpts, model, drawn, needed) as Record<string, unknown>;
        expect(checkAnswer(operation, answer)).toEqual([]);
        expect(parse(answer)).toEqual(expected);
        expect(parse({ ...answer, field_of_a_later_release: novel })).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe('ShowTask: the case-run ids of the latest run', () => {
  const model = responseModel('cpts', 'ShowTask');
  const needed = {
    taskInfo: {
      run_status: 2,
      related_temp_running_data: [
        { task_run_info_id: 7700001, related_temp_running_id: 770000101 },
        { task_run_info_id: 7700001, related_temp_running_id: 770000102 },
      ],
    },
  };
  const expected = { run_status: 2, latestRunId: 7700001, caseRunIds: ['770000101', '770000102'] };

  test('related_temp_running_id (int) read as text, next to what ShowTask gave before', () => {
    expect(checkAnswer('ShowTask', needed)).toEqual([]);
    expect(parseTaskState(needed)).toEqual(expected);
  });

  test('any other field absent, null, any value of its type, or new: the same ids', () => {
    fc.assert(
      fc.property(arbitraryOf(cpts, model), (drawn) => {
        const answer = overlay(cpts, model, drawn, needed) as { taskInfo: Record<string, unknown> };
        // project_id is read too (testSuiteId): pinned here, since these tests are about the ids.
        const pinned = { ...answer, taskInfo: { ...answer.taskInfo, project_id: null } };
        expect(parseTaskState(pinned)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  test('ids sent as text are read; negative, fractional, empty or absent ones are not; none at all: no caseRunIds', () => {
    const related = [
      { related_temp_running_id: '770000103' },
      { related_temp_running_id: -1 },
      { related_temp_running_id: 1.5 },
      { related_temp_running_id: '' },
      {},
      null,
    ];
    expect(parseTaskState({ taskInfo: { run_status: 2, related_temp_running_data: related } }).caseRunIds).toEqual(['770000103']);
    expect(parseTaskState({ taskInfo: { run_status: 2, related_temp_running_data: [{ task_run_info_id: 1 }] } })).not.toHaveProperty(
      'caseRunIds',
    );
  });
});

describe('the scoped figures', () => {
  test('SCOPED_FIELDS in the action’s order, each with a wire name of CaseReportDetail', () => {
    expect(SCOPED_FIELDS).toEqual([
      'avg_response_time',
      'max_response_time',
      'min_response_time',
      'tp50',
      'tp75',
      'tp85',
      'tp90',
      'tp95',
      'tp99',
      'tp999',
      'tp9999',
      'success_rate',
      'tps',
      'max_tps',
      'request_count',
      'success_count',
      'error_count',
      'failed_assert',
      'failed_timeout',
      'failed_refused',
    ]);
    const fields = cpts.models.CaseReportDetail.fields;
    for (const field of SCOPED_FIELDS) for (const name of WIRE_NAMES[field]) expect(fields).toHaveProperty(name);
  });

  test('max_response_time: max, or maxRespTime when max is absent', () => {
    expect(scopedFiguresOf({ max: 900, maxRespTime: 950 }).max_response_time).toBe(900);
    expect(scopedFiguresOf({ max: null, maxRespTime: 950 }).max_response_time).toBe(950);
  });

  test('success_rate: the counts to four decimals; the integer successRate without them, with no requests, or when they disagree', () => {
    expect(scopedFiguresOf({ successRate: 99, successCount: 2, requests: 3 }).success_rate).toBe(66.6667);
    expect(scopedFiguresOf({ successRate: 99, successCount: 997 }).success_rate).toBe(99);
    expect(scopedFiguresOf({ successRate: 0, successCount: 0, requests: 0 }).success_rate).toBe(0);
    expect(scopedFiguresOf({ successRate: 98, successCount: 12, requests: 10 }).success_rate).toBe(98);
    expect(scopedFiguresOf({ successCount: 12, requests: 10 })).not.toHaveProperty('success_rate');
  });

  test('numbers sent as text are read; anything else is absent, never NaN', () => {
    expect(scopedFiguresOf({ tp90: '190', averageRespTime: ' 120.5 ', tps: '1.5e2', requests: '10', successCount: '9' })).toEqual({
      tp90: 190,
      avg_response_time: 120.5,
      tps: 150,
      request_count: 10,
      success_count: 9,
      success_rate: 90,
    });
    for (const value of ['', ' ', 'NaN', 'Infinity', '0x10', '12ms', true, null, [], {}, NaN, Infinity, undefined]) {
      expect(figureOf(value)).toBeUndefined();
      expect(scopedFiguresOf({ tp50: value, successRate: value })).toEqual({});
    }
  });

  test('any wire values at all: every figure a finite number of a known field', () => {
    const anyValue = fc.oneof(fc.jsonValue(), fc.double(), fc.string());
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.values(WIRE_NAMES).flat(), 'successRate'), anyValue), (detail) => {
        const figures = scopedFiguresOf(detail);
        for (const [field, value] of Object.entries(figures)) {
          expect(SCOPED_FIELDS).toContain(field);
          expect(Number.isFinite(value)).toBe(true);
        }
      }),
    );
  });
});

describe('what the parsers refuse and leave out', () => {
  test.each<[string, (json: unknown) => unknown, unknown, string]>([
    ['ShowMergeTaskCase without result', parseTaskCases, { code: 'SVCSTG.CPTS.0000000' }, 'result.case_aw_info_list with each case named'],
    [
      'ShowMergeTaskCase with an unnamed case',
      parseTaskCases,
      { result: { case_aw_info_list: [{ testcaseId: '1' }] } },
      'result.case_aw_info_list with each case named',
    ],
    ['ShowMergeCaseDetail with only an err_message', parseCaseDetail, { result: { err_message: 'no such case' } }, 'result.detail'],
  ])('%s', (_label, parse, json, expected) => {
    expect(() => parse(json)).toThrow(`expected ${expected}`);
  });

  test('ShowMergeTaskCase: an empty list is no cases; ids absent, empty or blank are absent; integer ids are read as text', () => {
    expect(parseTaskCases({ result: { case_aw_info_list: [] } })).toEqual([]);
    const [blank, integral] = parseTaskCases({
      result: {
        case_aw_info_list: [
          { name: 'a', testcaseId: '', case_uri_i: '  ' },
          { name: 'b', testcaseId: 770000101, case_uri_i: ' 770000101 ' },
        ],
      },
    });
    expect(blank).toEqual({ name: 'a', requestNames: [], transactionNames: [] });
    expect(integral).toMatchObject({ testcaseId: '770000101', caseUriI: '770000101' });
  });

  test('ShowMergeTaskCase: unnamed requests and transactions are skipped; awList nested too deep is cut off, not a stack overflow', () => {
    let deep: unknown = [aw('too deep')];
    for (let i = 0; i < 10_000; i++) deep = [{ name: `group ${i}`, awList: deep }];
    const [listed] = parseTaskCases({
      result: {
        case_aw_info_list: [
          {
            name: 'c',
            awList: [{ awList: [] }, aw(''), 'GET /', aw('GET /ok'), { awList: deep }],
            transactionList: [{ awList: [] }, null],
          },
        ],
      },
    });
    expect(listed).toEqual({ name: 'c', requestNames: ['GET /ok'], transactionNames: [] });
  });

  test('ShowMergeCaseDetail: no performance, no lists, unnamed entries: what there is', () => {
    expect(parseCaseDetail({ result: { detail: {} } })).toEqual({ requests: [], transactions: [] });
    const detail = parseCaseDetail({
      result: {
        detail: {
          performance: null,
          detailDatas: [
            { isAW: true, tp50: 1 },
            { name: 'GET /', tp50: 2 },
          ],
          customTransactions: 'x',
        },
      },
    });
    // isAW absent: an entry of detailDatas is an AW unless it says otherwise.
    expect(detail).toEqual({ requests: [{ name: 'GET /', figures: { tp50: 2 } }], transactions: [] });
  });
});
