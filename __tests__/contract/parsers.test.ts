// Every answer the actions read, built from the contract's response model: with every field filled,
// with only the fields the action needs, and (fast-check) with every other field absent, null, any
// value of its type, or new. The parser must give the same result each time.
import fc from 'fast-check';
import { CONTRACTS, checkAnswer } from '../../emulator/service/contract.js';
import {
  parseCreatedTaskId,
  parseDirectory,
  parseHistory,
  parseNamedList,
  parseOutline,
  parseStartedRunId,
  parseTaskCaseIds,
  parseTaskState,
} from '../../src/cpts/parse.js';
import { kpisOf, successRateBasis } from '../../src/run/kpis.js';
import { arbitraryOf, fullValue, overlay, responseModel } from '../helpers/contract-values.js';

const cpts = CONTRACTS.cpts;

interface Case {
  operation: string;
  /** The smallest answer the action can work with. */
  needed: Record<string, unknown>;
  parse: (json: unknown) => unknown;
  expected: unknown;
}

const outlineNeeded = {
  result: {
    outline: {
      core_index: {
        request_count: 36000,
        success_count: 35892,
        success_rate: 99,
        rps: 600.25,
        response_time: { avg_response_time: 120.5, avg_tp90: 190 },
      },
      task_basic_execution_data: { start_time: '2026-11-28T04:05:06Z', end_time: '2026-11-28T04:06:11Z', duration: 60, task_status: 2 },
    },
  },
};

const CASES: Case[] = [
  { operation: 'CreateNewTask', needed: { task_id: 1200001 }, parse: parseCreatedTaskId, expected: 1200001 },
  {
    operation: 'ShowTaskSet',
    needed: {
      tasks: [
        { id: 11, name: 'a' },
        { id: 12, name: 'b' },
      ],
    },
    parse: (json) => parseNamedList(json, 'tasks'),
    expected: [
      { id: 11, name: 'a' },
      { id: 12, name: 'b' },
    ],
  },
  {
    operation: 'ListProjectSets',
    needed: { projects: [{ id: 393862, name: 'checkout-perf' }] },
    parse: (json) => parseNamedList(json, 'projects'),
    expected: [{ id: 393862, name: 'checkout-perf' }],
  },
  {
    operation: 'ListProjectTestCase',
    needed: { directory: [{ id: 449269, name: 'browse', type: 2, status: 1 }] },
    parse: parseDirectory,
    expected: [{ id: 449269, name: 'browse', type: 2, status: 1 }],
  },
  {
    operation: 'ListTaskCases',
    needed: { test_cases: [{ id: 449269 }, { id: 449270 }] },
    parse: parseTaskCaseIds,
    expected: [449269, 449270],
  },
  { operation: 'UpdateTaskStatus', needed: { result: { task_run_id: 7700001 } }, parse: parseStartedRunId, expected: 7700001 },
  {
    operation: 'ShowTask',
    needed: {
      taskInfo: {
        run_status: 0,
        project_id: 393862,
        related_temp_running_data: [{ task_run_info_id: 7700002, related_temp_running_id: 770000201 }],
      },
    },
    parse: parseTaskState,
    expected: { run_status: 0, latestRunId: 7700002, testSuiteId: 393862, caseRunIds: ['770000201'] },
  },
  {
    operation: 'ShowHistoryRunInfo',
    needed: { log_list: [{ run_id: 7700002, start_time: '2026-11-28T04:05:06Z', end_time: '' }] },
    parse: parseHistory,
    expected: [{ run_id: 7700002, start_time: '2026-11-28T04:05:06Z', end_time: '' }],
  },
  {
    operation: 'ShowMergeReportLogsOutline',
    needed: outlineNeeded,
    // What the run action makes of the outline: its figures, and where the success rate came from.
    parse: (json) => {
      const outline = parseOutline(json);
      return { kpis: kpisOf(outline), basis: successRateBasis(outline), times: outline.task_basic_execution_data };
    },
    expected: {
      kpis: expect.objectContaining({ success_rate: 99.7, request_count: 36000, rps: 600.25, avg_response_time: 120.5, avg_tp90: 190 }),
      basis: { from: 'counts', successCount: 35892, requestCount: 36000, reported: 99 },
      times: { start_time: '2026-11-28T04:05:06Z', end_time: '2026-11-28T04:06:11Z', duration: 60, task_status: 2 },
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

describe('what the parsers refuse', () => {
  test.each<[string, (json: unknown) => unknown, unknown, string]>([
    ['ListTaskCases with the old case_id', parseTaskCaseIds, { test_cases: [{ case_id: 1 }] }, 'a test_cases array with id'],
    ['ShowTask without run_status', parseTaskState, { taskInfo: { name: 'x' } }, 'taskInfo with run_status'],
    ['ShowHistoryRunInfo with a fractional run_id', parseHistory, { log_list: [{ run_id: 1.5 }] }, 'a log_list array with run_id'],
    ['CreateNewTask with a negative task_id', parseCreatedTaskId, { task_id: -1 }, 'an integer task_id'],
    ['UpdateTaskStatus without result', parseStartedRunId, { code: 'SVCSTG.CPTS.0000000' }, 'result.task_run_id'],
  ])('%s', (_label, parse, json, expected) => {
    expect(() => parse(json)).toThrow(`expected ${expected}`);
  });
});

describe('ShowTask tolerance', () => {
  test('a task that never ran: no related_temp_running_data, an empty one, or null', () => {
    for (const related of [undefined, [], null]) {
      expect(parseTaskState({ taskInfo: { run_status: 2, related_temp_running_data: related } })).toEqual({
        run_status: 2,
        latestRunId: undefined,
      });
    }
  });

  test('run_status sent as a string of digits is read', () => {
    expect(parseTaskState({ taskInfo: { run_status: '9' } })).toEqual({ run_status: 9, latestRunId: undefined });
  });
});

describe('the success rate', () => {
  const outline = (core: Record<string, unknown>) => parseOutline({ result: { outline: { core_index: core } } });

  test('a 99.7 % run reported as the integer 99 passes success_rate >= 99.5: the counts decide', () => {
    expect(kpisOf(outline({ success_rate: 99, success_count: 997, request_count: 1000 })).success_rate).toBe(99.7);
  });

  test('without the counts, the report’s figure is used, and that is said', () => {
    const o = outline({ success_rate: 99 });
    expect(kpisOf(o).success_rate).toBe(99);
    expect(successRateBasis(o)).toEqual({ from: 'report', reported: 99 });
  });

  test('no requests: the report’s figure, not a division by zero', () => {
    expect(kpisOf(outline({ success_rate: 0, success_count: 0, request_count: 0 })).success_rate).toBe(0);
  });

  test('counts that contradict each other are not used', () => {
    expect(successRateBasis(outline({ success_rate: 98, success_count: 12, request_count: 10 }))).toEqual({ from: 'report', reported: 98 });
  });
});
