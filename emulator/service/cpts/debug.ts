// CodeArts PerfTest's DebugCase: one case of a task sent once, each of its requests answered with what
// came back. The host each request goes to is the case's (CaseSeed.host) with the PerfTest project's
// global variables as they are when the debug is asked for (../variables.ts); a host the load
// generators do not reach (fixture.reachableHosts) fails every request as an unknown host.
// Debugging costs no run: it never creates one, nor changes the task.
//
// Where the contract is silent, the emulator chooses:
// - a PerfTest project or task that does not exist, or a task of another project, answers 403
//   SVCSTG.CPTS.4032002, as the other routes do; a case that is not one of the task's cases 400;
// - the body: status 9 (start debugging), cluster_type shared-cluster-internet or private-cluster, a
//   private cluster needing its (positive) cluster_id, without_package 0, type 0 (transaction, the
//   default) or 1 (case). Both types answer the same list, one entry per request of the case (one
//   `GET /` for a case seeded without requests), in the case's order; a task running meanwhile does
//   not stop a debug;
// - an entry's url is `<protocol>://<host><path>` (the path from a request name `METHOD /path`, `/`
//   for another name; the path alone for a case whose seed names no host); statusCode a string;
//   result 1 for success, 0 for failure;
// - an unknown host: statusCode '', result 0, responseTime 0, errorReason
//   `java.net.UnknownHostException: <host>: Name or service not known`, returnBody '' and no
//   returnHeader fields (nothing came back);
// - a reachable host: statusCode '200' and result 1, unless the request's seed gives `debug`: then its
//   statusCode, and result 1 only for a 2xx with no errorReason (a 2xx with one plays a failed
//   checkpoint); a failed request's errorReason is the seed's, or names the status code;
// - responseTime: whole ms, the case's profile average × the request's time factor, for every
//   request that had an answer (a failed one too: the server answered); 0 for an unknown host;
// - body '' (the request's own body), header {Host, Content-Type, Connection} (no Host for a case
//   without one), returnBody a short JSON text, returnHeader {Content-Type, Content-Length, Date,
//   Connection}, Date being the emulator's clock; extend ''.
import type { Answer } from '../../shared/answer.js';
import type { CaseSeed, RequestSeed } from '../../shared/seed.js';
import { requestsOf } from '../case-figures.js';
import type { CallContext, State } from '../state.js';
import { hostnameOf, requestUrl, type CaseTarget } from '../variables.js';
import { existingProject, existingTask, invalid, isInt, notYours, object, OK, pathInt } from './common.js';
import { DEFAULT_PROFILE } from './report.js';

function checkBody(body: Record<string, unknown>): void {
  if (body.status !== 9) throw invalid(`status must be 9 (start debugging), got ${String(body.status)}`);
  if (body.cluster_type !== 'shared-cluster-internet' && body.cluster_type !== 'private-cluster') {
    throw invalid('cluster_type must be shared-cluster-internet or private-cluster');
  }
  if (body.cluster_type === 'private-cluster' && !(isInt(body.cluster_id) && body.cluster_id > 0)) {
    throw invalid(`a private-cluster debug needs the resource group's cluster_id, got ${String(body.cluster_id)}`);
  }
  if (body.without_package !== 0) throw invalid('without_package must be 0');
  if (body.type !== undefined && body.type !== 0 && body.type !== 1) throw invalid('type must be 0 (transaction) or 1 (case)');
}

const CONNECTION = 'keep-alive';

/** One DebugCaseResult. */
function debugResult(state: State, c: CaseSeed, r: RequestSeed, target: CaseTarget) {
  const header = { ...(target.host === '' ? {} : { Host: target.host }), 'Content-Type': 'application/json', Connection: CONNECTION };
  const sent = { name: r.name, url: requestUrl(target, r.name), body: '', header };
  if (!target.reachable) {
    const errorReason = `java.net.UnknownHostException: ${hostnameOf(target.host)}: Name or service not known`;
    return { ...sent, statusCode: '', result: 0, responseTime: 0, errorReason, returnBody: '', returnHeader: {} };
  }
  const statusCode = r.debug?.statusCode ?? '200';
  const success = /^2\d\d$/.test(statusCode) && r.debug?.errorReason === undefined;
  const errorReason = success ? '' : (r.debug?.errorReason ?? `the response status code ${statusCode} is not 2xx`);
  const returnBody = JSON.stringify(success ? { status: 'ok' } : { status: 'error', code: statusCode });
  return {
    ...sent,
    statusCode,
    result: success ? 1 : 0,
    responseTime: Math.round((c.profile ?? DEFAULT_PROFILE).avg_response_time * r.time),
    errorReason,
    returnBody,
    returnHeader: {
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(returnBody, 'utf8')),
      Date: new Date(state.now()).toUTCString(),
      Connection: CONNECTION,
    },
  };
}

export function debugCase(ctx: CallContext): Answer {
  const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
  const task = existingTask(ctx);
  if (task.project_id !== project.id) throw notYours(`task ${task.id} is not in PerfTest project ${project.id}`);
  const caseId = pathInt(ctx, 'case_id');
  if (!task.case_id_list.includes(caseId)) throw invalid(`case ${caseId} is not a case of task ${task.id}`);
  const found = ctx.state.caseOf(project, caseId);
  if (!found || found.status === 0) throw invalid(`case ${caseId} does not exist in PerfTest project ${project.id}`);
  checkBody(object(ctx.body));
  const target = ctx.state.targetOf(project.id, found);
  const result = requestsOf(found).map((r) => debugResult(ctx.state, found, r, target));
  return { status: 200, body: { ...OK, extend: '', result } };
}
