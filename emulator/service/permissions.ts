// CodeArts PerfTest's identity-policy actions: the one action each signed cpts operation needs, and
// the service's answer to a key whose user does not hold it. A key seeded with `permissions`
// (CredentialSeed.permissions, or IdentityProviderSeed.permissions for the temporary keys the emulated
// IAM issues) holds only those actions; a key without the list holds them all. The check comes after
// the gateway has accepted the signature and before the route's handler runs, so a denied request has
// no effect. IAM's routes are not checked here (KeystoneListProjects has CredentialSeed.listProjects).
import { ServiceError } from '../shared/answer.js';
import type { CredentialSeed } from '../shared/seed.js';

/** Every CodeArts PerfTest operation the emulator serves (all of them AK/SK-signed). */
export type CptsOperation =
  | 'CreateNewTask'
  | 'UpdateTaskRelatedTestCase'
  | 'DeleteNewTask'
  | 'ShowTask'
  | 'ShowTaskSet'
  | 'UpdateTaskStatus'
  | 'BatchUpdateTaskStatus'
  | 'ShowHistoryRunInfo'
  | 'ShowMergeReportLogsOutline'
  | 'ShowMergeTaskCase'
  | 'ShowMergeCaseDetail'
  | 'ListProjectSets'
  | 'ListProjectTestCase'
  | 'ListTaskCases'
  | 'ListVariables'
  | 'UpdateVariable'
  | 'CreateVariable'
  | 'DeleteVariable'
  | 'DebugCase';

const action = (name: string) => `codeartsperftest:cpts:${name}`;

/**
 * The identity-policy action each operation needs. Where Huawei's API reference names it (each
 * operation's "Authorization information" section), the reference's action; where it names none,
 * the emulator's choice, marked so below.
 */
export const PERMISSION_OF: Record<CptsOperation, string> = {
  CreateNewTask: action('createPerfTestTask'),
  ShowTaskSet: action('listPerfTestTask'),
  ListProjectSets: action('listPerfTestProject'),
  ListProjectTestCase: action('getPerfTestProject'),
  ListVariables: action('getPerfTestProject'),
  UpdateVariable: action('updatePerfTestProject'),
  CreateVariable: action('createPerfTestProject'),
  DebugCase: action('updatePerfTestProject'),
  BatchUpdateTaskStatus: action('executePerfTestTask'),
  UpdateTaskStatus: action('updatePerfTestTask'),
  ShowTask: action('getPerfTestTask'),
  ShowHistoryRunInfo: action('getPerfTestTask'),
  ListTaskCases: action('getPerfTestTask'),
  // Not documented: the emulator's choice. Reading a run's report is reading the task.
  ShowMergeReportLogsOutline: action('getPerfTestTask'),
  ShowMergeTaskCase: action('getPerfTestTask'),
  ShowMergeCaseDetail: action('getPerfTestTask'),
  // Not documented: the emulator's choice.
  DeleteNewTask: action('deletePerfTestTask'),
  UpdateTaskRelatedTestCase: action('updatePerfTestTask'),
  // Not documented: the emulator's choice, as UpdateVariable's (a variable is part of its project).
  DeleteVariable: action('updatePerfTestProject'),
};

/**
 * The 403 code of a denied action: the emulator's choice (the service documents none), in CodeArts
 * PerfTest's `{code, message}` format.
 */
export const PERMISSION_DENIED = 'SVCSTG.CPTS.4031001';

/** The action an operation needs; throws (a bug of the emulator's) for a cpts operation the table lacks. */
export function permissionOf(operation: string): string {
  const found = (PERMISSION_OF as Record<string, string | undefined>)[operation];
  if (found === undefined) throw new Error(`emulator/service/permissions.ts names no permission for ${operation}`);
  return found;
}

/**
 * The error for a key that lacks the operation's action, or undefined when it holds it (a key without
 * a permissions list holds every action). The message is worded as Huawei's services word an
 * identity-policy denial (IAM's own: "Policy doesn't allow iam:projects:listProjects to be performed.").
 */
export function permissionError(key: CredentialSeed, operation: string): ServiceError | undefined {
  const needed = permissionOf(operation);
  if (key.permissions === undefined || key.permissions.includes(needed)) return undefined;
  return new ServiceError(403, PERMISSION_DENIED, `Policy doesn't allow ${needed} to be performed.`, 'cpts');
}
