// Typed CodeArts PerfTest operations, each one request through one path: sign, send, read (parse.ts),
// retried under the client's own settings unless the client is a single-attempt one.
import { ApiError } from '../huawei/api-error.js';
import { send, type ApiResponse, type Endpoint, type HttpOptions } from '../huawei/http.js';
import { REQUEST_TIMEOUT_MS, withRetries, type RetryOptions, type RetrySettings } from '../huawei/retry.js';
import type { SigningKey } from '../huawei/signer.js';
import {
  Malformed,
  parseBatchRunId,
  parseCreatedTaskId,
  parseDirectory,
  parseHistory,
  parseNamedList,
  parseOutline,
  parseStartedRunId,
  parseTaskCaseIds,
  parseTaskState,
} from './parse.js';
import type {
  BatchUpdateTaskStatusRequestBody,
  CaseDetail,
  CreateNewTaskRequestBody,
  CreateNewTaskResult,
  CreateVariableRequestBody,
  DebugCaseRequestBody,
  DebugResult,
  DirectoryEntry,
  HistoryRun,
  ProjectSummary,
  ReportOutline,
  TaskCase,
  TaskState,
  TaskSummary,
  UpdateTaskStatusRequestBody,
  UpdateVariableRequestBody,
  VariableDetail,
  VariableWritten,
} from './types.js';

/** What a call that changes something may add to its retries (a single-attempt client never recovers). */
export interface CallOptions<T> extends Pick<RetryOptions<T>, 'recover'> {
  /** Called just before each attempt is sent (a POST about to go out may have its effect). */
  beforeSend?: () => void;
}

/** The optional parts of one request. */
interface RequestParts<T> extends CallOptions<T> {
  body?: unknown;
  query?: [string, string][];
}

/** Reads a 2xx answer; throws Malformed when it lacks what is needed. */
type Parse<T> = (json: unknown, response: ApiResponse) => T;

export class CptsClient {
  constructor(
    private readonly endpoint: Endpoint,
    private readonly key: SigningKey,
    /** The region's IAM project id: the `{project_id}` of every path. */
    private readonly iamProjectId: string,
    private readonly http: HttpOptions,
    /** How every call is retried; its clock and log serve the callers too. */
    readonly retry: RetrySettings,
    /** Set on a single-attempt client: each call is sent once, and must be answered by then. */
    private readonly singleAttemptDeadline?: number,
  ) {}

  /** The same client, retrying under other settings (another deadline or bound). */
  withRetry(retry: RetrySettings): CptsClient {
    return new CptsClient(this.endpoint, this.key, this.iamProjectId, this.http, retry);
  }

  /** The same client sending each call once, by `deadline`: for a caller whose own loop retries. */
  singleAttempt(deadline: number): CptsClient {
    return new CptsClient(this.endpoint, this.key, this.iamProjectId, this.http, this.retry, deadline);
  }

  createNewTask(body: CreateNewTaskRequestBody, options: CallOptions<CreateNewTaskResult> = {}): Promise<CreateNewTaskResult> {
    return this.request('CreateNewTask', 'POST', `/v3/${this.iamProjectId}/tasks`, createdTask, { ...options, body });
  }

  /** One page of ShowTaskSet: the tasks of a PerfTest project, newest first. */
  showTaskSet(testSuiteId: number, offset: number, limit: number): Promise<TaskSummary[]> {
    const path = `/v1/${this.iamProjectId}/all-tasks/${testSuiteId}`;
    return this.request('ShowTaskSet', 'GET', path, (json) => parseNamedList(json, 'tasks'), { query: pageQuery(offset, limit) });
  }

  /** One page of ListProjectSets: the PerfTest projects. */
  listProjectSets(offset: number, limit: number): Promise<ProjectSummary[]> {
    const path = `/v1/${this.iamProjectId}/test-suites`;
    return this.request('ListProjectSets', 'GET', path, (json) => parseNamedList(json, 'projects'), { query: pageQuery(offset, limit) });
  }

  /** ListProjectTestCase: the folders and cases of a PerfTest project. */
  listProjectTestCase(testSuiteId: number): Promise<DirectoryEntry[]> {
    return this.request('ListProjectTestCase', 'GET', `/v1/${this.iamProjectId}/test-suites/${testSuiteId}/directory`, parseDirectory);
  }

  /** ListTaskCases: the ids of the cases attached to a task. */
  listTaskCases(testSuiteId: number, taskId: number): Promise<number[]> {
    const path = `/v1/${this.iamProjectId}/test-suites/${testSuiteId}/tasks/${taskId}/test-cases`;
    return this.request('ListTaskCases', 'GET', path, parseTaskCaseIds);
  }

  /** UpdateTaskStatus: start or stop a run of a task; the run's id. */
  updateTaskStatus(
    testSuiteId: number,
    taskId: number,
    body: UpdateTaskStatusRequestBody,
    options: CallOptions<number> = {},
  ): Promise<number> {
    const path = `/v1/${this.iamProjectId}/test-suites/${testSuiteId}/tasks/${taskId}`;
    return this.request('UpdateTaskStatus', 'POST', path, parseStartedRunId, { ...options, body });
  }

  /** BatchUpdateTaskStatus: start or stop a run of one new-edition task; the run's id. */
  batchUpdateTaskStatus(body: BatchUpdateTaskStatusRequestBody, options: CallOptions<number> = {}): Promise<number> {
    const path = `/v1/${this.iamProjectId}/test-suites/${body.project_id}/tasks/batch-update-task-status`;
    return this.request('BatchUpdateTaskStatus', 'POST', path, (json) => parseBatchRunId(json, body.task_id_list[0]), { ...options, body });
  }

  /** ShowTask: the task's run_status and its latest run. */
  showTask(taskId: number): Promise<TaskState> {
    return this.request('ShowTask', 'GET', `/v1/${this.iamProjectId}/tasks/${taskId}`, parseTaskState);
  }

  /** ShowHistoryRunInfo: every run of a task. */
  showHistoryRunInfo(taskId: number): Promise<HistoryRun[]> {
    return this.request('ShowHistoryRunInfo', 'GET', `/v1/${this.iamProjectId}/tasks/history-run-list/${taskId}`, parseHistory);
  }

  /** ShowMergeReportLogsOutline: the headline figures of a run. */
  showMergeReportLogsOutline(taskRunId: number): Promise<ReportOutline> {
    const path = `/v2/${this.iamProjectId}/task-run-infos/${taskRunId}/reports/log-outline`;
    return this.request('ShowMergeReportLogsOutline', 'GET', path, parseOutline);
  }

  /** ShowMergeTaskCase: the cases of a run, with their requests and transactions. */
  async showMergeTaskCase(taskRunId: number): Promise<TaskCase[]> {
    const { parseTaskCases } = await import('./case-parse.js');
    return this.request('ShowMergeTaskCase', 'GET', `/v2/${this.iamProjectId}/task-run-infos/${taskRunId}/cases`, parseTaskCases);
  }

  /** ShowMergeCaseDetail: the figures of one case of a run, its requests and its transactions. */
  async showMergeCaseDetail(taskRunId: number, caseRunId: string): Promise<CaseDetail> {
    const path = `/v2/${this.iamProjectId}/task-run-infos/${taskRunId}/case-run-infos/${segment('ShowMergeCaseDetail', caseRunId)}/detail`;
    const { parseCaseDetail } = await import('./case-parse.js');
    return this.request('ShowMergeCaseDetail', 'GET', path, parseCaseDetail);
  }

  /** ListVariables: the PerfTest project's global variables of one type. */
  async listVariables(testSuiteId: number, variableType: number): Promise<VariableDetail[]> {
    const { parseVariableList } = await import('./variable-parse.js');
    const path = `/v1/${this.iamProjectId}/variables/${variableType}/test-suites/${testSuiteId}`;
    return this.request('ListVariables', 'GET', path, (json) => parseVariableList(json, variableType));
  }

  /** UpdateVariable: sets the listed variables' names, types and values; the variable_id answered, if any. */
  async updateVariable(
    testSuiteId: number,
    body: UpdateVariableRequestBody[],
    options: CallOptions<VariableWritten> = {},
  ): Promise<VariableWritten> {
    const { parseVariableId } = await import('./variable-parse.js');
    return this.request('UpdateVariable', 'PUT', `/v1/${this.iamProjectId}/variables/${testSuiteId}`, parseVariableId, {
      ...options,
      body,
    });
  }

  /** CreateVariable: adds the listed variables; the variable_id answered (the first one's), if any. */
  async createVariable(
    testSuiteId: number,
    body: CreateVariableRequestBody[],
    options: CallOptions<VariableWritten> = {},
  ): Promise<VariableWritten> {
    const { parseVariableId } = await import('./variable-parse.js');
    return this.request('CreateVariable', 'POST', `/v1/${this.iamProjectId}/variables/${testSuiteId}`, parseVariableId, {
      ...options,
      body,
    });
  }

  /** DeleteVariable: removes one global variable; the answer has no fields. */
  deleteVariable(testSuiteId: number, variableId: number, options: CallOptions<true> = {}): Promise<true> {
    const query: [string, string][] = [
      ['variable_id', String(variableId)],
      ['test_suite_id', String(testSuiteId)],
    ];
    return this.request('DeleteVariable', 'DELETE', `/v1/${this.iamProjectId}/variables`, () => true as const, { ...options, query });
  }

  /** DebugCase: runs one case of a task once, request by request, outside any run; each request's outcome. */
  async debugCase(testSuiteId: number, taskId: number, caseId: number, body: DebugCaseRequestBody): Promise<DebugResult[]> {
    const { parseDebugResults } = await import('./variable-parse.js');
    const path = `/v1/${this.iamProjectId}/test-suites/${testSuiteId}/tasks/${taskId}/cases/${caseId}/debug`;
    return this.request('DebugCase', 'POST', path, parseDebugResults, { body });
  }

  /** One operation: sent and read, retried (with `recover`) or, on a single-attempt client, sent once. */
  private request<T>(
    operation: string,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    parse: Parse<T>,
    parts: RequestParts<T> = {},
  ): Promise<T> {
    const attempt = async (timeoutMs: number): Promise<T> => {
      parts.beforeSend?.();
      const request = { operation, method, path, query: parts.query, projectId: this.iamProjectId, body: parts.body };
      return read(operation, await send(this.endpoint, this.key, request, { ...this.http, timeoutMs }), parse);
    };
    const { requestTimeoutMs = REQUEST_TIMEOUT_MS, timing } = this.retry;
    if (this.singleAttemptDeadline !== undefined) return attempt(Math.min(requestTimeoutMs, this.singleAttemptDeadline - timing.now()));
    return withRetries({ ...this.retry, operation, recover: parts.recover }, attempt);
  }
}

const pageQuery = (offset: number, limit: number): [string, string][] => [
  ['offset', String(offset)],
  ['limit', String(limit)],
];

/**
 * Why `value` cannot be one segment of a path, if it cannot: paths are given decoded and the signer
 * percent-encodes each segment between slashes, so a slash would split it and a dot segment be resolved.
 */
export function pathSegmentProblem(value: string): string | undefined {
  if (value === '') return 'is empty';
  if (value.includes('/')) return 'has a "/" in it';
  if (value === '.' || value === '..') return 'is a dot segment';
  return undefined;
}

/** `value` as a path segment, or an error saying why the call was not sent. */
function segment(operation: string, value: string): string {
  const problem = pathSegmentProblem(value);
  if (problem) throw new Error(`${operation} was not sent: the id ${JSON.stringify(value)} ${problem}, which a path segment cannot.`);
  return value;
}

const createdTask: Parse<CreateNewTaskResult> = (json, response) => ({ task_id: parseCreatedTaskId(json), requestId: response.requestId });

/** The parsed answer, or an ApiError quoting the body that lacked what was needed. */
function read<T>(operation: string, response: ApiResponse, parse: Parse<T>): T {
  try {
    return parse(response.json, response);
  } catch (error) {
    if (!(error instanceof Malformed)) throw error;
    throw ApiError.malformed(operation, response, error.expected);
  }
}
