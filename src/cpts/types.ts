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
