export const id = 758;
export const ids = [758];
export const modules = {

/***/ 758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseCaseDetail: () => (/* binding */ parseCaseDetail),
/* harmony export */   parseTaskCases: () => (/* binding */ parseTaskCases)
/* harmony export */ });
/* harmony import */ var _case_figures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(128);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(729);
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
        if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(item))
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
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .listAt */ .gT)((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(json) ? json.result : undefined, 'case_aw_info_list', expected).map((item) => {
        if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(item) || typeof item.name !== 'string')
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .Malformed */ .sG(expected);
        const transactions = (Array.isArray(item.transactionList) ? item.transactionList : []).filter(_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4);
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
    return list.filter(_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4).flatMap((entry) => {
        const name = nameOf(entry.name);
        return name !== undefined && keep(entry) ? [{ name, figures: (0,_case_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .scopedFiguresOf */ .XE)(entry) }] : [];
    });
}
/**
 * ShowMergeCaseDetail `result.detail`: the case's figures, its requests (detailDatas) and its
 * transactions (customTransactions). detailDatas is documented as the figures of every AW of the
 * case, so an entry is a request unless its own isAW says false.
 */
function parseCaseDetail(json) {
    const result = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(json) ? json.result : undefined;
    const detail = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(result) ? result.detail : undefined;
    if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(detail))
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .Malformed */ .sG('result.detail');
    return {
        ...((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(detail.performance) ? { performance: (0,_case_figures_js__WEBPACK_IMPORTED_MODULE_0__/* .scopedFiguresOf */ .XE)(detail.performance) } : {}),
        requests: namedFigures(detail.detailDatas, (entry) => entry.isAW !== false),
        transactions: namedFigures(detail.customTransactions),
    };
}


/***/ })

};
