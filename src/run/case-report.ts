// A run's figures per case, with each case's requests and transactions: one ShowMergeTaskCase, then
// one ShowMergeCaseDetail per case, four at a time. Which field of the case list is the case-run id
// the detail takes is not settled (the API reference says testcaseId, the SDK case_uri_i, ShowTask
// lists related_temp_running_id): testcaseId is tried first and case_uri_i next, the first case
// settling the order for the others; where the two differ, ShowTask says which goes first.
//
// Call budget: 1 + cases; plus 1 ShowTask when the two fields differ, or when exactly one case is
// left without a detail after its ids were absent or refused; plus 1 per id refused (one, when the
// service is consistent); plus 1 for ShowTask's id, if it is tried.
import { errorMessage, quote } from '../common/errors.js';
import type { ScopedFigures } from '../cpts/case-figures.js';
import { pathSegmentProblem, type CptsClient } from '../cpts/client.js';
import type { CaseDetail, NamedFigures, TaskCase } from '../cpts/types.js';
import { ApiError } from '../huawei/api-error.js';
import { inParallel } from './in-parallel.js';

export type IdSource = 'testcaseId' | 'case_uri_i' | 'related_temp_running_id';

export interface CaseFigures {
  name: string;
  caseRunId: string;
  figures: ScopedFigures;
  requests: NamedFigures[];
  transactions: NamedFigures[];
}

export interface CaseReport {
  /** The cases whose detail was read, in the case list's order. */
  cases: CaseFigures[];
  /** The source of the case-run ids that answered for most cases (the first tried when none did). */
  idSource: IdSource;
  /** API calls made, each once however often the client retried it. */
  calls: number;
  /** Cases listed without a readable detail: `"name": why`. */
  missing: string[];
}

/** Details read at once: quick enough, and well short of what the gateway throttles. */
const DETAIL_CONCURRENCY = 4;

type Field = 'testcaseId' | 'case_uri_i';
const FIELD_ORDER: readonly Field[] = ['testcaseId', 'case_uri_i'];

/** What reading one case came to: its detail and the id that answered, or why not; `notes` say what was refused. */
interface Outcome {
  listed: TaskCase;
  read?: { caseRunId: string; source: IdSource; detail: CaseDetail };
  notes: string[];
  /** Every id it had was absent or refused (not a failing service): ShowTask's id is worth a try. */
  refusedOnly: boolean;
}

/** ShowTask's case-run ids of this run, or why it cannot tell. */
type Listed = { ids: Set<string> } | { reason: string };

/**
 * The figures of every case of run `taskRunId` of task `options.taskId`. A case whose detail cannot
 * be read is in `missing`; a failing ShowMergeTaskCase throws. Logs once which id source answered.
 */
export async function readCaseReport(client: CptsClient, taskRunId: number, options: { taskId: number }): Promise<CaseReport> {
  return new CaseReader(client, taskRunId, options.taskId).read();
}

class CaseReader {
  calls = 0;
  private showTask: Promise<Listed> | undefined;

  constructor(
    private readonly client: CptsClient,
    private readonly taskRunId: number,
    private readonly taskId: number,
  ) {}

  async read(): Promise<CaseReport> {
    this.calls++;
    const listed = await this.client.showMergeTaskCase(this.taskRunId);
    const { order, note } = await this.orderFor(listed);
    const outcomes: Outcome[] = [];
    // The first case settles which field answers, so that the others do not each try a refused one first.
    if (listed.length > 0) outcomes.push(await this.readCase(listed[0], order));
    const settled = outcomes[0]?.read?.source;
    const preferred = settled === 'case_uri_i' || settled === 'testcaseId' ? [settled, ...order.filter((f) => f !== settled)] : order;
    outcomes.push(...(await inParallel(listed.slice(1), DETAIL_CONCURRENCY, (c) => this.readCase(c, preferred))));
    await this.lastResort(outcomes);
    const idSource = mostAnswered(outcomes, order[0]);
    this.client.retry.log.info(idLog(this.taskRunId, outcomes, idSource, note));
    return {
      cases: outcomes.flatMap(({ listed: c, read }) => (read ? [caseFigures(c.name, read.caseRunId, read.detail)] : [])),
      idSource,
      calls: this.calls,
      missing: outcomes.filter((o) => !o.read).map((o) => `${quote(o.listed.name)}: ${o.notes.join('; ')}`),
    };
  }

  /** testcaseId first, unless ShowTask lists the case_uri_i of more of the cases where the two differ. */
  private async orderFor(listed: TaskCase[]): Promise<{ order: readonly Field[]; note: string }> {
    const differing = listed.filter((c) => c.testcaseId !== undefined && c.caseUriI !== undefined && c.testcaseId !== c.caseUriI);
    if (differing.length === 0) return { order: FIELD_ORDER, note: '' };
    const shown = await this.listedByShowTask();
    const what = `testcaseId and case_uri_i differ for ${plural(differing.length, 'case')}`;
    if ('reason' in shown) return { order: FIELD_ORDER, note: `${what}, and ShowTask cannot tell which is right: ${shown.reason}` };
    const byTestcase = differing.filter((c) => shown.ids.has(c.testcaseId!)).length;
    const byUri = differing.filter((c) => shown.ids.has(c.caseUriI!)).length;
    if (byTestcase === 0 && byUri === 0) return { order: FIELD_ORDER, note: `${what}; ShowTask's related_temp_running_id lists neither` };
    const winner: Field = byUri > byTestcase ? 'case_uri_i' : 'testcaseId';
    const agreed = Math.max(byUri, byTestcase);
    return {
      order: winner === 'case_uri_i' ? ['case_uri_i', 'testcaseId'] : FIELD_ORDER,
      note: `${what}; ShowTask's related_temp_running_id agrees with ${winner} for ${agreed} of them`,
    };
  }

  /** One case's detail, by each of its ids in `order` until one answers; a refused id (4xx) gives way to the next. */
  private async readCase(listed: TaskCase, order: readonly Field[]): Promise<Outcome> {
    const notes: string[] = [];
    const tried = new Set<string>();
    for (const source of order) {
      const id = source === 'testcaseId' ? listed.testcaseId : listed.caseUriI;
      if (id === undefined || tried.has(id)) {
        if (id === undefined) notes.push(`no ${source}`);
        continue;
      }
      tried.add(id);
      const problem = pathSegmentProblem(id);
      if (problem) {
        notes.push(`${source} ${quote(id)} ${problem}`);
        continue;
      }
      const attempt = await this.detail(id, source);
      if ('read' in attempt) return { listed, read: attempt.read, notes, refusedOnly: false };
      notes.push(attempt.note);
      if (!attempt.refused) return { listed, notes, refusedOnly: false };
    }
    return { listed, notes, refusedOnly: true };
  }

  /** One ShowMergeCaseDetail: its detail, or what went wrong and whether it was the id that was refused. */
  private async detail(
    caseRunId: string,
    source: IdSource,
  ): Promise<{ read: NonNullable<Outcome['read']> } | { note: string; refused: boolean }> {
    this.calls++;
    try {
      const detail = await this.client.showMergeCaseDetail(this.taskRunId, caseRunId);
      // An id the service does not know may be answered with an empty detail rather than refused.
      if (isEmpty(detail))
        return { note: `${source} ${quote(caseRunId)}: ShowMergeCaseDetail answered without any figures`, refused: true };
      return { read: { caseRunId, source, detail } };
    } catch (error) {
      if (isBug(error)) throw error;
      return { note: `${source} ${quote(caseRunId)}: ${errorMessage(error)}`, refused: isRefusal(error) };
    }
  }

  /** The one case no field gave a usable id for: ShowTask's related_temp_running_id, when elimination leaves one (idLeft). */
  private async lastResort(outcomes: Outcome[]): Promise<void> {
    const unread = outcomes.filter((o) => !o.read);
    if (unread.length !== 1 || !unread[0].refusedOnly) return;
    const [outcome] = unread;
    const shown = await this.listedByShowTask();
    const left = 'reason' in shown ? { reason: `ShowTask: ${shown.reason}` } : idLeft(outcomes, shown.ids);
    if ('reason' in left) return void outcome.notes.push(left.reason);
    const attempt = await this.detail(left.id, 'related_temp_running_id');
    if ('read' in attempt) outcome.read = attempt.read;
    else outcome.notes.push(attempt.note);
  }

  /** ShowTask, once: the case-run ids it lists, when its latest run is this one. */
  private listedByShowTask(): Promise<Listed> {
    this.showTask ??= (async (): Promise<Listed> => {
      this.calls++;
      try {
        const task = await this.client.showTask(this.taskId);
        if (task.latestRunId !== this.taskRunId) {
          return { reason: `task ${this.taskId}'s latest run is ${task.latestRunId ?? 'not given'}, not ${this.taskRunId}` };
        }
        return task.caseRunIds ? { ids: new Set(task.caseRunIds) } : { reason: 'it lists no related_temp_running_id' };
      } catch (error) {
        if (isBug(error)) throw error;
        return { reason: errorMessage(error) };
      }
    })();
    return this.showTask;
  }
}

/**
 * The id was not accepted: refused (4xx; the service answers 403 for ids it does not know), or answered
 * without a detail. A 5xx, a timeout or a dropped connection says nothing about the id.
 */
const isRefusal = (error: unknown): boolean => error instanceof ApiError && error.status < 500;

/** Mistakes in the code, not answers of the service: these are thrown, not turned into a reason. */
const isBug = (error: unknown): boolean =>
  error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError || error instanceof SyntaxError;

const isEmpty = ({ performance, requests, transactions }: CaseDetail): boolean =>
  Object.keys(performance ?? {}).length === 0 && requests.length === 0 && transactions.length === 0;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function caseFigures(name: string, caseRunId: string, detail: CaseDetail): CaseFigures {
  return { name, caseRunId, figures: detail.performance ?? {}, requests: detail.requests, transactions: detail.transactions };
}

/**
 * The id ShowTask lists that no other case has. ShowTask's list has no names: this holds only when it
 * lists as many ids as there are cases, every other case's among them (a case left out of the case
 * list would otherwise take another case's figures), and exactly one is left.
 */
function idLeft(outcomes: Outcome[], shown: Set<string>): { id: string } | { reason: string } {
  const reason = (why: string) => ({ reason: `ShowTask's related_temp_running_id ${why}` });
  const others = outcomes.flatMap((o) => (o.read ? [o.read.caseRunId] : []));
  if (shown.size !== outcomes.length || others.some((id) => !shown.has(id))) {
    return reason(`lists ${plural(shown.size, 'id')} that cannot be matched to the ${plural(outcomes.length, 'listed case')}`);
  }
  const claimed = new Set(outcomes.flatMap((o) => [o.read?.caseRunId, o.listed.testcaseId, o.listed.caseUriI]));
  const left = [...shown].filter((id) => !claimed.has(id) && pathSegmentProblem(id) === undefined);
  return left.length === 1 ? { id: left[0] } : reason('gives no id to try');
}

/** The source that answered for most cases; ties go to the earlier in the order tried. */
function mostAnswered(outcomes: Outcome[], first: Field): IdSource {
  const sources: IdSource[] = first === 'testcaseId' ? ['testcaseId', 'case_uri_i'] : ['case_uri_i', 'testcaseId'];
  const count = (source: IdSource) => outcomes.filter((o) => o.read?.source === source).length;
  return [...sources, 'related_temp_running_id' as const].reduce((best, source) => (count(source) > count(best) ? source : best));
}

/** The one line that says where the case-run ids came from. */
function idLog(taskRunId: number, outcomes: Outcome[], idSource: IdSource, note: string): string {
  if (outcomes.length === 0) return `Case figures of run ${taskRunId}: no cases listed.`;
  const read = outcomes.filter((o) => o.read);
  const sources = [idSource, ...(['testcaseId', 'case_uri_i', 'related_temp_running_id'] as const).filter((s) => s !== idSource)];
  const bySource = sources
    .map((source) => [source, read.filter((o) => o.read!.source === source).length] as const)
    .filter(([, n]) => n > 0)
    .map(([source, n]) => `${source} (${plural(n, 'case')})`);
  const answered = read.length === 0 ? `: none answered (${idSource} tried first)` : ` from ${bySource.join(', ')}`;
  const unread = outcomes.length - read.length;
  return (
    `Case figures of run ${taskRunId}: ${plural(outcomes.length, 'case')} listed; case-run ids${answered}` +
    `${unread > 0 ? `; ${unread} without a readable detail` : ''}${note ? `; ${note}` : ''}.`
  );
}
