// Request and response shapes of CodeArts PerfTest, named as the API names them. Each says which
// model of the contract (contract/cpts.json) it mirrors; answers keep only the fields the actions
// read, since the parsers (parse.ts) demand nothing else.
import type { ScopedFigures } from './case-figures.js';

/** CreateNewTask body (contract model NewTaskInfo): `POST /v3/{project_id}/tasks`. */
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

/** What the create action reads of CreateNewTaskResponse. */
export interface CreateNewTaskResult {
  task_id: number;
  /** The response's X-Request-Id, for support. */
  requestId: string | undefined;
}

/** One entry of ShowTaskSet's `tasks` (contract model Task), as far as it is read. */
export interface TaskSummary {
  id: number;
  name: string;
}

/** One entry of ListProjectSets' `projects` (contract model ProjectsSet), as far as it is read. */
export interface ProjectSummary {
  id: number;
  name: string;
}

/** ListProjectTestCase's `directory` entry `type` values, named (contract model ProjectDirectory). */
export const DIRECTORY_ENTRY = { folder: 1, case: 2 } as const;
/** A case's `status` in ListProjectTestCase's `directory`. */
export const CASE_STATUS = { deleted: 0, enabled: 1, disabled: 2 } as const;

/** One entry of ListProjectTestCase's `directory` (contract model ProjectDirectory): see DIRECTORY_ENTRY and CASE_STATUS. */
export interface DirectoryEntry {
  id: number;
  name: string;
  type: number;
  status: number;
}

/** The `status` of UpdateTaskStatus and BatchUpdateTaskStatus: what to do to the task (the contract's doc). */
export const STATUS_CHANGE = { start: 9, stop: 2 } as const;
export type StatusChange = (typeof STATUS_CHANGE)[keyof typeof STATUS_CHANGE];

/** UpdateTaskStatus body (contract model UpdateTaskStatusRequestBody): `status` starts or stops a run. */
export interface UpdateTaskStatusRequestBody {
  status: StatusChange;
  cluster_type: 'shared-cluster-internet' | 'private-cluster';
  cluster_id: number;
  without_package: 0;
  network_info: { network_type: 'internet' };
}

/**
 * BatchUpdateTaskStatus body (contract model BatchUpdateTaskStatusRequestBody): the start and stop
 * documented for new-edition tasks (`type` 1), such as those CreateNewTask makes.
 */
export interface BatchUpdateTaskStatusRequestBody {
  type: 1;
  /** The PerfTest project (test suite) id. */
  project_id: number;
  task_id_list: number[];
  status: StatusChange;
  cluster_type: 'shared-cluster-internet' | 'private-cluster';
  cluster_id: number;
  without_package: 0;
  network_info: { network_type: 'internet' };
}

/** The service's ids are int32: the largest id an input may give. */
export const MAX_ID = 2147483647;

/** ShowTask's run_status values, named (the contract's TaskInfo.run_status doc). */
export const RUN_STATUS = { running: 0, paused: 1, finished: 2, abnormal: 3, stopped: 4, stopping: 5, waiting: 9 } as const;

/**
 * What the run action reads of ShowTask's `taskInfo` (contract model TaskInfo). The model has no
 * task id and no task_run_info: the latest run is named in `related_temp_running_data`.
 */
export interface TaskState {
  /** Task-scoped, one of RUN_STATUS; `finished` also when the task never ran. */
  run_status: number;
  /** The task's latest run (a task_run_info_id of related_temp_running_data), when it names one. */
  latestRunId: number | undefined;
  /** The PerfTest project (test suite) the task belongs to, when the answer says. */
  testSuiteId?: number;
  /** The latest run's case-run ids (related_temp_running_data[].related_temp_running_id, ints), when it lists any. */
  caseRunIds?: string[];
}

/** One entry of ShowHistoryRunInfo's `log_list` (contract model HistoryRunInfo), as far as it is read. */
export interface HistoryRun {
  run_id: number;
  start_time?: string;
  /** Empty or absent while the run goes on. */
  end_time?: string;
}

/** ShowMergeReportLogsOutline's `result.outline` (contract model ReportOutline), as far as it is read. */
export interface ReportOutline {
  /** Contract model CoreIndex; success_rate is an integer there, hence success_count / request_count. */
  core_index?: Record<string, unknown> & { response_time?: Record<string, unknown> };
  /** Contract model TaskBasicExecutionData. */
  task_basic_execution_data?: { start_time?: string; end_time?: string; duration?: number; task_status?: number };
}

/**
 * One entry of ShowMergeTaskCase's `result.case_aw_info_list` (contract model CaseAwInfo), as far as
 * it is read. Which field holds the case-run id ShowMergeCaseDetail takes is not settled: the API
 * reference says testcaseId, the SDK case_uri_i (both str in the contract).
 */
export interface TaskCase {
  name: string;
  testcaseId?: string;
  caseUriI?: string;
  /** The requests (AWs) of awList, and of each transaction's awList: the leaves, in order, once each. */
  requestNames: string[];
  /** The names of transactionList's entries, in order, once each. */
  transactionNames: string[];
}

/** The figures of one request (AW) or transaction of a case, by its name. */
export interface NamedFigures {
  name: string;
  figures: ScopedFigures;
}

/** ShowMergeCaseDetail's `result.detail` (contract model CaseReportDetails), as far as it is read. */
export interface CaseDetail {
  /** The case's own figures. */
  performance?: ScopedFigures;
  /** detailDatas: the case's requests (AWs). */
  requests: NamedFigures[];
  /** customTransactions: the case's transactions. */
  transactions: NamedFigures[];
}

/** ListVariables' `variable_type` values and those of VariableDetail (the contract's doc). Text (5) exists only on some sites. */
export const VARIABLE_TYPE = { integer: 1, enumeration: 2, file: 3, text: 5 } as const;

/**
 * One entry of ListVariables' `variable_list` (contract model VariableDetail), as far as it is read:
 * a global variable of a PerfTest project. `variable` holds its values: an enumeration's or a text's
 * values in order, an integer's range as `[start, end]` (the API reference's example).
 */
export interface VariableDetail {
  id: number;
  name: string;
  variable_type: number;
  variable: unknown[];
}

/** One entry of UpdateVariable's body (contract model UpdateVariableRequestBody). */
export interface UpdateVariableRequestBody {
  id: number;
  name: string;
  variable_type: number;
  variable: unknown[];
}

/** What UpdateVariable and CreateVariable answer (contract model CreateVariableResultJson): the variable_id, if given. */
export interface VariableWritten {
  variableId?: number;
}

/** One entry of CreateVariable's body (contract model CreateVariableRequestBody); the service gives the id. */
export interface CreateVariableRequestBody extends UpdateVariableRequestBody {
  is_quoted: boolean;
}

/** DebugCase body (contract model DebugCaseRequestBody): status 9 starts a debug; type 1 debugs the whole case. */
export interface DebugCaseRequestBody {
  status: 9;
  cluster_id: number;
  cluster_type: 'shared-cluster-internet' | 'private-cluster';
  without_package: 0;
  type: 0 | 1;
}

/** One entry of DebugCase's `result` (contract model DebugCaseResult), as far as it is read: one request's debug. */
export interface DebugResult {
  name?: string;
  url?: string;
  /** 1 is success (the contract's doc); anything else, or none, is not. */
  result?: number;
  statusCode?: string;
  /** Milliseconds. */
  responseTime?: number;
  errorReason?: string;
}
