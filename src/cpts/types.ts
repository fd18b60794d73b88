// Request and response shapes of CodeArts PerfTest, named as the API names them.

/** CreateNewTask body: `POST /v3/{project_id}/tasks`. */
export interface CreateNewTaskRequestBody {
  name: string;
  parallel: boolean;
  enable_full_link?: boolean;
  /** The PerfTest project (test suite) id, not the region's IAM project. */
  project_id: number;
  /** Legacy field; the API reference says always 2. */
  operate_mode: 2;
  case_id_list: number[];
}

export interface CreateNewTaskResult {
  task_id: number;
  /** The response's X-Request-Id, for support. */
  requestId: string | undefined;
}

/** One entry of ShowTaskSet's `tasks`. */
export interface TaskSummary {
  id: number;
  name: string;
}

/** One entry of ListProjectSets' `projects`. */
export interface ProjectSummary {
  id: number;
  name: string;
}

/** One entry of ListProjectTestCase's `directory`: type 1 folder, 2 case; status 0 deleted, 1 enabled, 2 disabled. */
export interface DirectoryEntry {
  id: number;
  name: string;
  type: number;
  status: number;
}

/** UpdateTaskStatus body: `status` 9 starts a run, 2 stops it. */
export interface UpdateTaskStatusRequestBody {
  status: 9 | 2;
  cluster_type: 'shared-cluster-internet' | 'private-cluster';
  cluster_id: number;
  without_package?: 0;
  network_info: { network_type?: 'internet' };
}

/** What the run action reads of ShowTask's `taskInfo`. */
export interface TaskInfo {
  id: number;
  name: string;
  /** 9 waiting, 0 running, 1 paused, 2 finished, 3 ended abnormally, 4 stopped by user (complete), 5 stopped by user. */
  run_status: number;
  /** The task's latest run. */
  task_run_info: { id: number } | null;
}

/** ShowMergeReportLogsOutline's `result.outline`, as far as the run action reads it. */
export interface ReportOutline {
  core_index?: Record<string, unknown> & { response_time?: Record<string, unknown> };
  task_basic_execution_data?: { start_time?: string; end_time?: string; duration?: number };
}
