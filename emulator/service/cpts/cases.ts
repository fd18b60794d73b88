// CodeArts PerfTest's per-case report of a run: ShowMergeTaskCase lists the run's cases with their
// requests (AWs) and custom transactions; ShowMergeCaseDetail gives one case's figures, its requests'
// and its transactions' (case-report.ts computes them).
//
// Where the contract is silent, the emulator chooses:
// - a run that does not exist answers 403 SVCSTG.CPTS.4032002, as the other routes answer an id they
//   do not know;
// - so does a case-run id that is not one of the run's: the service documents no 404 code of its own,
//   and an id of someone else's report cannot be told from one that does not exist;
// - the case-run id is the run id × 100 + n (n counting the run's cases from 1), carried by both
//   testcaseId and case_uri_i unless fixture.run.caseRunIdField names one (the other then carries the
//   case's design id, refused like any id not of the run), and by ShowTask's related_temp_running_id;
// - datumType numbers case, AW and transaction 0, 1 and 2, in the order the contract's doc names them;
// - a run still going on answers its figures so far (case-report.ts);
// - a case the run's caseGaps name is missing as its CaseGap says (unlisted, empty or refused).
import type { Answer } from '../../shared/answer.js';
import type { CaseRunIdField } from '../../shared/seed.js';
import { checkCaseGaps, checkCaseOverrides, wireFigures, type ItemFigures } from '../case-figures.js';
import type { CallContext, Run, State } from '../state.js';
import { pathOf } from '../variables.js';
import { caseReport, caseRunsOf, dbId, type CaseRun } from './case-report.js';
import { existingRun, notYours, OK, pathInt } from './common.js';

const DATUM = { case: 0, aw: 1, transaction: 2 } as const;

/** A DetailItem of a request. */
const awItem = (c: CaseRun, name: string) => ({ name, caseAwId: dbId(c, 'request', name), datumType: DATUM.aw });

/** A CaseAwInfo: the case, its requests and its transactions, and the ids the other report operations take. */
function caseAwInfo(c: CaseRun, run: Run, field: CaseRunIdField | undefined) {
  const accepted = String(c.caseRunId);
  const design = String(c.seed.id);
  return {
    name: c.seed.name,
    id: dbId(c, 'case'),
    caseAwId: dbId(c, 'case'),
    testcaseId: field === 'case_uri_i' ? design : accepted,
    case_uri_i: field === 'testcaseId' ? design : accepted,
    caseUri: design,
    taskId: String(run.task_id),
    // The SDK's doc repeats testcaseId's ("testcase_id") for it; named for the task's execution, it is the run's id here.
    taskExecId: String(run.id),
    datumType: DATUM.case,
    aw: c.requests.map((r) => ({ name: r.name, id: dbId(c, 'request', r.name), datumType: DATUM.aw })),
    awList: c.requests.map((r) => awItem(c, r.name)),
    transactionList: c.transactions.map((t) => ({
      name: t.name,
      caseAwId: dbId(c, 'transaction', t.name),
      transactionId: dbId(c, 'transaction-id', t.name),
      datumType: DATUM.transaction,
      awList: t.requests.map((name) => awItem(c, name)),
    })),
  };
}

/** The run's overrides and gaps, checked again: a test may have set them on the run after it started. */
function checked(state: State, run: Run): Run {
  const cases = state.project(run.project_id)?.cases ?? [];
  if (run.caseFigures) checkCaseOverrides(run.caseFigures, cases);
  if (run.caseGaps) checkCaseGaps(run.caseGaps, cases);
  return run;
}

export function showMergeTaskCase(ctx: CallContext): Answer {
  const run = checked(ctx.state, existingRun(ctx));
  const field = ctx.state.fixture.run.caseRunIdField;
  const listed = caseRunsOf(ctx.state, run).filter((c) => run.caseGaps?.[c.seed.name] !== 'unlisted');
  const case_aw_info_list = listed.map((c) => caseAwInfo(c, run, field));
  return { status: 200, body: { ...OK, extend: {}, result: { err_message: '', case_aw_info_list } } };
}

/** A CaseReportDetail: the figures by the contract's names, with what names the item. */
function detailItem(names: Record<string, unknown>, figures: ItemFigures, seconds: number) {
  return { ...names, checkpointResult: true, duration: seconds, ...wireFigures(figures) };
}

function detailOf(state: State, run: Run, c: CaseRun) {
  const report = caseReport(state, run, c);
  const { seconds } = report;
  const performance = detailItem(
    {
      name: c.seed.name,
      id: String(c.caseRunId),
      detailId: dbId(c, 'case'),
      caseUri: String(c.seed.id),
      isAW: false,
      datumType: DATUM.case,
    },
    report.performance,
    seconds,
  );
  return {
    performance: { ...performance, currentThreadNum: 50 },
    detailDatas: report.requests.map(({ name, figures }) => {
      const url = pathOf(name);
      const id = dbId(c, 'request', name);
      return detailItem({ name, detailId: id, awId: id, isAW: true, datumType: DATUM.aw, ...(url ? { url } : {}) }, figures, seconds);
    }),
    customTransactions: report.transactions.map(({ name, figures }) =>
      detailItem(
        {
          name,
          detailId: dbId(c, 'transaction', name),
          transactionId: dbId(c, 'transaction-id', name),
          isAW: false,
          datumType: DATUM.transaction,
        },
        figures,
        seconds,
      ),
    ),
  };
}

export function showMergeCaseDetail(ctx: CallContext): Answer {
  const run = checked(ctx.state, existingRun(ctx));
  const id = pathInt(ctx, 'case_run_id');
  const found = caseRunsOf(ctx.state, run).find((c) => c.caseRunId === id);
  const gap = found && run.caseGaps?.[found.seed.name];
  // One message for both: a refused case reads as an id the service does not know.
  if (!found || gap === 'refused') throw notYours(`case run ${id} of task run ${run.id} does not exist or is not yours`);
  const detail = gap === 'empty' ? { detailDatas: [], customTransactions: [] } : detailOf(ctx.state, run, found);
  return { status: 200, body: { ...OK, extend: {}, result: { err_message: '', detail } } };
}
