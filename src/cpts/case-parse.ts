// Reading the per-case report (ShowMergeTaskCase, ShowMergeCaseDetail), apart from parse.ts: only
// the run action reads it, and the client loads this module on first use, so the create action's
// start-up never pays for it.
import { scopedFiguresOf } from './case-figures.js';
import { Malformed, isRecord, listAt } from './parse.js';
import type { CaseDetail, NamedFigures, TaskCase } from './types.js';

/** A non-empty name, or undefined. */
const nameOf = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
/** An id the contract types str: a non-empty string (trimmed), or an integer sent as a number. */
const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : Number.isInteger(value) ? String(value) : undefined;
const unique = (names: string[]): string[] => [...new Set(names)];
/** How deep awList may nest before the rest is ignored: deeper than any case, shallow enough for the stack. */
const MAX_NESTING = 16;

/** The requests of an awList (DetailItem): its leaves, depth first; an entry with an awList of its own groups others. */
function requestNamesIn(list: unknown, depth = 0): string[] {
  if (!Array.isArray(list) || depth > MAX_NESTING) return [];
  return list.flatMap((item): string[] => {
    if (!isRecord(item)) return [];
    if (Array.isArray(item.awList) && item.awList.length > 0) return requestNamesIn(item.awList, depth + 1);
    const name = nameOf(item.name);
    return name === undefined ? [] : [name];
  });
}

/** ShowMergeTaskCase `result.case_aw_info_list`: each case's name, candidate case-run ids, requests and transactions. */
export function parseTaskCases(json: unknown): TaskCase[] {
  const expected = 'result.case_aw_info_list with each case named';
  return listAt(isRecord(json) ? json.result : undefined, 'case_aw_info_list', expected).map((item) => {
    if (!isRecord(item) || typeof item.name !== 'string') throw new Malformed(expected);
    const transactions = (Array.isArray(item.transactionList) ? item.transactionList : []).filter(isRecord);
    const testcaseId = idOf(item.testcaseId);
    const caseUriI = idOf(item.case_uri_i);
    return {
      name: item.name,
      ...(testcaseId === undefined ? {} : { testcaseId }),
      ...(caseUriI === undefined ? {} : { caseUriI }),
      // Requests inside a transaction may be left out of the case's own awList.
      requestNames: unique([...requestNamesIn(item.awList), ...transactions.flatMap((t) => requestNamesIn(t.awList))]),
      transactionNames: unique(transactions.map((t) => nameOf(t.name)).filter((name) => name !== undefined)),
    };
  });
}

/** The named entries of a CaseReportDetail list that `keep` keeps; an entry without a name cannot be reported. */
function namedFigures(list: unknown, keep: (entry: Record<string, unknown>) => boolean = () => true): NamedFigures[] {
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).flatMap((entry) => {
    const name = nameOf(entry.name);
    return name !== undefined && keep(entry) ? [{ name, figures: scopedFiguresOf(entry) }] : [];
  });
}

/**
 * ShowMergeCaseDetail `result.detail`: the case's figures, its requests (detailDatas) and its
 * transactions (customTransactions). detailDatas is documented as the figures of every AW of the
 * case, so an entry is a request unless its own isAW says false.
 */
export function parseCaseDetail(json: unknown): CaseDetail {
  const result = isRecord(json) ? json.result : undefined;
  const detail = isRecord(result) ? result.detail : undefined;
  if (!isRecord(detail)) throw new Malformed('result.detail');
  return {
    ...(isRecord(detail.performance) ? { performance: scopedFiguresOf(detail.performance) } : {}),
    requests: namedFigures(detail.detailDatas, (entry) => entry.isAW !== false),
    transactions: namedFigures(detail.customTransactions),
  };
}
