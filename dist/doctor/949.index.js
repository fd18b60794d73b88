export const id = 949;
export const ids = [949];
export const modules = {

/***/ 949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseCaseDetail: () => (/* binding */ parseCaseDetail),
  parseTaskCases: () => (/* binding */ parseTaskCases)
});

;// CONCATENATED MODULE: ./src/cpts/case-figures.ts
// The figures of one case, request or transaction of a run (contract model CaseReportDetail, in
// ShowMergeCaseDetail), under the action's scoped field names. src/cpts may not import src/run, so
// the success-rate rule of src/run/kpis.ts is restated here.
/** Every scoped figure, in the order the action lists them. */
const SCOPED_FIELDS = [
    'avg_response_time',
    'max_response_time',
    'min_response_time',
    'tp50',
    'tp75',
    'tp85',
    'tp90',
    'tp95',
    'tp99',
    'tp999',
    'tp9999',
    'success_rate',
    'tps',
    'max_tps',
    'request_count',
    'success_count',
    'error_count',
    'failed_assert',
    'failed_timeout',
    'failed_refused',
];
/** Each field's CaseReportDetail wire names: the first one present gives the value. */
const WIRE_NAMES = {
    avg_response_time: ['averageRespTime'],
    // Both are documented as the maximum response time (int); `max` is the pair of `min`, maxRespTime
    // the figure of the console's checkpoint (maxRespTimeCheckPoint): `max` first, for a consistent min/max.
    max_response_time: ['max', 'maxRespTime'],
    min_response_time: ['min'],
    tp50: ['tp50'],
    tp75: ['tp75'],
    tp85: ['tp85'],
    tp90: ['tp90'],
    tp95: ['tp95'],
    tp99: ['tp99'],
    tp999: ['tp999'],
    tp9999: ['tp9999'],
    success_rate: ['successRate'],
    tps: ['tps'],
    max_tps: ['maxTps'],
    request_count: ['requests'],
    success_count: ['successCount'],
    error_count: ['errorCount'],
    failed_assert: ['failedAssert'],
    failed_timeout: ['failedTimeout'],
    failed_refused: ['failedRefused'],
};
const NUMERAL = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
/** A finite number, or a decimal numeral (some answers quote numbers); anything else is absent, never NaN. */
function figureOf(value) {
    const number = typeof value === 'string' && NUMERAL.test(value.trim()) ? Number(value.trim()) : value;
    return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}
/** success / requests × 100 to four decimals: exact enough for any threshold, free of floating-point tails. */
const exactRate = (success, requests) => Math.round((success / requests) * 100 * 10_000) / 10_000;
/**
 * The scoped figures of one CaseReportDetail. successRate is an integer in the contract (a 99.7 %
 * case may read 99), so, as run-wide, the rate is successCount / requests × 100 whenever both
 * counts are there, requests were made and the counts agree.
 */
function scopedFiguresOf(detail) {
    const figures = {};
    for (const field of SCOPED_FIELDS) {
        const value = WIRE_NAMES[field].map((name) => figureOf(detail[name])).find((v) => v !== undefined);
        if (value !== undefined)
            figures[field] = value;
    }
    const { success_count: success, request_count: requests } = figures;
    if (success !== undefined && requests !== undefined && requests > 0 && success >= 0 && success <= requests) {
        figures.success_rate = exactRate(success, requests);
    }
    return figures;
}

// EXTERNAL MODULE: ./src/cpts/parse.ts
var parse = __webpack_require__(729);
;// CONCATENATED MODULE: ./src/cpts/case-parse.ts
// Reading the per-case report (ShowMergeTaskCase, ShowMergeCaseDetail), apart from parse.ts: only
// the run action reads it, and the client loads this module on first use, so the create action's
// start-up never pays for it.


/** A non-empty name, or undefined. */
const nameOf = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
/** An id the contract types str: a non-empty string (trimmed), or an integer sent as a number. */
const idOf = (value) => typeof value === 'string' ? value.trim() || undefined : Number.isInteger(value) ? String(value) : undefined;
const unique = (names) => [...new Set(names)];
/** How deep awList may nest before the rest is ignored: deeper than any case, shallow enough for the stack. */
const MAX_NESTING = 16;
/** The requests of an awList (DetailItem): its leaves, depth first; an entry with an awList of its own groups others. */
function requestNamesIn(list, depth = 0) {
    if (!Array.isArray(list) || depth > MAX_NESTING)
        return [];
    return list.flatMap((item) => {
        if (!(0,parse/* isRecord */.u4)(item))
            return [];
        if (Array.isArray(item.awList) && item.awList.length > 0)
            return requestNamesIn(item.awList, depth + 1);
        const name = nameOf(item.name);
        return name === undefined ? [] : [name];
    });
}
/** ShowMergeTaskCase `result.case_aw_info_list`: each case's name, candidate case-run ids, requests and transactions. */
function parseTaskCases(json) {
    const expected = 'result.case_aw_info_list with each case named';
    return (0,parse/* listAt */.gT)((0,parse/* isRecord */.u4)(json) ? json.result : undefined, 'case_aw_info_list', expected).map((item) => {
        if (!(0,parse/* isRecord */.u4)(item) || typeof item.name !== 'string')
            throw new parse/* Malformed */.sG(expected);
        const transactions = (Array.isArray(item.transactionList) ? item.transactionList : []).filter(parse/* isRecord */.u4);
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
function namedFigures(list, keep = () => true) {
    if (!Array.isArray(list))
        return [];
    return list.filter(parse/* isRecord */.u4).flatMap((entry) => {
        const name = nameOf(entry.name);
        return name !== undefined && keep(entry) ? [{ name, figures: scopedFiguresOf(entry) }] : [];
    });
}
/**
 * ShowMergeCaseDetail `result.detail`: the case's figures, its requests (detailDatas) and its
 * transactions (customTransactions). detailDatas is documented as the figures of every AW of the
 * case, so an entry is a request unless its own isAW says false.
 */
function parseCaseDetail(json) {
    const result = (0,parse/* isRecord */.u4)(json) ? json.result : undefined;
    const detail = (0,parse/* isRecord */.u4)(result) ? result.detail : undefined;
    if (!(0,parse/* isRecord */.u4)(detail))
        throw new parse/* Malformed */.sG('result.detail');
    return {
        ...((0,parse/* isRecord */.u4)(detail.performance) ? { performance: scopedFiguresOf(detail.performance) } : {}),
        requests: namedFigures(detail.detailDatas, (entry) => entry.isAW !== false),
        transactions: namedFigures(detail.customTransactions),
    };
}


/***/ })

};
