// Typed CodeArts PerfTest operations on top of one signed request.
import { ApiError, quoteBody } from '../huawei/api-error.js';
import { send, type Endpoint, type HttpOptions } from '../huawei/http.js';
import type { SigningKey } from '../huawei/signer.js';
import type { CreateNewTaskRequestBody, CreateNewTaskResult, DirectoryEntry, ProjectSummary, TaskSummary } from './types.js';

export const MAX_INT = 2147483647;

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
    const response = await send(
      this.endpoint,
      this.key,
      { operation, method: 'POST', path: `/v3/${this.projectId}/tasks`, projectId: this.projectId, body },
      { ...this.options, timeoutMs: timeoutMs ?? this.options.timeoutMs },
    );
    const taskId = (response.json as { task_id?: unknown } | undefined)?.task_id;
    if (response.status !== 201 || !Number.isInteger(taskId) || (taskId as number) < 0 || (taskId as number) > MAX_INT) {
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
    const entries = await this.list<DirectoryEntry>('ListProjectTestCase', `/v1/${this.projectId}/test-suites/${testSuiteId}/directory`, 'directory', timeoutMs);
    return entries.map((e) => ({ id: e.id, name: e.name, type: Number(e.type), status: Number(e.status) }));
  }

  /** A GET whose answer holds an array of `{id, name, ...}` under `field`. */
  private async list<T extends { id: number; name: string }>(
    operation: string,
    path: string,
    field: string,
    timeoutMs: number | undefined,
    query?: [string, string][],
  ): Promise<T[]> {
    const response = await send(
      this.endpoint,
      this.key,
      { operation, method: 'GET', path, query, projectId: this.projectId },
      { ...this.options, timeoutMs: timeoutMs ?? this.options.timeoutMs },
    );
    const items = (response.json as Record<string, unknown> | undefined)?.[field];
    if (!Array.isArray(items) || !items.every((t) => Number.isInteger(t?.id) && typeof t?.name === 'string')) {
      throw new ApiError(operation, response.status, undefined, `expected a ${field} array with id and name; ${quoteBody(response.text)}`, response.requestId);
    }
    return items as T[];
  }
}
