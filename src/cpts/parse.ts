// Reading CodeArts PerfTest answers: each parser demands only the fields the actions use and
// tolerates every other field being absent, null or new (the contract's `required` on an answer is
// the SDK's claim, not the service's promise).
import { MAX_ID, type DirectoryEntry, type HistoryRun, type ReportOutline, type TaskState } from './types.js';

/** An answer without what the action needs; `expected` says what that was. */
export class Malformed extends Error {
  constructor(readonly expected: string) {
    super(`expected ${expected}`);
    this.name = 'Malformed';
  }
}

type Json = Record<string, unknown>;

export const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isId = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_ID;
/** An integer, or a string of digits (some answers quote numbers). */
export const intOf = (value: unknown): number | undefined =>
  Number.isInteger(value) ? (value as number) : typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : undefined;

export function listAt(json: unknown, field: string, expected: string): unknown[] {
  const items = isRecord(json) ? json[field] : undefined;
  if (!Array.isArray(items)) throw new Malformed(expected);
  return items;
}

/** CreateNewTask: `task_id`. */
export function parseCreatedTaskId(json: unknown): number {
  const id = isRecord(json) ? json.task_id : undefined;
  if (!isId(id)) throw new Malformed('an integer task_id');
  return id;
}

/** ShowTaskSet `tasks`, ListProjectSets `projects`: each entry's id and name. */
export function parseNamedList(json: unknown, field: string): { id: number; name: string }[] {
  const expected = `a ${field} array with id and name`;
  return listAt(json, field, expected).map((item) => {
    if (!isRecord(item) || !isId(item.id) || typeof item.name !== 'string') throw new Malformed(expected);
    return { id: item.id, name: item.name };
  });
}

/** ListProjectTestCase `directory`: id, name, type and status of each folder and case. */
export function parseDirectory(json: unknown): DirectoryEntry[] {
  const expected = 'a directory array with id, name, type and status';
  return listAt(json, 'directory', expected).map((item) => {
    const type = isRecord(item) ? intOf(item.type) : undefined;
    const status = isRecord(item) ? intOf(item.status) : undefined;
    if (!isRecord(item) || !isId(item.id) || typeof item.name !== 'string' || type === undefined || status === undefined) {
      throw new Malformed(expected);
    }
    return { id: item.id, name: item.name, type, status };
  });
}

/** ListTaskCases `test_cases` (TestCaseBriefInfo): the case ids. */
export function parseTaskCaseIds(json: unknown): number[] {
  const expected = 'a test_cases array with id';
  return listAt(json, 'test_cases', expected).map((item) => {
    if (!isRecord(item) || !isId(item.id)) throw new Malformed(expected);
    return item.id;
  });
}

/** UpdateTaskStatus: `result.task_run_id`. */
export function parseStartedRunId(json: unknown): number {
  const id = isRecord(json) && isRecord(json.result) ? json.result.task_run_id : undefined;
  if (!isId(id)) throw new Malformed('result.task_run_id');
  return id;
}

/** BatchUpdateTaskStatus: `result[]`'s task_run_id for the task asked about. */
export function parseBatchRunId(json: unknown, taskId: number): number {
  const expected = `result with task ${taskId}'s task_run_id`;
  const entry = listAt(json, 'result', expected).find((r) => isRecord(r) && r.task_id === taskId);
  if (!isRecord(entry) || !isId(entry.task_run_id)) throw new Malformed(expected);
  return entry.task_run_id;
}

/** ShowTask `taskInfo`: run_status, and the latest run's id from related_temp_running_data. */
export function parseTaskState(json: unknown): TaskState {
  const info = isRecord(json) ? json.taskInfo : undefined;
  const runStatus = isRecord(info) ? intOf(info.run_status) : undefined;
  if (!isRecord(info) || runStatus === undefined) throw new Malformed('taskInfo with run_status');
  const related = Array.isArray(info.related_temp_running_data) ? info.related_temp_running_data : [];
  const fromRelated = related.map((r) => (isRecord(r) ? r.task_run_info_id : undefined)).find(isId);
  // Not in the contract's TaskInfo, but harmless to accept should the service send it.
  const fromRunInfo =
    isRecord(info.task_run_info) && isId(info.task_run_info.id) && info.task_run_info.id > 0 ? info.task_run_info.id : undefined;
  const testSuiteId = isId(info.project_id) ? info.project_id : undefined;
  const caseRunIds = related
    .map((r) => (isRecord(r) ? intOf(r.related_temp_running_id) : undefined))
    .filter(isId)
    .map(String);
  return {
    run_status: runStatus,
    latestRunId: fromRelated ?? fromRunInfo,
    ...(testSuiteId === undefined ? {} : { testSuiteId }),
    ...(caseRunIds.length === 0 ? {} : { caseRunIds }),
  };
}

/** ShowHistoryRunInfo `log_list`: each run's id (a float in the contract: integral here) and times. */
export function parseHistory(json: unknown): HistoryRun[] {
  const expected = 'a log_list array with run_id';
  return listAt(json, 'log_list', expected).map((item) => {
    if (!isRecord(item) || !isId(item.run_id)) throw new Malformed(expected);
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    return { run_id: item.run_id, start_time: text(item.start_time), end_time: text(item.end_time) };
  });
}

/** ShowMergeReportLogsOutline: `result.outline`, read field by field later (kpis.ts). */
export function parseOutline(json: unknown): ReportOutline {
  const outline = isRecord(json) && isRecord(json.result) ? json.result.outline : undefined;
  if (!isRecord(outline)) throw new Malformed('result.outline');
  const core = isRecord(outline.core_index) ? outline.core_index : undefined;
  const basics = isRecord(outline.task_basic_execution_data) ? outline.task_basic_execution_data : undefined;
  return {
    core_index: core && { ...core, response_time: isRecord(core.response_time) ? core.response_time : undefined },
    task_basic_execution_data: basics && {
      start_time: typeof basics.start_time === 'string' ? basics.start_time : undefined,
      end_time: typeof basics.end_time === 'string' ? basics.end_time : undefined,
      duration: typeof basics.duration === 'number' ? basics.duration : undefined,
      task_status: intOf(basics.task_status),
    },
  };
}
