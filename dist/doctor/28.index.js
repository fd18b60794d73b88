export const id = 28;
export const ids = [28,142];
export const modules = {

/***/ 142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j$: () => (/* binding */ placeholderKey),
/* harmony export */   shapeOf: () => (/* binding */ shapeOf)
/* harmony export */ });
/* unused harmony exports isFieldName, placeholderText */
/* harmony import */ var _contract_shapes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(577);
// The shape of an answer, for a support file that users attach to public issues: its field names,
// JSON types and list lengths, and nothing that identifies an account, a project, a task or a person.
// Text becomes '<string>' and numbers '<int>' or '<float>', but for a few enumeration-like fields,
// named below, whose small values say which state the service answered; a date keeps its pattern
// ('9999-99-99T99:99:99Z'); a key that does not look like a field name becomes '<key>' (an object
// keyed by names or ids would otherwise hand them out). What is kept is decided by the key's own name,
// at any depth.

/** How deep an answer's shape goes, in objects and lists. */
const MAX_DEPTH = 16;
/** Text fields whose values are codes, kept when they look like one (an error code, a cluster type). */
const ENUMERATION_TEXT = new Set(['code', 'cluster_type', 'network_type', 'datumType', 'statusCode', 'status']);
const CODE = /^[A-Za-z0-9_.-]{1,40}$/;
/** Number fields whose values are states or kinds, kept when they are integers from -1 to 99. */
const ENUMERATION_NUMBERS = new Set([
    'run_status',
    'task_status',
    'variable_type',
    'status',
    'type',
    'result',
    'datumType',
    'operate_mode',
    'share_mode',
    'variable_mode',
]);
const FIELD_NAME = /^[A-Za-z_$][\w.$-]{0,63}$/;
/** A date and time at the start of a text: its pattern is kept, digits as 9. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?: ?(?:Z|[+-]\d{2}:?\d{2}))?/;
let dottedFields;
/** The contract's field names with a '-' or a '.' (OS-FEDERATION): any other such key is taken for data. */
const contractDottedFields = () => (dottedFields ??= new Set(Object.values(_contract_shapes_js__WEBPACK_IMPORTED_MODULE_0__/* .MODELS */ .L)
    .flatMap((fields) => Object.keys(fields))
    .filter((name) => /[-.]/.test(name))));
/**
 * Whether a key looks like a field name rather than data: an identifier-like name of at most 64
 * characters, without a run of 5 digits (an id), not a long hexadecimal or upper-case code (a
 * project id, an access key), and with a '-' or a '.' only when the contract has such a field (a
 * host name, a case's slug). A key of data that looks like a field name (`nightly_checkout`)
 * cannot be told from one.
 */
function isFieldName(key) {
    if (!FIELD_NAME.test(key) || /\d{5}/.test(key))
        return false;
    if (key.length >= 16 && /\d/.test(key) && (/^[0-9a-f]+$/i.test(key) || /^[0-9A-Z_]+$/.test(key)))
        return false;
    return /[-.]/.test(key) ? contractDottedFields().has(key) : true;
}
/** A key as a shape or a path may show it: itself when it looks like a field name, else '<key>'. */
const placeholderKey = (key) => (isFieldName(key) ? key : '<key>');
/**
 * What a text may show of itself: a date's pattern, digits as 9, with its separators, T and Z
 * ('9999-99-99 99:99:99.999Z'), and '…' when more text follows it; '<string>' for any other text.
 */
function placeholderText(text) {
    const date = DATE_TIME.exec(text);
    if (!date)
        return '<string>';
    const pattern = date[0].replace(/\d/g, '9');
    return date[0].length < text.length ? `${pattern}…` : pattern;
}
/**
 * The shape of an answer's JSON (or of the value at `path`, whose last field name then decides, as
 * for `taskInfo.run_status`): objects keep their keys (see isFieldName), lists become
 * `{ array: length, items: shape of the first, mixed: true when another element's shape differs }`,
 * booleans and null stay, and text and numbers become placeholders, but for codes and states in
 * the enumeration-like fields and `success_rate`'s kind and scale.
 */
function shapeOf(json, path) {
    const field = path
        ?.replace(/(\[\])+$/, '')
        .split('.')
        .pop();
    return shape(json, field, 0);
}
function shape(value, field, depth) {
    if (value === null || typeof value === 'boolean')
        return value;
    if (typeof value === 'string')
        return field !== undefined && ENUMERATION_TEXT.has(field) && CODE.test(value) ? value : placeholderText(value);
    if (typeof value === 'number') {
        if (field === 'success_rate') {
            const scale = value >= 0 && value <= 1 ? '0-1' : value > 1 && value <= 100 ? '0-100' : 'other';
            return { number: Number.isInteger(value) ? 'int' : 'float', scale };
        }
        const state = field !== undefined && ENUMERATION_NUMBERS.has(field) && Number.isInteger(value) && value >= -1 && value <= 99;
        return state ? value : Number.isInteger(value) ? '<int>' : '<float>';
    }
    if (typeof value !== 'object')
        return value === undefined ? undefined : `<${typeof value}>`;
    if (depth >= MAX_DEPTH)
        return '<deeper>';
    if (Array.isArray(value)) {
        if (value.length === 0)
            return { array: 0 };
        // The elements are under the list's own field name: a list of states keeps them.
        const shapes = value.map((item) => shape(item, field, depth + 1));
        const first = JSON.stringify(shapes[0]);
        const mixed = shapes.some((item) => JSON.stringify(item) !== first);
        return { array: value.length, items: shapes[0], ...(mixed ? { mixed: true } : {}) };
    }
    const entries = Object.entries(value);
    const hidden = entries.filter(([key]) => !isFieldName(key)).length;
    let n = 0;
    // fromEntries, not assignment: a '__proto__' key stays a key.
    return Object.fromEntries(entries.map(([key, item]) => [isFieldName(key) ? key : hidden === 1 ? '<key>' : `<key ${++n}>`, shape(item, key, depth + 1)]));
}


/***/ }),

/***/ 28:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkAnswer: () => (/* binding */ checkAnswer)
/* harmony export */ });
/* unused harmony exports MAX_DEVIATIONS, MAX_DEPTH */
/* harmony import */ var _answer_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(142);
/* harmony import */ var _contract_shapes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(577);
// Does an answer fit the API contract? A 2xx answer's JSON against its operation's response model,
// from the compact shapes generated from contract/ (contract-shapes.ts). The contract's `required`
// is the SDK's claim, so a deviation is a sign that the service's answers changed, not an error:
// callers report deviations, they never fail on one. A deviation names a path and the types
// involved, never a value, since answers hold ids, names and secrets.


/** At most this many deviations per answer: past them, the answer is plainly of another shape. */
const MAX_DEVIATIONS = 50;
/** How deep an answer is followed, in objects and lists. */
const MAX_DEPTH = 16;
/**
 * The deviations of an answer (`json`, parsed) from the response model of `operation`, each path
 * once, in the order met: the elements of a list share one path (`field[]`), and so do the values
 * of a dict (`field.<key>`). An answer may null any field. [] for an operation the contract lacks,
 * and for no JSON at all (undefined: an empty body).
 */
function checkAnswer(operation, json) {
    const model = Object.hasOwn(_contract_shapes_js__WEBPACK_IMPORTED_MODULE_1__/* .RESPONSE_OF */ .I, operation) ? typeOf(_contract_shapes_js__WEBPACK_IMPORTED_MODULE_1__/* .RESPONSE_OF */ .I[operation]) : undefined;
    if (model?.kind !== 'model' || json === undefined)
        return [];
    const found = new Map();
    const check = {
        deviate: (path, problem) => {
            if (!found.has(path) && found.size < MAX_DEVIATIONS)
                found.set(path, problem);
        },
        full: () => found.size >= MAX_DEVIATIONS,
    };
    if (isRecord(json))
        checkFields(model, json, '', 0, check);
    else
        check.deviate('', 'expected an object');
    return [...found].map(([path, problem]) => ({ operation, path, problem }));
}
const SCALARS = {
    str: (value) => typeof value === 'string',
    datetime: (value) => typeof value === 'string',
    date: (value) => typeof value === 'string',
    int: (value) => Number.isInteger(value),
    float: (value) => typeof value === 'number',
    bool: (value) => typeof value === 'boolean',
};
const types = new Map();
function typeOf(name) {
    let type = types.get(name);
    if (type)
        return type;
    const list = /^list\[(.+)\]$/.exec(name);
    const dict = /^dict\(str, ?(.+)\)$/.exec(name);
    if (Object.hasOwn(SCALARS, name))
        type = { kind: 'scalar', name, fits: SCALARS[name] };
    else if (list)
        type = { kind: 'list', name, of: list[1] };
    else if (dict)
        type = { kind: 'dict', name, of: dict[1] };
    else if (Object.hasOwn(_contract_shapes_js__WEBPACK_IMPORTED_MODULE_1__/* .MODELS */ .L, name)) {
        const entries = Object.entries(_contract_shapes_js__WEBPACK_IMPORTED_MODULE_1__/* .MODELS */ .L[name]);
        const fields = new Map(entries.map(([field, t]) => [field, t.replace(/^!/, '')]));
        type = { kind: 'model', name, fields, required: entries.filter(([, t]) => t.startsWith('!')).map(([field]) => field) };
    }
    else {
        // `object`, and a type this checker does not know: it says nothing about the answer.
        type = { kind: 'any' };
    }
    types.set(name, type);
    return type;
}
const join = (path, name) => (path ? `${path}.${name}` : name);
/** An object of a model, at `depth`: fields the model lacks, required ones missing, each field's type. */
function checkFields(model, value, path, depth, check) {
    for (const [name, item] of Object.entries(value)) {
        if (check.full())
            return;
        const type = model.fields.get(name);
        if (type === undefined)
            check.deviate(join(path, (0,_answer_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .placeholderKey */ .j$)(name)), 'not in the contract');
        else if (item !== undefined)
            checkType(typeOf(type), item, join(path, name), depth + 1, check);
    }
    for (const name of model.required) {
        if (!Object.hasOwn(value, name) || value[name] === undefined)
            check.deviate(join(path, name), 'required, missing');
    }
}
/** A value of a contract type, at `depth` (the answer itself is at 0). */
function checkType(type, value, path, depth, check) {
    if (value === null || type.kind === 'any')
        return;
    if (type.kind === 'scalar') {
        if (type.fits(value))
            return;
        const got = type.name === 'int' && typeof value === 'number' ? 'a fractional number' : jsonType(value);
        return check.deviate(path, `expected ${type.name}, got ${got}`);
    }
    if (type.kind === 'list' ? !Array.isArray(value) : !isRecord(value))
        return check.deviate(path, `expected ${type.name}, got ${jsonType(value)}`);
    if (depth >= MAX_DEPTH)
        return check.deviate(path, `deeper than ${MAX_DEPTH} levels, not checked`);
    if (type.kind === 'model')
        return checkFields(type, value, path, depth, check);
    // A list's elements share one path, and so do a dict's values (its keys are data).
    const items = type.kind === 'list' ? value : Object.values(value);
    const where = type.kind === 'list' ? `${path}[]` : join(path, '<key>');
    const of = typeOf(type.of);
    for (const item of items) {
        if (check.full())
            return;
        checkType(of, item, where, depth + 1, check);
    }
}
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The JSON type of a value: string, number, boolean, array, object or null. */
function jsonType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    return typeof value;
}


/***/ }),

/***/ 577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ RESPONSE_OF),
/* harmony export */   L: () => (/* binding */ MODELS)
/* harmony export */ });
// Generated by `node scripts/contract-shapes.mjs` (run by `node scripts/contract.mjs` too) from
// contract/cpts.json and contract/iam.json: do not edit. A field is its contract type, with a leading
// '!' when the contract calls it required; response headers are left out, and so are the docs.
/** The response model of every vendored operation, CodeArts PerfTest and IAM alike. */
const RESPONSE_OF = {
    BatchUpdateTaskStatus: 'BatchUpdateTaskStatusResponse',
    CreateNewTask: 'CreateNewTaskResponse',
    CreateTemporaryAccessKeyByToken: 'CreateTemporaryAccessKeyByTokenResponse',
    CreateTokenWithIdToken: 'CreateTokenWithIdTokenResponse',
    CreateVariable: 'CreateVariableResponse',
    DebugCase: 'DebugCaseResponse',
    DeleteNewTask: 'DeleteNewTaskResponse',
    DeleteVariable: 'DeleteVariableResponse',
    KeystoneListAuthProjects: 'KeystoneListAuthProjectsResponse',
    KeystoneListProjects: 'KeystoneListProjectsResponse',
    ListProjectSets: 'ListProjectSetsResponse',
    ListProjectTestCase: 'ListProjectTestCaseResponse',
    ListTaskCases: 'ListTaskCasesResponse',
    ListVariables: 'ListVariablesResponse',
    ShowHistoryRunInfo: 'ShowHistoryRunInfoResponse',
    ShowMergeCaseDetail: 'ShowMergeCaseDetailResponse',
    ShowMergeReportLogsOutline: 'ShowMergeReportLogsOutlineResponse',
    ShowMergeTaskCase: 'ShowMergeTaskCaseResponse',
    ShowTask: 'ShowTaskResponse',
    ShowTaskSet: 'ShowTaskSetResponse',
    UpdateTaskRelatedTestCase: 'UpdateTaskRelatedTestCaseResponse',
    UpdateTaskStatus: 'UpdateTaskStatusResponse',
    UpdateVariable: 'UpdateVariableResponse',
};
/** Every model reachable from a response: field name to type. */
// prettier-ignore
const MODELS = {
    AuthProjectResult: { is_domain: '!bool', description: '!str', links: '!LinksSelf', enabled: '!bool', id: '!str', parent_id: '!str', domain_id: '!str', name: '!str' },
    AwInfoDTO: { name: 'str', id: 'str', datumType: 'int' },
    BatchUpdateTaskStatusResponse: { code: 'str', message: 'str', extend: 'object', result: 'list[BatchUpdateTaskStatusResponseBodyResult]' },
    BatchUpdateTaskStatusResponseBodyResult: { task_id: 'int', task_run_id: 'int' },
    CaseAwInfo: { aw: 'list[AwInfoDTO]', awList: 'list[DetailItem]', caseAwId: 'str', caseUri: 'str', case_uri_i: 'str', datumType: 'int', id: 'str', name: 'str', taskExecId: 'str', taskId: 'str', testcaseId: 'str', transactionList: 'list[DetailItem]' },
    CaseDoc: { description: 'str', label_names: 'list[str]', preparation: 'str', rank: 'int', status_code: 'int', steps: 'list[CaseDocSteps]' },
    CaseDocSteps: { expect_result: 'str', test_step: 'str' },
    CaseInfoDetail: { case_id: 'int', name: 'str', case_type: 'int', contents: 'list[Contents]', for_loop_params: 'list[object]', increase_setting: 'list[object]', stages: 'list[TestCaseStage]', status: 'int', temp_id: 'int', sort: 'int', directory_id: 'int', setup_contents: 'list[Contents]', user_replicas: 'int', collect_log_policy: 'int', link_app_list: 'list[int]', case_info: 'CaseDoc' },
    CaseReportDetail: { MaxSuccessRateCheckPoint: 'float', alias: 'str', averageRespTime: 'float', averageRespTimeCheckPoint: 'float', averageRespTimeCheckRes: 'bool', avgNetworkTraffic: 'float', avgRecBytes: 'float', avgRecBytesCheckPoint: 'float', avgRecBytesCheckRes: 'bool', avgSentBytes: 'float', avgSentBytesCheckPoint: 'float', avgSentBytesCheckRes: 'bool', avgTranRespTime: 'float', avgTranRespTimeCheckPoint: 'float', avgTranRespTimeCheckRes: 'bool', awId: 'str', caseUri: 'str', checkpointResult: 'bool', cpuUsage: 'float', cpuUsageAvg: 'float', cpuUsageAvgCheckPoint: 'float', cpuUsageAvgCheckRes: 'bool', cpuUsageCheckPoint: 'float', cpuUsageCheckRes: 'bool', createTime: 'str', currentThreadNum: 'int', datumType: 'int', dcsLatencyAvg: 'float', dcsLatencyAvgCheckPoint: 'float', dcsLatencyAvgCheckRes: 'bool', dcsLatencyMax: 'float', dcsLatencyMaxCheckPoint: 'float', dcsLatencyMaxCheckRes: 'bool', dcsLatencyMin: 'float', dcsLatencyMinCheckPoint: 'float', dcsLatencyMinCheckRes: 'bool', detailId: 'str', diskRead: 'float', diskReadAvg: 'float', diskReadAvgCheckPoint: 'float', diskReadAvgCheckRes: 'bool', diskReadCheckPoint: 'float', diskReadCheckRes: 'bool', diskUsage: 'float', diskUsageAvg: 'float', diskUsageAvgCheckPoint: 'float', diskUsageAvgCheckRes: 'bool', diskUsageCheckPoint: 'float', diskUsageCheckRes: 'bool', diskWrite: 'float', diskWriteAvg: 'float', diskWriteAvgCheckPoint: 'float', diskWriteAvgCheckRes: 'bool', diskWriteCheckPoint: 'float', diskWriteCheckRes: 'bool', duration: 'int', endTime: 'str', errorCount: 'int', errorEventsCount: 'int', failedAssert: 'int', failedOthers: 'int', failedParsed: 'int', failedReason: 'str', failedRefused: 'int', failedTimeout: 'int', id: 'str', isAW: 'bool', iterationUri: 'str', kpiMonitor: 'str', max: 'int', maxAvgTime: 'float', maxAvgTimeCheckPoint: 'float', maxAvgTimeCheckRes: 'bool', maxNetworkTraffic: 'int', maxRecBytes: 'int', maxRecBytesCheckPoint: 'float', maxRecBytesCheckRes: 'bool', maxRespTime: 'int', maxRespTimeCheckPoint: 'float', maxRespTimeCheckRes: 'bool', maxRps: 'int', maxSentBytes: 'int', maxSentBytesCheckPoint: 'float', maxSentBytesCheckRes: 'bool', maxSuccessRate: 'float', maxSuccessRateCheckRes: 'bool', maxThreadNum: 'float', maxThreadNumCheckPoint: 'float', maxThreadNumCheckRes: 'bool', maxTps: 'float', maxTpsCheckPoint: 'float', maxTpsCheckRes: 'bool', maxTranRespTime: 'float', maxTranRespTimeCheckPoint: 'float', maxTranRespTimeCheckRes: 'bool', memoryUsage: 'float', memoryUsageAvg: 'float', memoryUsageAvgCheckPoint: 'float', memoryUsageAvgCheckRes: 'bool', memoryUsageCheckPoint: 'float', memoryUsageCheckRes: 'bool', min: 'int', minNetworkTraffic: 'int', mode: 'str', monitorPeakTime: 'float', monitorPeakTimeCheckPoint: 'float', monitorPeakTimeCheckRes: 'bool', monitorResult: 'float', monitorResultCheckPoint: 'float', monitorResultCheckRes: 'bool', name: 'str', networkRead: 'float', networkReadAvg: 'float', networkReadAvgCheckPoint: 'float', networkReadAvgCheckRes: 'bool', networkReadCheckPoint: 'float', networkReadCheckRes: 'bool', networkWrite: 'float', networkWriteAvg: 'float', networkWriteAvgCheckPoint: 'float', networkWriteAvgCheckRes: 'bool', networkWriteCheckPoint: 'float', networkWriteCheckRes: 'bool', peakLoadStatus: 'float', peakLoadStatusCheckPoint: 'float', peakLoadStatusCheckRes: 'bool', peakMetric: 'PeakMetric', projectId: 'str', protocols: 'list[str]', requests: 'int', result: 'int', resultLog: 'str', round: 'int', saveAllData: 'bool', serviceId: 'str', stage: 'int', startTime: 'str', status: 'int', streamingMediaVo: 'StreamingMediaReport', successCount: 'int', successRate: 'int', successRateCheckPoint: 'float', successRateCheckRes: 'bool', sum1xx: 'int', sum2xx: 'int', sum3xx: 'int', sum4xx: 'int', sum5xx: 'int', taskId: 'str', taskName: 'str', taskProjectId: 'str', taskStatus: 'int', testCaseUri: 'str', tp50: 'int', tp50CheckPoint: 'float', tp50CheckRes: 'bool', tp75: 'int', tp75CheckPoint: 'float', tp75CheckRes: 'bool', tp85: 'int', tp85CheckPoint: 'float', tp85CheckRes: 'bool', tp90: 'int', tp90CheckPoint: 'float', tp90CheckRes: 'bool', tp95: 'int', tp95CheckPoint: 'float', tp95CheckRes: 'bool', tp99: 'int', tp999: 'int', tp9999: 'int', tp9999CheckPoint: 'float', tp9999CheckRes: 'bool', tp999CheckPoint: 'float', tp999CheckRes: 'bool', tp99CheckPoint: 'float', tp99CheckRes: 'bool', tps: 'float', tpsCheckPoint: 'float', tpsCheckRes: 'bool', tranTPS: 'float', tranTPSCheckPoint: 'float', tranTPSCheckRes: 'bool', transactionId: 'str', transactionSuccess: 'float', transactions: 'float', transactionsCheckPoint: 'float', transactionsCheckRes: 'bool', updateTime: 'str', url: 'str', userConcur: 'int', versionUri: 'str' },
    CaseReportDetailResult: { detail: 'CaseReportDetails', err_message: 'str' },
    CaseReportDetails: { customTransactions: 'list[CaseReportDetail]', detailDatas: 'list[CaseReportDetail]', performance: 'CaseReportDetail' },
    CaseReportSummary: { case_aw_info_list: 'list[CaseAwInfo]', err_message: 'str' },
    Content: { content_type: 'int', content: 'ContentInfo' },
    ContentHeader: { key: 'str', value: 'str' },
    ContentInfo: { body_type: 'int', bodys: 'list[object]', check_end_length: 'object', check_end_str: 'object', check_end_type: 'object', connect_timeout: 'int', connect_type: 'int', headers: 'list[ContentHeader]', http_version: 'str', method: 'str', name: 'str', protocol_type: 'int', return_timeout: 'int', return_timeout_param: 'str', url: 'str', rtmp_url: 'str', flv_url: 'str', bitrate_type: 'int', duration: 'int', retry_delay: 'int', retry_time: 'int' },
    Contents: { content_id: 'int', content: 'list[Content]', index: 'int', selected_temp_name: 'str', data: 'object', data_type: 'int', conditions: 'object', is_disabled: 'bool' },
    CoreIndex: { error_request_count: 'int', max_rps: 'int', max_users: 'int', request_count: 'int', rps: 'float', success_count: 'int', success_rate: 'int', trans_tps: 'float', response_time: 'ResponseTimeInfo' },
    CreateNewTaskResponse: { code: 'str', message: 'str', task_id: 'int' },
    CreateTemporaryAccessKeyByTokenResponse: { credential: 'Credential' },
    CreateTokenWithIdTokenResponse: { token: 'ScopedTokenInfo' },
    CreateVariableResponse: { code: 'str', json: 'CreateVariableResultJson', message: 'str' },
    CreateVariableResultJson: { variable_id: 'int' },
    Credential: { expires_at: '!str', access: '!str', secret: '!str', securitytoken: '!str' },
    DebugCaseResponse: { code: 'str', message: 'str', extend: 'str', result: 'list[DebugCaseResult]' },
    DebugCaseResult: { body: 'str', errorReason: 'str', header: 'DebugCaseResultHeader', name: 'str', responseTime: 'int', result: 'int', returnBody: 'str', returnHeader: 'DebugCaseReturnHeader', statusCode: 'str', url: 'str' },
    DebugCaseResultHeader: { Connection: 'str', 'Content-Type': 'str', Host: 'str' },
    DebugCaseReturnHeader: { Connection: 'str', 'Content-Length': 'str', 'Content-Type': 'str', Date: 'str', Vary: 'str' },
    DeleteNewTaskResponse: {},
    DeleteVariableResponse: {},
    DetailItem: { caseAwId: 'str', datumType: 'int', name: 'str', transactionId: 'str', awList: 'list[DetailItem]' },
    DomainInfo: { id: 'str', name: '!str' },
    ExceptionResponseSum: { failed_assert: 'int', failed_others: 'int', failed_parsed: 'int', failed_refused: 'int', failed_timeout: 'int' },
    FederationUserBody: { 'OS-FEDERATION': '!OsFederationInfo', domain: '!DomainInfo', id: 'str', name: 'str' },
    HistoryRunInfo: { name: 'str', run_id: 'float', run_type: 'float', start_time: 'str', end_time: 'str', continue_time: 'float', temp_names: 'list[TempName]', parallel: 'bool' },
    IdpIdInfo: { id: '!str' },
    KeystoneListAuthProjectsResponse: { links: 'LinksSelf', projects: 'list[AuthProjectResult]' },
    KeystoneListProjectsResponse: { links: 'Links', projects: 'list[ProjectResult]' },
    Links: { self: '!str', previous: '!str', next: '!str' },
    LinksSelf: { self: '!str' },
    ListProjectSetsResponse: { code: 'str', message: 'str', projects: 'list[ProjectsSet]' },
    ListProjectTestCaseResponse: { code: 'str', message: 'str', directory: 'list[ProjectDirectory]' },
    ListTaskCasesResponse: { code: 'str', message: 'str', test_cases: 'list[TestCaseBriefInfo]' },
    ListVariablesResponse: { code: 'str', message: 'str', variable_list: 'list[VariableDetail]' },
    NetworkTraffic: { avg_network_traffic: 'float', max_down_stream: 'int', max_network_traffic: 'int', max_upstream: 'int', min_network_traffic: 'float' },
    OsFederationInfo: { identity_provider: '!IdpIdInfo', protocol: '!ProtocolIdInfo', groups: '!list[object]' },
    PeakMetric: { vuser: 'int', rps: 'float', avgRT: 'float', successRate: 'float', peakTime: 'str' },
    ProjectDirectory: { id: '!int', name: '!str', status: '!int', create_time: '!str', update_time: '!str', parent_id: '!int', type: '!int' },
    ProjectInfo: { domain: 'DomainInfo', id: 'str', name: '!str' },
    ProjectResult: { is_domain: '!bool', description: '!str', links: '!Links', enabled: '!bool', id: '!str', parent_id: '!str', domain_id: '!str', name: '!str' },
    ProjectsSet: { CreateTime: 'datetime', UpdateTime: 'datetime', description: 'str', id: 'int', name: 'str', source: 'int', external_params: 'object', variables_no_file: 'list[str]' },
    ProtocolIdInfo: { id: '!str' },
    RelatedTempRunningData: { task_run_info_id: 'int', related_temp_running_id: 'int', temp_id: 'int', temp_name: 'str', content_method_url: 'list[str]', related_temp_running_data: 'list[TempRunningData]' },
    ReportOutline: { core_index: 'CoreIndex', exception_response_sum: 'ExceptionResponseSum', network_traffic: 'NetworkTraffic', response_code_sum: 'ResponseCodeSum', task_basic_attribute: 'TaskBasicAttribute', task_basic_execution_data: 'TaskBasicExecutionData', response_code_details: 'list[object]', sla_statistic: 'object', streaming_media: 'object' },
    ReportOutlineResult: { err_message: 'object', outline: 'ReportOutline' },
    ResponseCodeSum: { sum1xx: 'int', sum2xx: 'int', sum3xx: 'int', sum4xx: 'int', sum5xx: 'int' },
    ResponseTimeInfo: { avg_response_time: 'float', avg_tp50: 'int', avg_tp90: 'int', max_response_time: 'int', min_response_time: 'int' },
    ScopedTokenInfo: { expires_at: '!str', methods: '!list[str]', issued_at: '!str', user: '!FederationUserBody', domain: 'DomainInfo', project: 'ProjectInfo', roles: '!list[ScopedTokenInfoRoles]', catalog: '!list[UnscopedTokenInfoEndpoints]' },
    ScopedTokenInfoRoles: { id: 'str', name: 'str' },
    ShowHistoryRunInfoResponse: { code: 'str', message: 'str', log_list: 'list[HistoryRunInfo]' },
    ShowMergeCaseDetailResponse: { code: 'str', message: 'str', extend: 'object', result: 'CaseReportDetailResult' },
    ShowMergeReportLogsOutlineResponse: { code: 'str', message: 'str', extend: 'object', result: 'ReportOutlineResult' },
    ShowMergeTaskCaseResponse: { code: 'str', message: 'str', extend: 'object', result: 'CaseReportSummary' },
    ShowTaskResponse: { code: 'str', message: 'str', taskInfo: 'TaskInfo' },
    ShowTaskSetResponse: { code: 'str', extend: 'list[str]', message: 'str', tasks: 'list[Task]' },
    StageKpiItem: { comparison: 'str', value: 'int' },
    StageKpiItems: { average_response_time: 'StageKpiItem', success_rate: 'StageKpiItem' },
    StreamingMediaReport: { streamingPlayTimes: 'int', streamingErrorTimes: 'int', streamingSuccessRate: 'float', sentPacketsPerSecond: 'float', receivedPacketsPerSecond: 'float', recvPackets: 'float', sendPackets: 'float', audioSentBytes: 'float', audioRecBytes: 'float', videoSentBytes: 'float', videoRecBytes: 'float', sumRecvKeyFrameDelay: 'float', avgRecvKeyFrameDelay: 'float', minRecvKeyFrameDelay: 'float', maxRecvKeyFrameDelay: 'float', sumSendKeyFrameDelay: 'float', avgSendKeyFrameDelay: 'float', minSendKeyFrameDelay: 'float', maxSendKeyFrameDelay: 'float', keyFrameSendCnt: 'float', keyFrameReceiveCnt: 'float', tcpConnectFailed: 'float', handShakeFailed: 'float', rtmpConnectFailed: 'float', createStreamFailed: 'float', playFailed: 'float', publishFailed: 'float', retryFailed: 'float', parseFileFailed: 'float', illegalUrlFailed: 'float', illegalFlvHeaderFailed: 'float', httpTimeoutFailed: 'float', parseFlvFileFailed: 'float', unknownFailed: 'float' },
    Task: { bench_concurrent: 'int', description: 'str', id: 'int', name: 'str', operate_mode: 'int', task_run_info: 'TaskRunInfo', update_time: 'str', parallel: 'bool' },
    TaskBasicAttribute: { branch_id: 'str', branch_name: 'str', create_by: 'str', iteration_uri: 'str', project_id: 'str', protocols: 'list[str]', service_id: 'str', stage: 'int', stage_name: 'str', task_id: 'str', version_uri: 'str' },
    TaskBasicExecutionData: { complete_num: 'int', duration: 'int', end_time: 'str', executed_num: 'int', kpi_case_count: 'int', kpi_case_execute_count: 'int', kpi_case_pass_count: 'int', parallel: 'bool', pass_num: 'int', start_time: 'str', task_status: 'int', total_num: 'int', vum: 'int' },
    TaskInfo: { bench_concurrent: 'int', case_list: 'list[CaseInfoDetail]', create_time: 'datetime', description: 'str', name: 'str', operate_mode: 'int', project_id: 'int', related_temp_running_data: 'list[RelatedTempRunningData]', run_status: 'int', update_time: 'str', parallel: 'bool' },
    TaskRunInfo: { id: 'int', run_type: 'int' },
    TempName: { name: 'str' },
    TempRunningData: { content_method_url: 'list[str]', crawler_status: 'int', related_temp_running_id: 'int', task_run_info_id: 'int', temp_id: 'int', temp_name: 'str', temp_running_status: 'int' },
    TestCaseBriefInfo: { id: '!int', name: '!str', status: '!int', create_time: '!str', update_time: '!str', parent_id: '!int', type: '!int' },
    TestCaseStage: { operate_mode: 'int', name: 'str', time: 'int', start_time: 'int', end_time: 'int', issue_num: 'int', count: 'int', pressure_mode: 'int', tps_value: 'int', current_user_num: 'int', current_tps: 'int', voltage_regulating_mode: 'int', maximum: 'int', minimum: 'int', loop_count: 'int', max_duration: 'int', ramp_up: 'int', peak_load_kpis: 'StageKpiItems', step_duration: 'int', step_size: 'int' },
    UnscopedTokenInfoEndpoints: { id: 'str', interface: 'str', region: 'str', region_id: 'str', url: 'str' },
    UpdateTaskRelatedTestCaseResponse: { code: 'str', message: 'str', taskInfo: 'TaskInfo' },
    UpdateTaskStatusResponse: { code: 'str', message: 'str', extend: 'str', result: 'UpdateTaskStatusResult' },
    UpdateTaskStatusResult: { task_run_id: 'int' },
    UpdateVariableResponse: { code: 'str', json: 'CreateVariableResultJson', message: 'str' },
    VariableDetail: { file_size: 'int', id: 'int', is_quoted: 'bool', name: 'str', variable: 'list[object]', variable_type: 'int', variable_mode: 'int', share_mode: 'int' },
};


/***/ })

};
