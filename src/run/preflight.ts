// The preflight: each case of the task debugged once (DebugCase) before the start, so that a wrong
// target costs seconds instead of a run billed in virtual-user minutes. One case at a time: a debug
// takes the resource group, and nothing says it may take two at once.
import type { CptsClient } from '../cpts/client.js';
import { plural } from '../common/markdown.js';
import { taskCases } from '../cpts/discovery.js';
import type { DebugResult } from '../cpts/types.js';
import type { ClusterType } from './config.js';
import type { TaskRef } from './start.js';

/** One request of a case, as its debug went. */
export interface PreflightRequest {
  name: string;
  /** As debugged, userinfo removed and masked values hidden. */
  url?: string;
  ok: boolean;
  statusCode?: string;
  responseTimeMs?: number;
  errorReason?: string;
}

export interface PreflightCase {
  id: number;
  name: string;
  requests: PreflightRequest[];
}

export interface PreflightReport {
  cases: PreflightCase[];
}

/** A debug may run a whole case: more than the 30 s a request is usually allowed. */
export const DEBUG_TIMEOUT_MS = 120_000;

/** Debugs each case of the task once, in the task's order; `hide` takes masked values out of what is kept. */
export async function runPreflight(
  client: CptsClient,
  ref: TaskRef,
  cluster: { type: ClusterType; id: number },
  hide: (text: string) => string,
): Promise<PreflightReport> {
  const caseList = await taskCases(client, ref.testSuiteId, ref.taskId);
  const debugClient = client.withRetry({ ...client.retry, requestTimeoutMs: DEBUG_TIMEOUT_MS });
  const cases: PreflightCase[] = [];
  for (const { id, name = `case ${id}` } of caseList) {
    const results = await debugClient.debugCase(ref.testSuiteId, ref.taskId, id, {
      status: 9,
      cluster_id: cluster.id,
      cluster_type: cluster.type,
      without_package: 0,
      type: 1,
    });
    cases.push({ id, name, requests: results.map((r, i) => requestOf(r, i, hide)) });
    const failed = cases.at(-1)!.requests.filter((r) => !r.ok).length;
    client.retry.log.info(
      `Preflight of case "${name}": ${plural(results.length, 'request')}, ${failed === 0 ? 'all answered' : `${failed} failed`}.`,
    );
  }
  return { cases };
}

function requestOf(result: DebugResult, index: number, hide: (text: string) => string): PreflightRequest {
  const text = (value: string | undefined) => (value === undefined || value === '' ? undefined : hide(value));
  return {
    name: text(result.name) ?? `request ${index + 1}`,
    url: text(result.url && withoutUserinfo(result.url)),
    ok: result.result === 1,
    statusCode: text(result.statusCode),
    responseTimeMs: result.responseTime,
    errorReason: text(result.errorReason),
  };
}

/** A URL without the `user:password@` part, which may hold a secret. */
export function withoutUserinfo(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1');
}

/** The requests that failed their debug, with their cases. */
export function preflightFailures(report: PreflightReport): { case: PreflightCase; request: PreflightRequest }[] {
  return report.cases.flatMap((c) => c.requests.filter((r) => !r.ok).map((request) => ({ case: c, request })));
}

/** Cases whose debug listed no request at all: nothing was proved about them. */
export function unprovedCases(report: PreflightReport): PreflightCase[] {
  return report.cases.filter((c) => c.requests.length === 0);
}

/** The step's failure for a preflight that failed, naming up to five requests; undefined when none failed. */
export function preflightFailureMessage(report: PreflightReport, taskId: number): string | undefined {
  const failures = preflightFailures(report);
  if (failures.length === 0) return undefined;
  const shown = failures.slice(0, 5).map(({ case: c, request: r }) => {
    const status = r.statusCode ? `status ${r.statusCode}` : 'no status code';
    return `case "${c.name}", request "${r.name}"${r.url ? ` (${r.url})` : ''}: ${status}${r.errorReason ? `, ${r.errorReason}` : ''}`;
  });
  const more = failures.length > 5 ? `; and ${failures.length - 5} more (see the summary)` : '';
  return (
    `Preflight failed: ${failures.length} request${failures.length === 1 ? '' : 's'} of task ${taskId} failed ${failures.length === 1 ? 'its' : 'their'} debug: ` +
    `${shown.join('; ')}${more}. No run was started. Check the target the variables point at, or set preflight: false to skip the check.`
  );
}
