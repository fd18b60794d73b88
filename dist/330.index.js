export const id = 330;
export const ids = [330];
export const modules = {

/***/ 330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseDebugResults: () => (/* binding */ parseDebugResults),
/* harmony export */   parseVariableId: () => (/* binding */ parseVariableId),
/* harmony export */   parseVariableList: () => (/* binding */ parseVariableList)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(729);
// Reading the answers about global variables (ListVariables, UpdateVariable, CreateVariable) and
// DebugCase, apart from parse.ts: only the run action reads them, and only when asked to
// (variables, preflight), so the client loads this module on first use.

const textOf = (value) => typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
/**
 * ListVariables `variable_list`: each variable's id, name, type and values. An entry without its own
 * variable_type takes the type asked for; values absent or null read as none.
 */
function parseVariableList(json, askedType) {
    const expected = 'a variable_list array with id and name';
    // A project without variables may answer without the list at all.
    if ((0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(json) && (json.variable_list === undefined || json.variable_list === null))
        return [];
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .listAt */ .gT)(json, 'variable_list', expected).map((item) => {
        if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(item) || !(0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isId */ .eQ)(item.id) || typeof item.name !== 'string')
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_0__/* .Malformed */ .sG(expected);
        const values = Array.isArray(item.variable) ? item.variable : [];
        return { id: item.id, name: item.name, variable_type: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .intOf */ .L0)(item.variable_type) ?? askedType, variable: values };
    });
}
/** UpdateVariable and CreateVariable: `json.variable_id`, when the answer gives one. */
function parseVariableId(json) {
    const inner = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(json) && (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(json.json) ? json.json : undefined;
    return inner && (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isId */ .eQ)(inner.variable_id) ? { variableId: inner.variable_id } : {};
}
/** DebugCase `result`: one entry per request debugged, each field as far as it is there. */
function parseDebugResults(json) {
    if ((0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(json) && (json.result === undefined || json.result === null))
        return [];
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .listAt */ .gT)(json, 'result', 'a result array of request debugs').map((item) => {
        if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(item))
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_0__/* .Malformed */ .sG('a result array of request debugs');
        return {
            name: textOf(item.name),
            url: textOf(item.url),
            result: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .intOf */ .L0)(item.result),
            statusCode: textOf(item.statusCode),
            responseTime: (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .intOf */ .L0)(item.responseTime),
            errorReason: textOf(item.errorReason),
        };
    });
}


/***/ })

};
