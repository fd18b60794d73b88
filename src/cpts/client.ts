// Typed CodeArts PerfTest operations on top of one signed request.
import { ApiError, quoteBody } from '../huawei/api-error.js';
import { send, type Endpoint, type HttpOptions } from '../huawei/http.js';
import { MAX_ID } from '../validate.js';
import type { SigningKey } from '../huawei/signer.js';
import type {
  CreateNewTaskRequestBody,
  CreateNewTaskResult,
  DirectoryEntry,
  ProjectSummary,
  ReportOutline,
  TaskInfo,
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
    const operation = 'CreateNewTask';
    const response = await this.call(operation, 'POST', `/v3/${this.projectId}/tasks`, timeoutMs, body);
    const taskId = (response.json as { task_id?: unknown } | undefined)?.task_id;
    if (response.status !== 201 || !Number.isInteger(taskId) || (taskId as number) < 0 || (taskId as number) > MAX_ID) {
      const got = Number.isInteger(taskId) ? `task_id ${taskId as number} with HTTP ${response.status}` : 'no integer task_id';
      throw new ApiError(
        operation,
        response.status,
        undefined,
        `expected HTTP 201 with an integer task_id, got ${got}; ${quoteBody(response.text)}`,
        response.requestId,
      );
    }
    return { task_id: taskId as number, requestId: response.requestId };
  }

  /** One page of ShowTaskSet: the tasks of a PerfTest project, newest first. */
  async showTaskSet(testSuiteId: number, offset: number, limit: number, timeoutMs?: number): Promise<TaskSummary[]> {
    const tasks = await this.list<TaskSummary>('ShowTaskSet', `/v1/${this.projectId}/all-tasks/${testSuiteId}`, 'tasks', timeoutMs, [
      ['offset', String(offset)],
      ['limit', String(limit)],
    ]);
    return tasks.map((t) => ({ id: t.id, name: t.name }));
  }

  /** One page of ListProjectSets: the PerfTest projects. */
  async listProjectSets(offset: number, limit: number, timeoutMs?: number): Promise<ProjectSummary[]> {
    const projects = await this.list<ProjectSummary>('ListProjectSets', `/v1/${this.projectId}/test-suites`, 'projects', timeoutMs, [
      ['offset', String(offset)],
      ['limit', String(limit)],
    ]);
    return projects.map((p) => ({ id: p.id, name: p.name }));
  }

  /** ListProjectTestCase: the folders and cases of a PerfTest project. */
  async listProjectTestCase(testSuiteId: number, timeoutMs?: number): Promise<DirectoryEntry[]> {
    const entries = await this.list<DirectoryEntry>(
      'ListProjectTestCase',
      `/v1/${this.projectId}/test-suites/${testSuiteId}/directory`,
      'directory',
      timeoutMs,
    );
    return entries.map((e) => ({ id: e.id, name: e.name, type: Number(e.type), status: Number(e.status) }));
  }

  /** UpdateTaskStatus: start (9) or stop (2) a run of a task; the run's id. */
  async updateTaskStatus(testSuiteId: number, taskId: number, body: UpdateTaskStatusRequestBody, timeoutMs?: number): Promise<number> {
    const operation = 'UpdateTaskStatus';
    const response = await this.call(
      operation,
      'POST',
      `/v1/${this.projectId}/test-suites/${testSuiteId}/tasks/${taskId}`,
      timeoutMs,
      body,
    );
    const runId = (response.json as { result?: { task_run_id?: unknown } } | undefined)?.result?.task_run_id;
    if (!Number.isInteger(runId))
      throw new ApiError(
        operation,
        response.status,
        undefined,
        `expected result.task_run_id; ${quoteBody(response.text)}`,
        response.requestId,
      );
    return runId as number;
  }

  /** ShowTask: the task and the state of its latest run. */
  async showTask(taskId: number, timeoutMs?: number): Promise<TaskInfo> {
    const operation = 'ShowTask';
    const response = await this.call(operation, 'GET', `/v1/${this.projectId}/tasks/${taskId}`, timeoutMs);
    const info = (response.json as { taskInfo?: Partial<TaskInfo> } | undefined)?.taskInfo;
    if (!info || !Number.isInteger(info.run_status)) {
      throw new ApiError(
        operation,
        response.status,
        undefined,
        `expected taskInfo with run_status; ${quoteBody(response.text)}`,
        response.requestId,
      );
    }
    const runId = info.task_run_info?.id;
    return {
      id: taskId,
      name: String(info.name ?? ''),
      run_status: info.run_status!,
      task_run_info: Number.isInteger(runId) ? { id: runId! } : null,
    };
  }

  /** ShowMergeReportLogsOutline: the headline figures of a run. */
  async showMergeReportLogsOutline(taskRunId: number, timeoutMs?: number): Promise<ReportOutline> {
    const operation = 'ShowMergeReportLogsOutline';
    const response = await this.call(operation, 'GET', `/v2/${this.projectId}/task-run-infos/${taskRunId}/reports/log-outline`, timeoutMs);
    const outline = (response.json as { result?: { outline?: unknown } } | undefined)?.result?.outline;
    if (typeof outline !== 'object' || outline === null) {
      throw new ApiError(operation, response.status, undefined, `expected result.outline; ${quoteBody(response.text)}`, response.requestId);
    }
    return outline as ReportOutline;
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

  /** ListTaskCases: the ids of the cases attached to a task. */
  async listTaskCases(testSuiteId: number, taskId: number, timeoutMs?: number): Promise<number[]> {
    const operation = 'ListTaskCases';
    const response = await this.call(
      operation,
      'GET',
      `/v1/${this.projectId}/test-suites/${testSuiteId}/tasks/${taskId}/test-cases`,
      timeoutMs,
    );
    const cases = (response.json as { test_cases?: unknown } | undefined)?.test_cases;
    if (!Array.isArray(cases) || !cases.every((c) => Number.isInteger(c?.case_id))) {
      throw new ApiError(
        operation,
        response.status,
        undefined,
        `expected a test_cases array with case_id; ${quoteBody(response.text)}`,
        response.requestId,
      );
    }
    return cases.map((c: { case_id: number }) => c.case_id);
  }

  /** A GET whose answer holds an array of `{id, name, ...}` under `field`. */
  private async list<T extends { id: number; name: string }>(
    operation: string,
    path: string,
    field: string,
    timeoutMs: number | undefined,
    query?: [string, string][],
  ): Promise<T[]> {
    const response = await this.call(operation, 'GET', path, timeoutMs, undefined, query);
    const items = (response.json as Record<string, unknown> | undefined)?.[field];
    if (!Array.isArray(items) || !items.every((t) => Number.isInteger(t?.id) && typeof t?.name === 'string')) {
      throw new ApiError(
        operation,
        response.status,
        undefined,
        `expected a ${field} array with id and name; ${quoteBody(response.text)}`,
        response.requestId,
      );
    }
    return items as T[];
  }
}
