// Typed CodeArts PerfTest operations on top of one signed request; answers are read by parse.ts.
import { ApiError } from '../huawei/api-error.js';
import { send, type ApiResponse, type Endpoint, type HttpOptions } from '../huawei/http.js';
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
  CreateNewTaskRequestBody,
  CreateNewTaskResult,
  DirectoryEntry,
  HistoryRun,
  ProjectSummary,
  ReportOutline,
  TaskState,
  TaskSummary,
  UpdateTaskStatusRequestBody,
} from './types.js';

export class CptsClient {
  constructor(
    private readonly endpoint: Endpoint,
    private readonly key: SigningKey,
    /** The region's IAM project id: the `{project_id}` of every path. */
    private readonly projectId: string,
    private readonly options: HttpOptions,
  ) {}

  async createNewTask(body: CreateNewTaskRequestBody, timeoutMs?: number): Promise<CreateNewTaskResult> {
    const response = await this.call('CreateNewTask', 'POST', `/v3/${this.projectId}/tasks`, timeoutMs, body);
    return { task_id: read('CreateNewTask', response, parseCreatedTaskId), requestId: response.requestId };
  }

  /** One page of ShowTaskSet: the tasks of a PerfTest project, newest first. */
  async showTaskSet(testSuiteId: number, offset: number, limit: number, timeoutMs?: number): Promise<TaskSummary[]> {
    const path = `/v1/${this.projectId}/all-tasks/${testSuiteId}`;
    const response = await this.call('ShowTaskSet', 'GET', path, timeoutMs, undefined, pageQuery(offset, limit));
    return read('ShowTaskSet', response, (json) => parseNamedList(json, 'tasks'));
  }

  /** One page of ListProjectSets: the PerfTest projects. */
  async listProjectSets(offset: number, limit: number, timeoutMs?: number): Promise<ProjectSummary[]> {
    const path = `/v1/${this.projectId}/test-suites`;
    const response = await this.call('ListProjectSets', 'GET', path, timeoutMs, undefined, pageQuery(offset, limit));
    return read('ListProjectSets', response, (json) => parseNamedList(json, 'projects'));
  }

  /** ListProjectTestCase: the folders and cases of a PerfTest project. */
  async listProjectTestCase(testSuiteId: number, timeoutMs?: number): Promise<DirectoryEntry[]> {
    const path = `/v1/${this.projectId}/test-suites/${testSuiteId}/directory`;
    return read('ListProjectTestCase', await this.call('ListProjectTestCase', 'GET', path, timeoutMs), parseDirectory);
  }

  /** ListTaskCases: the ids of the cases attached to a task. */
  async listTaskCases(testSuiteId: number, taskId: number, timeoutMs?: number): Promise<number[]> {
    const path = `/v1/${this.projectId}/test-suites/${testSuiteId}/tasks/${taskId}/test-cases`;
    return read('ListTaskCases', await this.call('ListTaskCases', 'GET', path, timeoutMs), parseTaskCaseIds);
  }

  /** UpdateTaskStatus: start (9) or stop (2) a run of a task; the run's id. */
  async updateTaskStatus(testSuiteId: number, taskId: number, body: UpdateTaskStatusRequestBody, timeoutMs?: number): Promise<number> {
    const path = `/v1/${this.projectId}/test-suites/${testSuiteId}/tasks/${taskId}`;
    return read('UpdateTaskStatus', await this.call('UpdateTaskStatus', 'POST', path, timeoutMs, body), parseStartedRunId);
  }

  /** BatchUpdateTaskStatus: start (9) or stop (2) a run of one new-edition task; the run's id. */
  async batchUpdateTaskStatus(body: BatchUpdateTaskStatusRequestBody, timeoutMs?: number): Promise<number> {
    const path = `/v1/${this.projectId}/test-suites/${body.project_id}/tasks/batch-update-task-status`;
    const response = await this.call('BatchUpdateTaskStatus', 'POST', path, timeoutMs, body);
    return read('BatchUpdateTaskStatus', response, (json) => parseBatchRunId(json, body.task_id_list[0]));
  }

  /** ShowTask: the task's run_status and its latest run. */
  async showTask(taskId: number, timeoutMs?: number): Promise<TaskState> {
    return read('ShowTask', await this.call('ShowTask', 'GET', `/v1/${this.projectId}/tasks/${taskId}`, timeoutMs), parseTaskState);
  }

  /** ShowHistoryRunInfo: every run of a task. */
  async showHistoryRunInfo(taskId: number, timeoutMs?: number): Promise<HistoryRun[]> {
    const path = `/v1/${this.projectId}/tasks/history-run-list/${taskId}`;
    return read('ShowHistoryRunInfo', await this.call('ShowHistoryRunInfo', 'GET', path, timeoutMs), parseHistory);
  }

  /** ShowMergeReportLogsOutline: the headline figures of a run. */
  async showMergeReportLogsOutline(taskRunId: number, timeoutMs?: number): Promise<ReportOutline> {
    const path = `/v2/${this.projectId}/task-run-infos/${taskRunId}/reports/log-outline`;
    return read('ShowMergeReportLogsOutline', await this.call('ShowMergeReportLogsOutline', 'GET', path, timeoutMs), parseOutline);
  }

  private call(
    operation: string,
    method: 'GET' | 'POST',
    path: string,
    timeoutMs: number | undefined,
    body?: unknown,
    query?: [string, string][],
  ) {
    return send(
      this.endpoint,
      this.key,
      { operation, method, path, query, projectId: this.projectId, body },
      { ...this.options, timeoutMs: timeoutMs ?? this.options.timeoutMs },
    );
  }
}

const pageQuery = (offset: number, limit: number): [string, string][] => [
  ['offset', String(offset)],
  ['limit', String(limit)],
];

/** The parsed answer, or an ApiError quoting the body that lacked what was needed. */
function read<T>(operation: string, response: ApiResponse, parse: (json: unknown) => T): T {
  try {
    return parse(response.json);
  } catch (error) {
    if (!(error instanceof Malformed)) throw error;
    throw ApiError.malformed(operation, response, error.expected);
  }
}
