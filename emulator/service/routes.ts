// The CodeArts PerfTest and IAM routes, named by the API's operation names; each one's method, path
// and service come from the contract itself.
import { route, type Route } from '../shared/route.js';
import { operationOf } from './contract.js';
import * as cases from './cpts/cases.js';
import * as debug from './cpts/debug.js';
import * as projects from './cpts/projects.js';
import * as runs from './cpts/runs.js';
import * as tasks from './cpts/tasks.js';
import * as variables from './cpts/variables.js';
import * as iam from './iam.js';
import type { State } from './state.js';

/** A route of a contract operation: method and path exactly as the contract gives them. */
const operation = (name: string, handle: Route<State>['handle'], signed = true): Route<State> => {
  const found = operationOf(name);
  if (!found) throw new Error(`the contract has no operation ${name}`);
  return route(name, found.operation.method, found.operation.path, found.service, handle, signed);
};

export const SERVICE_ROUTES: Route<State>[] = [
  operation('CreateNewTask', tasks.createNewTask),
  operation('UpdateTaskRelatedTestCase', tasks.updateTaskRelatedTestCase),
  operation('DeleteNewTask', tasks.deleteNewTask),
  operation('ShowTask', tasks.showTask),
  operation('ShowTaskSet', tasks.showTaskSet),
  operation('UpdateTaskStatus', runs.updateTaskStatus),
  operation('BatchUpdateTaskStatus', runs.batchUpdateTaskStatus),
  operation('ShowHistoryRunInfo', runs.showHistoryRunInfo),
  operation('ShowMergeReportLogsOutline', runs.showMergeReportLogsOutline),
  operation('ShowMergeTaskCase', cases.showMergeTaskCase),
  operation('ShowMergeCaseDetail', cases.showMergeCaseDetail),
  operation('ListProjectSets', projects.listProjectSets),
  operation('ListProjectTestCase', projects.listProjectTestCase),
  operation('ListTaskCases', projects.listTaskCases),
  operation('ListVariables', variables.listVariables),
  operation('UpdateVariable', variables.updateVariable),
  operation('CreateVariable', variables.createVariable),
  operation('DeleteVariable', variables.deleteVariable),
  operation('DebugCase', debug.debugCase),
  operation('KeystoneListProjects', iam.keystoneListProjects),
  operation('KeystoneListAuthProjects', iam.keystoneListAuthProjects),
  operation('CreateTokenWithIdToken', (ctx, h) => iam.createTokenWithIdToken(ctx, h['x-idp-id']), false),
  operation('CreateTemporaryAccessKeyByToken', iam.createTemporaryAccessKeyByToken, false),
];
