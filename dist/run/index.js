import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 128:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MY: () => (/* binding */ exactRate),
/* harmony export */   Vx: () => (/* binding */ SCOPED_FIELDS),
/* harmony export */   XE: () => (/* binding */ scopedFiguresOf)
/* harmony export */ });
/* unused harmony exports WIRE_NAMES, figureOf */
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


/***/ }),

/***/ 729:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ parseDirectory),
/* harmony export */   L0: () => (/* binding */ intOf),
/* harmony export */   SR: () => (/* binding */ parseTaskState),
/* harmony export */   YV: () => (/* binding */ parseBatchRunId),
/* harmony export */   _3: () => (/* binding */ parseOutline),
/* harmony export */   _m: () => (/* binding */ parseCreatedTaskId),
/* harmony export */   eQ: () => (/* binding */ isId),
/* harmony export */   gT: () => (/* binding */ listAt),
/* harmony export */   i6: () => (/* binding */ parseHistory),
/* harmony export */   lw: () => (/* binding */ parseNamedList),
/* harmony export */   nb: () => (/* binding */ parseTaskCaseIds),
/* harmony export */   sG: () => (/* binding */ Malformed),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   xJ: () => (/* binding */ parseStartedRunId)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(759);
// Reading CodeArts PerfTest answers: each parser demands only the fields the actions use and
// tolerates every other field being absent, null or new (the contract's `required` on an answer is
// the SDK's claim, not the service's promise).

/** An answer without what the action needs; `expected` says what that was. */
class Malformed extends Error {
    expected;
    constructor(expected) {
        super(`expected ${expected}`);
        this.expected = expected;
        this.name = 'Malformed';
    }
}
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value) => Number.isInteger(value) && value >= 0 && value <= _types_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_ID */ .rc;
/** An integer, or a string of digits (some answers quote numbers). */
const intOf = (value) => Number.isInteger(value) ? value : typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : undefined;
function listAt(json, field, expected) {
    const items = isRecord(json) ? json[field] : undefined;
    if (!Array.isArray(items))
        throw new Malformed(expected);
    return items;
}
/** CreateNewTask: `task_id`. */
function parseCreatedTaskId(json) {
    const id = isRecord(json) ? json.task_id : undefined;
    if (!isId(id))
        throw new Malformed('an integer task_id');
    return id;
}
/** ShowTaskSet `tasks`, ListProjectSets `projects`: each entry's id and name. */
function parseNamedList(json, field) {
    const expected = `a ${field} array with id and name`;
    return listAt(json, field, expected).map((item) => {
        if (!isRecord(item) || !isId(item.id) || typeof item.name !== 'string')
            throw new Malformed(expected);
        return { id: item.id, name: item.name };
    });
}
/** ListProjectTestCase `directory`: id, name, type and status of each folder and case. */
function parseDirectory(json) {
    const expected = 'a directory array with id, name, type and status';
    return listAt(json, 'directory', expected).map((item) => {
        const type = isRecord(item) ? intOf(item.type) : undefined;
        const status = isRecord(item) ? intOf(item.status) : undefined;
        if (!isRecord(item) || !isId(item.id) || typeof item.name !== 'string' || type === undefined || status === undefined) {
            throw new Malformed(expected);
        }
        return { id: item.id, name: item.name, type, status };
    });
}
/** ListTaskCases `test_cases` (TestCaseBriefInfo): the case ids. */
function parseTaskCaseIds(json) {
    const expected = 'a test_cases array with id';
    return listAt(json, 'test_cases', expected).map((item) => {
        if (!isRecord(item) || !isId(item.id))
            throw new Malformed(expected);
        return item.id;
    });
}
/** UpdateTaskStatus: `result.task_run_id`. */
function parseStartedRunId(json) {
    const id = isRecord(json) && isRecord(json.result) ? json.result.task_run_id : undefined;
    if (!isId(id))
        throw new Malformed('result.task_run_id');
    return id;
}
/** BatchUpdateTaskStatus: `result[]`'s task_run_id for the task asked about. */
function parseBatchRunId(json, taskId) {
    const expected = `result with task ${taskId}'s task_run_id`;
    const entry = listAt(json, 'result', expected).find((r) => isRecord(r) && r.task_id === taskId);
    if (!isRecord(entry) || !isId(entry.task_run_id))
        throw new Malformed(expected);
    return entry.task_run_id;
}
/** ShowTask `taskInfo`: run_status, and the latest run's id from related_temp_running_data. */
function parseTaskState(json) {
    const info = isRecord(json) ? json.taskInfo : undefined;
    const runStatus = isRecord(info) ? intOf(info.run_status) : undefined;
    if (!isRecord(info) || runStatus === undefined)
        throw new Malformed('taskInfo with run_status');
    const related = Array.isArray(info.related_temp_running_data) ? info.related_temp_running_data : [];
    const fromRelated = related.map((r) => (isRecord(r) ? r.task_run_info_id : undefined)).find(isId);
    // Not in the contract's TaskInfo, but harmless to accept should the service send it.
    const fromRunInfo = isRecord(info.task_run_info) && isId(info.task_run_info.id) && info.task_run_info.id > 0 ? info.task_run_info.id : undefined;
    const testSuiteId = isId(info.project_id) ? info.project_id : undefined;
    const caseRunIds = related
        .map((r) => (isRecord(r) ? intOf(r.related_temp_running_id) : undefined))
        .filter(isId)
        .map(String);
    return {
        run_status: runStatus,
        latestRunId: fromRelated ?? fromRunInfo,
        ...(testSuiteId === undefined ? {} : { testSuiteId }),
        ...(caseRunIds.length === 0 ? {} : { caseRunIds }),
    };
}
/** ShowHistoryRunInfo `log_list`: each run's id (a float in the contract: integral here) and times. */
function parseHistory(json) {
    const expected = 'a log_list array with run_id';
    return listAt(json, 'log_list', expected).map((item) => {
        if (!isRecord(item) || !isId(item.run_id))
            throw new Malformed(expected);
        const text = (value) => (typeof value === 'string' ? value : undefined);
        return { run_id: item.run_id, start_time: text(item.start_time), end_time: text(item.end_time) };
    });
}
/** ShowMergeReportLogsOutline: `result.outline`, read field by field later (kpis.ts). */
function parseOutline(json) {
    const outline = isRecord(json) && isRecord(json.result) ? json.result.outline : undefined;
    if (!isRecord(outline))
        throw new Malformed('result.outline');
    const core = isRecord(outline.core_index) ? outline.core_index : undefined;
    const basics = isRecord(outline.task_basic_execution_data) ? outline.task_basic_execution_data : undefined;
    return {
        core_index: core && { ...core, response_time: isRecord(core.response_time) ? core.response_time : undefined },
        task_basic_execution_data: basics && {
            start_time: typeof basics.start_time === 'string' ? basics.start_time : undefined,
            end_time: typeof basics.end_time === 'string' ? basics.end_time : undefined,
            duration: typeof basics.duration === 'number' ? basics.duration : undefined,
            task_status: intOf(basics.task_status),
        },
    };
}


/***/ }),

/***/ 759:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ RUN_STATUS),
/* harmony export */   K2: () => (/* binding */ STATUS_CHANGE),
/* harmony export */   oY: () => (/* binding */ VARIABLE_TYPE),
/* harmony export */   rc: () => (/* binding */ MAX_ID)
/* harmony export */ });
/* unused harmony exports DIRECTORY_ENTRY, CASE_STATUS */
/** ListProjectTestCase's `directory` entry `type` values, named (contract model ProjectDirectory). */
const DIRECTORY_ENTRY = { folder: 1, case: 2 };
/** A case's `status` in ListProjectTestCase's `directory`. */
const CASE_STATUS = { deleted: 0, enabled: 1, disabled: 2 };
/** The `status` of UpdateTaskStatus and BatchUpdateTaskStatus: what to do to the task (the contract's doc). */
const STATUS_CHANGE = { start: 9, stop: 2 };
/** The service's ids are int32: the largest id an input may give. */
const MAX_ID = 2147483647;
/** ShowTask's run_status values, named (the contract's TaskInfo.run_status doc). */
const RUN_STATUS = { running: 0, paused: 1, finished: 2, abnormal: 3, stopped: 4, stopping: 5, waiting: 9 };
/** ListVariables' `variable_type` values and those of VariableDetail (the contract's doc). Text (5) exists only on some sites. */
const VARIABLE_TYPE = { integer: 1, enumeration: 2, file: 3, text: 5 };


/***/ }),

/***/ 556:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// The workflow run's context, read the way the runner provides it (environment and event file).
// Hand-written rather than `@actions/github`'s `context`: that module's only entry point also loads
// Octokit, which adds about 220 kB and 15 ms to every start of the create path for five values.

function readRunContext(env = process.env) {
    const pullRequest = readPullRequest(env.GITHUB_EVENT_PATH);
    return {
        repository: env.GITHUB_REPOSITORY,
        pullRequestNumber: typeof pullRequest?.number === 'number' && Number.isInteger(pullRequest.number) ? pullRequest.number : undefined,
        fromFork: Boolean(pullRequest &&
            (pullRequest.head?.repo?.fork === true || (pullRequest.head?.repo?.full_name ?? env.GITHUB_REPOSITORY) !== env.GITHUB_REPOSITORY)),
        hasIdTokenService: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
        sha: env.GITHUB_SHA,
        runId: integer(env.GITHUB_RUN_ID),
        runAttempt: integer(env.GITHUB_RUN_ATTEMPT),
        job: env.GITHUB_JOB,
    };
}
function readPullRequest(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(eventPath, 'utf8')).pull_request;
    }
    catch {
        return undefined; // no readable event file: name the task after the commit instead
    }
}
function integer(text) {
    return text && /^\d+$/.test(text) ? Number(text) : undefined;
}


/***/ }),

/***/ 762:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ errorFields),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   jg: () => (/* binding */ quoteBody),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
// What a failed Huawei Cloud call means, in the words a user needs: status, service code and
// message, request id, and what to do next when the code is a known one.
/** An error's message, or the thrown value as text: for every message that quotes a failure. */
const errorMessage = (error) => (error instanceof Error ? error.message : String(error));
class ApiError extends Error {
    operation;
    status;
    code;
    detail;
    requestId;
    retryAfter;
    requestIdHeader;
    constructor(operation, status, code, detail, requestId, 
    /** The Retry-After header, as sent. */
    retryAfter, 
    /** The header the request id came in: X-Request-Id from the API gateway, X-IAM-Trace-Id from IAM. */
    requestIdHeader = 'X-Request-Id') {
        super(formatApiError(operation, status, code, detail, requestId, requestIdHeader));
        this.operation = operation;
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.requestId = requestId;
        this.retryAfter = retryAfter;
        this.requestIdHeader = requestIdHeader;
        this.name = 'ApiError';
    }
    /** A 2xx answer without what the action needs: `expected` says what that was; the body is quoted unless it may hold a secret. */
    static malformed(operation, answer, expected, quote = true) {
        const detail = `expected ${expected}${quote ? `; ${quoteBody(answer.text)}` : ''}`;
        return new ApiError(operation, answer.status, undefined, detail, answer.requestId, undefined, answer.requestIdHeader);
    }
}
/** A hint chosen by the message as well as the code: the gateway says "signature expired" for clock skew. */
const MESSAGE_HINTS = [
    {
        code: 'APIGW.0301',
        pattern: /expired/i,
        hint: "The signature's date (X-Sdk-Date) is more than 15 minutes off the gateway's clock, or temporary keys have expired: " +
            "check the runner's clock, and for keyless sign-in that the keys were issued for long enough. " +
            'Not retried: five failed attempts in a row lock the AK for five minutes.',
    },
];
const HINTS = {
    'APIGW.0301': 'The gateway rejected the signature or the credentials: check the AK/SK (and the security token for temporary keys). ' +
        'Not retried: five failed attempts in a row lock the AK for five minutes, so fix the keys before re-running.',
    'APIGW.0303': "The request date is more than 15 minutes off the gateway's clock: check the runner's clock.",
    'APIGW.0101': 'The gateway does not know this API: check the endpoint and the region.',
    'APIGW.0308': 'The API is throttled: wait a few seconds and try again.',
    'SVCSTG.CPTS.4031009': 'CodeArts PerfTest is not enabled for this account in this region: enable it in the console.',
    'SVCSTG.CPTS.4032002': 'The service knows no such task or PerfTest project in this region project, or it is not yours: check task_id and project, ' +
        'and that region and project_id name the region where they were made.',
};
function formatApiError(operation, status, code, detail, requestId, requestIdHeader) {
    const parts = [`${operation} failed: HTTP ${status}`];
    if (code)
        parts.push(` ${code}`);
    if (detail)
        parts.push(`: ${detail}`);
    parts.push(requestId ? ` (${requestIdHeader} ${requestId})` : ` (no ${requestIdHeader} in the response)`);
    const hint = code ? (MESSAGE_HINTS.find((h) => h.code === code && h.pattern.test(detail))?.hint ?? HINTS[code]) : undefined;
    if (hint)
        parts.push(`. ${hint}`);
    else if (status === 401 || status === 403)
        parts.push('. Check the credentials and their permissions.');
    return parts.join('');
}
/** The first 300 characters of a body, quoted, for bodies that are not the JSON we expected. */
function quoteBody(text) {
    if (text.trim() === '')
        return 'empty body';
    const chars = [...text];
    return `body ${JSON.stringify(chars.length > 300 ? chars.slice(0, 300).join('') + '…' : text)}`;
}
/**
 * Finds the service's error code and message the way Huawei's SDKs do: `error_code`/`error_msg`,
 * `errorCode`/`errorMsg`, `code`/`message`, then one nested object (IAM's `{error: {...}}`).
 */
function errorFields(body) {
    if (!isRecord(body))
        return undefined;
    return pairFields(body) ?? Object.values(body).filter(isRecord).map(pairFields).find(Boolean);
}
function pairFields(record) {
    const pairs = [
        ['error_code', 'error_msg'],
        ['errorCode', 'errorMsg'],
        ['code', 'message'],
    ];
    for (const [codeKey, messageKey] of pairs) {
        const code = asText(record[codeKey]);
        const message = asText(record[messageKey]);
        if (code || message)
            return { code, message };
    }
    return undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asText(value) {
    if (typeof value === 'string' && value !== '')
        return value;
    if (typeof value === 'number')
        return String(value);
    return undefined;
}
/** No HTTP answer at all (refused, reset, timed out); the request may or may not have been handled. */
class TransportError extends Error {
    operation;
    url;
    reason;
    code;
    constructor(operation, url, reason, 
    /** The system error code (ECONNRESET, ECONNREFUSED, ...), when there is one. */
    code, cause) {
        super(`${operation} failed: no answer from ${url}: ${reason}`, { cause });
        this.operation = operation;
        this.url = url;
        this.reason = reason;
        this.code = code;
        this.name = 'TransportError';
    }
}


/***/ }),

/***/ 769:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t: () => (/* binding */ send)
});

// EXTERNAL MODULE: ./src/huawei/api-error.ts
var api_error = __nccwpck_require__(762);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: ./src/huawei/signer.ts
// SDK-HMAC-SHA256 request signing (Huawei Cloud API gateway). Pure: no I/O, the date is passed in.
//
// The signer also produces the request line and the header values to send, so what goes on the
// wire is by construction what was signed (encoded path, sorted query, trimmed header values).

const ALGORITHM = 'SDK-HMAC-SHA256';
const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** `YYYYMMDDTHHMMSSZ` in UTC. */
function formatSdkDate(date) {
    return date
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
}
/** Percent-encodes everything but `A-Z a-z 0-9 - _ . ~`, UTF-8, upper-case hex. */
function encodeRfc3986(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
/** The encoded path as sent on the request line (no trailing slash added). */
function encodePath(path) {
    const encoded = path.split('/').map(encodeRfc3986).join('/');
    return encoded.startsWith('/') ? encoded : '/' + encoded;
}
function canonicalUri(path) {
    const encoded = encodePath(path);
    return encoded.endsWith('/') ? encoded : encoded + '/';
}
// Code-unit order, as the gateway and the SDKs sort; localeCompare would not be stable across hosts.
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function canonicalQuery(query = []) {
    return [...query]
        .sort(([an, av], [bn, bv]) => byCodeUnit(an, bn) || byCodeUnit(av, bv))
        .map(([name, value]) => `${encodeRfc3986(name)}=${encodeRfc3986(value)}`)
        .join('&');
}
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
function sign(request, key, date) {
    const toSign = new Map(); // lower-case name -> [name as given, trimmed value]
    const add = (name, value) => {
        const lower = name.toLowerCase();
        if (toSign.has(lower))
            throw new Error(`header ${name} is given twice`);
        toSign.set(lower, [name, value.trim()]);
    };
    for (const [name, value] of Object.entries(request.headers ?? {})) {
        if (['host', 'x-sdk-date', 'x-security-token', 'authorization'].includes(name.toLowerCase())) {
            throw new Error(`header ${name} is set by the signer`);
        }
        add(name, value);
    }
    const sdkDate = formatSdkDate(date);
    add('Host', request.host);
    add('X-Sdk-Date', sdkDate);
    if (key.securityToken)
        add('X-Security-Token', key.securityToken);
    const names = [...toSign.keys()].sort(byCodeUnit);
    const signedHeaders = names.join(';');
    const canonicalHeaders = names.map((n) => `${n}:${toSign.get(n)[1]}\n`).join('');
    const query = canonicalQuery(request.query);
    const method = request.method.toUpperCase();
    const canonicalRequest = [method, canonicalUri(request.path), query, canonicalHeaders, signedHeaders, sha256Hex(request.body ?? '')].join('\n');
    const stringToSign = `${ALGORITHM}\n${sdkDate}\n${sha256Hex(canonicalRequest)}`;
    const signature = (0,external_node_crypto_.createHmac)('sha256', key.secretAccessKey).update(stringToSign).digest('hex');
    const headers = {};
    for (const [name, value] of toSign.values())
        headers[name] = value;
    headers.Authorization = `${ALGORITHM} Access=${key.accessKeyId}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
    return {
        pathAndQuery: encodePath(request.path) + (query ? `?${query}` : ''),
        headers,
        canonicalRequest,
        stringToSign,
        signedHeaders,
        signature,
    };
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(995);
;// CONCATENATED MODULE: ./src/huawei/transport.ts
// One HTTP exchange, as plain as it can be. Directly through node:http or node:https, loaded by the
// URL's scheme, unless the environment names a proxy for that scheme: then through
// @actions/http-client, which honours https_proxy/http_proxy and no_proxy as the runner's other
// tools do. Hand-written for the direct case because http-client loads tls, assert and a tunnel
// module on every start, which cost the create action a fifth of its start-up (docs/benchmarks.md).

const transport_require = (0,external_node_module_.createRequire)(import.meta.url);
/** The proxy variable that applies to `url`, if one is set (no_proxy is http-client's to judge). */
function proxyFor(url, env = process.env) {
    const names = url.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
    return names.map((name) => env[name]).find(Boolean);
}
async function exchange(request) {
    const url = new URL(request.url);
    if (proxyFor(url))
        return (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(415)]).then(__nccwpck_require__.bind(__nccwpck_require__, 893))).exchangeViaHttpClient(request);
    const http = transport_require(url.protocol === 'https:' ? 'node:https' : 'node:http');
    const headers = { ...request.headers, 'user-agent': request.userAgent };
    if (request.body)
        headers['Content-Length'] = Buffer.byteLength(request.body, 'utf8');
    return new Promise((resolve, reject) => {
        const req = http.request({
            method: request.method,
            // An IPv6 literal is connected to without its brackets; the Host header keeps them.
            hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
            port: url.port || undefined,
            path: url.pathname + url.search,
            headers,
            agent: false,
        }, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('error', reject);
            res.on('end', () => resolve({
                status: res.statusCode ?? 0,
                headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
                text: Buffer.concat(chunks).toString('utf8'),
            }));
        });
        // The same words as http-client's idle timeout, which messages and docs quote.
        req.setTimeout(request.timeoutMs, () => {
            req.destroy();
            reject(new Error(`Request timeout: ${url.pathname + url.search}`));
        });
        req.on('error', reject);
        req.end(request.body || undefined);
    });
}

;// CONCATENATED MODULE: ./src/huawei/http.ts
// One JSON request to a Huawei Cloud API: sign (unless it is one of IAM's unsigned calls), send,
// read, and turn failures into ApiError.



/** Sends `request`, signed with `key`, or unsigned when `key` is undefined. */
async function send(endpoint, key, request, options) {
    const { url, body, headers } = prepare(endpoint, key, request, options);
    options.log.debug(`${request.operation}: ${request.method} ${url}`);
    const timeoutMs = options.timeoutMs ?? 30_000;
    const response = await exchange({ method: request.method, url, body, headers, userAgent: options.userAgent, timeoutMs }).catch((error) => {
        throw new api_error/* TransportError */.wX(request.operation, url, describe(error), error.code, error);
    });
    const { status, text, headers: responseHeaders } = response;
    // API gateway answers carry X-Request-Id; IAM's carry X-IAM-Trace-Id instead.
    const traced = responseHeaders['x-request-id'] === undefined && responseHeaders['x-iam-trace-id'] !== undefined;
    const requestId = traced ? responseHeaders['x-iam-trace-id'] : responseHeaders['x-request-id'];
    const requestIdHeader = traced ? 'X-IAM-Trace-Id' : 'X-Request-Id';
    options.log.debug(`${request.operation}: HTTP ${status}, ${requestIdHeader} ${requestId ?? '(none)'}`);
    const json = parseJson(text);
    if (status < 200 || status > 299) {
        const fields = (0,api_error/* errorFields */.au)(json);
        const detail = fields ? (fields.message ?? '') : (0,api_error/* quoteBody */.jg)(text);
        throw new api_error/* ApiError */.hD(request.operation, status, fields?.code, detail, requestId, responseHeaders['retry-after'], requestIdHeader);
    }
    const answer = { status, requestId, requestIdHeader, json, text, headers: responseHeaders };
    options.onAnswer?.(request.operation, answer);
    return answer;
}
/** The URL, body and headers to send: signed (the signature's inputs logged at debug level), or as they are. */
function prepare(endpoint, key, request, options) {
    const body = request.body === undefined ? '' : JSON.stringify(request.body);
    // Every cpts call in Huawei's SDKs carries Content-Type: application/json, GETs included.
    const headers = { 'Content-Type': 'application/json', ...request.headers };
    if (request.projectId)
        headers['X-Project-Id'] = request.projectId;
    let pathAndQuery;
    let sent;
    if (key) {
        const now = (options.now ?? (() => new Date()))();
        const signed = sign({ method: request.method, host: endpoint.host, path: request.path, query: request.query, headers, body }, key, now);
        const redact = (text) => (key.securityToken ? text.split(key.securityToken).join('***') : text);
        options.log.debug(`Canonical request:\n${redact(signed.canonicalRequest)}`);
        options.log.debug(`String to sign:\n${signed.stringToSign}`);
        ({ pathAndQuery, headers: sent } = signed);
    }
    else {
        const query = canonicalQuery(request.query);
        pathAndQuery = encodePath(request.path) + (query ? `?${query}` : '');
        sent = { ...headers, Host: endpoint.host };
    }
    const url = endpoint.origin + pathAndQuery;
    // parseEndpoint refuses userinfo; this keeps it out of the debug log and errors whoever built the endpoint.
    if (/^[^:/?#]*:\/\/[^/?#]*@/.test(url)) {
        throw new Error(`${request.operation} was not sent: its endpoint carries credentials (a user name and password before "@"), which are not allowed.`);
    }
    return { url, body, headers: sent };
}
function parseJson(text) {
    if (text.trim() === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function describe(error) {
    if (error instanceof Error) {
        const code = error.code;
        return code && !error.message.includes(code) ? `${code} ${error.message}` : error.message;
    }
    return String(error);
}


/***/ }),

/***/ 207:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ MIN_REQUEST_MS),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   j2: () => (/* binding */ REQUEST_TIMEOUT_MS),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   tE: () => (/* binding */ decideRetry),
/* harmony export */   wP: () => (/* binding */ retrySettings)
/* harmony export */ });
/* unused harmony exports realTiming, BACKOFF, parseRetryAfter, RetriesExhausted */
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(762);
// When and how long to wait before trying a call again: capped exponential backoff with full
// jitter, Retry-After honoured, everything inside one overall deadline. Pure apart from the
// injected timing, so tests control the clock and the dice.

const realTiming = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => Math.random(),
};
const BACKOFF = { baseMs: 1000, capMs: 20_000, retryAfterCapMs: 60_000 };
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
/** Errors raised before a request can have reached the server. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
function decideRetry(error, now) {
    if (error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX) {
        // A name that does not resolve is a wrong endpoint or region, not a hiccup.
        if (error.code === 'ENOTFOUND')
            return { retry: false, outcomeUnknown: false, reason: error.reason };
        return { retry: true, outcomeUnknown: !NOT_SENT.has(error.code ?? ''), reason: error.reason };
    }
    if (error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD) {
        const reason = `HTTP ${error.status}${error.code ? ` ${error.code}` : ''}`;
        if (!RETRYABLE_STATUS.has(error.status))
            return { retry: false, outcomeUnknown: false, reason };
        // A throttled request was refused before it was handled; a 5xx may have been handled.
        const waitMs = error.retryAfter === undefined ? undefined : parseRetryAfter(error.retryAfter, now);
        return { retry: true, outcomeUnknown: error.status !== 429, waitMs, reason };
    }
    return { retry: false, outcomeUnknown: false, reason: String(error) };
}
/** Retry-After as delta-seconds or an HTTP date, in milliseconds from now; undefined when unreadable. */
function parseRetryAfter(value, now) {
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** Full jitter: uniform in [0, min(cap, base * 2^(attempt-1))], at least what the server asked for (capped). */
function backoffMs(attempt, policy, random, waitMs) {
    const jittered = Math.floor(random * Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1)));
    return waitMs === undefined ? jittered : Math.min(policy.retryAfterCapMs, Math.max(waitMs, jittered));
}
/** The retry settings of a real step: Huawei's backoff, the real clock, one deadline. */
function retrySettings(maxAttempts, deadline, log, bound) {
    return { policy: { ...BACKOFF, maxAttempts, deadline, bound }, timing: realTiming, log };
}
/** Each request's own timeout; the overall deadline may cut it shorter. */
const REQUEST_TIMEOUT_MS = 30_000;
/** Less time than this left: no request is worth sending. */
const MIN_REQUEST_MS = 1000;
/** A call that failed on every attempt it was allowed, or ran out of time. */
class RetriesExhausted extends Error {
    operation;
    attempts;
    lastError;
    lastDecision;
    constructor(operation, attempts, lastError, lastDecision, limit) {
        super(`${operation} failed after ${attempts.length} attempt${attempts.length === 1 ? '' : 's'} (${limit}): ` +
            `${attempts.join('; ')}. Last error: ${(0,_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(lastError)}`);
        this.operation = operation;
        this.attempts = attempts;
        this.lastError = lastError;
        this.lastDecision = lastDecision;
        this.name = 'RetriesExhausted';
    }
}
async function withRetries(options, call) {
    const { operation, policy, timing, log } = options;
    const tried = [];
    const started = timing.now();
    const elapsed = () => `${((timing.now() - started) / 1000).toFixed(1)} s`;
    for (let attempt = 1;; attempt++) {
        const remaining = policy.deadline - timing.now();
        if (remaining < MIN_REQUEST_MS) {
            throw new Error(`${operation} was not sent: the time allowed for the step's network work ran out${tried.length ? ` after ${tried.join('; ')}` : ''}.`);
        }
        try {
            return await call(Math.min(options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS, remaining));
        }
        catch (error) {
            const decision = decideRetry(error, timing.now());
            if (!decision.retry)
                throw error;
            tried.push(`attempt ${attempt}: ${decision.reason}`);
            if (decision.outcomeUnknown && options.recover) {
                const recovered = await options.recover(error);
                if (recovered !== undefined)
                    return recovered;
            }
            if (attempt >= policy.maxAttempts) {
                throw new RetriesExhausted(operation, tried, error, decision, `max_attempts ${policy.maxAttempts}, ${elapsed()}`);
            }
            const wait = backoffMs(attempt, policy, timing.random(), decision.waitMs);
            if (timing.now() + wait + MIN_REQUEST_MS > policy.deadline) {
                throw new RetriesExhausted(operation, tried, error, decision, `${policy.bound} reached after ${elapsed()}`);
            }
            log.warning(`${operation} attempt ${attempt} of ${policy.maxAttempts} failed: ${(0,_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}; ` +
                `retrying in ${(wait / 1000).toFixed(1)} s${decision.waitMs === undefined ? '' : ' (Retry-After)'}.`);
            await timing.sleep(wait);
        }
    }
}


/***/ }),

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 67:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// NAMESPACE OBJECT: ./src/cpts/contract-shapes.ts
var contract_shapes_namespaceObject = {};
__nccwpck_require__.r(contract_shapes_namespaceObject);
__nccwpck_require__.d(contract_shapes_namespaceObject, {
  MODELS: () => (MODELS),
  RESPONSE_OF: () => (RESPONSE_OF)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: ./src/github/runner.ts
// The GitHub runner's side of a step, by its documented protocol: inputs and saved state arrive as
// INPUT_* and STATE_* variables; outputs, state and exported variables go to the files it names
// (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV) as `name<<delimiter` blocks; the job summary is appended
// to GITHUB_STEP_SUMMARY; log lines and masks are workflow commands on stdout.
// Hand-written rather than @actions/core: that package's one entry point also loads @actions/exec,
// @actions/io and @actions/http-client (child_process, os, tls, assert) on every start, for the ID
// token and platform details; the create action needs none of it. The ID token, which keyless
// sign-in alone needs, still comes from @actions/core, loaded on first use.
// __tests__/github/runner.test.ts checks every write against @actions/core's own.


const EOL = '\n';
const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** `name<<delimiter` block of the file commands; the delimiter is random so a value cannot end it. */
function keyValue(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: the value contains ${delimiter}.`);
    return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}
function createRunner(options = {}) {
    const env = options.env ?? process.env;
    const write = options.write ?? ((text) => void process.stdout.write(text));
    const command = (name, message, properties = {}) => {
        const props = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(value)}`);
        write(`::${name}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}${EOL}`);
    };
    /** To the file the runner names in `fileVariable`, or as the older stdout command where it names none. */
    const fileCommand = (fileVariable, legacy, name, value) => {
        const file = env[fileVariable];
        if (file)
            (0,external_node_fs_.appendFileSync)(file, keyValue(name, value), 'utf8');
        else {
            if (legacy === 'set-output')
                write(EOL); // as @actions/core does, for this command only
            command(legacy, value, { name });
        }
    };
    const runner = {
        env,
        getInput: (name, trim = true) => {
            const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
            return trim ? value.trim() : value;
        },
        setOutput: (name, value) => fileCommand('GITHUB_OUTPUT', 'set-output', name, value),
        saveState: (name, value) => fileCommand('GITHUB_STATE', 'save-state', name, value),
        getState: (name) => env[`STATE_${name}`] ?? '',
        exportVariable: (name, value) => {
            // Later code of this step sees it too, as with @actions/core.
            if (env === process.env)
                process.env[name] = value;
            fileCommand('GITHUB_ENV', 'set-env', name, value);
        },
        setSecret: (secret) => command('add-mask', secret),
        debug: (message) => command('debug', message),
        info: (message) => write(message + EOL),
        warning: (message) => command('warning', message),
        notice: (message) => command('notice', message),
        error: (message) => command('error', message),
        setFailed: (message) => {
            (options.fail ?? (() => (process.exitCode = 1)))();
            runner.error(message);
        },
        appendSummary: (markdown) => {
            const file = env.GITHUB_STEP_SUMMARY;
            if (!file)
                return runner.debug('GITHUB_STEP_SUMMARY is not set: no job summary.');
            (0,external_node_fs_.appendFileSync)(file, markdown, 'utf8');
        },
        getIdToken: async (audience) => (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(143), __nccwpck_require__.e(363)]).then(__nccwpck_require__.bind(__nccwpck_require__, 143))).getIDToken(audience),
    };
    return runner;
}

;// CONCATENATED MODULE: ./src/common/contract-watch.ts
class ContractWatch {
    checkAnswer;
    keptPerOperation;
    /** The JSON answers kept, by operation, in arrival order. */
    answers = new Map();
    /** `keptPerOperation`: the answers worth checking; the wait's polls repeat one shape. */
    constructor(checkAnswer, keptPerOperation = 2) {
        this.checkAnswer = checkAnswer;
        this.keptPerOperation = keptPerOperation;
    }
    /** For HttpOptions.onAnswer: keeps the answer's JSON, if it has any and the operation's quota allows. */
    onAnswer = (operation, response) => {
        if (response.json === undefined)
            return;
        const kept = this.answers.get(operation) ?? [];
        if (kept.length >= this.keptPerOperation)
            return;
        kept.push(response.json);
        this.answers.set(operation, kept);
    };
    /** Each field that did not fit, once per operation and path. */
    deviations() {
        const found = new Map();
        for (const [operation, answers] of this.answers) {
            for (const json of answers)
                for (const d of this.checkAnswer(operation, json))
                    found.set(`${d.operation} ${d.path}`, d);
        }
        return [...found.values()];
    }
    /** The quiet report: one debug line per operation and field, and one notice when any did not fit. Never throws. */
    report(runner) {
        try {
            const deviations = this.deviations();
            if (deviations.length === 0)
                return;
            for (const d of deviations)
                runner.debug(`API contract: ${d.operation} ${d.path || '(the answer)'}: ${d.problem}.`);
            const operations = [...new Set(deviations.map((d) => d.operation))];
            runner.notice(`${deviations.length} field${deviations.length === 1 ? '' : 's'} in the answers of ${operations.join(', ')} did not fit the API ` +
                "contract: the service's answers may have changed. This step went on; turn on debug logging to see each field, and run " +
                'the doctor action to record them (docs/troubleshooting.md#answers-of-the-wrong-shape).');
        }
        catch (error) {
            runner.debug(`The API contract check did not run: ${String(error)}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/cpts/contract-check.ts
// Does an answer fit the API contract? A 2xx answer's JSON against its operation's response model,
// from compact shapes generated from contract/: every operation's (contract-shapes.ts, through
// contract-fit.ts), or the create action's alone (contract-shapes-create.ts), so that the create
// action bundles only what it checks. The contract's `required` is the SDK's claim, so a deviation
// is a sign that the service's answers changed, not an error: callers report deviations, they never
// fail on one. A deviation names a path and the types involved, never a value, since answers hold
// ids, names and secrets.
/** At most this many deviations per answer: past them, the answer is plainly of another shape. */
const MAX_DEVIATIONS = 50;
/** How deep an answer is followed, in objects and lists. */
const MAX_DEPTH = 16;
const FIELD_NAME = /^[A-Za-z_$][\w.$-]{0,63}$/;
const SCALARS = {
    str: (value) => typeof value === 'string',
    datetime: (value) => typeof value === 'string',
    date: (value) => typeof value === 'string',
    int: (value) => Number.isInteger(value),
    float: (value) => typeof value === 'number',
    bool: (value) => typeof value === 'boolean',
};
const join = (path, name) => (path ? `${path}.${name}` : name);
class ContractChecker {
    shapes;
    types = new Map();
    dottedFields;
    constructor(shapes) {
        this.shapes = shapes;
    }
    /**
     * Whether a key looks like a field name rather than data: an identifier-like name of at most 64
     * characters, without a run of 5 digits (an id), not a long hexadecimal or upper-case code (a
     * project id, an access key), and with a '-' or a '.' only when the contract has such a field (a
     * host name, a case's slug). A key of data that looks like a field name (`nightly_checkout`)
     * cannot be told from one.
     */
    isFieldName(key) {
        if (!FIELD_NAME.test(key) || /\d{5}/.test(key))
            return false;
        if (key.length >= 16 && /\d/.test(key) && (/^[0-9a-f]+$/i.test(key) || /^[0-9A-Z_]+$/.test(key)))
            return false;
        // The contract's field names with a '-' or a '.' (OS-FEDERATION): any other such key is taken for data.
        this.dottedFields ??= new Set(Object.values(this.shapes.MODELS)
            .flatMap((fields) => Object.keys(fields))
            .filter((name) => /[-.]/.test(name)));
        return /[-.]/.test(key) ? this.dottedFields.has(key) : true;
    }
    /** A key as a shape or a path may show it: itself when it looks like a field name, else '<key>'. */
    placeholderKey(key) {
        return this.isFieldName(key) ? key : '<key>';
    }
    /**
     * The deviations of an answer (`json`, parsed) from the response model of `operation`, each path
     * once, in the order met: the elements of a list share one path (`field[]`), and so do the values
     * of a dict (`field.<key>`). An answer may null any field. [] for an operation the shapes lack,
     * and for no JSON at all (undefined: an empty body).
     */
    checkAnswer(operation, json) {
        const { RESPONSE_OF } = this.shapes;
        const model = Object.hasOwn(RESPONSE_OF, operation) ? this.typeOf(RESPONSE_OF[operation]) : undefined;
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
            this.checkFields(model, json, '', 0, check);
        else
            check.deviate('', 'expected an object');
        return [...found].map(([path, problem]) => ({ operation, path, problem }));
    }
    typeOf(name) {
        let type = this.types.get(name);
        if (type)
            return type;
        const { MODELS } = this.shapes;
        const list = /^list\[(.+)\]$/.exec(name);
        const dict = /^dict\(str, ?(.+)\)$/.exec(name);
        if (Object.hasOwn(SCALARS, name))
            type = { kind: 'scalar', name, fits: SCALARS[name] };
        else if (list)
            type = { kind: 'list', name, of: list[1] };
        else if (dict)
            type = { kind: 'dict', name, of: dict[1] };
        else if (Object.hasOwn(MODELS, name)) {
            const entries = Object.entries(MODELS[name]);
            const fields = new Map(entries.map(([field, t]) => [field, t.replace(/^!/, '')]));
            type = { kind: 'model', name, fields, required: entries.filter(([, t]) => t.startsWith('!')).map(([field]) => field) };
        }
        else {
            // `object`, and a type this checker does not know: it says nothing about the answer.
            type = { kind: 'any' };
        }
        this.types.set(name, type);
        return type;
    }
    /** An object of a model, at `depth`: fields the model lacks, required ones missing, each field's type. */
    checkFields(model, value, path, depth, check) {
        for (const [name, item] of Object.entries(value)) {
            if (check.full())
                return;
            const type = model.fields.get(name);
            if (type === undefined)
                check.deviate(join(path, this.placeholderKey(name)), 'not in the contract');
            else if (item !== undefined)
                this.checkType(this.typeOf(type), item, join(path, name), depth + 1, check);
        }
        for (const name of model.required) {
            if (!Object.hasOwn(value, name) || value[name] === undefined)
                check.deviate(join(path, name), 'required, missing');
        }
    }
    /** A value of a contract type, at `depth` (the answer itself is at 0). */
    checkType(type, value, path, depth, check) {
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
            return this.checkFields(type, value, path, depth, check);
        // A list's elements share one path, and so do a dict's values (its keys are data).
        const items = type.kind === 'list' ? value : Object.values(value);
        const where = type.kind === 'list' ? `${path}[]` : join(path, '<key>');
        const of = this.typeOf(type.of);
        for (const item of items) {
            if (check.full())
                return;
            this.checkType(of, item, where, depth + 1, check);
        }
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

;// CONCATENATED MODULE: ./src/cpts/contract-shapes.ts
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

;// CONCATENATED MODULE: ./src/cpts/contract-fit.ts
// The contract check over every vendored operation (contract-shapes.ts): what the run action and the
// doctor use. The create action checks its own operations only (contract-shapes-create.ts), with the
// same checker (contract-check.ts).



const full = new ContractChecker(contract_shapes_namespaceObject);
/** The deviations of an answer from its operation's response model (ContractChecker.checkAnswer). */
const checkAnswer = (operation, json) => full.checkAnswer(operation, json);
/** Whether a key looks like a field name rather than data (ContractChecker.isFieldName). */
const isFieldName = (key) => full.isFieldName(key);
/** A key as a shape or a path may show it: itself when it looks like a field name, else '<key>'. */
const placeholderKey = (key) => full.placeholderKey(key);

// EXTERNAL MODULE: ./src/huawei/api-error.ts
var api_error = __nccwpck_require__(762);
;// CONCATENATED MODULE: ./src/common/errors.ts
// One error type per layer: InputError for what the user gave, ApiError (huawei/api-error.ts) for
// what the cloud answered.

/** A bad or missing input; the message names the input and says what is expected. */
class errors_InputError extends Error {
    input;
    constructor(input, message) {
        super(message);
        this.input = input;
        this.name = 'InputError';
    }
}
/** Invisible characters that change how text renders: format characters (bidi overrides, zero-width) and line separators. */
const errors_INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}]/gu;
/** `U+202E` for a character (a code point). */
const errors_codePoint = (char) => `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
/** Quotes a user-given value for a message: JSON-escaped so blanks, control and invisible characters show. */
function errors_quote(value, max = 80) {
    const cut = [...value];
    const json = JSON.stringify(cut.length > max ? cut.slice(0, max).join('') + '…' : value);
    // JSON.stringify leaves these as they are; escaped, a log line shows them instead of obeying them.
    return json.replace(errors_INVISIBLE, (char) => Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}
/** How a message names where a value came from: an input, or an environment variable (upper case). */
function errors_describeSource(name) {
    return /^[A-Z][A-Z0-9_]*$/.test(name) ? `Environment variable ${name}` : `Input "${name}"`;
}

;// CONCATENATED MODULE: ./src/common/credentials.ts
// Where the AK/SK (and the security token of temporary keys) come from. Pure: the values are
// passed in. The AK, SK and token always come from one place, so a key is never signed with
// another source's secret.

/** Environment names, in the order they are tried when the inputs are empty. */
const ENV_SOURCES = [
    {
        label: 'HUAWEI_CLOUD_* environment (huaweicloud/auth-action)',
        ak: 'HUAWEI_CLOUD_ACCESS_KEY_ID',
        sk: 'HUAWEI_CLOUD_SECRET_ACCESS_KEY',
        token: 'HUAWEI_CLOUD_SECURITY_TOKEN',
        region: 'HUAWEI_CLOUD_REGION',
        projectId: 'HUAWEI_CLOUD_PROJECT_ID',
    },
    {
        label: 'HUAWEICLOUD_SDK_* environment',
        ak: 'HUAWEICLOUD_SDK_AK',
        sk: 'HUAWEICLOUD_SDK_SK',
        token: 'HUAWEICLOUD_SDK_SECURITY_TOKEN',
        region: 'HUAWEICLOUD_SDK_REGION',
        projectId: 'HUAWEICLOUD_SDK_PROJECT_ID',
    },
];
/** The names whose values are secrets, to mask the moment they are read. */
const SECRET_ENV_NAMES = ENV_SOURCES.flatMap((s) => [s.sk, s.token]);
const INPUT_NAMES = { ak: 'access_key_id', sk: 'secret_access_key', token: 'security_token' };
function resolveCredentials(inputs, env) {
    const fromInputs = pick('inputs', INPUT_NAMES, (n) => inputs[n]);
    if (fromInputs)
        return fromInputs;
    if (inputs.security_token.trim()) {
        throw new errors_InputError('security_token', 'Input "security_token" is given without "access_key_id" and "secret_access_key": a security token only works ' +
            'with the temporary AK/SK it was issued with; give all three inputs, or none to use the environment.');
    }
    for (const source of ENV_SOURCES) {
        const found = pick(source.label, source, (n) => env[n] ?? '');
        if (found)
            return found;
    }
    throw new errors_InputError('access_key_id', 'No credentials: give "identity_provider" for keyless sign-in with the workflow\'s ID token, or the "access_key_id" and "secret_access_key" inputs (from repository secrets), ' +
        'or run huaweicloud/auth-action before this step, or set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK.');
}
/** The key from one source, or undefined when the source has neither AK nor SK. */
function pick(source, names, read) {
    const ak = read(names.ak).trim();
    const sk = read(names.sk).trim();
    const token = read(names.token).trim();
    if (!ak && !sk)
        return undefined;
    const fail = (name, message) => {
        throw new errors_InputError(name, `${errors_describeSource(name)} ${message}`);
    };
    if (!sk)
        fail(names.sk, `is empty but ${names.ak} is set: an AK needs its SK (secret access key).`);
    if (!ak)
        fail(names.ak, `is empty but ${names.sk} is set: an SK needs its AK (access key id).`);
    if (!/^[A-Za-z0-9]{1,128}$/.test(ak)) {
        fail(names.ak, `must be an access key id of letters and digits; got ${errors_quote(ak, 40)}.`);
    }
    // The SK and the token are never quoted: they are secrets.
    if (!/^[\x21-\x7e]+$/.test(sk)) {
        fail(names.sk, 'must be printable ASCII without blanks; check for a stray quote or line break (value not shown).');
    }
    if (token && !/^[\x21-\x7e]+$/.test(token)) {
        fail(names.token, 'must be printable ASCII without blanks (value not shown).');
    }
    return { key: { accessKeyId: ak, secretAccessKey: sk, ...(token ? { securityToken: token } : {}) }, source };
}

;// CONCATENATED MODULE: ./src/common/input-declarations.ts
// Each input is declared once: the input lists, the secrets readInputs masks and the defaults the
// resolvers fall back to come from here, and __tests__/action-yml.test.ts holds both action.yml
// files to the same names, descriptions, required flags and defaults.
/** The names declared, in declaration order. */
function inputNames(declarations) {
    return Object.keys(declarations);
}
/** Where to send requests and how to sign them; both actions. */
const CONNECTION_DECLARATIONS = {
    region: {
        description: 'Huawei Cloud region, e.g. cn-north-4. Falls back to HUAWEI_CLOUD_REGION, then HUAWEICLOUD_SDK_REGION. ' +
            'Not needed when endpoint is given.',
    },
    project_id: {
        description: "The region's IAM project id (32 hex characters; console > My Credentials > API Credentials > Projects), not the " +
            'PerfTest project. Falls back to HUAWEI_CLOUD_PROJECT_ID, then HUAWEICLOUD_SDK_PROJECT_ID, then is looked up in IAM ' +
            'by region name.',
    },
    access_key_id: {
        description: 'Access key id (AK). Falls back to HUAWEI_CLOUD_ACCESS_KEY_ID, then HUAWEICLOUD_SDK_AK.',
    },
    secret_access_key: {
        description: 'Secret access key (SK); pass it from a secret. Falls back to HUAWEI_CLOUD_SECRET_ACCESS_KEY, then HUAWEICLOUD_SDK_SK.',
        secret: true,
    },
    security_token: {
        description: 'Security token of temporary AK/SK, sent as X-Security-Token. Comes from the same place as the AK/SK.',
        secret: true,
    },
    endpoint: {
        description: 'CodeArts PerfTest endpoint override: https://host[:port] (http:// only for localhost, 127.x.x.x or [::1]), without ' +
            'user:password@ (give keys through access_key_id/secret_access_key). Default https://cpts.{region}.myhuaweicloud.com.',
    },
    identity_provider: {
        description: "Keyless sign-in: the id of an IAM identity provider (protocol OpenID Connect) trusting GitHub's ID tokens. The job " +
            'needs `permissions: id-token: write`. Give it instead of access keys.',
    },
    oidc_audience: {
        description: 'The audience of the ID token; must equal the client ID configured on the identity provider. Only used with identity_provider.',
        default: 'iam.myhuaweicloud.com',
    },
    iam_endpoint: {
        description: 'IAM endpoint override for keyless sign-in and the project_id lookup, under the same rules as endpoint. Falls back to ' +
            'HUAWEICLOUD_SDK_IAM_ENDPOINT. Default https://iam.{region}.myhuaweicloud.com.',
    },
    max_attempts: {
        description: 'Attempts per call, the first included, for transient failures (connection errors, timeouts, 429, 500, 502, 503, 504).',
        default: 5,
    },
};
/** The pull-request comment, which both actions can keep up to date. */
const COMMENT_DECLARATIONS = {
    comment_on_pr: {
        description: 'On pull_request events, keep one comment per workflow and task on the pull request, updated in place on re-runs ' +
            '(the task, and from the run action the figures and thresholds). A read-only token (forks) gives a warning, not a failure.',
        default: false,
    },
    github_token: {
        description: 'Token for that comment; needs the pull-requests: write permission.',
        secret: true,
        default: '${{ github.token }}',
    },
};

;// CONCATENATED MODULE: ./src/common/inputs.ts


/** The inputs declared secret; only shared inputs may be (OwnInputDeclaration has no secret flag). */
const SECRET_INPUTS = new Set(Object.entries({ ...CONNECTION_DECLARATIONS, ...COMMENT_DECLARATIONS })
    .filter(([, declaration]) => declaration.secret)
    .map(([name]) => name));
/** The texts of `names` as the runner gives them, secrets (and secret environment variables) masked. */
function readInputs(runner, names) {
    const mask = (value) => {
        const secret = value?.trim();
        if (secret)
            runner.setSecret(secret);
    };
    const raw = {};
    for (const name of names) {
        // `name` keeps its blanks so that a blank name is an error rather than silently generated.
        const value = runner.getInput(name, name !== 'name');
        if (SECRET_INPUTS.has(name))
            mask(value);
        raw[name] = value;
    }
    for (const name of SECRET_ENV_NAMES)
        mask(runner.env[name]);
    return raw;
}

;// CONCATENATED MODULE: ./src/common/publish.ts
async function publish(runner, comment, taskId, section, markdown) {
    runner.appendSummary(markdown);
    if (!comment.enabled)
        return;
    const { upsertPrComment } = await __nccwpck_require__.e(/* import() */ 809).then(__nccwpck_require__.bind(__nccwpck_require__, 809));
    await upsertPrComment({ token: comment.token, taskId, section, content: markdown, log: runner, env: runner.env });
}

// EXTERNAL MODULE: ./src/huawei/http.ts + 2 modules
var http = __nccwpck_require__(769);
// EXTERNAL MODULE: ./src/huawei/retry.ts
var huawei_retry = __nccwpck_require__(207);
// EXTERNAL MODULE: ./src/cpts/parse.ts
var cpts_parse = __nccwpck_require__(729);
;// CONCATENATED MODULE: ./src/cpts/client.ts
// Typed CodeArts PerfTest operations, each one request through one path: sign, send, read (parse.ts),
// retried under the client's own settings unless the client is a single-attempt one.




class CptsClient {
    endpoint;
    key;
    iamProjectId;
    http;
    retry;
    singleAttemptDeadline;
    constructor(endpoint, key, 
    /** The region's IAM project id: the `{project_id}` of every path. */
    iamProjectId, http, 
    /** How every call is retried; its clock and log serve the callers too. */
    retry, 
    /** Set on a single-attempt client: each call is sent once, and must be answered by then. */
    singleAttemptDeadline) {
        this.endpoint = endpoint;
        this.key = key;
        this.iamProjectId = iamProjectId;
        this.http = http;
        this.retry = retry;
        this.singleAttemptDeadline = singleAttemptDeadline;
    }
    /** The same client, retrying under other settings (another deadline or bound). */
    withRetry(retry) {
        return new CptsClient(this.endpoint, this.key, this.iamProjectId, this.http, retry);
    }
    /** The same client sending each call once, by `deadline`: for a caller whose own loop retries. */
    singleAttempt(deadline) {
        return new CptsClient(this.endpoint, this.key, this.iamProjectId, this.http, this.retry, deadline);
    }
    createNewTask(body, options = {}) {
        return this.request('CreateNewTask', 'POST', `/v3/${this.iamProjectId}/tasks`, createdTask, { ...options, body });
    }
    /** One page of ShowTaskSet: the tasks of a PerfTest project, newest first. */
    showTaskSet(testSuiteId, offset, limit) {
        const path = `/v1/${this.iamProjectId}/all-tasks/${testSuiteId}`;
        return this.request('ShowTaskSet', 'GET', path, (json) => (0,cpts_parse/* parseNamedList */.lw)(json, 'tasks'), { query: pageQuery(offset, limit) });
    }
    /** One page of ListProjectSets: the PerfTest projects. */
    listProjectSets(offset, limit) {
        const path = `/v1/${this.iamProjectId}/test-suites`;
        return this.request('ListProjectSets', 'GET', path, (json) => (0,cpts_parse/* parseNamedList */.lw)(json, 'projects'), { query: pageQuery(offset, limit) });
    }
    /** ListProjectTestCase: the folders and cases of a PerfTest project. */
    listProjectTestCase(testSuiteId) {
        return this.request('ListProjectTestCase', 'GET', `/v1/${this.iamProjectId}/test-suites/${testSuiteId}/directory`, cpts_parse/* parseDirectory */.Bp);
    }
    /** ListTaskCases: the ids of the cases attached to a task. */
    listTaskCases(testSuiteId, taskId) {
        const path = `/v1/${this.iamProjectId}/test-suites/${testSuiteId}/tasks/${taskId}/test-cases`;
        return this.request('ListTaskCases', 'GET', path, cpts_parse/* parseTaskCaseIds */.nb);
    }
    /** UpdateTaskStatus: start or stop a run of a task; the run's id. */
    updateTaskStatus(testSuiteId, taskId, body, options = {}) {
        const path = `/v1/${this.iamProjectId}/test-suites/${testSuiteId}/tasks/${taskId}`;
        return this.request('UpdateTaskStatus', 'POST', path, cpts_parse/* parseStartedRunId */.xJ, { ...options, body });
    }
    /** BatchUpdateTaskStatus: start or stop a run of one new-edition task; the run's id. */
    batchUpdateTaskStatus(body, options = {}) {
        const path = `/v1/${this.iamProjectId}/test-suites/${body.project_id}/tasks/batch-update-task-status`;
        return this.request('BatchUpdateTaskStatus', 'POST', path, (json) => (0,cpts_parse/* parseBatchRunId */.YV)(json, body.task_id_list[0]), { ...options, body });
    }
    /** ShowTask: the task's run_status and its latest run. */
    showTask(taskId) {
        return this.request('ShowTask', 'GET', `/v1/${this.iamProjectId}/tasks/${taskId}`, cpts_parse/* parseTaskState */.SR);
    }
    /** ShowHistoryRunInfo: every run of a task. */
    showHistoryRunInfo(taskId) {
        return this.request('ShowHistoryRunInfo', 'GET', `/v1/${this.iamProjectId}/tasks/history-run-list/${taskId}`, cpts_parse/* parseHistory */.i6);
    }
    /** ShowMergeReportLogsOutline: the headline figures of a run. */
    showMergeReportLogsOutline(taskRunId) {
        const path = `/v2/${this.iamProjectId}/task-run-infos/${taskRunId}/reports/log-outline`;
        return this.request('ShowMergeReportLogsOutline', 'GET', path, cpts_parse/* parseOutline */._3);
    }
    /** ShowMergeTaskCase: the cases of a run, with their requests and transactions. */
    async showMergeTaskCase(taskRunId) {
        const { parseTaskCases } = await __nccwpck_require__.e(/* import() */ 758).then(__nccwpck_require__.bind(__nccwpck_require__, 758));
        return this.request('ShowMergeTaskCase', 'GET', `/v2/${this.iamProjectId}/task-run-infos/${taskRunId}/cases`, parseTaskCases);
    }
    /** ShowMergeCaseDetail: the figures of one case of a run, its requests and its transactions. */
    async showMergeCaseDetail(taskRunId, caseRunId) {
        const path = `/v2/${this.iamProjectId}/task-run-infos/${taskRunId}/case-run-infos/${segment('ShowMergeCaseDetail', caseRunId)}/detail`;
        const { parseCaseDetail } = await __nccwpck_require__.e(/* import() */ 758).then(__nccwpck_require__.bind(__nccwpck_require__, 758));
        return this.request('ShowMergeCaseDetail', 'GET', path, parseCaseDetail);
    }
    /** ListVariables: the PerfTest project's global variables of one type. */
    async listVariables(testSuiteId, variableType) {
        const { parseVariableList } = await __nccwpck_require__.e(/* import() */ 330).then(__nccwpck_require__.bind(__nccwpck_require__, 330));
        const path = `/v1/${this.iamProjectId}/variables/${variableType}/test-suites/${testSuiteId}`;
        return this.request('ListVariables', 'GET', path, (json) => parseVariableList(json, variableType));
    }
    /** UpdateVariable: sets the listed variables' names, types and values; the variable_id answered, if any. */
    async updateVariable(testSuiteId, body, options = {}) {
        const { parseVariableId } = await __nccwpck_require__.e(/* import() */ 330).then(__nccwpck_require__.bind(__nccwpck_require__, 330));
        return this.request('UpdateVariable', 'PUT', `/v1/${this.iamProjectId}/variables/${testSuiteId}`, parseVariableId, {
            ...options,
            body,
        });
    }
    /** CreateVariable: adds the listed variables; the variable_id answered (the first one's), if any. */
    async createVariable(testSuiteId, body, options = {}) {
        const { parseVariableId } = await __nccwpck_require__.e(/* import() */ 330).then(__nccwpck_require__.bind(__nccwpck_require__, 330));
        return this.request('CreateVariable', 'POST', `/v1/${this.iamProjectId}/variables/${testSuiteId}`, parseVariableId, {
            ...options,
            body,
        });
    }
    /** DeleteVariable: removes one global variable; the answer has no fields. */
    deleteVariable(testSuiteId, variableId, options = {}) {
        const query = [
            ['variable_id', String(variableId)],
            ['test_suite_id', String(testSuiteId)],
        ];
        return this.request('DeleteVariable', 'DELETE', `/v1/${this.iamProjectId}/variables`, () => true, { ...options, query });
    }
    /** DebugCase: runs one case of a task once, request by request, outside any run; each request's outcome. */
    async debugCase(testSuiteId, taskId, caseId, body) {
        const { parseDebugResults } = await __nccwpck_require__.e(/* import() */ 330).then(__nccwpck_require__.bind(__nccwpck_require__, 330));
        const path = `/v1/${this.iamProjectId}/test-suites/${testSuiteId}/tasks/${taskId}/cases/${caseId}/debug`;
        return this.request('DebugCase', 'POST', path, parseDebugResults, { body });
    }
    /** One operation: sent and read, retried (with `recover`) or, on a single-attempt client, sent once. */
    request(operation, method, path, parse, parts = {}) {
        const attempt = async (timeoutMs) => {
            parts.beforeSend?.();
            const request = { operation, method, path, query: parts.query, projectId: this.iamProjectId, body: parts.body };
            return read(operation, await (0,http/* send */.t)(this.endpoint, this.key, request, { ...this.http, timeoutMs }), parse);
        };
        const { requestTimeoutMs = huawei_retry/* REQUEST_TIMEOUT_MS */.j2, timing } = this.retry;
        if (this.singleAttemptDeadline !== undefined)
            return attempt(Math.min(requestTimeoutMs, this.singleAttemptDeadline - timing.now()));
        return (0,huawei_retry/* withRetries */.LH)({ ...this.retry, operation, recover: parts.recover }, attempt);
    }
}
const pageQuery = (offset, limit) => [
    ['offset', String(offset)],
    ['limit', String(limit)],
];
/**
 * Why `value` cannot be one segment of a path, if it cannot: paths are given decoded and the signer
 * percent-encodes each segment between slashes, so a slash would split it and a dot segment be resolved.
 */
function pathSegmentProblem(value) {
    if (value === '')
        return 'is empty';
    if (value.includes('/'))
        return 'has a "/" in it';
    if (value === '.' || value === '..')
        return 'is a dot segment';
    return undefined;
}
/** `value` as a path segment, or an error saying why the call was not sent. */
function segment(operation, value) {
    const problem = pathSegmentProblem(value);
    if (problem)
        throw new Error(`${operation} was not sent: the id ${JSON.stringify(value)} ${problem}, which a path segment cannot.`);
    return value;
}
const createdTask = (json, response) => ({ task_id: (0,cpts_parse/* parseCreatedTaskId */._m)(json), requestId: response.requestId });
/** The parsed answer, or an ApiError quoting the body that lacked what was needed. */
function read(operation, response, parse) {
    try {
        return parse(response.json, response);
    }
    catch (error) {
        if (!(error instanceof cpts_parse/* Malformed */.sG))
            throw error;
        throw api_error/* ApiError */.hD.malformed(operation, response, error.expected);
    }
}

// EXTERNAL MODULE: ./src/github/context.ts
var context = __nccwpck_require__(556);
;// CONCATENATED MODULE: ./src/common/sign-in.ts
async function signIn(runner, config, iam, run, durationSeconds) {
    const { auth } = config;
    if (auth.kind === 'keys') {
        runner.info(`Using access keys from ${auth.credentials.source}.`);
        return auth.credentials.key;
    }
    // resolveConnection demands an IAM endpoint for keyless sign-in; loaded only then.
    if (!iam)
        throw new Error('Keyless sign-in needs IAM: give "region" or "iam_endpoint".');
    const { signInWithIdToken } = await __nccwpck_require__.e(/* import() */ 71).then(__nccwpck_require__.bind(__nccwpck_require__, 71));
    return signInWithIdToken({
        identityProvider: auth.identityProvider,
        audience: auth.audience,
        iam,
        getIdToken: (audience) => runner.getIdToken(audience),
        mask: (secret) => runner.setSecret(secret),
        hasIdTokenService: run.hasIdTokenService,
        fromFork: run.fromFork,
        durationSeconds,
    });
}
/** When exported temporary keys expire (ISO 8601): the run step warns when they would not outlast its wait. */
const KEYS_EXPIRE_AT = 'HUAWEI_CLOUD_SECURITY_TOKEN_EXPIRES_AT';
/** Hands the temporary keys to later steps under huaweicloud/auth-action's names (already masked). */
function exportCredentials(runner, key, region, iamProjectId) {
    runner.exportVariable('HUAWEI_CLOUD_ACCESS_KEY_ID', key.accessKeyId);
    runner.exportVariable('HUAWEI_CLOUD_SECRET_ACCESS_KEY', key.secretAccessKey);
    if (key.securityToken)
        runner.exportVariable('HUAWEI_CLOUD_SECURITY_TOKEN', key.securityToken);
    if (key.expiresAt)
        runner.exportVariable(KEYS_EXPIRE_AT, key.expiresAt);
    if (region)
        runner.exportVariable('HUAWEI_CLOUD_REGION', region);
    runner.exportVariable('HUAWEI_CLOUD_PROJECT_ID', iamProjectId);
    runner.info('Exported the temporary keys to later steps as HUAWEI_CLOUD_ACCESS_KEY_ID, HUAWEI_CLOUD_SECRET_ACCESS_KEY and HUAWEI_CLOUD_SECURITY_TOKEN' +
        (key.expiresAt ? `, valid until ${key.expiresAt} (${KEYS_EXPIRE_AT}).` : '.'));
}

;// CONCATENATED MODULE: ./src/common/version.ts
// Kept equal to package.json's version by a test; sent in the User-Agent.
const VERSION = '0.1.0';
const USER_AGENT = `codearts-perftest-action/${VERSION}`;

;// CONCATENATED MODULE: ./src/common/session.ts




/** Signs in and binds a client to the region's IAM project; every call of both retries under `retry`. */
async function openSession(runner, config, retry, options = {}) {
    const http = { userAgent: USER_AGENT, log: retry.log, onAnswer: options.onAnswer };
    // IAM is loaded only when it is used: for keyless sign-in, or to look the region project up.
    const iamModule = config.auth.kind === 'oidc' || config.iamProjectId === undefined ? await __nccwpck_require__.e(/* import() */ 828).then(__nccwpck_require__.bind(__nccwpck_require__, 828)) : undefined;
    const iam = iamModule && config.iamEndpoint && new iamModule.IamClient(config.iamEndpoint, http, retry);
    const key = await signIn(runner, config, iam, options.run ?? (0,context/* readRunContext */.$)(runner.env), options.keyLifetimeSeconds);
    const iamProjectId = config.iamProjectId ?? (await lookUpRegionProject(iamModule, iam, key, config.region));
    return { client: new CptsClient(config.endpoint, key, iamProjectId, http, retry), key, iamProjectId };
}
/** The region's IAM project by region name; resolveConnection demands a region whenever project_id is not given. */
async function lookUpRegionProject(iamModule, iam, key, region) {
    if (!iamModule || !iam || !region)
        throw new Error('The region project cannot be looked up without a region (give project_id).');
    return iamModule.findRegionProjectId(iam, key, region);
}

;// CONCATENATED MODULE: ./src/common/signals.ts
// A cancelled job (SIGTERM, or SIGINT locally) stops the step at once: each action says what it
// leaves behind, then exits. Passed to the entry points, so tests can cancel a step in-process.
const processSignals = {
    onCancel(report) {
        const handler = (signal) => report(signal);
        process.once('SIGTERM', handler);
        process.once('SIGINT', handler);
        return () => {
            process.off('SIGTERM', handler);
            process.off('SIGINT', handler);
        };
    },
    exit: (code) => process.exit(code),
};

;// CONCATENATED MODULE: ./src/cpts/refs.ts
// How a user names things: by id or by name, as the console shows them; and lists of them in messages.
const refs_refText = (ref) => ('id' in ref ? String(ref.id) : `"${ref.name}"`);
/** Items for a message, at most `max` of them, then how many more: a long list stays one short line. */
function refs_listSome(items, max = 10) {
    return items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');
}

;// CONCATENATED MODULE: ./src/cpts/pages.ts
// Reading every page of a paged list (offset/limit); each page is one call, retried by the client.
// The service promises no page size: the offset moves by what was received, and an empty page ends it.
/** What each page asks for; the service may give fewer. */
const PAGE = 100;
async function allPages(page) {
    const all = [];
    const seen = new Set();
    for (let offset = 0;;) {
        const items = await page(offset, PAGE);
        const fresh = items.filter((item) => !seen.has(item.id));
        fresh.forEach((item) => seen.add(item.id));
        all.push(...fresh);
        // An empty page is the end; a page of nothing new means the service ignores the offset.
        if (items.length === 0 || fresh.length === 0)
            return all;
        offset += items.length;
    }
}

// EXTERNAL MODULE: ./src/cpts/types.ts
var cpts_types = __nccwpck_require__(759);
;// CONCATENATED MODULE: ./src/cpts/discovery.ts
// Names to ids, the way a user sees things in the console: a PerfTest project by name
// (ListProjectSets) and cases by name (ListProjectTestCase). Ids take no request at all.



class LookupError extends Error {
    constructor(message) {
        super(message);
        this.name = 'LookupError';
    }
}
/** At most this many candidates are listed in a message. */
const LISTED = 15;
function listing(items) {
    return refs_listSome(items.map((i) => `"${i.name}" (${i.id})`), LISTED);
}
/** The id of the PerfTest project (test suite) `ref` names (input "project"). */
async function resolveTestSuite(client, ref) {
    if ('id' in ref)
        return ref.id;
    const projects = await allPages((offset, limit) => client.listProjectSets(offset, limit));
    const matches = projects.filter((p) => p.name === ref.name);
    if (matches.length === 0) {
        throw new LookupError(`No CodeArts PerfTest project is named "${ref.name}" (input "project"). ` +
            (projects.length ? `The projects are: ${listing(projects)}.` : 'This region project has no PerfTest projects.'));
    }
    if (matches.length > 1) {
        throw new LookupError(`${matches.length} CodeArts PerfTest projects are named "${ref.name}": ${listing(matches)}. Give "project" by id.`);
    }
    client.retry.log.info(`project "${ref.name}" -> ${matches[0].id}`);
    return matches[0].id;
}
async function resolveCases(client, testSuiteId, refs) {
    if (refs.every((ref) => 'id' in ref))
        return refs.map((ref) => ref.id);
    const directory = await client.listProjectTestCase(testSuiteId);
    const cases = directory.filter((e) => e.type === DIRECTORY_ENTRY.case && e.status !== CASE_STATUS.deleted);
    const ids = [];
    for (const ref of refs) {
        if ('id' in ref) {
            ids.push(ref.id);
            continue;
        }
        const matches = cases.filter((c) => c.name === ref.name);
        if (matches.length === 0) {
            throw new LookupError(`PerfTest project ${testSuiteId} has no case named "${ref.name}" (input "cases"). ` +
                (cases.length ? `Its cases are: ${listing(cases)}.` : 'It has no cases.'));
        }
        if (matches.length > 1) {
            throw new LookupError(`${matches.length} cases of PerfTest project ${testSuiteId} are named "${ref.name}": ${listing(matches)}. Give that case by id.`);
        }
        if (matches[0].status === CASE_STATUS.disabled) {
            throw new LookupError(`Case "${ref.name}" (${matches[0].id}) of PerfTest project ${testSuiteId} is disabled: enable it in the console, or leave it out.`);
        }
        client.retry.log.info(`case "${ref.name}" -> ${matches[0].id}`);
        ids.push(matches[0].id);
    }
    return ids;
}
/** A task's cases in the task's order (ListTaskCases), each with its name in the project when it has one (ListProjectTestCase). */
async function taskCases(client, testSuiteId, taskId) {
    const ids = await client.listTaskCases(testSuiteId, taskId);
    const names = new Map((await client.listProjectTestCase(testSuiteId)).map((entry) => [entry.id, entry.name]));
    return ids.map((id) => ({ id, name: names.get(id) }));
}
/** The ids with repeats dropped (a case given by id and by name), and one warning listing the first repeats. */
function distinct(ids, refs, warn) {
    const seen = new Set();
    const repeated = [];
    ids.forEach((id, i) => {
        if (seen.has(id))
            repeated.push(refText(refs[i]));
        seen.add(id);
    });
    if (repeated.length > 0) {
        warn(`Input "cases" names the same case more than once (${listSome(repeated)}); each case is used once.`);
    }
    return [...seen];
}

;// CONCATENATED MODULE: ./src/common/validate.ts
// Pure validators: each takes an input's name and text and returns a typed value or throws an
// InputError that names the input, quotes the value (never a secret) and says what is expected.



const MAX_NAME_LENGTH = 42;
function parseId(input, text, what) {
    if (!/^\d+$/.test(text) || Number(text) > cpts_types/* MAX_ID */.rc) {
        throw new errors_InputError(input, `${errors_describeSource(input)} must be ${what}: an integer from 0 to ${cpts_types/* MAX_ID */.rc}; got ${errors_quote(text)}.`);
    }
    return Number(text);
}
/** An id (digits) or a name (with at least one letter); anything else, `-1` or `1.5` say, is an error. */
function parseRef(input, text, what, inList = false) {
    const value = text.trim();
    if (/^\d+$/.test(value) && Number(value) <= cpts_types/* MAX_ID */.rc)
        return { id: Number(value) };
    if (!/\p{L}/u.test(value) || /\p{Cc}/u.test(value)) {
        throw new errors_InputError(input, inList
            ? `${errors_describeSource(input)} must list ${what} by id (an integer from 0 to ${cpts_types/* MAX_ID */.rc}) or name, separated by commas, spaces or newlines; ${errors_quote(value)} is neither.`
            : `${errors_describeSource(input)} must be ${what} id (an integer from 0 to ${cpts_types/* MAX_ID */.rc}) or name; got ${errors_quote(value)}.`);
    }
    return { name: value };
}
/**
 * Entries separated by commas or newlines; within an entry of digits and blanks only, blanks
 * separate ids too (`1 2, 3`), while other entries are names and keep their blanks. Duplicates are
 * dropped and reported.
 */
function parseRefList(input, text, what) {
    const entries = text
        .split(/[,\n]+/)
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '')
        .flatMap((entry) => (/^[\d\s]+$/.test(entry) ? entry.split(/\s+/) : [entry]));
    if (entries.length === 0) {
        throw new InputError(input, `${describeSource(input)} must list ${what} (ids or names) separated by commas, spaces or newlines; got ${quote(text)}.`);
    }
    const refs = [];
    const duplicates = [];
    const seen = new Set();
    for (const entry of entries) {
        const ref = parseRef(input, entry, what, true);
        const key = refText(ref);
        if (seen.has(key))
            duplicates.push(key);
        else
            refs.push(ref);
        seen.add(key);
    }
    return { refs, duplicates };
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts; empty gives `fallback`. */
function parseBoolean(input, text, fallback) {
    if (text === '')
        return fallback;
    if (TRUE.includes(text))
        return true;
    if (FALSE.includes(text))
        return false;
    throw new errors_InputError(input, `${errors_describeSource(input)} must be true or false; got ${errors_quote(text)}.`);
}
function parseRegion(input, text) {
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(text)) {
        throw new errors_InputError(input, `${errors_describeSource(input)} must be a Huawei Cloud region id such as cn-north-4 or ap-southeast-1; got ${errors_quote(text)}.`);
    }
    return text;
}
const PROJECT_ID_HELP = "It is the 32-character id of the region's IAM project: Huawei Cloud console > My Credentials > " +
    'API Credentials > Projects, the row of your region. It is not the PerfTest project id, which goes in "project".';
function parseProjectId(input, text) {
    if (!/^[0-9a-f]{32}$/.test(text)) {
        throw new errors_InputError(input, `${errors_describeSource(input)} must be 32 lower-case hex characters; got ${errors_quote(text)}. ${PROJECT_ID_HELP}`);
    }
    return text;
}
/**
 * An explicit task name: 1 to 42 UTF-16 code units (as JavaScript and Java count; the service's own
 * counting is not documented), no control or invisible formatting characters.
 */
function parseName(input, text) {
    const trimmed = text.trim();
    const length = trimmed.length;
    if (length === 0) {
        throw new InputError(input, `${describeSource(input)} is blank; give a task name of 1 to ${MAX_NAME_LENGTH} characters, or leave it out to use a generated one.`);
    }
    if (length > MAX_NAME_LENGTH) {
        throw new InputError(input, `${describeSource(input)} must be at most ${MAX_NAME_LENGTH} characters (the service's limit), counted in UTF-16 code units ` +
            `as JavaScript and Java count them: an emoji or other character beyond U+FFFF counts as 2; got ${length}: ${quote(trimmed, 60)}.`);
    }
    if (/\p{Cc}/u.test(trimmed)) {
        throw new InputError(input, `${describeSource(input)} must not contain control characters such as newlines or tabs; got ${quote(trimmed)}.`);
    }
    const invisible = [...new Set(trimmed.match(INVISIBLE))];
    if (invisible.length > 0) {
        // Named by code point: the raw character would reorder or hide text in the log line itself.
        throw new InputError(input, `${describeSource(input)} must not contain invisible formatting characters (bidi overrides, zero-width characters, line ` +
            `separators); got ${invisible.map(codePoint).join(', ')} in ${quote(trimmed)}.`);
    }
    return trimmed;
}
const ENDPOINT_EXPECTED = 'must be an https:// URL such as https://cpts.cn-north-4.myhuaweicloud.com (http:// only for localhost, 127.0.0.1 or [::1])';
/** Why a text is not a URL, without showing it: it may hold a secret. */
function notAUrl(text) {
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(text))
        return 'it has no scheme such as https://';
    if (/\s/.test(text))
        return 'it contains a blank';
    return 'it does not parse as a URL (check the host and port)';
}
/** A URL (without userinfo) for a message: the query and fragment may hold secrets, so they are cut. */
function shownUrl(text) {
    const bare = text.split(/[?#]/)[0];
    return bare === text ? errors_quote(text) : `${errors_quote(bare)} (query or fragment not shown)`;
}
/**
 * An endpoint origin: https://host[:port], or http:// for loopback hosts (local emulators, tests).
 * Messages never show userinfo, a query, or a value that is not a URL: any of them may hold a secret.
 */
function parseEndpoint(input, text) {
    const source = errors_describeSource(input);
    // Any "@" is refused before parsing: an origin never holds one, and whatever precedes it may be a password.
    if (text.includes('@')) {
        throw new errors_InputError(input, `${source} must not carry credentials (it holds "@", which sets off a user name and password): credentials in the URL are not allowed; ` +
            'give keys through access_key_id/secret_access_key, and the endpoint as scheme, host and port only (value not shown).');
    }
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors_InputError(input, `${source} ${ENDPOINT_EXPECTED}; got a value that is not a URL: ${notAUrl(text)} (value not shown).`);
    }
    const loopback = url.hostname === 'localhost' || url.hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        throw new errors_InputError(input, `${source} ${ENDPOINT_EXPECTED}; got ${shownUrl(text)}.`);
    }
    if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
        throw new errors_InputError(input, `${source} must be the endpoint's scheme, host and optional port only, without a path or query; got ${shownUrl(text)}.`);
    }
    return { origin: url.origin, host: url.host };
}
/** An integer within bounds; empty gives `fallback`. */
function parseBoundedInt(input, text, min, max, fallback, what) {
    if (text === '')
        return fallback;
    if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
        throw new errors_InputError(input, `${errors_describeSource(input)} must be ${what}: an integer from ${min} to ${max}; got ${errors_quote(text)}.`);
    }
    return Number(text);
}
/** One of a fixed set of words; empty gives `fallback`. */
function parseChoice(input, text, choices, fallback) {
    if (text === '')
        return fallback;
    if (!choices.includes(text)) {
        throw new errors_InputError(input, `${errors_describeSource(input)} must be one of ${choices.join(', ')}; got ${errors_quote(text)}.`);
    }
    return text;
}

;// CONCATENATED MODULE: ./src/common/connection.ts
// The settings both actions share: where to send requests (region, endpoints, region project) and
// how to sign them (keys or keyless sign-in). Pure, like the rest of the input validation.




const CONNECTION_INPUTS = inputNames(CONNECTION_DECLARATIONS);
/** The pull-request comment, which both actions can keep up to date. */
const COMMENT_INPUTS = inputNames(COMMENT_DECLARATIONS);
function resolveComment(raw) {
    const enabled = parseBoolean('comment_on_pr', raw.comment_on_pr, COMMENT_DECLARATIONS.comment_on_pr.default);
    if (enabled && raw.github_token === '') {
        throw new errors_InputError('github_token', 'Input "github_token" is empty but "comment_on_pr" is true: leave it at its default, ${{ github.token }}, or give a token that may write pull requests.');
    }
    return { enabled, token: raw.github_token };
}
/** The audience asked for when oidc_audience is empty: the identity provider's client ID in IAM. */
const DEFAULT_OIDC_AUDIENCE = CONNECTION_DECLARATIONS.oidc_audience.default;
const regional = (service, region) => ({
    origin: `https://${service}.${region}.myhuaweicloud.com`,
    host: `${service}.${region}.myhuaweicloud.com`,
});
function resolveConnection(raw, env) {
    const notices = [];
    const regionSource = firstSet(raw, env, 'region');
    const region = regionSource && parseRegion(regionSource.name, regionSource.value);
    let endpoint;
    if (raw.endpoint !== '')
        endpoint = parseEndpoint('endpoint', raw.endpoint);
    else if (region)
        endpoint = regional('cpts', region);
    else {
        throw new errors_InputError('region', 'Input "region" is required (e.g. cn-north-4), unless "endpoint" is given; it may also come from HUAWEI_CLOUD_REGION or HUAWEICLOUD_SDK_REGION.');
    }
    const projectIdSource = firstSet(raw, env, 'project_id');
    const iamProjectId = projectIdSource && parseProjectId(projectIdSource.name, projectIdSource.value);
    if (!iamProjectId && !region) {
        throw new errors_InputError('project_id', `Input "project_id" is required when "region" is not given, since the lookup goes by region name. ${PROJECT_ID_HELP}`);
    }
    const auth = resolveAuth(raw, env, notices);
    let iamEndpoint;
    if (raw.iam_endpoint !== '')
        iamEndpoint = parseEndpoint('iam_endpoint', raw.iam_endpoint);
    else if (env.HUAWEICLOUD_SDK_IAM_ENDPOINT?.trim())
        iamEndpoint = parseEndpoint('HUAWEICLOUD_SDK_IAM_ENDPOINT', env.HUAWEICLOUD_SDK_IAM_ENDPOINT.trim());
    else if (region)
        iamEndpoint = regional('iam', region);
    if (!iamEndpoint && auth.kind === 'oidc') {
        throw new errors_InputError('iam_endpoint', 'Keyless sign-in needs IAM: give "region" (for https://iam.{region}.myhuaweicloud.com) or "iam_endpoint".');
    }
    const maxAttempts = parseBoundedInt('max_attempts', raw.max_attempts, 1, 20, CONNECTION_DECLARATIONS.max_attempts.default, 'the number of attempts per call');
    return { region, iamProjectId, endpoint, iamEndpoint, auth, maxAttempts, notices };
}
/** Keys from inputs or the environment, or keyless sign-in when identity_provider is given. */
function resolveAuth(raw, env, notices) {
    if (raw.identity_provider === '') {
        // action.yml gives the default whenever the input is left out, so only another value was given on purpose.
        if (raw.oidc_audience !== '' && raw.oidc_audience !== DEFAULT_OIDC_AUDIENCE) {
            notices.push('Input "oidc_audience" is only used with "identity_provider"; ignoring it.');
        }
        return { kind: 'keys', credentials: resolveCredentials(raw, env) };
    }
    const given = ['access_key_id', 'secret_access_key', 'security_token'].filter((n) => raw[n] !== '');
    if (given.length > 0) {
        throw new errors_InputError(given[0], `Give either "identity_provider" (keyless sign-in) or access keys, not both: drop ${given.map((n) => `"${n}"`).join(', ')} ` +
            'to sign in with the workflow\'s ID token, or drop "identity_provider" to use the keys.');
    }
    const inEnv = ENV_SOURCES.flatMap((s) => [s.ak, s.sk]).filter((n) => env[n]?.trim());
    if (inEnv.length > 0)
        notices.push(`Signing in keyless through identity provider "${raw.identity_provider}"; not using ${inEnv.join(', ')} from the environment.`);
    if (/[\s\p{Cc}]/u.test(raw.identity_provider)) {
        throw new errors_InputError('identity_provider', `Input "identity_provider" must be the IAM identity provider's id, without blanks; got ${JSON.stringify(raw.identity_provider)}.`);
    }
    return { kind: 'oidc', identityProvider: raw.identity_provider, audience: raw.oidc_audience || DEFAULT_OIDC_AUDIENCE };
}
/** The input when given, else the first environment variable of the same meaning that is set. */
function firstSet(raw, env, input) {
    if (raw[input] !== '')
        return { name: input, value: raw[input] };
    for (const source of ENV_SOURCES) {
        const name = source[input === 'region' ? 'region' : 'projectId'];
        const value = env[name]?.trim();
        if (value)
            return { name, value };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/run/inputs.ts
// The run action's inputs (run/action.yml), declared once; see src/common/input-declarations.ts.

const RUN_ONLY = {
    task_id: {
        description: "The task to run, e.g. the create action's task_id output.",
        required: true,
    },
    project: {
        description: 'The PerfTest project (test suite) the task belongs to, by id or by name. Optional, the task names its own; when given ' +
            "it must be the task's, or the step fails naming both.",
    },
    cluster_type: {
        description: 'Resource group type, shared-cluster-internet (under 1000 concurrent users) or private-cluster.',
        default: 'shared-cluster-internet',
    },
    cluster_id: {
        description: "Resource group id; 0 for the shared group, the group's id for a private one.",
        default: 0,
    },
    wait: {
        description: 'Wait for the run to end and judge it (true), or only start it (false; the run goes on after the job).',
        default: true,
    },
    timeout_minutes: {
        description: 'Bound on the wait, in minutes, from 0.5 to 1440; decimals allowed (0.5, .5, 1.5). The run is stopped when it is reached.',
        default: 60,
    },
    poll_seconds: {
        description: 'Seconds between status checks, an integer from 1 to 600; the first check comes after at most 10 s.',
        default: 15,
    },
    thresholds: {
        description: 'Rules the run must meet, separated by commas or newlines, e.g. "success_rate >= 99.5, avg_response_time <= 300, ' +
            'error_request_count == 0". Fields: success_rate, rps, avg_response_time, request_count, success_count, ' +
            'error_request_count, max_rps, trans_tps, max_users, avg_tp50, avg_tp90, max_response_time, min_response_time. ' +
            'Operators: < <= > >= == !=. A rule may compare with the baseline instead of a number: "avg_response_time <= ' +
            'baseline + 10%", "avg_tp90 <= baseline + 10% + 50" (the larger of the two), "rps >= baseline - 5%", "success_rate >= ' +
            'baseline - 0.5". A rule may be scoped to one case, request or transaction: case("place-order").tp95 <= 400, ' +
            'request("POST /cart").success_rate >= 99.9, transaction("checkout").avg_response_time <= 800 (fields: ' +
            'avg_response_time, max_response_time, min_response_time, tp50, tp75, tp85, tp90, tp95, tp99, tp999, tp9999, ' +
            'success_rate, tps, max_tps, request_count, success_count, error_count, failed_assert, failed_timeout, failed_refused). ' +
            'Ignored, with a warning, when wait is false.',
    },
    baseline: {
        description: 'Where the figures of baseline rules come from: task:<task name or id> (the newest run of that task in the same ' +
            'PerfTest project that finished normally, never the run being judged), run:<task_run_id>, or file:<path> (a ' +
            'results.json of an earlier run of this action, e.g. an artifact from main).',
    },
    on_missing_baseline: {
        description: 'When baseline rules have no baseline to compare with: warn (they are reported as "no baseline" and do not fail the ' +
            'step) or fail (they fail it).',
        default: 'warn',
    },
    trend_runs: {
        description: 'How many earlier baseline runs to chart in the summary, from 0 (no chart) to 50.',
        default: 10,
    },
    case_details: {
        description: "Read each case's, request's and transaction's figures after the run and show them in the summary (true), or only " +
            'when a rule names a case, request or transaction (false).',
        default: true,
    },
    variables: {
        description: 'Global variables of the PerfTest project to set for this run, one NAME=value per line (or NAME=value pairs separated ' +
            'by commas on one line), e.g. TARGET_HOST=pr-42.preview.example.com. Each must name an existing variable (an ' +
            'enumeration or text variable gets that one value, an integer variable that one number); its value is put back after ' +
            'the run, also when the job is cancelled, unless someone else changed it meanwhile. Needs wait: true.',
    },
    create_variables: {
        description: 'Create a variable that "variables" names and the project lacks (as a one-value enumeration), and delete it after the run, instead of failing.',
        default: false,
    },
    mask_variables: {
        description: 'Treat the values given in "variables" as secrets: masked in the log, shown as *** in the summary, the comment and the results files.',
        default: false,
    },
    preflight: {
        description: "Before the start, debug each of the task's cases once (DebugCase) and refuse to start when any request fails, naming " +
            "the case, the request, its URL, its status code and the error; the summary shows each request's status code and time.",
        default: false,
    },
    results_dir: {
        description: 'Where results.json, junit.xml and summary.md are written.',
        default: '${{ runner.temp }}/codearts-perftest',
    },
};
const RUN_DECLARATIONS = { ...RUN_ONLY, ...CONNECTION_DECLARATIONS, ...COMMENT_DECLARATIONS };

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/common/results-dir.ts
// Where an action writes its files (results_dir): action.yml's default is
// ${{ runner.temp }}/codearts-perftest, which only the runner evaluates, so an empty input means the
// same here.


const resultsDirOf = (text, env) => text || (0,external_node_path_namespaceObject.join)(env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), 'codearts-perftest');

;// CONCATENATED MODULE: ./src/cpts/create-task.ts
// Creating a task without ever creating two: a POST whose answer was lost is followed by a lookup
// by name before it is repeated, and only a task that did not exist before this step is adopted.



/** A task of that name exists and `if_exists` is `fail`. */
class TaskExistsError extends Error {
    constructor(name, testSuiteId, ids) {
        super(`A task named "${name}" already exists in PerfTest project ${testSuiteId}: task ${ids.join(', ')}. ` +
            'if_exists is "fail"; use "reuse" to run the existing task, "create" to add another, or give another name.');
        this.name = 'TaskExistsError';
    }
}
async function findTasksByName(client, testSuiteId, name) {
    const tasks = await allPages((offset, limit) => client.showTaskSet(testSuiteId, offset, limit));
    return tasks.filter((t) => t.name === name);
}
const newest = (tasks) => tasks.reduce((a, b) => (b.id > a.id ? b : a));
async function createTask(client, request, progress) {
    const { body } = request;
    const lookup = () => findTasksByName(client, body.project_id, body.name);
    const before = new Set();
    if (request.ifExists !== 'create' || !request.nameIsGenerated) {
        const existing = await lookup();
        const reused = reuseOrRefuse(existing, request, client.retry.log);
        if (reused)
            return reused;
        existing.forEach((t) => before.add(t.id));
    }
    // Set once a POST's outcome is unknown: from then on any failure may leave a task behind.
    let uncertain = false;
    let adopted = false;
    try {
        const created = await client.createNewTask(body, {
            beforeSend: () => {
                progress.postSent = true;
            },
            recover: async () => {
                uncertain = true;
                const task = await lookAgainAndAgain(() => findOurs(client, body, before, lookup), client.retry);
                if (!task)
                    return undefined;
                client.retry.log.info(`The answer to CreateNewTask was lost, but task ${task.id} "${body.name}" exists now: using it instead of creating another.`);
                adopted = true;
                return { task_id: task.id, requestId: undefined };
            },
        });
        return adopted
            ? { taskId: created.task_id, origin: 'adopted' }
            : { taskId: created.task_id, origin: 'created', requestId: created.requestId };
    }
    catch (error) {
        throw mayHaveCreated(error, body, uncertain) ?? error;
    }
}
/** The existing task to reuse (if_exists: reuse), or TaskExistsError (if_exists: fail), when tasks of that name exist. */
function reuseOrRefuse(existing, request, log) {
    const { body, ifExists } = request;
    if (existing.length === 0)
        return undefined;
    if (ifExists === 'fail') {
        throw new TaskExistsError(body.name, body.project_id, existing.map((t) => t.id));
    }
    if (ifExists !== 'reuse')
        return undefined;
    const task = newest(existing);
    if (existing.length > 1)
        log.warning(`${existing.length} tasks are named "${body.name}"; reusing the newest, ${task.id}.`);
    return { taskId: task.id, origin: 'reused' };
}
/** Lookups after a lost POST before a second POST is considered: the task list may lag the create. */
const LOOKUPS_BEFORE_REPOST = 3;
/** `find` until it finds, at most LOOKUPS_BEFORE_REPOST times, with backoff and inside the bound. */
async function lookAgainAndAgain(find, retry) {
    const { policy, timing } = retry;
    for (let look = 1;; look++) {
        const found = await find();
        if (found !== undefined || look >= LOOKUPS_BEFORE_REPOST)
            return found;
        const wait = Math.max(1000, backoffMs(look, policy, timing.random()));
        if (timing.now() + wait + MIN_REQUEST_MS > policy.deadline)
            return undefined;
        await timing.sleep(wait);
    }
}
/**
 * The task our lost POST created: named as ours, absent before our first POST, and (since another
 * step may have made a same-named task meanwhile, such as a matrix leg) with exactly our cases.
 */
async function findOurs(client, body, before, lookup) {
    const candidates = (await lookup()).filter((t) => !before.has(t.id)).sort((a, b) => b.id - a.id);
    const ours = [...body.case_id_list].sort((a, b) => a - b).join(',');
    for (const task of candidates) {
        const cases = await client.listTaskCases(body.project_id, task.id);
        if ([...cases].sort((a, b) => a - b).join(',') === ours)
            return task;
    }
    return undefined;
}
/**
 * The same error, saying so when the service may have created the task after all: a POST's outcome
 * was unknown (even if the lookup that followed failed, ran out of time or was refused), or its 2xx
 * answer could not be read.
 */
function mayHaveCreated(error, body, uncertain) {
    const unknownOutcome = uncertain ||
        (error instanceof RetriesExhausted && error.lastDecision.outcomeUnknown) ||
        (error instanceof ApiError && error.status >= 200 && error.status < 300);
    if (!unknownOutcome)
        return undefined;
    return new Error(`${error.message.replace(/\.$/, '')}. The service may have created a task named "${body.name}" in PerfTest project ${body.project_id}: ` +
        'check the project before re-running, or re-run with if_exists: reuse.', { cause: error });
}

;// CONCATENATED MODULE: ./src/run/identity.ts

const ACTIVE = [cpts_types/* RUN_STATUS */.$H.waiting, cpts_types/* RUN_STATUS */.$H.running, cpts_types/* RUN_STATUS */.$H.paused];
/** `stopping` is not an end: the report is complete only once the run reads `stopped`. */
const ENDED = [cpts_types/* RUN_STATUS */.$H.finished, cpts_types/* RUN_STATUS */.$H.abnormal, cpts_types/* RUN_STATUS */.$H.stopped];
const RUN_STATUS_NAMES = {
    [cpts_types/* RUN_STATUS */.$H.waiting]: 'waiting',
    [cpts_types/* RUN_STATUS */.$H.running]: 'running',
    [cpts_types/* RUN_STATUS */.$H.paused]: 'paused',
    [cpts_types/* RUN_STATUS */.$H.finished]: 'finished',
    [cpts_types/* RUN_STATUS */.$H.abnormal]: 'ended abnormally',
    [cpts_types/* RUN_STATUS */.$H.stopped]: 'stopped by user',
    [cpts_types/* RUN_STATUS */.$H.stopping]: 'being stopped by user',
};
const statusName = (status) => status === undefined ? 'unknown' : (RUN_STATUS_NAMES[status] ?? `run_status ${status}`);
/** A task's runs, by both signals; either may lag the other, and a run in either counts. */
async function runsOf(client, taskId, known) {
    const task = known ?? (await client.showTask(taskId));
    const history = await client.showHistoryRunInfo(taskId);
    const ids = new Set(history.map((run) => run.run_id));
    if (task.latestRunId !== undefined)
        ids.add(task.latestRunId);
    return ids;
}
/**
 * Reads ShowTask, and ShowHistoryRunInfo when ShowTask does not name our run or says it ended; each
 * retried as the client retries (a single-attempt client for a caller that loops itself).
 */
async function standingOf(client, taskId, runId) {
    const task = await client.showTask(taskId);
    if (task.latestRunId === runId && !ENDED.includes(task.run_status))
        return { kind: 'current', runStatus: task.run_status, task };
    const history = await client.showHistoryRunInfo(taskId);
    const ours = history.find((run) => run.run_id === runId);
    if (ours?.end_time)
        return { kind: 'ended', runStatus: task.latestRunId === runId ? task.run_status : undefined, task };
    if (task.latestRunId === runId)
        return { kind: 'current', runStatus: task.run_status, task };
    return { kind: 'unsettled', current: task.latestRunId, listed: ours !== undefined, task };
}

// EXTERNAL MODULE: ./src/cpts/case-figures.ts
var case_figures = __nccwpck_require__(128);
;// CONCATENATED MODULE: ./src/run/kpis.ts
// The headline figures of a run, flattened from the report outline's core_index.

/** Every core_index figure a threshold may name; response times come from core_index.response_time. */
const KPI_FIELDS = [
    'success_rate',
    'rps',
    'avg_response_time',
    'request_count',
    'success_count',
    'error_request_count',
    'max_rps',
    'trans_tps',
    'max_users',
    'avg_tp50',
    'avg_tp90',
    'max_response_time',
    'min_response_time',
];
const RESPONSE_TIME = ['avg_response_time', 'avg_tp50', 'avg_tp90', 'max_response_time', 'min_response_time'];
function kpisOf(outline) {
    const core = outline.core_index ?? {};
    const kpis = {};
    for (const field of KPI_FIELDS) {
        const value = numberOf(RESPONSE_TIME.includes(field) ? core.response_time?.[field] : core[field]);
        if (value !== undefined)
            kpis[field] = value;
    }
    const basis = successRateBasis(outline);
    if (basis?.from === 'counts')
        kpis.success_rate = (0,case_figures/* exactRate */.MY)(basis.successCount, basis.requestCount);
    return kpis;
}
/**
 * The contract types core_index.success_rate as an integer (a 99.7 % run may read 99), so the rate
 * is success_count / request_count × 100 whenever both counts are there and requests were made.
 */
function successRateBasis(outline) {
    const core = outline.core_index ?? {};
    const successCount = numberOf(core.success_count);
    const requestCount = numberOf(core.request_count);
    const reported = numberOf(core.success_rate);
    if (successCount !== undefined && requestCount !== undefined && requestCount > 0 && successCount <= requestCount) {
        return { from: 'counts', successCount, requestCount, reported };
    }
    return reported === undefined ? undefined : { from: 'report', reported };
}
function numberOf(value) {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

;// CONCATENATED MODULE: ./src/run/in-parallel.ts
// A few calls at once, not all: the per-case and baseline reports read four at a time, well short of
// what the API gateway throttles.
/**
 * `work` on each item, at most `limit` at once; the results in the items' order. After a failure no
 * new item is started, and the first failure is thrown once the calls under way have settled.
 */
async function inParallel(items, limit, work) {
    const results = [];
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const i = next++;
            results[i] = await work(items[i]).catch((error) => {
                failed = true;
                throw error;
            });
        }
    };
    const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
    const failure = settled.find((s) => s.status === 'rejected');
    if (failure)
        throw failure.reason;
    return results;
}

;// CONCATENATED MODULE: ./src/run/baseline.ts
// Reading the regression gate's baseline: the newest normally finished run of a task (with the
// earlier ones for the trend chart), one given run, or an earlier step's results.json. A baseline
// that cannot be had is `kind: 'none'` with the reason, never an exception: whether that fails the
// step is on_missing_baseline's call, not this module's.
//
// Call budget: a task by id costs one ShowHistoryRunInfo and max(trend_runs, 1) outlines, so at most
// trend_runs + 2 calls; by name, the ShowTaskSet pages besides. run: costs one call, file: none.









const FORMS = 'task:<task name or id>, run:<task_run_id> or file:<path of an earlier results.json>';
function parseBaselineSpec(input, text) {
    const value = text.trim();
    if (value === '')
        return undefined;
    const bad = (detail = '') => new errors_InputError(input, `${errors_describeSource(input)} must be ${FORMS}${detail}; got ${errors_quote(value)}.`);
    const [, kind, rest = ''] = /^(task|run|file):(.*)$/su.exec(value) ?? [];
    const target = rest.trim();
    if (kind === 'file') {
        if (target === '')
            throw bad(' (file: needs a path)');
        return { kind: 'file', path: target };
    }
    if (kind === 'run') {
        if (!/^\d+$/.test(target) || Number(target) > cpts_types/* MAX_ID */.rc)
            throw bad(` (run: takes a task run id, an integer from 0 to ${cpts_types/* MAX_ID */.rc})`);
        return { kind: 'run', taskRunId: Number(target) };
    }
    if (kind !== 'task')
        throw bad();
    try {
        return { kind: 'task', task: parseRef(input, target, 'a task') };
    }
    catch (error) {
        if (error instanceof errors_InputError)
            throw bad(' (task: takes a task id or a name with a letter in it)');
        throw error;
    }
}
/** Outlines read at once: quick enough, and well short of what the gateway throttles. */
const OUTLINE_CONCURRENCY = 4;
/** run_status (ShowTask) and task_status (the outline) of a run that finished normally. */
const FINISHED = 2;
/** The run's status as a message shows it: `3 (ended abnormally)`, in the words of the rest of the log. */
const statusText = (status) => (status === undefined ? 'not given' : `${status} (${statusName(status)})`);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** A failed API call, in words saying what was being read; what readBaseline turns into `none`. */
class ReadFailure extends Error {
}
/** Mistakes in the code, not answers of the service: these are thrown, not turned into a reason. */
const isBug = (error) => error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError || error instanceof SyntaxError;
/**
 * The baseline `spec` names, with the trend of earlier runs. Logs which run it is at info level.
 * The client's own retries apply to each call; a call that fails after them gives `none`.
 */
async function readBaseline(client, spec, options) {
    const reader = new Reader(client, options);
    try {
        const outcome = spec.kind === 'task'
            ? await reader.fromTask(spec.task)
            : spec.kind === 'run'
                ? await reader.fromRun(spec.taskRunId)
                : reader.fromFile(spec.path);
        if ('reason' in outcome)
            return { kind: 'none', reason: outcome.reason, calls: reader.calls };
        client.retry.log.info(outcome.log);
        return { kind: 'found', run: outcome.run, trend: outcome.trend, calls: reader.calls };
    }
    catch (error) {
        if (!(error instanceof ReadFailure))
            throw error;
        return { kind: 'none', reason: error.message, calls: reader.calls };
    }
}
class Reader {
    options;
    /** API calls made: each ShowTaskSet page, ShowHistoryRunInfo and outline once, however often retried. */
    calls = 0;
    api;
    constructor(client, options) {
        this.options = options;
        this.api = counting(client, () => this.calls++);
    }
    async fromTask(ref) {
        const task = await this.findTask(ref);
        if ('reason' in task)
            return task;
        const history = await this.guard(`could not read the runs of ${task.label}`, () => this.api.showHistoryRunInfo(task.id));
        const candidates = endedRuns(history, this.options.currentRunId);
        // Finding the task by name may have had to choose among several: the reason says which.
        const none = (reason) => ({ reason: task.note ? `${reason} (${task.note})` : reason });
        if (candidates.length === 0)
            return none(noEndedRun(task, history, this.options.currentRunId));
        const read = candidates.slice(0, Math.max(this.options.trendRuns, 1));
        const outlines = await inParallel(read, OUTLINE_CONCURRENCY, (run) => this.outline(run.run_id));
        const kept = read.map((run, i) => ({ run, outline: outlines[i] })).filter((r) => statusOf(r.outline) === FINISHED);
        if (kept.length === 0)
            return none(noneFinished(task, read, outlines, candidates.length, this.options.trendRuns));
        const [newest] = kept;
        const baseline = runOf('task', newest, task.id);
        const skipped = read.indexOf(newest.run);
        return {
            run: baseline,
            trend: this.options.trendRuns === 0 ? [] : kept.map(trendPoint).reverse(),
            log: `Baseline: run ${newest.run.run_id} of ${task.label}, started ${baseline.startTime ?? '(time not given)'}: its newest run that finished normally` +
                `${skipped > 0 ? `; ${plural(skipped, 'newer ended run')} that did not finish normally skipped` : ''}.${task.note ? ` ${task.note}.` : ''}`,
        };
    }
    async fromRun(taskRunId) {
        if (taskRunId === this.options.currentRunId) {
            return { reason: `run ${taskRunId} is the run being judged, which is never its own baseline` };
        }
        const outline = await this.outline(taskRunId);
        const status = statusOf(outline);
        if (status !== FINISHED)
            return { reason: `run ${taskRunId} did not finish normally: its run_status is ${statusText(status)}, not 2` };
        const run = runOf('run', { run: { run_id: taskRunId }, outline }, undefined);
        const trend = this.options.trendRuns > 0 ? [trendPoint({ run: { run_id: taskRunId }, outline })] : [];
        return { run, trend, log: `Baseline: run ${taskRunId}, as the baseline input names it.` };
    }
    fromFile(path) {
        const read = readResults(path, this.options.readFile ?? ((p) => (0,external_node_fs_.readFileSync)(p, 'utf8')));
        if ('reason' in read)
            return read;
        const { run } = read;
        const where = `the run in ${errors_quote(path, 200)} (${run.taskRunId === undefined ? 'a run' : `run ${run.taskRunId}`} of task ${run.taskId})`;
        if (run.taskRunId !== undefined && run.taskRunId === this.options.currentRunId) {
            return { reason: `${where} is the run being judged, which is never its own baseline` };
        }
        if ((run.status !== 'passed' && run.status !== 'failed') || run.runStatus !== FINISHED) {
            const status = run.status === undefined ? 'not given' : errors_quote(run.status);
            return { reason: `${where} did not finish normally: its status is ${status}, its run_status ${statusText(run.runStatus)}` };
        }
        const { taskId, taskRunId, startTime, endTime, kpis } = run;
        const baseline = { source: 'file', taskId, taskRunId, startTime, endTime, kpis };
        const trend = fileTrend(read.trend, { taskRunId, startTime, kpis }, this.options.trendRuns);
        return { run: baseline, trend, log: `Baseline: ${where}, read from the file (its status: ${run.status}).` };
    }
    async findTask(ref) {
        if ('id' in ref)
            return { id: ref.id, label: `task ${ref.id}`, note: '' };
        const project = this.options.testSuiteId;
        const tasks = await this.guard(`could not list the tasks of PerfTest project ${project}`, () => findTasksByName(this.api, project, ref.name));
        if (tasks.length === 0)
            return { reason: `no task is named ${errors_quote(ref.name)} in PerfTest project ${project}` };
        const newest = tasks.reduce((a, b) => (b.id > a.id ? b : a));
        const note = tasks.length > 1
            ? `${tasks.length} tasks are named ${errors_quote(ref.name)} in PerfTest project ${project}; the newest, ${newest.id}, is used`
            : '';
        return { id: newest.id, label: `task ${newest.id} ${errors_quote(ref.name)}`, note };
    }
    outline(taskRunId) {
        return this.guard(`could not read the report of run ${taskRunId}`, () => this.api.showMergeReportLogsOutline(taskRunId));
    }
    /** `work`, its failure (after the client's retries) turned into a ReadFailure saying what was being read. */
    async guard(what, work) {
        try {
            return await work();
        }
        catch (error) {
            if (isBug(error))
                throw error;
            throw new ReadFailure(`${what}: ${(0,api_error/* errorMessage */.gJ)(error)}`);
        }
    }
}
/**
 * The client, counting its calls: findTasksByName takes a client and pages by itself. Each method
 * counts once per call; the client's retries happen inside it.
 */
function counting(client, count) {
    const counted = Object.create(client);
    counted.showTaskSet = (...args) => (count(), client.showTaskSet(...args));
    counted.showHistoryRunInfo = (...args) => (count(), client.showHistoryRunInfo(...args));
    counted.showMergeReportLogsOutline = (...args) => (count(), client.showMergeReportLogsOutline(...args));
    return counted;
}
/** Runs that ended, the one being judged left out, newest (highest id) first: the answer's order is not promised. */
function endedRuns(history, currentRunId) {
    const byId = new Map(history.filter((r) => r.end_time && r.run_id !== currentRunId).map((r) => [r.run_id, r]));
    return [...byId.values()].sort((a, b) => b.run_id - a.run_id);
}
const statusOf = (outline) => outline.task_basic_execution_data?.task_status;
function noEndedRun(task, history, currentRunId) {
    if (history.length === 0)
        return `${task.label} has no runs yet`;
    const judged = history.some((r) => r.run_id === currentRunId);
    return (`${task.label} has no ended run to compare with (${plural(history.length, 'run')}` +
        `${judged ? `, among them the run being judged, ${currentRunId}, which is never its own baseline` : ''})`);
}
function noneFinished(task, read, outlines, ended, trendRuns) {
    const which = read.length === 1
        ? `the ${ended === 1 ? 'only' : 'newest'} ended run of ${task.label} did not finish normally (run_status 2 is a normal finish)`
        : `none of the ${read.length}${read.length < ended ? ' newest' : ''} ended runs of ${task.label} finished normally (run_status 2)`;
    const statuses = refs_listSome(read.map((r, i) => `run ${r.run_id}: ${statusText(statusOf(outlines[i]))}`));
    const older = read.length < ended
        ? `; ${plural(ended - read.length, 'older ended run')} ${ended - read.length === 1 ? 'was' : 'were'} not read (trend_runs ${trendRuns})`
        : '';
    return `${which}: ${statuses}${older}`;
}
function runOf(source, { run, outline }, taskId) {
    const basics = outline.task_basic_execution_data;
    // The service gives '' for a time it does not know.
    const startTime = run.start_time || basics?.start_time || undefined;
    const endTime = run.end_time || basics?.end_time || undefined;
    return { source, taskId, taskRunId: run.run_id, startTime, endTime, kpis: kpisOf(outline) };
}
function trendPoint({ run, outline }) {
    return {
        taskRunId: run.run_id,
        startTime: run.start_time || outline.task_basic_execution_data?.start_time || undefined,
        kpis: kpisOf(outline),
    };
}
const baseline_isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A results.json's figures, as far as they are numbers the action knows. */
function kpisFrom(figures) {
    const kpis = {};
    if (!baseline_isRecord(figures))
        return kpis;
    for (const field of KPI_FIELDS) {
        const value = figures[field];
        if (typeof value === 'number' && Number.isFinite(value))
            kpis[field] = value;
    }
    return kpis;
}
const numberIn = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const textIn = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
/** The file's run and trend, or why it is not a results.json this tool wrote (schema 1). */
function readResults(path, readFile) {
    const what = `the baseline file ${errors_quote(path, 200)}`;
    let json;
    try {
        json = JSON.parse(readFile(path));
    }
    catch (error) {
        // readFile's errors name the path and the cause (ENOENT, EISDIR, ...); JSON.parse's are SyntaxErrors.
        return {
            reason: error instanceof SyntaxError ? `${what} is not JSON: ${error.message}` : `could not read ${what}: ${(0,api_error/* errorMessage */.gJ)(error)}`,
        };
    }
    const expected = `${what} is not a results.json of codearts-perftest-action (schema 1)`;
    if (!baseline_isRecord(json))
        return { reason: `${expected}: it is not a JSON object` };
    if (json.tool !== 'codearts-perftest-action' || json.schema !== 1) {
        return {
            reason: `${expected}: its tool is ${JSON.stringify(json.tool) ?? 'not given'}, its schema ${JSON.stringify(json.schema) ?? 'not given'}`,
        };
    }
    const run = json.run;
    const taskId = baseline_isRecord(run) ? numberIn(run.taskId) : undefined;
    if (!baseline_isRecord(run) || taskId === undefined || !baseline_isRecord(run.figures))
        return { reason: `${expected}: it has no run with a taskId and figures` };
    return {
        run: {
            taskId,
            taskRunId: numberIn(run.taskRunId),
            status: textIn(run.status),
            runStatus: numberIn(run.runStatus),
            startTime: textIn(run.startTime),
            endTime: textIn(run.endTime),
            kpis: kpisFrom(run.figures),
        },
        trend: Array.isArray(json.trend) ? json.trend : [],
    };
}
/** The file's own trend and then its run, oldest first, the newest `trendRuns` of them. */
function fileTrend(entries, own, trendRuns) {
    if (trendRuns === 0)
        return [];
    const earlier = entries.filter(baseline_isRecord).map((entry) => ({
        taskRunId: numberIn(entry.taskRunId),
        startTime: textIn(entry.startTime),
        kpis: kpisFrom(entry.figures),
    }));
    // A file whose trend already ends with its own run does not chart it twice.
    const last = earlier.at(-1);
    const points = last && own.taskRunId !== undefined && last.taskRunId === own.taskRunId ? earlier : [...earlier, own];
    return points.slice(-trendRuns);
}

;// CONCATENATED MODULE: ./src/run/gate-config.ts
// The regression gate's settings: where the baseline comes from, what a missing one means, how many
// earlier runs to chart, and where the results files go. Pure, like the rest of the settings.




function resolveGateConfig(raw, env) {
    return {
        baseline: parseBaselineSpec('baseline', raw.baseline),
        onMissingBaseline: parseChoice('on_missing_baseline', raw.on_missing_baseline, ['warn', 'fail'], RUN_DECLARATIONS.on_missing_baseline.default),
        trendRuns: parseBoundedInt('trend_runs', raw.trend_runs, 0, 50, RUN_DECLARATIONS.trend_runs.default, 'the number of earlier runs to chart'),
        resultsDir: resultsDirOf(raw.results_dir, env),
        caseDetails: parseBoolean('case_details', raw.case_details, RUN_DECLARATIONS.case_details.default),
    };
}

;// CONCATENATED MODULE: ./src/run/variables-config.ts
// The settings of the PR's own environment: which global variables of the PerfTest project to set
// for the run (variables), whether to create missing ones, whether their values are secrets, and
// whether to debug the cases before the start (preflight). Pure, like the rest of the settings.



function resolveEnvironmentConfig(raw, wait) {
    // Read first: how the variables input may be quoted in its own errors depends on it.
    const maskVariables = parseBoolean('mask_variables', raw.mask_variables, RUN_DECLARATIONS.mask_variables.default);
    const variables = parseVariables('variables', raw.variables, maskVariables);
    if (variables.length > 0 && !wait) {
        throw new errors_InputError('variables', 'Input "variables" needs wait: true: the values are put back when the run ends, and with wait: false this job does not ' +
            'see it end. Set wait to true, or leave variables out.');
    }
    return {
        variables,
        createVariables: parseBoolean('create_variables', raw.create_variables, RUN_DECLARATIONS.create_variables.default),
        maskVariables,
        preflight: parseBoolean('preflight', raw.preflight, RUN_DECLARATIONS.preflight.default),
    };
}
/** Blanks, `=`, `,`, `$`, braces, quotes and control characters cannot be part of a name written as `${NAME}`. */
const NAME = /^[^\s=,${}"'\p{Cc}]+$/u;
const MAX_VARIABLES = 50;
/**
 * `NAME=value` entries: one per line when the text has several lines (a value may then hold commas),
 * else separated by commas. The value is everything after the first `=`, trimmed. Values are never
 * quoted in an error when they are secrets.
 */
function parseVariables(input, text, secret) {
    const entries = (text.includes('\n') ? text.split('\n') : text.split(',')).map((entry) => entry.trim()).filter((entry) => entry !== '');
    const shown = (entry) => (secret ? '(not shown: mask_variables is true)' : errors_quote(entry));
    const settings = [];
    for (const [i, entry] of entries.entries()) {
        const at = entry.indexOf('=');
        const where = `entry ${i + 1} of ${entries.length}`;
        if (at < 0) {
            throw new errors_InputError(input, `Input "${input}" must give NAME=value entries, one per line or separated by commas; ${where} has no "=": ${shown(entry)}.`);
        }
        const name = entry.slice(0, at).trim();
        const value = entry.slice(at + 1).trim();
        if (!NAME.test(name)) {
            throw new errors_InputError(input, `Input "${input}": ${where} must start with a variable name (no blanks, quotes, "=", ",", "$" or braces) before its "="; got ${errors_quote(name)}.`);
        }
        if (value === '') {
            throw new errors_InputError(input, `Input "${input}" gives ${name} an empty value: is the expression behind it empty (did the step that gives it run)? ` +
                'A variable is set to one value; give it one, or leave the entry out.');
        }
        if (settings.some((s) => s.name === name)) {
            throw new errors_InputError(input, `Input "${input}" names ${name} twice: give each variable once.`);
        }
        settings.push({ name, value });
    }
    if (settings.length > MAX_VARIABLES) {
        throw new errors_InputError(input, `Input "${input}" names ${settings.length} variables; at most ${MAX_VARIABLES} can be set for a run.`);
    }
    return settings;
}

;// CONCATENATED MODULE: ./src/run/thresholds.ts
// Pass/fail rules over a run's figures: `success_rate >= 99.5, avg_response_time <= 300`, and rules
// relative to a baseline run: `avg_response_time <= baseline + 10% + 50`. A rule may name one case,
// request or transaction of the run's report: `case("place-order").tp95 <= 400`.
// A tiny grammar, parsed by hand: no expression library is worth its start-up cost for it.
//
//   rules    = rule { ("," | ";" | newline) rule } ;   (outside a quoted name: a name may hold any of them)
//   rule     = [ scope ] field op number | [ scope ] field dir "baseline" [ term [ term ] ] ;
//   scope    = ( "case" | "request" | "transaction" ) "(" name ")" "." ;   (a scoped rule's field: SCOPED_FIELDS)
//   name     = '"' { any character but '"' and "\" | '\"' | "\\" } '"' ;   (not blank; matched exactly)
//   op       = "<=" | ">=" | "==" | "!=" | "<" | ">" ;   dir = "<=" | "<" | ">=" | ">" ;
//   term     = sign decimal [ "%" ] ;   (at most one percentage and one absolute term, either order)
//   sign     = "+" for <= and <, "-" for >= and > ;   number = [ "-" ] decimal ;   decimal = digits [ "." digits ] ;




const OPERATORS = ['<=', '>=', '==', '!=', '<', '>'];
const SCOPE_KINDS = ['case', 'request', 'transaction'];
const HEAD = /^([a-z_0-9]+)\s*(<=|>=|==|!=|<|>)\s*(.*)$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const BASELINE = /^baseline(?![a-z_0-9])(.*)$/;
// `(?:\s*%)?` rather than `\s*%?`: one way to match the blanks, so a bad tail cannot backtrack for long.
const TERMS = /^(?:\s*[+-]\s*\d+(?:\.\d+)?(?:\s*%)?)*\s*$/;
const TERM = /([+-])\s*(\d+(?:\.\d+)?)(\s*%)?/g;
/** A word and an opening parenthesis: the start of a scoped rule, or of a mistyped one. */
const SCOPE_HEAD = /^([A-Za-z_][A-Za-z_0-9]*)\s*\(\s*/;
const SCOPE_TAIL = /^\s*\)\s*\.\s*/;
const EXAMPLES = {
    case: 'case("place-order").tp95 <= 400',
    request: 'request("POST /cart").success_rate >= 99.9',
    transaction: 'transaction("checkout").avg_response_time <= 800',
};
function parseThresholds(input, text) {
    return splitRules(text)
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .map((part) => parseRule(input, part));
}
/** The rules of a list: split at commas, semicolons and newlines, but not inside a quoted name. */
function splitRules(text) {
    const parts = [];
    let start = 0;
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (quoted) {
            if (char === '\\')
                i++;
            else if (char === '"')
                quoted = false;
        }
        else if (char === '"') {
            quoted = true;
        }
        else if (char === ',' || char === ';' || char === '\n') {
            parts.push(text.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(text.slice(start));
    return parts;
}
/** A name for a rule's text: in double quotes, `"` and `\` escaped. */
const quoteName = (name) => `"${name.replace(/["\\]/g, '\\$&')}"`;
/** How a rule's text names what it judges: `avg_tp90`, `case("place-order").tp95`. */
const subjectOf = ({ field, scope }) => (scope ? `${scope.kind}(${quoteName(scope.name)}).${field}` : field);
function parseRule(input, rule) {
    const says = `Input "${input}" rule ${errors_quote(rule)}`;
    const scoped = scopeOf(input, says, rule);
    const body = scoped ? scoped.body : rule;
    const head = HEAD.exec(body);
    const rest = head?.[3] ?? '';
    const baseline = BASELINE.exec(rest);
    if (!head || (!NUMBER.test(rest) && !baseline)) {
        if (scoped)
            return shapeError(input, says);
        throw new errors_InputError(input, `Input "${input}" must list rules like "success_rate >= 99.5" (a field, one of ${OPERATORS.join(' ')}, a number) ` +
            `or "avg_response_time <= baseline + 10% + 50" (a field, one of < <= > >=, "baseline", then optionally a percentage ` +
            `and an absolute tolerance), separated by commas or newlines; ${errors_quote(rule)} is not one.`);
    }
    const target = scoped ? { field: scopedFieldOf(input, says, head[1]), scope: scoped.scope } : { field: fieldOf(input, head[1]) };
    const operator = head[2];
    if (baseline)
        return baselineRule(input, says, target, operator, baseline[1]);
    return { kind: 'absolute', ...target, operator, value: Number(rest), text: `${subjectOf(target)} ${operator} ${rest}` };
}
/** A scoped rule's scope and what follows its dot; undefined for an unscoped rule. */
function scopeOf(input, says, rule) {
    const head = SCOPE_HEAD.exec(rule);
    if (!head)
        return undefined;
    const word = head[1];
    if (!SCOPE_KINDS.includes(word)) {
        throw new errors_InputError(input, `${says} has an unknown scope ${errors_quote(word)}; a scope is case, request or transaction, in lower case, e.g. ${EXAMPLES.case}.`);
    }
    const kind = word;
    const open = head[0].length;
    if (rule[open] !== '"')
        return shapeError(input, says);
    let name = '';
    let i = open + 1;
    for (; i < rule.length && rule[i] !== '"'; i++) {
        if (rule[i] !== '\\') {
            name += rule[i];
            continue;
        }
        const escaped = rule[++i];
        if (escaped === undefined)
            break;
        if (escaped !== '"' && escaped !== '\\') {
            throw new errors_InputError(input, `${says} has ${errors_quote(`\\${escaped}`)} in its name; inside the quotes a backslash escapes only a quote (\\") or a backslash (\\\\).`);
        }
        name += escaped;
    }
    if (i >= rule.length) {
        throw new errors_InputError(input, `${says} opens a quote that is never closed, so all that follows it, commas and newlines too, is read as the name; ` +
            `a name goes in double quotes, with \\" for a quote and \\\\ for a backslash inside it, e.g. ${EXAMPLES[kind]}.`);
    }
    if (name.trim() === '') {
        throw new errors_InputError(input, `${says} names an empty ${kind}; the quotes hold the ${kind}'s name as the report shows it, e.g. ${EXAMPLES[kind]}.`);
    }
    const tail = SCOPE_TAIL.exec(rule.slice(i + 1));
    if (!tail)
        return shapeError(input, says);
    return { scope: { kind, name }, body: rule.slice(i + 1 + tail[0].length) };
}
function shapeError(input, says) {
    throw new errors_InputError(input, `${says} must be a scope (case, request or transaction), a name in double quotes in parentheses, a dot and a field, ` +
        `then a comparison as in an unscoped rule, e.g. ${EXAMPLES.case} or transaction("checkout").avg_response_time <= baseline + 10% + 50.`);
}
function fieldOf(input, field) {
    if (!KPI_FIELDS.includes(field)) {
        throw new errors_InputError(input, `Input "${input}" names an unknown field ${errors_quote(field)}; the fields are ${KPI_FIELDS.join(', ')}.`);
    }
    return field;
}
function scopedFieldOf(input, says, field) {
    if (!case_figures/* SCOPED_FIELDS */.Vx.includes(field)) {
        throw new errors_InputError(input, `${says} names the field ${errors_quote(field)}, which the report does not give per case, request or transaction; ` +
            `a scoped rule's field is one of ${case_figures/* SCOPED_FIELDS */.Vx.join(', ')}.`);
    }
    return field;
}
function baselineRule(input, says, target, operator, tail) {
    const subject = subjectOf(target);
    if (operator === '==' || operator === '!=') {
        // A run never matches an earlier run's figure exactly: only a bound with a tolerance makes sense.
        throw new errors_InputError(input, `${says} compares with the baseline by ${operator}, which a run's figure would meet only by chance; ` +
            `a baseline rule takes one of < <= > >=, e.g. ${example(subject, '<=')}.`);
    }
    const terms = termsOf(says, input, subject, operator, tail);
    const percent = terms.find((t) => t.percent);
    const absolute = terms.find((t) => !t.percent);
    const sign = signOf(operator);
    const text = [`${subject} ${operator} baseline`, percent && `${sign} ${percent.value}%`, absolute && `${sign} ${absolute.value}`];
    return {
        kind: 'baseline',
        ...target,
        operator,
        ...(percent && { percent: Number(percent.value) }),
        ...(absolute && { absolute: Number(absolute.value) }),
        text: text.filter(Boolean).join(' '),
    };
}
/** The terms after `baseline`, checked: well formed, signed for the operator, at most one of each kind. */
function termsOf(says, input, subject, operator, tail) {
    const well = TERMS.test(tail);
    const terms = well ? [...tail.matchAll(TERM)].map(([, sign, value, percent]) => ({ sign, value, percent: !!percent })) : [];
    if (!well || terms.some((t) => !Number.isFinite(Number(t.value)))) {
        throw new errors_InputError(input, `${says} must follow "baseline" with at most two terms, each "${signOf(operator)}" and a non-negative decimal: ` +
            `a percentage of the baseline (10%) and an absolute amount (50), e.g. ${example(subject, operator)}.`);
    }
    checkSigns(says, input, subject, operator, terms);
    const percents = terms.filter((t) => t.percent).length;
    if (percents > 1 || terms.length - percents > 1) {
        throw new errors_InputError(input, `${says} has two ${percents > 1 ? 'percentage' : 'absolute'} terms; a baseline rule takes at most one percentage (10%) ` +
            `and one absolute term (50), e.g. ${example(subject, operator)}.`);
    }
    return terms;
}
/** The tolerance widens the bound, never narrows it: a rule that demands an improvement on every run is a mistake. */
function checkSigns(says, input, subject, operator, terms) {
    const sign = signOf(operator);
    const wrong = terms.find((t) => t.sign !== sign);
    if (!wrong)
        return;
    const [verb, way] = sign === '+' ? ['added (+)', 'rise above'] : ['subtracted (-)', 'fall below'];
    const meant = [`${subject} ${operator} baseline`, ...terms.map((t) => `${sign} ${t.value}${t.percent ? '%' : ''}`)].join(' ');
    throw new errors_InputError(input, `${says} has a ${wrong.sign} term, but a ${operator} rule's terms are ${verb}: they are the tolerance by which ` +
        `the figure may ${way} the baseline. Did you mean ${errors_quote(meant)}?`);
}
const signOf = (operator) => (operator.startsWith('<') ? '+' : '-');
const example = (subject, operator) => {
    const sign = signOf(operator);
    return errors_quote(`${subject} ${operator} baseline ${sign} 10% ${sign} 50`);
};
/**
 * The bound a baseline rule sets: the baseline widened by the larger of its terms. Undefined when
 * the baseline is 0 and the rule has only a percentage: a percentage of nothing is no tolerance.
 */
function limitOf(threshold, baseline) {
    const { percent, absolute } = threshold;
    if (baseline === 0 && absolute === undefined && percent !== undefined)
        return undefined;
    // Of the baseline's size: a tolerance only ever widens the bound.
    const share = percent === undefined || baseline === 0 ? 0 : (Math.abs(baseline) * percent) / 100;
    const tolerance = Math.max(share, absolute ?? 0);
    const raw = signOf(threshold.operator) === '+' ? baseline + tolerance : baseline - tolerance;
    // The exact limit has at most these decimals; rounding to them drops the float tail (100 × 1.1 is 110, not 110.00000000000001).
    const places = decimalsOf(baseline) + Math.max(decimalsOf(percent ?? 0) + 2, decimalsOf(absolute ?? 0));
    return Number(raw.toFixed(Math.min(places, 100)));
}
/** Decimal places of a number as JavaScript prints it: 132.2 → 1, 1e-7 → 7. */
function decimalsOf(n) {
    const [mantissa, exponent = '0'] = String(n).split('e');
    return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
}
const compare = {
    '<=': (a, b) => a <= b,
    '>=': (a, b) => a >= b,
    '==': (a, b) => a === b,
    '!=': (a, b) => a !== b,
    '<': (a, b) => a < b,
    '>': (a, b) => a > b,
};
/**
 * A figure missing from either report breaks its rule: an unjudgeable run is not a passing one.
 * Only the absence of any baseline, or a baseline of 0 under a percentage, is left to `onMissing`.
 * Scoped rules take their figures from `scoped` (the run's per-case report) and `baselineScoped` (the
 * baseline run's); without the one they need, a case, request or transaction the report lacks, or a
 * figure it lacks there, they fail, and the verdict's note says why.
 */
function judgeThresholds(thresholds, kpis, baseline, onMissing = 'warn', scoped, baselineScoped) {
    return thresholds.map((threshold) => {
        const run = figureOf(threshold, kpis, scoped, 'run');
        const base = threshold.kind === 'baseline' && baseline ? figureOf(threshold, baseline, baselineScoped, 'baseline') : {};
        const actual = run.value;
        const figure = base.value;
        const limit = threshold.kind === 'absolute' ? threshold.value : figure === undefined ? undefined : limitOf(threshold, figure);
        const outcome = outcomeOf(threshold, actual, figure, limit, baseline);
        const passed = outcome === 'pass' || (outcome !== 'fail' && onMissing === 'warn');
        const note = outcome === 'fail' ? [run.note, base.note].filter(Boolean).join('; ') : '';
        return { threshold, actual, limit, baseline: figure, outcome, passed, ...(note && { note }) };
    });
}
function figureOf(threshold, kpis, source, whose) {
    if (!threshold.scope)
        return { value: kpis[threshold.field] };
    const { scope, field } = threshold;
    const report = whose === 'run' ? 'the report' : "the baseline's report";
    if (!source) {
        // A file: baseline has no per-case figures to give; a task: or run: baseline's could not be read (the log says why).
        return {
            note: whose === 'run'
                ? "the run's per-case report could not be read"
                : 'the baseline has no per-case figures (a file: baseline has none; for task: or run:, the log says why they could not be read)',
        };
    }
    const figures = source.figures(scope);
    if (!figures) {
        const names = source.names(scope.kind);
        const kinds = `${scope.kind}s`;
        const has = names.length === 0 ? `, which has no ${kinds}` : `; its ${kinds}: ${refs_listSome(names.map((name) => errors_quote(name)))}`;
        return { note: `no ${scope.kind} ${errors_quote(scope.name)} in ${report}${has}` };
    }
    const value = figures[field];
    return value === undefined ? { note: `${scope.kind} ${errors_quote(scope.name)} has no ${field} in ${report}` } : { value };
}
function outcomeOf(threshold, actual, figure, limit, baseline) {
    if (threshold.kind === 'baseline' && !baseline)
        return 'no-baseline';
    if (actual === undefined || (threshold.kind === 'baseline' && figure === undefined))
        return 'fail';
    if (limit === undefined)
        return 'unjudgeable';
    return compare[threshold.operator](actual, limit) ? 'pass' : 'fail';
}
/** The distinct case names scoped rules name, in the rules' order: to check against the task's cases before the start. */
const scopedCaseNames = (thresholds) => [
    ...new Set(thresholds.flatMap((t) => (t.scope?.kind === 'case' ? [t.scope.name] : []))),
];
/**
 * Whether judging needs a per-case report: the run's for any scoped rule (the default), the
 * baseline run's (`of: 'baseline'`) for a scoped baseline rule.
 */
const needsCaseReport = (thresholds, of = 'run') => thresholds.some((t) => t.scope !== undefined && (of === 'run' || t.kind === 'baseline'));

;// CONCATENATED MODULE: ./src/run/config.ts
// The run action's settings, validated like the create action's: pure, one clear error per input.









const RUN_INPUTS = inputNames(RUN_DECLARATIONS);
function resolveRunConfig(raw, env) {
    if (raw.task_id === '')
        throw new errors_InputError('task_id', 'Input "task_id" is required: the id of the task to run, e.g. ${{ steps.task.outputs.task_id }}.');
    const taskId = parseId('task_id', raw.task_id, 'a CodeArts PerfTest task id');
    // Optional: ShowTask names the task's PerfTest project; given, it must be the same one.
    const project = raw.project === '' ? undefined : parseRef('project', raw.project, 'a CodeArts PerfTest project');
    const clusterType = parseChoice('cluster_type', raw.cluster_type, ['shared-cluster-internet', 'private-cluster'], RUN_DECLARATIONS.cluster_type.default);
    const clusterId = parseBoundedInt('cluster_id', raw.cluster_id, 0, cpts_types/* MAX_ID */.rc, RUN_DECLARATIONS.cluster_id.default, 'the resource group id (0 for the shared group)');
    if (clusterType === 'private-cluster' && clusterId === 0) {
        throw new errors_InputError('cluster_id', 'Input "cluster_id" must be the private resource group\'s id when cluster_type is private-cluster; got 0.');
    }
    const wait = parseBoolean('wait', raw.wait, RUN_DECLARATIONS.wait.default);
    const timeoutMinutes = parseTimeoutMinutes('timeout_minutes', raw.timeout_minutes, RUN_DECLARATIONS.timeout_minutes.default);
    const pollSeconds = parseBoundedInt('poll_seconds', raw.poll_seconds, 1, 600, RUN_DECLARATIONS.poll_seconds.default, 'the seconds between status checks');
    const thresholds = parseThresholds('thresholds', raw.thresholds);
    const warnings = [];
    if (!wait && thresholds.length > 0) {
        warnings.push('Input "thresholds" is ignored because "wait" is false: a run that is not waited for is not judged. ' +
            'Set wait to true to judge the run against the thresholds, or leave thresholds out.');
    }
    const gate = resolveGateConfig(raw, env);
    if (!wait && gate.baseline) {
        warnings.push('Input "baseline" is ignored because "wait" is false: a run that is not waited for is not compared with one.');
    }
    const environment = resolveEnvironmentConfig(raw, wait);
    return {
        ...resolveConnection(raw, env),
        taskId,
        testSuite: project,
        clusterType,
        clusterId,
        wait,
        timeoutMs: timeoutMinutes * 60_000,
        pollMs: pollSeconds * 1000,
        thresholds,
        gate,
        environment,
        comment: resolveComment(raw),
        warnings,
    };
}
/**
 * The least timeout_minutes, 30 s: the step must start the run, take its first look (after up to
 * 10 s) and get an answer, and one request alone may take REQUEST_TIMEOUT_MS (30 s).
 */
const MIN_TIMEOUT_MINUTES = 0.5;
const MAX_TIMEOUT_MINUTES = 1440;
/** Minutes, decimals allowed as YAML writes them (`90`, `0.5`, `.5`, `1.`); empty gives `fallback`. */
function parseTimeoutMinutes(input, text, fallback) {
    if (text === '')
        return fallback;
    const minutes = Number(text);
    if (!/^(\d+\.?\d*|\.\d+)$/.test(text) || minutes > MAX_TIMEOUT_MINUTES) {
        throw new errors_InputError(input, `Input "${input}" must be a number of minutes from ${MIN_TIMEOUT_MINUTES} to ${MAX_TIMEOUT_MINUTES}, decimals allowed ` +
            `(e.g. 0.5 or 90); got ${errors_quote(text)}.`);
    }
    if (minutes < MIN_TIMEOUT_MINUTES) {
        throw new errors_InputError(input, `Input "${input}" must be at least ${MIN_TIMEOUT_MINUTES} (30 s): the step starts the run and takes a first look at it ` +
            `after up to 10 s, and one request alone may take 30 s; got ${errors_quote(text)}.`);
    }
    return minutes;
}

;// CONCATENATED MODULE: ./src/run/known.ts
/** Whether a run of ours may be going on: then the post step stops it before putting the variables back. */
const runMayBeGoing = (known) => known.phase !== 'before' && !known.ended;
/** The summary of a failed step (`status: error`), with whatever ids were known. */
function errorSummary(known, message) {
    if (known.taskId === undefined)
        return undefined; // an input error: the log says it all
    return {
        status: 'error',
        detail: message,
        taskId: known.taskId,
        taskRunId: known.taskRunId,
        testSuiteId: known.testSuiteId,
        iamProjectId: known.iamProjectId,
        kpis: {},
        verdicts: [],
        environment: known.environment,
    };
}
/** What a cancellation leaves behind, by where the step was. */
function cancelledMessage(signal, known, taskId, wait) {
    const variables = known.putBack ? ' The post step puts back the variables this run set.' : '';
    return runCancelledMessage(signal, known, taskId, wait) + variables;
}
function runCancelledMessage(signal, { phase, taskRunId: runId }, taskId, wait) {
    if (phase === 'before')
        return `Cancelled (${signal}) before the run was started; nothing was started.`;
    if (phase === 'starting' && runId === undefined) {
        return (`Cancelled (${signal}) while starting task ${taskId}: a run may have started. ` +
            (wait ? 'The post step looks for it and stops it.' : 'Check the task in the CodeArts PerfTest console.'));
    }
    if (!wait)
        return `Cancelled (${signal}) after run ${runId} started; with wait: false it goes on.`;
    return `Cancelled (${signal}) while waiting for run ${runId}; the post step stops it.`;
}

;// CONCATENATED MODULE: ./src/run/state.ts
// What the main step leaves for the post step (core.saveState), by name.
const STATE = {
    isPost: 'isPost',
    /** Our run's id, once known. */
    runId: 'task_run_id',
    testSuiteId: 'project',
    /** Set (with wait: true) just before the start is sent: from then on the post step looks after the run. */
    waiting: 'waiting',
    /** The task's runs before the start, comma-separated: after a start of unknown outcome, a run not among them is ours. */
    runsBefore: 'runs_before',
    /** The API the start went through (BatchUpdateTaskStatus or UpdateTaskStatus); the stop takes the same. */
    statusApi: 'status_api',
    /**
     * The variables this run sets (environment.ts' SavedVariables, JSON), saved before any is written;
     * emptied once they are all put back. The post step puts back what is left.
     */
    variables: 'variables',
    /** Set when the main step saw the run end. */
    ended: 'ended',
};

;// CONCATENATED MODULE: ./src/run/variables.ts
// The PerfTest project's global variables, set for one run and put back after it. They are shared
// state: each is saved (with its old values) for the post step before anything is written, a lost
// answer is settled by reading the values back, and a variable is put back only while it still holds
// what this run set; if someone else changed it meanwhile, it is theirs now and left alone.




/** What a collision means, and what to do; the run is not started. */
const COLLISION = 'another job or person is changing the variables of this PerfTest project at the same time. Nothing was started. Let one job ' +
    'at a time use the project: a workflow concurrency group (README, "Testing the pull request\'s own deployment").';
/** A variable that does not hold what this run set right after the set: someone else writes it too. */
class VariableCollision extends Error {
    constructor(message) {
        super(message);
        this.name = 'VariableCollision';
    }
}
/** The kinds a variable may be listed as; text exists only on some sites. */
const LISTED_TYPES = [cpts_types/* VARIABLE_TYPE */.oY.integer, cpts_types/* VARIABLE_TYPE */.oY.enumeration, cpts_types/* VARIABLE_TYPE */.oY.file, cpts_types/* VARIABLE_TYPE */.oY.text];
/** The saved records must fit the post step's state (an environment variable): well under 128 KB. */
const MAX_SAVED_CHARS = 60_000;
/** The values as text, for comparing: an answer may give numbers as strings or the other way round. */
const key = (values) => JSON.stringify(values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))));
const holds = (variable, values) => key(variable.variable) === key(values);
/** The global variables of the PerfTest project of the kinds given (default: every kind the site has). */
async function listVariables(client, testSuiteId, types = LISTED_TYPES) {
    const lists = await Promise.all([...new Set(types)].map((type) => client.listVariables(testSuiteId, type).catch((error) => {
        // A site without text variables refuses to list them: there are none to find.
        if (type === cpts_types/* VARIABLE_TYPE */.oY.text && error instanceof api_error/* ApiError */.hD && error.status === 400) {
            client.retry.log.debug(`No text variables on this site (ListVariables for type 5: ${(0,api_error/* errorMessage */.gJ)(error)}).`);
            return [];
        }
        throw error;
    })));
    // Should the service list every kind whatever the path asks, each variable still counts once.
    const byId = new Map();
    for (const variable of lists.flat())
        if (!byId.has(variable.id))
            byId.set(variable.id, variable);
    return [...byId.values()];
}
/** What each setting will write, checked against the project's variables before anything is written. */
async function planVariables(client, testSuiteId, config) {
    const existing = await listVariables(client, testSuiteId);
    const shown = (value) => (config.maskVariables ? '(masked)' : errors_quote(value));
    const records = config.variables.map(({ name, value }) => {
        const matches = existing.filter((v) => v.name === name);
        if (matches.length > 1) {
            throw new errors_InputError('variables', `PerfTest project ${testSuiteId} has ${matches.length} variables named ${name} (ids ${matches.map((v) => v.id).join(', ')}): rename all but one, then run again.`);
        }
        const [found] = matches;
        if (!found) {
            if (config.createVariables)
                return { name, variable_type: cpts_types/* VARIABLE_TYPE */.oY.enumeration, ours: [value] };
            const names = existing.map((v) => v.name).sort();
            throw new errors_InputError('variables', `Input "variables" names ${name}, which is not a global variable of PerfTest project ${testSuiteId}` +
                `${names.length ? ` (its variables: ${refs_listSome(names)})` : ' (it has none)'}. Add it to the project, or set create_variables: true to create it for the run. Nothing was changed.`);
        }
        const ours = valuesFor(found, value, shown, testSuiteId);
        return { name, id: found.id, variable_type: found.variable_type, was: found.variable, ours };
    });
    const saved = JSON.stringify(records).length;
    if (saved > MAX_SAVED_CHARS) {
        throw new errors_InputError('variables', `The variables to set hold ${saved} characters with their old values, more than the ${MAX_SAVED_CHARS} this step can keep to put them back after the run. Set fewer variables, or variables with fewer values. Nothing was changed.`);
    }
    return records;
}
/** The values a setting writes into an existing variable of its kind. */
function valuesFor(found, value, shown, testSuiteId) {
    switch (found.variable_type) {
        case cpts_types/* VARIABLE_TYPE */.oY.enumeration:
        case cpts_types/* VARIABLE_TYPE */.oY.text:
            return [value];
        case cpts_types/* VARIABLE_TYPE */.oY.integer:
            // An integer variable is a range [start, end]: one number is the range from it to itself.
            if (!/^-?\d{1,15}$/.test(value)) {
                throw new errors_InputError('variables', `${found.name} is an integer variable of PerfTest project ${testSuiteId}, so its value must be an integer; got ${shown(value)}.`);
            }
            return [Number(value), Number(value)];
        case cpts_types/* VARIABLE_TYPE */.oY.file:
            throw new errors_InputError('variables', `${found.name} is a file variable of PerfTest project ${testSuiteId}: its values come from an uploaded file and cannot be set from an input. Use an enumeration or text variable.`);
        default:
            throw new errors_InputError('variables', `${found.name} is a variable of type ${found.variable_type}, which this action cannot set (it sets integer, enumeration and text variables).`);
    }
}
/** The kinds to read back: the records' own (a variable keeps its kind). */
const kindsOf = (records) => records.map((r) => r.variable_type);
const bodyOf = (record, values) => ({
    id: record.id,
    name: record.name,
    variable_type: record.variable_type,
    variable: values,
});
/** The variable a record stands for, found by id, or by name for one this run creates. */
const find = (variables, record) => variables.find((v) => (record.id === undefined ? v.name === record.name : v.id === record.id));
/**
 * Sets every record's values, then reads them back: all must hold what this run set, or someone else
 * is writing them too (VariableCollision). Created variables get their ids in the records.
 */
async function setVariables(client, testSuiteId, records, shown) {
    const updates = records.filter((r) => r.id !== undefined);
    if (updates.length > 0) {
        await client.updateVariable(testSuiteId, updates.map((r) => bodyOf(r, r.ours)), { recover: () => settleSet(client, testSuiteId, updates, shown) });
    }
    for (const record of records.filter((r) => r.id === undefined)) {
        const body = [{ id: 0, name: record.name, variable_type: record.variable_type, variable: record.ours, is_quoted: false }];
        await client.createVariable(testSuiteId, body, { recover: () => settleSet(client, testSuiteId, [record], shown) });
    }
    const now = await listVariables(client, testSuiteId, kindsOf(records));
    for (const record of records) {
        const found = find(now, record);
        if (found && holds(found, record.ours)) {
            record.id = found.id;
            continue;
        }
        throw new VariableCollision(`${record.name} ${found ? `holds ${shown(found.variable)}` : 'does not exist'} right after this run set it to ${shown(record.ours)}: ${COLLISION}`);
    }
}
/** After a set whose answer was lost: done if every record holds ours; sent again if some still hold their old values. */
async function settleSet(client, testSuiteId, records, shown) {
    const now = await listVariables(client, testSuiteId, kindsOf(records));
    let pending = false;
    for (const record of records) {
        const found = find(now, record);
        if (found && holds(found, record.ours))
            continue;
        const untouched = record.was === undefined ? found === undefined : found !== undefined && holds(found, record.was);
        if (!untouched) {
            throw new VariableCollision(`${record.name} ${found ? `holds ${shown(found.variable)}` : 'no longer exists'}, neither its old value nor the one this run sent before the answer was lost: ${COLLISION}`);
        }
        pending = true;
    }
    client.retry.log.info(pending ? 'The set was not applied: sending it again.' : 'The answer to the set was lost, but reading back shows every value set.');
    return pending ? undefined : {};
}
/**
 * Puts back each variable that still holds what this run set (old values back, or a created one
 * deleted), and says what became of each. Never throws: a failure is the outcome of the variables it
 * concerns.
 */
async function restoreVariables(client, testSuiteId, records) {
    let now;
    try {
        now = await listVariables(client, testSuiteId, kindsOf(records));
    }
    catch (error) {
        return records.map(() => ({ kind: 'failed', reason: (0,api_error/* errorMessage */.gJ)(error) }));
    }
    // By name: each variable is named once (variables-config.ts refuses repeats).
    const outcomes = new Map();
    const ours = [];
    for (const record of records) {
        const found = find(now, record);
        if (!found)
            outcomes.set(record.name, record.was === undefined ? { kind: 'unchanged' } : { kind: 'gone' });
        else if (holds(found, record.ours))
            ours.push({ ...record, id: found.id });
        else if (record.was !== undefined && holds(found, record.was))
            outcomes.set(record.name, { kind: 'unchanged' });
        else
            outcomes.set(record.name, { kind: 'taken', now: found.variable });
    }
    const updates = ours.filter((r) => r.was !== undefined);
    if (updates.length > 0) {
        const settled = await putBack(client, testSuiteId, updates);
        updates.forEach((r, i) => outcomes.set(r.name, settled[i]));
    }
    for (const created of ours.filter((r) => r.was === undefined)) {
        const outcome = await client
            .deleteVariable(testSuiteId, created.id, { recover: () => settleDelete(client, testSuiteId, created) })
            .then(() => ({ kind: 'deleted' }))
            .catch((error) => ({ kind: 'failed', reason: (0,api_error/* errorMessage */.gJ)(error) }));
        outcomes.set(created.name, outcome);
    }
    return records.map((r) => outcomes.get(r.name));
}
/** One UpdateVariable with the old values; a lost answer settled by reading back, variable by variable. */
async function putBack(client, testSuiteId, records) {
    let settled;
    try {
        await client.updateVariable(testSuiteId, records.map((r) => bodyOf(r, r.was)), {
            recover: async () => {
                const now = await listVariables(client, testSuiteId, kindsOf(records));
                const found = records.map((r) => find(now, r));
                // Still ours somewhere: the put did not happen; send it again.
                if (records.some((r, i) => found[i] !== undefined && holds(found[i], r.ours)))
                    return undefined;
                settled = records.map((r, i) => {
                    const v = found[i];
                    if (!v)
                        return { kind: 'gone' };
                    return holds(v, r.was) ? { kind: 'restored' } : { kind: 'taken', now: v.variable };
                });
                client.retry.log.info('The answer to putting the variables back was lost; reading back settled it.');
                return {};
            },
        });
    }
    catch (error) {
        return records.map(() => ({ kind: 'failed', reason: (0,api_error/* errorMessage */.gJ)(error) }));
    }
    return settled ?? records.map(() => ({ kind: 'restored' }));
}
/** After a delete whose answer was lost: done once the variable is gone. */
async function settleDelete(client, testSuiteId, record) {
    const now = await listVariables(client, testSuiteId, kindsOf([record]));
    return now.some((v) => v.id === record.id) ? undefined : true;
}

;// CONCATENATED MODULE: ./src/run/environment.ts
// The PR's own environment around a run, as the steps see it: the variables set before the start and
// put back after the run (main step) or after a cancellation (post step), the preflight, and what
// the log, the summary and the post step are told about each. variables.ts does the calls.



const MASK = '***';
/** A value as text: a string as it is, a number (an integer variable's) as JSON. */
const textOf = (value) => (typeof value === 'string' ? value : JSON.stringify(value));
/** Values as messages and the summary show them: quoted, a list in brackets, or *** when they are secrets. */
function valuesText(values, masked) {
    if (masked)
        return MASK;
    const texts = values.map(textOf);
    return texts.length === 1 ? errors_quote(texts[0]) : `[${texts.map((t) => errors_quote(t)).join(', ')}]`;
}
/** Values as a summary cell shows them (as code): one value as it is, several as a JSON list, or ***. */
function cellText(values, masked) {
    if (masked)
        return MASK;
    return values.length === 1 && typeof values[0] === 'string' ? values[0] : JSON.stringify(values);
}
/** Replaces each secret in a text (a URL or an error the service wrote) with ***. */
function hider(secrets) {
    // Longest first, so that a secret holding a shorter one is hidden whole.
    const sorted = [...new Set(secrets.filter((s) => s !== ''))].sort((a, b) => b.length - a.length);
    return (text) => sorted.reduce((t, secret) => t.split(secret).join(MASK).split(encodeURIComponent(secret)).join(MASK), text);
}
/** Every value of the records, as text: what is masked when the values are secrets. */
function secretsOf(records) {
    return records.flatMap((r) => [...r.ours, ...(r.was ?? [])]).map(textOf);
}
function saveVariables(runner, saved) {
    runner.saveState(STATE.variables, saved && saved.records.length > 0 ? JSON.stringify(saved) : '');
}
/** What the main step saved, or undefined when there is nothing to put back. */
function savedVariables(runner) {
    const text = runner.getState(STATE.variables);
    if (!text)
        return undefined;
    const saved = JSON.parse(text);
    return saved.records.length > 0 ? saved : undefined;
}
/** Sets the variables (saved for the post step first) and reads them back; the rows for the summary. */
async function setEnvironmentVariables(runner, client, saved) {
    const { testSuiteId, masked, records } = saved;
    saveVariables(runner, saved);
    const shown = (values) => valuesText(values, masked);
    await setVariables(client, testSuiteId, records, shown);
    saveVariables(runner, saved); // with the ids of created variables
    for (const r of records) {
        const was = r.was === undefined ? 'created for this run' : `was ${shown(r.was)}`;
        runner.info(`Set variable ${r.name} of PerfTest project ${testSuiteId} to ${shown(r.ours)} (${was}); read back.`);
    }
    return records.map((r) => rowOf(r, masked));
}
/** A variable's row before anything became of it. */
const rowOf = (record, masked) => ({
    name: record.name,
    set: cellText(record.ours, masked),
    was: record.was && cellText(record.was, masked),
});
/**
 * Puts the variables back and logs what became of each (a warning when it needs attention). What
 * could not be put back stays saved, so that the post step tries again. The rows' `after`, by name.
 */
async function putBackVariables(runner, client, saved, step) {
    const { testSuiteId, masked, records } = saved;
    const outcomes = await restoreVariables(client, testSuiteId, records);
    const rows = new Map();
    records.forEach((record, i) => {
        const { log, after, warn } = describe(record, outcomes[i], saved, step);
        (warn ? runner.warning : runner.info).call(runner, log);
        rows.set(record.name, { ...rowOf(record, masked), after, failed: outcomes[i].kind === 'failed' });
    });
    saveVariables(runner, { ...saved, records: records.filter((_, i) => outcomes[i].kind === 'failed') });
    return rows;
}
/** A restore outcome in words: the log line, the summary's cell, and whether it needs attention. */
function describe(record, outcome, { testSuiteId, masked }, step) {
    const name = `Variable ${record.name} of PerfTest project ${testSuiteId}`;
    const old = record.was && valuesText(record.was, masked);
    switch (outcome.kind) {
        case 'restored':
            return { log: `${name} put back to ${old}.`, after: '✅ put back', warn: false };
        case 'deleted':
            return { log: `${name}, created for this run, deleted.`, after: '✅ deleted (created for this run)', warn: false };
        case 'unchanged':
            return {
                log: `${name} ${record.was === undefined ? 'does not exist' : `holds its old value ${old}`}: nothing to put back.`,
                after: '✅ nothing to put back',
                warn: false,
            };
        case 'taken': {
            const now = valuesText(outcome.now, masked);
            return {
                log: `${name} holds ${now} now, not the value this run set: another job or person changed it during the run, so the run may ` +
                    "have loaded their target. Left as it is. Serialise this project's runs with a workflow concurrency group (see the README).",
                after: `⚠️ changed by someone else during the run; left as ${now}`,
                warn: true,
            };
        }
        case 'gone':
            return {
                log: `${name} no longer exists: someone deleted it during the run. Nothing to put back.`,
                after: '⚠️ deleted by someone else',
                warn: true,
            };
        case 'failed':
            return {
                log: `Could not put ${record.name} of PerfTest project ${testSuiteId} back${old ? ` to ${old}` : ' (delete it: it was created for this run)'}: ` +
                    `${outcome.reason}. ${step === 'main' ? 'The post step tries again.' : 'Put it back in the CodeArts PerfTest console.'}`,
                after: `❌ not put back${step === 'main' ? ' yet (the post step tries again)' : ''}: ${outcome.reason}`,
                warn: true,
            };
    }
}

;// CONCATENATED MODULE: ./src/common/markdown.ts
// Markdown for the summaries and the comment: numbers as the summary shows them, and user
// text (names, messages, values) made inert: nothing in it renders as Markdown or HTML, reorders
// the line or mentions anyone.

const format = (n) => n === undefined ? 'n/a' : n.toLocaleString('en-US', { maximumFractionDigits: 2 });
const unit = (n, suffix) => (n === undefined ? 'n/a' : `${format(n)}${suffix}`);
const markdown_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** A full stop, unless the text ends with one (or another mark) already. */
const fullStop = (text) => (/[.!?]$/.test(text) ? text : `${text}.`);
/** User text on one line, with characters that would reorder or hide it (bidi overrides, controls) shown as code points. */
const visible = (text) => text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\p{Cc}/gu, errors_codePoint)
    .replace(errors_INVISIBLE, errors_codePoint);
/**
 * Inline code for user text (a name, a rule naming one): nothing in it renders as Markdown or HTML, nor
 * mentions anyone. The fence is longer than any run of backticks inside; `|` escaped in a table cell.
 */
function code(text, cell = true) {
    const flat = visible(text);
    if (flat === '')
        return '—';
    // In a cell GitHub reads `\|` as `\` and an escaped pipe, others as `\\` and the cell's end: escaped text reads alike in both.
    if (cell && flat.includes('\\|'))
        return escaped(flat);
    const fence = '`'.repeat(Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length)) + 1);
    // A space each side keeps a backtick at an end from joining the fence; CommonMark strips one from each side.
    const pad = /^`|`$|^ .* $/.test(flat) ? ' ' : '';
    return `${fence}${pad}${cell ? flat.replace(/\|/g, '\\|') : flat}${pad}${fence}`;
}
/** A name as a message quotes it (common/errors.ts' quote: a JSON string). */
const QUOTED = /("(?:[^"\\]|\\.)*")/;
/**
 * A message holding user text (a verdict's note): the names it quotes as inline code, the rest with
 * its Markdown and HTML characters escaped; `cell`: in a table cell.
 */
function prose(text, cell = true) {
    return text
        .split(QUOTED)
        .map((part, i) => (i % 2 === 1 ? code(part, cell) : escaped(visible(part))))
        .join('');
}
/** Text with every character escaped that Markdown or HTML would read as markup. */
const escaped = (text) => text.replace(/[\\`*_[\]<>|~&]/g, '\\$&');

;// CONCATENATED MODULE: ./src/run/preflight.ts


/** A debug may run a whole case: more than the 30 s a request is usually allowed. */
const DEBUG_TIMEOUT_MS = 120_000;
/** Debugs each case of the task once, in the task's order; `hide` takes masked values out of what is kept. */
async function runPreflight(client, ref, cluster, hide) {
    const caseList = await taskCases(client, ref.testSuiteId, ref.taskId);
    const debugClient = client.withRetry({ ...client.retry, requestTimeoutMs: DEBUG_TIMEOUT_MS });
    const cases = [];
    for (const { id, name = `case ${id}` } of caseList) {
        const results = await debugClient.debugCase(ref.testSuiteId, ref.taskId, id, {
            status: 9,
            cluster_id: cluster.id,
            cluster_type: cluster.type,
            without_package: 0,
            type: 1,
        });
        cases.push({ id, name, requests: results.map((r, i) => requestOf(r, i, hide)) });
        const failed = cases.at(-1).requests.filter((r) => !r.ok).length;
        client.retry.log.info(`Preflight of case "${name}": ${markdown_plural(results.length, 'request')}, ${failed === 0 ? 'all answered' : `${failed} failed`}.`);
    }
    return { cases };
}
function requestOf(result, index, hide) {
    const text = (value) => (value === undefined || value === '' ? undefined : hide(value));
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
function withoutUserinfo(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1');
}
/** The requests that failed their debug, with their cases. */
function preflightFailures(report) {
    return report.cases.flatMap((c) => c.requests.filter((r) => !r.ok).map((request) => ({ case: c, request })));
}
/** Cases whose debug listed no request at all: nothing was proved about them. */
function unprovedCases(report) {
    return report.cases.filter((c) => c.requests.length === 0);
}
/** The step's failure for a preflight that failed, naming up to five requests; undefined when none failed. */
function preflightFailureMessage(report, taskId) {
    const failures = preflightFailures(report);
    if (failures.length === 0)
        return undefined;
    const shown = failures.slice(0, 5).map(({ case: c, request: r }) => {
        const status = r.statusCode ? `status ${r.statusCode}` : 'no status code';
        return `case "${c.name}", request "${r.name}"${r.url ? ` (${r.url})` : ''}: ${status}${r.errorReason ? `, ${r.errorReason}` : ''}`;
    });
    const more = failures.length > 5 ? `; and ${failures.length - 5} more (see the summary)` : '';
    return (`Preflight failed: ${failures.length} request${failures.length === 1 ? '' : 's'} of task ${taskId} failed ${failures.length === 1 ? 'its' : 'their'} debug: ` +
        `${shown.join('; ')}${more}. No run was started. Check the target the variables point at, or set preflight: false to skip the check.`);
}

;// CONCATENATED MODULE: ./src/run/case-scope.ts
// Scoped rules (case("…"), request("…"), transaction("…")): the case names they give are checked
// against the task before the start, and their figures are read from a run's case report. A request or transaction name found in more than one case takes the first case's row,
// in the report's case order; the summary shows each with its case.




function scopedSource(report) {
    const rows = {
        case: report.cases.map((c) => ({ name: c.name, figures: c.figures })),
        request: report.cases.flatMap((c) => c.requests),
        transaction: report.cases.flatMap((c) => c.transactions),
    };
    return {
        figures: (scope) => rows[scope.kind].find((row) => row.name === scope.name)?.figures,
        names: (kind) => [...new Set(rows[kind].map((row) => row.name))],
    };
}
/** Cases named by rules must be the task's, checked before the start: a typo costs no load. */
async function checkCaseNames(client, config, testSuiteId) {
    const named = scopedCaseNames(config.thresholds);
    // With wait: false the rules are not judged (and a warning says so): nothing to check.
    if (named.length === 0 || !config.wait)
        return;
    const names = (await taskCases(client, testSuiteId, config.taskId)).flatMap((c) => c.name ?? []);
    const unknown = named.filter((name) => !names.includes(name));
    if (unknown.length === 0)
        return;
    throw new errors_InputError('thresholds', `Input "thresholds" names ${unknown.length === 1 ? 'a case' : 'cases'} that task ${config.taskId} does not have: ` +
        `${unknown.map((name) => errors_quote(name)).join(', ')}; ${names.length ? `its cases are ${refs_listSome(names.map((name) => errors_quote(name)))}` : 'it has no cases'}. Nothing was started.`);
}

;// CONCATENATED MODULE: ./src/run/case-report.ts
// A run's figures per case, with each case's requests and transactions: one ShowMergeTaskCase, then
// one ShowMergeCaseDetail per case, four at a time. Which field of the case list is the case-run id
// the detail takes is not settled (the API reference says testcaseId, the SDK case_uri_i, ShowTask
// lists related_temp_running_id): testcaseId is tried first and case_uri_i next, the first case
// settling the order for the others; where the two differ, ShowTask says which goes first.
//
// Call budget: 1 + cases; plus 1 ShowTask when the two fields differ, or when exactly one case is
// left without a detail after its ids were absent or refused; plus 1 per id refused (one, when the
// service is consistent); plus 1 for ShowTask's id, if it is tried.




/** Details read at once: quick enough, and well short of what the gateway throttles. */
const DETAIL_CONCURRENCY = 4;
const FIELD_ORDER = ['testcaseId', 'case_uri_i'];
/**
 * The figures of every case of run `taskRunId` of task `options.taskId`. A case whose detail cannot
 * be read is in `missing`; a failing ShowMergeTaskCase throws. Logs once which id source answered.
 */
async function readCaseReport(client, taskRunId, options) {
    return new CaseReader(client, taskRunId, options.taskId).read();
}
class CaseReader {
    client;
    taskRunId;
    taskId;
    calls = 0;
    showTask;
    constructor(client, taskRunId, taskId) {
        this.client = client;
        this.taskRunId = taskRunId;
        this.taskId = taskId;
    }
    async read() {
        this.calls++;
        const listed = await this.client.showMergeTaskCase(this.taskRunId);
        const { order, note } = await this.orderFor(listed);
        const outcomes = [];
        // The first case settles which field answers, so that the others do not each try a refused one first.
        if (listed.length > 0)
            outcomes.push(await this.readCase(listed[0], order));
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
            missing: outcomes.filter((o) => !o.read).map((o) => `${errors_quote(o.listed.name)}: ${o.notes.join('; ')}`),
        };
    }
    /** testcaseId first, unless ShowTask lists the case_uri_i of more of the cases where the two differ. */
    async orderFor(listed) {
        const differing = listed.filter((c) => c.testcaseId !== undefined && c.caseUriI !== undefined && c.testcaseId !== c.caseUriI);
        if (differing.length === 0)
            return { order: FIELD_ORDER, note: '' };
        const shown = await this.listedByShowTask();
        const what = `testcaseId and case_uri_i differ for ${case_report_plural(differing.length, 'case')}`;
        if ('reason' in shown)
            return { order: FIELD_ORDER, note: `${what}, and ShowTask cannot tell which is right: ${shown.reason}` };
        const byTestcase = differing.filter((c) => shown.ids.has(c.testcaseId)).length;
        const byUri = differing.filter((c) => shown.ids.has(c.caseUriI)).length;
        if (byTestcase === 0 && byUri === 0)
            return { order: FIELD_ORDER, note: `${what}; ShowTask's related_temp_running_id lists neither` };
        const winner = byUri > byTestcase ? 'case_uri_i' : 'testcaseId';
        const agreed = Math.max(byUri, byTestcase);
        return {
            order: winner === 'case_uri_i' ? ['case_uri_i', 'testcaseId'] : FIELD_ORDER,
            note: `${what}; ShowTask's related_temp_running_id agrees with ${winner} for ${agreed} of them`,
        };
    }
    /** One case's detail, by each of its ids in `order` until one answers; a refused id (4xx) gives way to the next. */
    async readCase(listed, order) {
        const notes = [];
        const tried = new Set();
        for (const source of order) {
            const id = source === 'testcaseId' ? listed.testcaseId : listed.caseUriI;
            if (id === undefined || tried.has(id)) {
                if (id === undefined)
                    notes.push(`no ${source}`);
                continue;
            }
            tried.add(id);
            const problem = pathSegmentProblem(id);
            if (problem) {
                notes.push(`${source} ${errors_quote(id)} ${problem}`);
                continue;
            }
            const attempt = await this.detail(id, source);
            if ('read' in attempt)
                return { listed, read: attempt.read, notes, refusedOnly: false };
            notes.push(attempt.note);
            if (!attempt.refused)
                return { listed, notes, refusedOnly: false };
        }
        return { listed, notes, refusedOnly: true };
    }
    /** One ShowMergeCaseDetail: its detail, or what went wrong and whether it was the id that was refused. */
    async detail(caseRunId, source) {
        this.calls++;
        try {
            const detail = await this.client.showMergeCaseDetail(this.taskRunId, caseRunId);
            // An id the service does not know may be answered with an empty detail rather than refused.
            if (isEmpty(detail))
                return { note: `${source} ${errors_quote(caseRunId)}: ShowMergeCaseDetail answered without any figures`, refused: true };
            return { read: { caseRunId, source, detail } };
        }
        catch (error) {
            if (case_report_isBug(error))
                throw error;
            return { note: `${source} ${errors_quote(caseRunId)}: ${(0,api_error/* errorMessage */.gJ)(error)}`, refused: isRefusal(error) };
        }
    }
    /** The one case no field gave a usable id for: ShowTask's related_temp_running_id, when elimination leaves one (idLeft). */
    async lastResort(outcomes) {
        const unread = outcomes.filter((o) => !o.read);
        if (unread.length !== 1 || !unread[0].refusedOnly)
            return;
        const [outcome] = unread;
        const shown = await this.listedByShowTask();
        const left = 'reason' in shown ? { reason: `ShowTask: ${shown.reason}` } : idLeft(outcomes, shown.ids);
        if ('reason' in left)
            return void outcome.notes.push(left.reason);
        const attempt = await this.detail(left.id, 'related_temp_running_id');
        if ('read' in attempt)
            outcome.read = attempt.read;
        else
            outcome.notes.push(attempt.note);
    }
    /** ShowTask, once: the case-run ids it lists, when its latest run is this one. */
    listedByShowTask() {
        this.showTask ??= (async () => {
            this.calls++;
            try {
                const task = await this.client.showTask(this.taskId);
                if (task.latestRunId !== this.taskRunId) {
                    return { reason: `task ${this.taskId}'s latest run is ${task.latestRunId ?? 'not given'}, not ${this.taskRunId}` };
                }
                return task.caseRunIds ? { ids: new Set(task.caseRunIds) } : { reason: 'it lists no related_temp_running_id' };
            }
            catch (error) {
                if (case_report_isBug(error))
                    throw error;
                return { reason: (0,api_error/* errorMessage */.gJ)(error) };
            }
        })();
        return this.showTask;
    }
}
/**
 * The id was not accepted: refused (4xx; the service answers 403 for ids it does not know), or answered
 * without a detail. A 5xx, a timeout or a dropped connection says nothing about the id.
 */
const isRefusal = (error) => error instanceof api_error/* ApiError */.hD && error.status < 500;
/** Mistakes in the code, not answers of the service: these are thrown, not turned into a reason. */
const case_report_isBug = (error) => error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError || error instanceof SyntaxError;
const isEmpty = ({ performance, requests, transactions }) => Object.keys(performance ?? {}).length === 0 && requests.length === 0 && transactions.length === 0;
const case_report_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function caseFigures(name, caseRunId, detail) {
    return { name, caseRunId, figures: detail.performance ?? {}, requests: detail.requests, transactions: detail.transactions };
}
/**
 * The id ShowTask lists that no other case has. ShowTask's list has no names: this holds only when it
 * lists as many ids as there are cases, every other case's among them (a case left out of the case
 * list would otherwise take another case's figures), and exactly one is left.
 */
function idLeft(outcomes, shown) {
    const reason = (why) => ({ reason: `ShowTask's related_temp_running_id ${why}` });
    const others = outcomes.flatMap((o) => (o.read ? [o.read.caseRunId] : []));
    if (shown.size !== outcomes.length || others.some((id) => !shown.has(id))) {
        return reason(`lists ${case_report_plural(shown.size, 'id')} that cannot be matched to the ${case_report_plural(outcomes.length, 'listed case')}`);
    }
    const claimed = new Set(outcomes.flatMap((o) => [o.read?.caseRunId, o.listed.testcaseId, o.listed.caseUriI]));
    const left = [...shown].filter((id) => !claimed.has(id) && pathSegmentProblem(id) === undefined);
    return left.length === 1 ? { id: left[0] } : reason('gives no id to try');
}
/** The source that answered for most cases; ties go to the earlier in the order tried. */
function mostAnswered(outcomes, first) {
    const sources = first === 'testcaseId' ? ['testcaseId', 'case_uri_i'] : ['case_uri_i', 'testcaseId'];
    const count = (source) => outcomes.filter((o) => o.read?.source === source).length;
    return [...sources, 'related_temp_running_id'].reduce((best, source) => (count(source) > count(best) ? source : best));
}
/** The one line that says where the case-run ids came from. */
function idLog(taskRunId, outcomes, idSource, note) {
    if (outcomes.length === 0)
        return `Case figures of run ${taskRunId}: no cases listed.`;
    const read = outcomes.filter((o) => o.read);
    const sources = [idSource, ...['testcaseId', 'case_uri_i', 'related_temp_running_id'].filter((s) => s !== idSource)];
    const bySource = sources
        .map((source) => [source, read.filter((o) => o.read.source === source).length])
        .filter(([, n]) => n > 0)
        .map(([source, n]) => `${source} (${case_report_plural(n, 'case')})`);
    const answered = read.length === 0 ? `: none answered (${idSource} tried first)` : ` from ${bySource.join(', ')}`;
    const unread = outcomes.length - read.length;
    return (`Case figures of run ${taskRunId}: ${case_report_plural(outcomes.length, 'case')} listed; case-run ids${answered}` +
        `${unread > 0 ? `; ${unread} without a readable detail` : ''}${note ? `; ${note}` : ''}.`);
}

;// CONCATENATED MODULE: ./src/run/comparison.ts
// What the verdict compares the run with, read in the minute after the wait: the baseline (with its
// trend) and the per-case reports of this run and of the baseline run, each only when a rule or the
// summary needs it.




const NO_BASELINE = { kind: 'none', reason: undefined, calls: 0 };
/** The baseline the `baseline` input names, with its trend; a missing one says why when baseline rules need it. */
async function readGateBaseline(config, client, ids) {
    const { gate } = config;
    if (gate.baseline === undefined) {
        const needed = config.thresholds.some((t) => t.kind === 'baseline');
        return needed
            ? { ...NO_BASELINE, reason: 'the "baseline" input is empty, so baseline rules have nothing to compare with' }
            : NO_BASELINE;
    }
    return readBaseline(client, gate.baseline, { testSuiteId: ids.testSuiteId, currentRunId: ids.taskRunId, trendRuns: gate.trendRuns });
}
async function readCaseReports(runner, config, client, ids, baseline) {
    const read = async (taskRunId, taskId) => {
        try {
            return { report: await readCaseReport(client, taskRunId, { taskId }) };
        }
        catch (error) {
            runner.warning(`No per-case report for run ${taskRunId}: ${(0,api_error/* errorMessage */.gJ)(error)}`);
            return { note: `the per-case report of run ${taskRunId} could not be read: ${(0,api_error/* errorMessage */.gJ)(error)}` };
        }
    };
    const ofRun = config.gate.caseDetails || needsCaseReport(config.thresholds) ? await read(ids.taskRunId, ids.taskId) : undefined;
    // A results.json baseline carries no per-case figures; task: and run: baselines are read like this run.
    const base = baseline.kind === 'found' ? baseline.run : undefined;
    const ofBaseline = base?.taskRunId !== undefined && base.source !== 'file' && needsCaseReport(config.thresholds, 'baseline')
        ? await read(base.taskRunId, base.taskId ?? ids.taskId)
        : undefined;
    return { run: ofRun, ofBaseline };
}

;// CONCATENATED MODULE: ./src/run/junit.ts


const RULES = 'codearts-perftest.thresholds';
/** A rule without a baseline is a failure when it failed the step (on_missing_baseline: fail), else skipped. */
function renderJunit(results) {
    const cases = [...results.rules.map((rule) => ruleCase(results, rule)), runCase(results.run)];
    const count = (element) => cases.filter((c) => c.outcome?.element === element).length;
    const { run } = results;
    const attributes = [
        ['name', `CodeArts PerfTest run ${run.taskRunId ?? `(none) of task ${run.taskId}`}`],
        ['tests', cases.length],
        ['failures', count('failure')],
        ['errors', 0],
        ['skipped', count('skipped') || undefined],
        ['time', run.durationSeconds ?? undefined],
        ['timestamp', timestamp(run.startTime)],
        // The load ran on CodeArts' generators, which the report does not name: the schema's word for unknown.
        ['hostname', 'localhost'],
        ['id', 0],
        ['package', 'codearts-perftest'],
    ];
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites>',
        `  <testsuite${attributesXml(attributes)}>`,
        '    <properties>',
        ...properties(results).map(([name, value]) => `      <property name="${attr(name)}" value="${attr(value)}"/>`),
        '    </properties>',
        ...cases.flatMap(caseXml),
        '    <system-out/>',
        '    <system-err/>',
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
}
function ruleCase(results, rule) {
    const base = { classname: RULES, name: rule.text, time: 0 };
    if (rule.outcome === 'pass')
        return base;
    const figures = [
        ['actual', rule.actual === null ? 'missing from the report' : decimal(rule.actual)],
        ['limit', show(rule.limit)],
        ...(rule.kind === 'baseline' ? [['baseline', show(rule.baseline)]] : []),
    ];
    const details = figures.map(([name, value]) => `${name}: ${value}`).join('\n');
    if (rule.outcome === 'fail') {
        // A scoped rule without its figures: the note says which were lacking (the rule's text names the case).
        const message = rule.note
            ? `${rule.text}: ${rule.note}`
            : `${rule.text} broken: ${figures.map(([name, value]) => `${name} ${value}`).join(', ')}`;
        return {
            ...base,
            outcome: { element: 'failure', type: 'threshold', message, details: rule.note ? `${message}\n${details}` : details },
        };
    }
    const why = rule.outcome === 'no-baseline'
        ? `no baseline${results.baselineMissing ? `: ${results.baselineMissing}` : ''}`
        : 'unjudgeable: the baseline is 0 and the rule has no absolute term';
    const failed = !rule.passed;
    const message = `${rule.text}: ${why}`;
    return { ...base, outcome: { element: failed ? 'failure' : 'skipped', type: rule.outcome, message, details: `${message}\n${details}` } };
}
function runCase(run) {
    const base = { classname: 'codearts-perftest.run', name: 'run ended normally', time: run.durationSeconds ?? undefined };
    const id = run.taskRunId ?? '(none known)';
    const failure = (message) => ({ ...base, outcome: { element: 'failure', type: run.status, message, details: message } });
    if ((run.status === 'passed' || run.status === 'failed') && run.runStatus === cpts_types/* RUN_STATUS */.$H.finished)
        return base;
    if (run.status === 'started') {
        const message = `Run ${id} was started and not waited for (wait: false): not judged.`;
        return { ...base, outcome: { element: 'skipped', type: run.status, message, details: message } };
    }
    if (run.status === 'timed_out')
        return failure(`Run ${id} was still going when timeout_minutes ran out: not judged.`);
    if (run.status === 'error') {
        return failure(run.taskRunId === null ? 'The step failed before a run was started or known.' : `The step failed before run ${id} could be judged.`);
    }
    if (run.runStatus === null)
        return failure(`Run ${id} ended, but neither the task nor the report says how (no run_status).`);
    return failure(`Run ${id} ${statusName(run.runStatus)} (run_status ${run.runStatus}).`);
}
/** The ids to find the run again, as name-value pairs (the schemas want at least one). */
function properties({ run, baseline, version }) {
    const pairs = [
        ['task_id', run.taskId],
        ['task_run_id', run.taskRunId],
        ['test_suite_id', run.testSuiteId],
        ['status', run.status],
        ['run_status', run.runStatus],
        ['baseline_task_run_id', baseline?.taskRunId ?? null],
        ['version', version],
    ];
    return pairs.filter((pair) => pair[1] !== null).map(([name, value]) => [name, String(value)]);
}
function caseXml(c) {
    const head = `    <testcase${attributesXml([
        ['classname', c.classname],
        ['name', c.name],
        ['time', c.time],
    ])}`;
    if (!c.outcome)
        return [`${head}/>`];
    const { element, type, message, details } = c.outcome;
    // jenkins-junit.xsd types <skipped> as text only: its reason is the text, not a message attribute.
    const inner = element === 'skipped'
        ? `<skipped>${junit_text(message)}</skipped>`
        : `<failure${attributesXml([
            ['message', message],
            ['type', type],
        ])}>${junit_text(details)}</failure>`;
    return [`${head}>`, `      ${inner}`, '    </testcase>'];
}
const attributesXml = (pairs) => pairs
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${attr(typeof value === 'number' ? decimal(value) : String(value))}"`)
    .join('');
/** xs:decimal: digits, no exponent, no grouping. */
const decimal = (n) => n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 4 });
/** The schema's ISO 8601 without a zone (Ant wrote local time; this is UTC), seconds without fractions. */
function timestamp(time) {
    const ms = time === null ? NaN : Date.parse(time);
    return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 19) : undefined;
}
const show = (n) => (n === null ? 'none' : decimal(n));
/** Characters XML 1.0 cannot hold at all, even escaped (most C0 controls, U+FFFE/U+FFFF, lone surrogates). */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
    '\t': '&#9;',
    '\n': '&#10;',
    '\r': '&#13;',
};
/** Tabs and line breaks as references too: a parser would turn them into spaces in an attribute. */
const attr = (value) => value.replace(FORBIDDEN, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]);
/** A bare \r in text would be read as \n. */
const junit_text = (value) => value.replace(FORBIDDEN, '\uFFFD').replace(/[&<>\r]/g, (c) => ENTITIES[c]);

;// CONCATENATED MODULE: ./src/run/environment-summary.ts


/** A PR comment holds 65,536 characters: the preflight table stops at this many requests. */
const MAX_PREFLIGHT_ROWS = 50;
function environmentSection(environment) {
    if (!environment)
        return [];
    return [...variablesSection(environment), ...preflightSection(environment.preflight)];
}
function variablesSection({ testSuiteId, variables }) {
    if (variables.length === 0)
        return [];
    const value = (text) => (text === undefined ? 'none (created)' : code(text));
    return [
        `#### Variables of PerfTest project \`${testSuiteId}\``,
        '',
        '| Variable | Set to | Was | After the run |',
        '|---|---|---|---|',
        ...variables.map((v) => `| ${code(v.name)} | ${value(v.set)} | ${value(v.was)} | ${v.after === undefined ? 'put back by the post step' : prose(v.after)} |`),
        '',
    ];
}
function preflightSection(report) {
    if (!report)
        return [];
    const failed = preflightFailures(report).length;
    const requests = report.cases.flatMap((c) => c.requests.map((r) => ({ case: c.name, ...r })));
    const title = failed === 0 ? 'passed ✅' : `failed ❌ (${markdown_plural(failed, 'request')} of ${requests.length})`;
    // Failures first, so that a long table still shows them.
    const rows = [...requests.filter((r) => !r.ok), ...requests.filter((r) => r.ok)].slice(0, MAX_PREFLIGHT_ROWS);
    const lines = [
        `#### Preflight ${title}`,
        '',
        `Each case debugged once before the start (${markdown_plural(report.cases.length, 'case')}, ${markdown_plural(requests.length, 'request')}).`,
        '',
    ];
    if (rows.length > 0) {
        lines.push('| | Case | Request | URL | Status | Time | Error |', '|---|---|---|---|--:|--:|---|', ...rows
            .map((r) => [
            r.ok ? '✅' : '❌',
            code(r.case),
            code(r.name),
            code(r.url ?? ''),
            r.statusCode ? code(r.statusCode) : '—',
            r.responseTimeMs === undefined ? '—' : `${format(r.responseTimeMs)} ms`,
            r.errorReason ? code(r.errorReason) : '—',
        ].join(' | '))
            .map((row) => `| ${row} |`), '');
    }
    if (requests.length > rows.length)
        lines.push(`${requests.length - rows.length} more requests passed; the log lists every case.`, '');
    const unproved = unprovedCases(report);
    if (unproved.length > 0)
        lines.push(`No request results for ${unproved.map((c) => code(c.name, false)).join(', ')}: not checked.`, '');
    return lines;
}

;// CONCATENATED MODULE: ./src/run/trend-chart.ts
/** A ```mermaid block with an `xychart-beta` line chart, or undefined for fewer than two points. */
function renderTrendChart(field, label, unit, points) {
    const shown = points.filter((p) => Number.isFinite(p.value));
    if (shown.length < 2)
        return undefined;
    const values = shown.map((p) => p.value);
    const [low, high] = yRange(field, values);
    const axisTitle = unit.trim() === '' ? '' : `${quoted(clean(unit, 40))} `;
    const labels = trend_chart_distinct(shown.map((p) => clean(p.label, 24))).map(quoted);
    return [
        '```mermaid',
        'xychart-beta',
        `    title ${quoted(clean(label, 80))}`,
        `    x-axis [${labels.join(', ')}]`,
        `    y-axis ${axisTitle}${plain(low)} --> ${plain(high)}`,
        `    line [${values.map(plain).join(', ')}]`,
        '```',
    ].join('\n');
}
/**
 * From 0 for the figures that cannot go below it, so a change shows at its true size; a success
 * rate lives near 100 %, where an axis from 0 would flatten every change: it starts near its lowest.
 */
function yRange(field, values) {
    const min = Math.min(...values);
    const max = Math.max(...values);
    const pad = (max - min) / 10 || Math.abs(max) / 10 || 1;
    let low = min >= 0 && field !== 'success_rate' ? 0 : min - pad;
    let high = max + pad;
    if (field === 'success_rate' && min >= 0)
        low = Math.max(low, 0);
    if (field === 'success_rate' && max <= 100)
        high = Math.min(high, 100);
    const step = niceStep((high - low) / 10);
    return [Math.floor(low / step) * step, Math.ceil(high / step) * step];
}
/** 1, 2 or 5 times a power of ten: axis ends that read as round numbers. */
function niceStep(rough) {
    const power = 10 ** Math.floor(Math.log10(rough));
    const step = ([1, 2, 5].find((m) => m * power >= rough) ?? 10) * power;
    return Math.max(step, 0.0001);
}
/** A number as Mermaid's grammar reads it: digits, no exponent, no grouping, at most 4 decimals. */
const plain = (n) => (n + 0).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 4 }).replace(/^-0$/, '0');
/**
 * A label Mermaid parses and shows as written, nearly: its strings cannot hold `"` (no escape
 * works), a `%%{` would start a directive, a backtick pair makes Markdown, and an empty one is refused.
 */
function clean(text, max) {
    const one = text
        .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
        .replace(/["`]/g, "'")
        .replace(/%{2,}/g, '%')
        .replace(/\s+/g, ' ')
        .trim();
    const chars = [...one];
    const short = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : one;
    return short === '' ? '-' : short;
}
const quoted = (cleaned) => `"${cleaned}"`;
/** Equal labels would share one place on the axis: the later ones get (2), (3)… */
function trend_chart_distinct(labels) {
    const used = new Set();
    return labels.map((label) => {
        let unique = label;
        for (let n = 2; used.has(unique); n++)
            unique = `${label} (${n})`;
        used.add(unique);
        return unique;
    });
}

;// CONCATENATED MODULE: ./src/run/summary.ts



const TITLE = {
    passed: 'passed ✅',
    failed: 'failed ❌ (thresholds broken)',
    aborted: 'aborted ❌',
    timed_out: 'timed out ❌',
    started: 'started (not waited for)',
    error: 'not judged ❌ (the step failed)',
};
const KPI_ROWS = [
    ['success_rate', 'Success rate', ' %'],
    ['rps', 'Requests per second', ''],
    ['avg_response_time', 'Average response time', ' ms'],
    ['avg_tp90', '90th percentile response time', ' ms'],
    ['max_response_time', 'Longest response time', ' ms'],
    ['request_count', 'Requests', ''],
    ['error_request_count', 'Failed requests', ''],
    ['max_users', 'Peak concurrent users', ''],
];
/** Says which success rate is shown and judged: the exact one from the counts, or the report's integer. */
function successRateNote(basis) {
    if (!basis)
        return undefined;
    if (basis.from === 'report') {
        return `Success rate as the report gives it (${format(basis.reported)} %, a whole number): the report has no request counts to compute it from.`;
    }
    const reported = basis.reported === undefined ? '' : ` (the report's own figure, ${format(basis.reported)} %, is a whole number)`;
    return `Success rate computed from the counts: ${format(basis.successCount)} successful of ${format(basis.requestCount)} requests${reported}.`;
}
/** The sentence under the title: how the run ended, or why it was not judged. */
function statusSentence(s) {
    if (s.status === 'timed_out') {
        return `The run was still ${s.detail ?? 'going'} when timeout_minutes ran out, so it was not judged; the post step stops it.`;
    }
    if (s.status === 'error')
        return `The step failed before the run could be judged: ${s.detail ?? 'see the log'}`;
    return s.ending ? `The run ${s.ending}.` : undefined;
}
function renderRunSummary(s) {
    const lines = [`### CodeArts PerfTest run ${TITLE[s.status]}`, ''];
    const sentence = statusSentence(s);
    if (sentence)
        lines.push(sentence, '');
    lines.push(...baselineSection(s.baseline), ...figuresSection(s), ...thresholdsSection(s.verdicts), ...casesSection(s));
    lines.push(...environmentSection(s.environment));
    lines.push(...trendSection(s), ...idsSection(s));
    return lines.join('\n');
}
function figuresSection(s) {
    const figures = KPI_ROWS.filter(([field]) => s.kpis[field] !== undefined);
    if (figures.length === 0)
        return [];
    // A run that did not end has figures of what ran so far.
    const partial = s.status === 'timed_out' || s.status === 'error';
    const lines = s.baseline?.kind === 'found'
        ? comparisonTable(figures, s.kpis, s.baseline.run.kpis, partial)
        : [
            partial ? '| Figure (partial: the run had not ended) | Value so far |' : '| Figure | Value |',
            '|---|---|',
            ...figures.map(([field, label, unit]) => `| ${label} | ${format(s.kpis[field])}${unit} |`),
        ];
    lines.push('');
    const basis = successRateNote(s.successRate);
    if (basis && s.kpis.success_rate !== undefined)
        lines.push(basis, '');
    return lines;
}
/** This run beside the baseline: the arrow only on Δ, where it makes a rise or a fall plain at a glance. */
function comparisonTable(figures, kpis, baseline, partial) {
    const rows = figures.map(([field, label, unit]) => {
        const d = figureDelta(kpis[field], baseline[field]);
        const base = baseline[field] === undefined ? 'n/a' : `${format(baseline[field])}${unit}`;
        // A change of a rate in per cent is in points; "%" there would read as Δ %.
        const change = d ? signed(d.delta, field === 'success_rate' ? ' pts' : unit, true) : 'n/a';
        const percent = d?.deltaPercent == null ? 'n/a' : signed(d.deltaPercent, ' %', false);
        return `| ${label} | ${format(kpis[field])}${unit} | ${base} | ${change} | ${percent} |`;
    });
    const head = partial
        ? '| Figure (partial: the run had not ended) | So far | Baseline | Δ | Δ % |'
        : '| Figure | This run | Baseline | Δ | Δ % |';
    return [head, '|---|--:|--:|--:|--:|', ...rows];
}
/** `▲ +12.5 ms`, `-3.1 %`, or `0` when the change rounds to nothing. */
function signed(n, unit, arrow) {
    const size = format(Math.abs(n));
    if (size === '0')
        return `0${unit}`;
    const [mark, sign] = n > 0 ? ['▲ ', '+'] : ['▼ ', '-'];
    return `${arrow ? mark : ''}${sign}${size}${unit}`;
}
/** This run minus the baseline, and that in per cent of the baseline (null when it is 0); 4 decimals. */
function figureDelta(current, baseline) {
    if (current === undefined || baseline === undefined || !Number.isFinite(current - baseline))
        return undefined;
    const delta = current - baseline;
    return { delta: round4(delta), deltaPercent: baseline === 0 ? null : round4((delta / Math.abs(baseline)) * 100) };
}
/** Four decimals, free of floating-point tails (0.1 + 0.2) and of -0. */
const round4 = (n) => Math.round(n * 10_000) / 10_000 + 0;
const HOW_FOUND = {
    task: 'the newest run of that task that finished normally',
    run: 'the run the baseline input names',
    file: "from an earlier run's results.json",
};
/** Which run the figures are compared with, and how it was found; or why there is none. */
function baselineSection(baseline) {
    if (baseline?.kind === 'none')
        return baseline.reason === undefined ? [] : [`No baseline: ${fullStop(baseline.reason)}`, ''];
    if (baseline?.kind !== 'found')
        return [];
    const { source, taskId, taskRunId, startTime } = baseline.run;
    const run = taskRunId === undefined ? 'a run of unknown id' : `run \`${taskRunId}\``;
    const task = taskId === undefined ? '' : ` of task \`${taskId}\``;
    const started = startTime ? `, started ${startTime}` : '';
    return [`Baseline: ${run}${task}, ${HOW_FOUND[source]}${started}.`, ''];
}
/**
 * A Limit column when a rule compares with the baseline or is scoped (its limit is not in the figures
 * above), a Baseline column when one compares with the baseline: without either, the table is as it always was.
 */
function thresholdsSection(verdicts) {
    if (verdicts.length === 0)
        return [];
    const baseline = verdicts.some((v) => v.threshold.kind === 'baseline');
    const limit = baseline || verdicts.some((v) => v.threshold.scope);
    const columns = [
        ['Threshold', (v) => code(v.threshold.text)],
        ['Actual', (v) => format(v.actual)],
        ...(limit ? [['Limit', (v) => format(v.limit)]] : []),
        ...(baseline ? [['Baseline', (v) => (v.threshold.kind === 'baseline' ? format(v.baseline) : '—')]] : []),
        ['Result', result],
    ];
    return [
        `| ${columns.map(([name]) => name).join(' | ')} |`,
        `|${'---|'.repeat(columns.length)}`,
        ...verdicts.map((v) => `| ${columns.map(([, cell]) => cell(v)).join(' | ')} |`),
        '',
    ];
}
/** A rule without a baseline warns, or fails the step with on_missing_baseline: fail; a scoped rule without its figures says why. */
function result(v) {
    if (v.note)
        return `❌ ${prose(v.note)}`;
    if (v.outcome === 'no-baseline')
        return `${v.passed ? '⚠️' : '❌'} no baseline`;
    if (v.outcome === 'unjudgeable')
        return `${v.passed ? '⚠️' : '❌'} unjudgeable`;
    return v.passed ? '✅ pass' : '❌ fail';
}
/** Rows of the per-case tables beyond which they are folded: the verdict comes first, and the comment stays short. */
const FOLD_ROWS = 8;
/** Cases shown at most: a pull-request comment holds 65,536 characters; results.json has them all. */
const MAX_CASE_ROWS = 50;
const SLOWEST = 5;
const COUNT_WORDS = ['', 'one', 'two', 'three', 'four', 'five'];
/** Each case's figures and the slowest requests, when the per-case report was read; why not, when it was wanted. */
function casesSection(s) {
    const lines = s.caseNote ? [`No per-case figures: ${fullStop(prose(s.caseNote, false))}`, ''] : [];
    if (!s.cases)
        return lines;
    const { cases, missing } = s.cases;
    if (cases.length > 0)
        lines.push(...caseTables(cases));
    if (missing.length > 0) {
        const which = missing.map((m) => code(m, false)).join(', ');
        lines.push(`Not shown, ${markdown_plural(missing.length, 'case')} without a readable detail: ${which}.`, '');
    }
    return lines;
}
function caseTables(cases) {
    const requests = cases.reduce((n, c) => n + c.requests.length, 0);
    const ranked = rankedRequests(cases);
    const slowest = ranked.slice(0, SLOWEST);
    const title = `Per case: ${markdown_plural(cases.length, 'case')}, ${markdown_plural(requests, 'request')}`;
    const rows = cases.slice(0, MAX_CASE_ROWS).map(({ name, figures: f }) => {
        const cells = [
            code(name),
            format(f.request_count),
            unit(f.success_rate, ' %'),
            ...['avg_response_time', 'tp90', 'tp95', 'tp99'].map((k) => unit(f[k], ' ms')),
            format(f.error_count),
        ];
        return `| ${cells.join(' | ')} |`;
    });
    const tables = [
        '| Case | Requests | Success rate | Average | TP90 | TP95 | TP99 | Errors |',
        '|---|--:|--:|--:|--:|--:|--:|--:|',
        ...rows,
        '',
        ...(cases.length > MAX_CASE_ROWS
            ? [`The table shows the first ${MAX_CASE_ROWS} cases; all ${cases.length} are in results.json.`, '']
            : []),
        ...slowestTable(slowest, requests - ranked.length),
    ];
    if (cases.length + slowest.length > FOLD_ROWS)
        return [`<details><summary>${title}</summary>`, '', ...tables, '</details>', ''];
    return [`${title}.`, '', ...tables];
}
/** Every case's requests by TP95, highest first, ties in the report's order; a request without a TP95 cannot be ranked. */
function rankedRequests(cases) {
    const ranked = cases.flatMap((c) => c.requests.flatMap(({ name, figures }) => figures.tp95 === undefined ? [] : [{ name, caseName: c.name, figures: { ...figures, tp95: figures.tp95 } }]));
    return ranked.sort((a, b) => b.figures.tp95 - a.figures.tp95);
}
/** The slowest requests, and how many had no TP95 to rank them by. */
function slowestTable(slowest, unranked) {
    if (slowest.length === 0)
        return unranked === 0 ? [] : ['No request has a TP95 in the report, so none is ranked.', ''];
    const n = slowest.length;
    const left = unranked > 0 ? ` (${markdown_plural(unranked, 'request')} without a TP95 left out)` : '';
    const head = n === 1 ? 'The slowest request by TP95' : `The ${COUNT_WORDS[n]} slowest requests by TP95`;
    return [
        `${head}${left}:`,
        '',
        '| Request | Case | TP95 | Average | Requests | Success rate |',
        '|---|---|--:|--:|--:|--:|',
        ...slowest.map(({ name, caseName, figures: f }) => {
            const cells = [code(name), code(caseName), unit(f.tp95, ' ms'), unit(f.avg_response_time, ' ms')];
            return `| ${[...cells, format(f.request_count), unit(f.success_rate, ' %')].join(' | ')} |`;
        }),
        '',
    ];
}
const MAX_CHARTS = 3;
/**
 * One chart per figure a baseline rule judges (the first three, in the rules' order): the earlier
 * runs, then this one. Folded: the verdict is in the tables above, and three charts would make the
 * pull-request comment long.
 */
function trendSection(s) {
    if (s.baseline?.kind !== 'found' || s.baseline.trend.length === 0)
        return [];
    // Run-wide baseline rules only: a scoped rule's baseline is one case's, not the run's trend.
    const fields = [...new Set(s.verdicts.flatMap(({ threshold: t }) => (t.kind === 'baseline' && !t.scope ? [t.field] : [])))].slice(0, MAX_CHARTS);
    if (fields.length === 0)
        return [];
    const { trend, run } = s.baseline;
    const baselineId = run.taskRunId === undefined ? '' : ` (the baseline is run \`${run.taskRunId}\`)`;
    const names = fields.map((field) => CHART_NAMES[field][0]).join(', ');
    const lines = [
        `<details><summary>Trend: ${names}</summary>`,
        '',
        `Earlier runs by run id, oldest first${baselineId}; the last point is this run.`,
        '',
    ];
    for (const field of fields) {
        const points = trend.flatMap((p) => (p.kpis[field] === undefined ? [] : [{ label: pointLabel(p), value: p.kpis[field] }]));
        if (s.kpis[field] !== undefined)
            points.push({ label: 'this run', value: s.kpis[field] });
        const [label, unit] = CHART_NAMES[field];
        const few = points.length === 0 ? `${label}: no run has this figure to chart.` : `${label}: only one run has this figure, too few to chart.`;
        lines.push(renderTrendChart(field, label, unit, points) ?? few, '');
    }
    return [...lines, '</details>', ''];
}
/** A point's label: short enough for the axis. */
function pointLabel(p) {
    if (p.taskRunId !== undefined)
        return String(p.taskRunId);
    return p.startTime ? p.startTime.replace('T', ' ').slice(0, 16) : 'unknown';
}
/** Every figure a rule may name, with the unit for a chart's axis. */
const CHART_NAMES = {
    success_rate: ['Success rate', '%'],
    rps: ['Requests per second', 'requests/s'],
    avg_response_time: ['Average response time', 'ms'],
    request_count: ['Requests', 'requests'],
    success_count: ['Successful requests', 'requests'],
    error_request_count: ['Failed requests', 'requests'],
    max_rps: ['Peak requests per second', 'requests/s'],
    trans_tps: ['Transactions per second', 'transactions/s'],
    max_users: ['Peak concurrent users', 'users'],
    avg_tp50: ['Median response time', 'ms'],
    avg_tp90: ['90th percentile response time', 'ms'],
    max_response_time: ['Longest response time', 'ms'],
    min_response_time: ['Shortest response time', 'ms'],
};
function idsSection(s) {
    const wall = s.startTime && s.endTime ? (Date.parse(s.endTime) - Date.parse(s.startTime)) / 1000 : NaN;
    const rows = [
        `| Task id | \`${s.taskId}\` |`,
        s.taskRunId !== undefined ? `| Task run id | \`${s.taskRunId}\` |` : '| Task run id | none known |',
        s.testSuiteId !== undefined ? `| PerfTest project | \`${s.testSuiteId}\` |` : '',
        s.iamProjectId !== undefined ? `| Region project id | \`${s.iamProjectId}\` |` : '',
        s.startTime ? `| Started | ${s.startTime} |` : '',
        s.endTime ? `| Ended | ${s.endTime} |` : '',
        // Two figures that differ by design: start to end includes the wait for load generators.
        Number.isFinite(wall) && wall >= 0 ? `| Wall time (started to ended) | ${format(wall)} s |` : '',
        s.durationSeconds !== undefined ? `| Load duration (time under load, from the report) | ${s.durationSeconds} s |` : '',
    ].filter(Boolean);
    return ['| | |', '|---|---|', ...rows, ''];
}

;// CONCATENATED MODULE: ./src/run/results.ts
// The run's results as files: results.json (schema 1, for later steps and for a later run that
// takes this one as its baseline), junit.xml for test reporters, and summary.md.







function buildResults(input) {
    const { baseline } = input;
    return {
        schema: 1,
        tool: 'codearts-perftest-action',
        version: VERSION,
        run: {
            taskId: input.taskId,
            taskRunId: input.taskRunId ?? null,
            testSuiteId: input.testSuiteId ?? null,
            status: input.status,
            runStatus: input.runStatus ?? null,
            startTime: input.startTime ?? null,
            endTime: input.endTime ?? null,
            durationSeconds: rounded(input.durationSeconds),
            figures: figuresOf(input.kpis),
        },
        rules: input.verdicts.map(ruleOf),
        baseline: baselineOf(baseline, input.kpis),
        baselineMissing: baseline?.kind === 'none' ? (baseline.reason ?? null) : null,
        trend: baseline?.kind === 'found'
            ? baseline.trend.map((p) => ({ taskRunId: p.taskRunId ?? null, startTime: p.startTime ?? null, figures: figuresOf(p.kpis) }))
            : [],
        cases: input.cases ? input.cases.cases.map(caseOf) : null,
        caseIdSource: input.cases?.idSource ?? null,
        casesMissing: input.cases?.missing ?? [],
    };
}
/**
 * Creates `dir` and writes the three files into it; returns their absolute paths (for the outputs).
 */
function writeResultsFiles(dir, results, summaryMarkdown) {
    const at = (0,external_node_path_namespaceObject.resolve)(dir);
    (0,external_node_fs_.mkdirSync)(at, { recursive: true });
    const files = { resultsFile: (0,external_node_path_namespaceObject.join)(at, 'results.json'), junitFile: (0,external_node_path_namespaceObject.join)(at, 'junit.xml'), summaryFile: (0,external_node_path_namespaceObject.join)(at, 'summary.md') };
    (0,external_node_fs_.writeFileSync)(files.resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    (0,external_node_fs_.writeFileSync)(files.junitFile, renderJunit(results));
    (0,external_node_fs_.writeFileSync)(files.summaryFile, summaryMarkdown.endsWith('\n') ? summaryMarkdown : `${summaryMarkdown}\n`);
    return files;
}
function ruleOf(v) {
    const { text, field, operator, kind, scope } = v.threshold;
    return {
        text,
        field,
        operator,
        kind,
        scope: scope ? { kind: scope.kind, name: scope.name } : null,
        limit: rounded(v.limit),
        actual: rounded(v.actual),
        baseline: rounded(v.baseline),
        outcome: v.outcome,
        passed: v.passed,
        note: v.note ?? null,
    };
}
function caseOf(c) {
    const named = ({ name, figures }) => ({ name, figures: scopedOf(figures) });
    return {
        name: c.name,
        caseRunId: c.caseRunId,
        figures: scopedOf(c.figures),
        requests: c.requests.map(named),
        transactions: c.transactions.map(named),
    };
}
/** As figuresOf, for a case's, request's or transaction's figures: in SCOPED_FIELDS order, rounded. */
function scopedOf(figures) {
    const out = {};
    for (const field of case_figures/* SCOPED_FIELDS */.Vx) {
        const value = rounded(figures[field]);
        if (value !== null)
            out[field] = value;
    }
    return out;
}
function baselineOf(baseline, kpis) {
    if (baseline?.kind !== 'found')
        return null;
    const { run } = baseline;
    const deltas = {};
    for (const field of KPI_FIELDS) {
        const delta = figureDelta(kpis[field], run.kpis[field]);
        if (delta)
            deltas[field] = delta;
    }
    return {
        source: run.source,
        taskId: run.taskId ?? null,
        taskRunId: run.taskRunId ?? null,
        startTime: run.startTime ?? null,
        endTime: run.endTime ?? null,
        figures: figuresOf(run.kpis),
        deltas,
    };
}
/** In KPI_FIELDS order, rounded; non-finite values (none expected) left out, as JSON has no NaN. */
function figuresOf(kpis) {
    const figures = {};
    for (const field of KPI_FIELDS) {
        const value = rounded(kpis[field]);
        if (value !== null)
            figures[field] = value;
    }
    return figures;
}
const rounded = (n) => (n === undefined || !Number.isFinite(n) ? null : round4(n));

;// CONCATENATED MODULE: ./src/run/start.ts




/** A start whose outcome is unknown: a run may exist, and nobody knows its id. */
class RunMayExist extends Error {
    constructor(ref, cause) {
        super(`${(0,api_error/* errorMessage */.gJ)(cause).replace(/\.$/, '')}. A run of task ${ref.taskId} may have started ` +
            `(PerfTest project ${ref.testSuiteId}) although its answer was lost: check the task in the CodeArts PerfTest console before re-running.`, { cause });
        this.name = 'RunMayExist';
    }
}
/**
 * The start or stop call itself refused outright (not a failure on the way, and not a refusal of the
 * look at the task that follows a lost answer): nothing happened.
 */
function refusedOutright(error, operations) {
    return (error instanceof api_error/* ApiError */.hD &&
        operations.includes(error.operation) &&
        error.status >= 400 &&
        error.status < 500 &&
        error.status !== 401 &&
        error.status !== 429);
}
/** One status change through the new edition's API, or the old one's when the new is refused. */
async function changeStatus(client, ref, status, cluster, recover, api) {
    // After a failure of unknown outcome, never the other API: the first may have started something.
    let unsure = false;
    const recovering = (error) => {
        unsure = true;
        return recover(error);
    };
    const common = {
        status,
        cluster_type: cluster.type,
        cluster_id: cluster.id,
        without_package: 0,
        network_info: { network_type: 'internet' },
    };
    const old = async () => {
        const body = common;
        const runId = await client.updateTaskStatus(ref.testSuiteId, ref.taskId, body, { recover: recovering });
        return { runId, api: 'UpdateTaskStatus' };
    };
    if (api === 'UpdateTaskStatus')
        return old();
    const body = { type: 1, project_id: ref.testSuiteId, task_id_list: [ref.taskId], ...common };
    try {
        const runId = await client.batchUpdateTaskStatus(body, { recover: recovering });
        return { runId, api: 'BatchUpdateTaskStatus' };
    }
    catch (error) {
        // Nothing happened on a refusal; a failure on the way is never followed by a second API.
        if (api === 'BatchUpdateTaskStatus' || unsure || !refusedOutright(error, ['BatchUpdateTaskStatus']))
            throw error;
        client.retry.log.info(`BatchUpdateTaskStatus (the new edition's ${status === cpts_types/* STATUS_CHANGE */.K2.start ? 'start' : 'stop'}) was refused: ${error.message.replace(/\.$/, '')}. Using UpdateTaskStatus (old edition) instead.`);
        return old();
    }
}
/**
 * Starts a run of the task once. `before` are the task's runs before the start (runsOf): after a
 * lost answer, a run that is not among them is ours, whatever its state, even ended already.
 */
async function startRun(client, ref, cluster, before) {
    let uncertain = false;
    const recover = async () => {
        uncertain = true;
        const fresh = [...(await runsOf(client, ref.taskId))].filter((id) => !before.has(id));
        if (fresh.length === 0)
            return undefined;
        const runId = Math.max(...fresh);
        client.retry.log.info(`The answer to the start was lost, but run ${runId} of task ${ref.taskId} began: following it instead of starting another.`);
        return runId;
    };
    try {
        return await changeStatus(client, ref, cpts_types/* STATUS_CHANGE */.K2.start, cluster, recover);
    }
    catch (error) {
        // An answer that cannot be read still means the start was taken: look for the run once.
        if (error instanceof api_error/* ApiError */.hD && error.status >= 200 && error.status < 300) {
            const runId = await recover().catch(() => undefined);
            if (runId !== undefined)
                return { runId, api: error.operation };
            throw new RunMayExist(ref, error);
        }
        if (uncertain)
            throw new RunMayExist(ref, error);
        throw error;
    }
}
/**
 * Stops our run, which the caller has confirmed is the task's current one. A stop whose answer was
 * lost, or that is refused because the run is no longer going, succeeds once our run is seen over.
 */
async function stopRun(client, ref, runId, api) {
    const over = async () => {
        const standing = await standingOf(client, ref.taskId, runId);
        return standing.kind === 'ended' || (standing.kind === 'current' && !ACTIVE.includes(standing.runStatus));
    };
    // Huawei's own tooling stops with the shared group and cluster -1.
    const cluster = { type: 'shared-cluster-internet', id: -1 };
    try {
        await changeStatus(client, ref, cpts_types/* STATUS_CHANGE */.K2.stop, cluster, async () => ((await over()) ? runId : undefined), api);
        return 'stopped';
    }
    catch (error) {
        if (refusedOutright(error, ['BatchUpdateTaskStatus', 'UpdateTaskStatus']) && (await over()))
            return 'already-over';
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/run/verdict.ts
// The verdict on a run that was followed: its status from how it ended, its report and the
// thresholds, and the message that fails the step.




/**
 * The verdict on a run, from how it ended, its report and, for baseline rules, the baseline's figures;
 * for scoped rules, the figures per case, request and transaction of the run (`scoped`) and of the
 * baseline run (`baselineScoped`), when their per-case reports were read.
 */
function judgeRun(end, outline, thresholds, baseline, onMissing, scoped, baselineScoped) {
    const kpis = outline ? kpisOf(outline) : {};
    // When only the run's record told of its end, the report says how it ended.
    const runStatus = end.runStatus ?? outline?.task_basic_execution_data?.task_status;
    if (end.kind === 'timed_out')
        return { status: 'timed_out', kpis, verdicts: [], runStatus };
    const verdicts = judgeThresholds(thresholds, kpis, baseline, onMissing, scoped, baselineScoped);
    const status = runStatus !== cpts_types/* RUN_STATUS */.$H.finished ? 'aborted' : verdicts.every((v) => v.passed) ? 'passed' : 'failed';
    return { status, kpis, verdicts, runStatus };
}
/** Why the step fails, or undefined when the run passed. */
function failureMessage({ status, runStatus, verdicts }, runId, timeoutMs) {
    if (status === 'timed_out') {
        const state = runStatus === undefined ? 'going' : statusName(runStatus);
        return `Run ${runId} was still ${state} after timeout_minutes (${timeoutMs / 60_000}); the post step stops it.`;
    }
    if (status === 'aborted') {
        if (runStatus === undefined)
            return `Run ${runId} ended, but neither the task nor the run's report says how (no run_status): not judged as passed.`;
        return `Run ${runId} ${statusName(runStatus)} (run_status ${runStatus}).`;
    }
    if (status === 'failed') {
        const broken = verdicts.filter((v) => !v.passed);
        return `Run ${runId} broke ${broken.length} threshold${broken.length === 1 ? '' : 's'}: ` + broken.map(describeVerdict).join('; ');
    }
    return undefined;
}
/**
 * A rule and what decided it: `rps >= baseline - 5% (actual 90, limit 95 from baseline 100)`,
 * `case("place-order").tp95 <= 400 (actual 512, limit 400)`, or the note on a scoped rule without
 * its figures: `case("place-orderr").tp95 <= 400 (no case "place-orderr" in the report; its cases: "browse", "place-order")`.
 */
function describeVerdict(v) {
    return `${v.threshold.text} (${why(v)})`;
}
function why({ threshold, actual, limit, baseline, outcome, passed, note }) {
    if (note)
        return note;
    // Scoped: the limit too, so the words stand alone: which case, which figure, what it was, what it had to be.
    if (threshold.kind === 'absolute' && threshold.scope)
        return `actual ${actual ?? 'missing from the report'}, limit ${limit}`;
    if (threshold.kind === 'absolute')
        return `actual ${actual ?? 'missing from the report'}`;
    if (outcome === 'no-baseline')
        return `no baseline: on_missing_baseline is ${passed ? 'warn' : 'fail'}`;
    if (actual === undefined)
        return baseline === undefined ? 'missing from both reports' : 'actual missing from the report';
    if (baseline === undefined)
        return "missing from the baseline's report";
    if (outcome === 'unjudgeable')
        return 'unjudgeable: the baseline is 0 and the rule has no absolute term';
    return `actual ${actual}, limit ${limit} from baseline ${baseline}`;
}

;// CONCATENATED MODULE: ./src/run/wait.ts



/** The first look waits this long (at most poll_seconds): a task's state follows a start late. */
const FIRST_POLL_MS = 10_000;
const duration = (ms) => {
    const s = Math.round(ms / 1000);
    return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
};
/** Follows the run with the client's clock, log and backoff; each look is one attempt of each call. */
async function waitForRun(client, taskId, runId, options) {
    const { timing, log, policy } = client.retry;
    const say = narrator(runId, client.retry, options.heartbeatMs ?? 60_000);
    let seenActive = false;
    let last;
    let failures = 0;
    let delay = Math.min(options.pollMs, FIRST_POLL_MS);
    // One attempt per look: the loop itself retries, until the bound.
    const look = client.singleAttempt(options.deadline);
    for (;;) {
        // Sleep so that the next look can still be answered before the bound: a last look just before it.
        const room = options.deadline - timing.now() - huawei_retry/* MIN_REQUEST_MS */.Cl;
        if (room <= 0)
            return { kind: 'timed_out', runStatus: last };
        await timing.sleep(Math.min(delay, room));
        try {
            const seen = readStanding(await standingOf(look, taskId, runId), seenActive, options.runsBefore);
            failures = 0;
            delay = options.pollMs;
            if (seen.runStatus !== undefined) {
                last = seen.runStatus;
                seenActive ||= ACTIVE.includes(seen.runStatus);
            }
            say(seen.text);
            if (seen.end)
                return seen.end;
        }
        catch (error) {
            const decision = (0,huawei_retry/* decideRetry */.tE)(error, timing.now());
            // 401/403/404 and the like: the task or the keys are gone, waiting longer will not help.
            if (!decision.retry)
                throw error;
            failures += 1;
            delay = Math.max(500, (0,huawei_retry/* backoffMs */.jo)(failures, policy, timing.random(), decision.waitMs));
            log.warning(`Run ${runId}: status check failed (${error instanceof Error ? error.message : decision.reason}); ` +
                `trying again in ${(delay / 1000).toFixed(1)} s, until ${policy.bound}.`);
        }
    }
}
function readStanding(standing, seenActive, runsBefore) {
    if (standing.kind === 'ended') {
        const text = standing.runStatus === undefined ? 'ended' : statusName(standing.runStatus);
        return { text, end: { kind: 'ended', runStatus: standing.runStatus } };
    }
    if (standing.kind === 'current') {
        const status = standing.runStatus;
        // An end never seen coming is only the task's word (it may lag our start): the run's own record settles it.
        if (ENDED.includes(status) && !seenActive) {
            return { text: `${statusName(status)}, as the task says; waiting for the run's own record to confirm it` };
        }
        return { text: statusName(status), runStatus: status, end: ENDED.includes(status) ? { kind: 'ended', runStatus: status } : undefined };
    }
    const behind = standing.current === undefined || runsBefore?.has(standing.current) || !standing.listed;
    return {
        text: behind
            ? 'starting (the task does not show it yet)'
            : `no longer the task's current run (run ${standing.current} is); waiting for its end to be recorded`,
    };
}
/** Logs a line when the run's state changes, and again (a heartbeat) at most every `heartbeatMs` while it does not. */
function narrator(runId, { timing, log }, heartbeatMs) {
    const started = timing.now();
    const since = () => duration(timing.now() - started);
    let line;
    let lineAt = started;
    return (text) => {
        if (text !== line)
            log.info(`Run ${runId}: ${text} (${since()})`);
        else if (timing.now() - lineAt >= heartbeatMs)
            log.info(`Run ${runId}: still ${text} after ${since()}`);
        else
            return;
        line = text;
        lineAt = timing.now();
    };
}

;// CONCATENATED MODULE: ./src/run/main.ts
// The run action's main step, step by step: settings -> a session -> the task and its runs so far
// -> the start (exactly once) -> the wait -> the report -> the verdict, outputs, summary and
// comment. The post step (post.ts) stops the run only if this step started it, was waiting, and
// never saw it end. Each step takes the runner, so tests run them in-process.

























/** Time allowed for the report after the run ends, beyond timeout_minutes. */
const REPORT_GRACE_MS = 60_000;
/** Time allowed for putting the variables back, from when it begins. */
const PUT_BACK_MS = 60_000;
async function runMain(runner, signals = processSignals) {
    const known = { phase: 'before' };
    const watch = new ContractWatch(checkAnswer);
    try {
        const config = readConfig(runner, known);
        hookCancellation(runner, signals, config, known);
        const deadline = Date.now() + config.timeoutMs;
        const session = await connect(runner, config, deadline, known, watch);
        const { ref, before, variables } = await prepare(runner, config, session.client, known);
        await setUpEnvironment(runner, config, session.client, ref, variables, known);
        const runId = await start(runner, config, session.client, ref, before, known);
        const ids = { taskId: config.taskId, taskRunId: runId, testSuiteId: ref.testSuiteId, iamProjectId: session.iamProjectId };
        if (!config.wait)
            return await reportStarted(runner, config, ids, known);
        const end = await waitForRun(session.client, config.taskId, runId, { deadline, pollMs: config.pollMs, runsBefore: before });
        if (end.kind === 'ended') {
            runner.saveState(STATE.ended, 'true');
            known.ended = true;
            await known.putBack?.();
        }
        // The report and the baseline share the minute allowed after the wait.
        const reportClient = session.client.withRetry((0,huawei_retry/* retrySettings */.wP)(config.maxAttempts, Date.now() + REPORT_GRACE_MS, runner, 'the 60 s allowed for the report'));
        const outline = await readReport(runner, reportClient, runId);
        const baseline = end.kind === 'ended' ? await readGateBaseline(config, reportClient, ids) : NO_BASELINE;
        const cases = end.kind === 'ended' ? await readCaseReports(runner, config, reportClient, ids, baseline) : {};
        await judgeAndReport(runner, config, ids, { end, outline, baseline, ...cases }, known);
    }
    catch (error) {
        const message = (0,api_error/* errorMessage */.gJ)(error);
        // With no run of ours going on, the variables go back now; otherwise the post step stops the run first.
        if (!runMayBeGoing(known))
            await known.putBack?.();
        // Once the run is judged, its status and summary stand; a later failure (the comment) is only reported.
        if (!known.judged)
            await reportError(runner, known, message).catch((e) => runner.warning(`Could not write the summary: ${String(e)}`));
        runner.setFailed(message);
    }
    watch.report(runner);
}
/** The settings, with their notices and warnings logged; the task id and comment settings noted. */
function readConfig(runner, known) {
    const config = resolveRunConfig(readInputs(runner, RUN_INPUTS), runner.env);
    if (config.environment.maskVariables)
        config.environment.variables.forEach((v) => runner.setSecret(v.value));
    known.taskId = config.taskId;
    known.comment = config.comment;
    known.resultsDir = config.gate.resultsDir;
    config.notices.forEach((n) => runner.info(n));
    config.warnings.forEach((w) => runner.warning(w));
    return config;
}
/** On a cancellation there is no time for promises: status, summary and message at once, then exit. */
function hookCancellation(runner, signals, config, known) {
    signals.onCancel((signal) => {
        const message = cancelledMessage(signal, known, config.taskId, config.wait);
        runner.setOutput('status', 'error');
        const summary = errorSummary(known, message);
        if (summary)
            runner.appendSummary(renderRunSummary(summary) + '\n');
        runner.setFailed(message);
        signals.exit(1);
    });
}
/** Signs in with keys that outlast the wait, and warns when handed-over keys would not. */
async function connect(runner, config, deadline, known, watch) {
    const retry = (0,huawei_retry/* retrySettings */.wP)(config.maxAttempts, deadline, runner, 'timeout_minutes');
    // Keyless keys must outlast the wait: ask for the wait plus ten minutes (IAM allows 900 s to a day).
    const keyLifetimeSeconds = Math.min(86_400, Math.max(900, Math.ceil(config.timeoutMs / 1000) + 600));
    const session = await openSession(runner, config, retry, { keyLifetimeSeconds, onAnswer: watch?.onAnswer });
    known.iamProjectId = session.iamProjectId;
    warnIfKeysExpireFirst(runner, config, deadline + REPORT_GRACE_MS);
    return session;
}
/**
 * The task's PerfTest project, the variables to set checked against it, and the task's runs so far,
 * saved for the post step before anything starts.
 */
async function prepare(runner, config, client, known) {
    const task = await client.showTask(config.taskId);
    const testSuiteId = await testSuiteOfTask(runner, client, config, task.testSuiteId);
    await checkCaseNames(client, config, testSuiteId);
    known.testSuiteId = testSuiteId;
    const variables = config.environment.variables.length > 0 ? await planVariables(client, testSuiteId, config.environment) : [];
    const before = await runsOf(client, config.taskId, task);
    runner.saveState(STATE.testSuiteId, String(testSuiteId));
    runner.saveState(STATE.runsBefore, [...before].join(','));
    return { ref: { testSuiteId, taskId: config.taskId }, before, variables };
}
/**
 * The PR's own environment: the variables set (and read back), then each case debugged once when
 * preflight is on. From the first write on, `known.putBack` puts the variables back.
 */
async function setUpEnvironment(runner, config, client, ref, records, known) {
    const { maskVariables: masked, preflight } = config.environment;
    if (records.length === 0 && !preflight)
        return;
    const environment = { testSuiteId: ref.testSuiteId, variables: [] };
    known.environment = environment;
    if (records.length > 0) {
        // Old values may be secrets too.
        if (masked)
            secretsOf(records).forEach((s) => runner.setSecret(s));
        const saved = { testSuiteId: ref.testSuiteId, masked, records };
        known.putBack = async () => {
            known.putBack = undefined;
            const bound = (0,huawei_retry/* retrySettings */.wP)(config.maxAttempts, Date.now() + PUT_BACK_MS, runner, 'the 60 s allowed for putting the variables back');
            const rows = await putBackVariables(runner, client.withRetry(bound), saved, 'main');
            environment.variables = records.map((r) => rows.get(r.name));
        };
        environment.variables = await setEnvironmentVariables(runner, client, saved);
    }
    if (!preflight)
        return;
    const hide = masked ? hider(secretsOf(records)) : (text) => text;
    const report = await runPreflight(client, ref, { type: config.clusterType, id: config.clusterId }, hide);
    environment.preflight = report;
    for (const c of unprovedCases(report))
        runner.warning(`Preflight of case "${c.name}" listed no request results: it was not checked.`);
    const failure = preflightFailureMessage(report, config.taskId);
    if (failure)
        throw new Error(failure);
}
/** Starts the run once; its id goes to the state and the task_run_id output. */
async function start(runner, config, client, ref, before, known) {
    known.phase = 'starting';
    // From here on the post step looks after the run, should the job end while it goes on.
    if (config.wait)
        runner.saveState(STATE.waiting, 'true');
    const started = await startRun(client, ref, { type: config.clusterType, id: config.clusterId }, before).catch((error) => {
        // Refused outright: no run exists, and the post step has nothing to look after.
        if (!(error instanceof RunMayExist)) {
            runner.saveState(STATE.waiting, '');
            known.phase = 'before';
        }
        throw error;
    });
    known.taskRunId = started.runId;
    known.phase = 'started';
    runner.saveState(STATE.runId, String(started.runId));
    runner.saveState(STATE.statusApi, started.api);
    runner.setOutput('task_run_id', String(started.runId));
    runner.info(`Started run ${started.runId} of task ${config.taskId} in PerfTest project ${ref.testSuiteId} (${started.api}).`);
    return started.runId;
}
async function reportStarted(runner, config, ids, known) {
    runner.setOutput('status', 'started');
    known.judged = true;
    runner.info('wait is false: not waiting for the run, which goes on after this job.');
    await report(runner, config.comment, known, undefined, {
        status: 'started',
        ...ids,
        kpis: {},
        verdicts: [],
        environment: known.environment,
    });
}
/** The run's report outline; none is a warning, not a failure. */
async function readReport(runner, client, runId) {
    return client.showMergeReportLogsOutline(runId).catch((error) => {
        runner.warning(`No report for run ${runId}: ${(0,api_error/* errorMessage */.gJ)(error)}`);
        return undefined;
    });
}
/** The verdict: status and figure outputs, the summary and comment, and the step's failure if any. */
async function judgeAndReport(runner, config, ids, { end, outline, baseline, run: cases, ofBaseline }, known) {
    const baselineKpis = baseline.kind === 'found' ? baseline.run.kpis : undefined;
    const scoped = cases?.report && scopedSource(cases.report);
    const baselineScoped = ofBaseline?.report && scopedSource(ofBaseline.report);
    const judged = judgeRun(end, outline, config.thresholds, baselineKpis, config.gate.onMissingBaseline, scoped, baselineScoped);
    runner.setOutput('status', judged.status);
    known.judged = true;
    // Figures of a run that did not end are partial: shown, never handed on as outputs.
    if (judged.status !== 'timed_out') {
        for (const field of ['success_rate', 'rps', 'avg_response_time', 'request_count', 'error_request_count']) {
            if (judged.kpis[field] !== undefined)
                runner.setOutput(field, String(judged.kpis[field]));
        }
    }
    if (baseline.kind === 'found' && baseline.run.taskRunId !== undefined)
        runner.setOutput('baseline_task_run_id', String(baseline.run.taskRunId));
    const basics = outline?.task_basic_execution_data;
    const runStatus = judged.runStatus === undefined ? undefined : statusName(judged.runStatus);
    await report(runner, config.comment, known, judged.runStatus, {
        ...ids,
        status: judged.status,
        ending: runStatus,
        detail: judged.status === 'timed_out' ? (runStatus ?? 'going') : undefined,
        kpis: judged.kpis,
        verdicts: judged.verdicts,
        successRate: outline && successRateBasis(outline),
        startTime: basics?.start_time || undefined,
        endTime: basics?.end_time || undefined,
        durationSeconds: basics?.duration,
        // Shown when one was asked for, or when baseline rules lacked one.
        baseline: baseline.kind === 'found' || baseline.reason !== undefined ? baseline : undefined,
        cases: cases?.report,
        caseNote: cases?.note,
        environment: known.environment,
    });
    warnUnjudged(runner, judged.verdicts, baseline);
    const failure = failureMessage(judged, ids.taskRunId, config.timeoutMs);
    const met = judged.verdicts.filter((v) => v.outcome === 'pass').map((v) => v.threshold.text);
    if (failure)
        runner.setFailed(failure);
    else
        runner.info(`Run ${ids.taskRunId} passed${met.length ? `: ${met.join(', ')}` : ''}.`);
}
/** Baseline rules that could not be judged and, with on_missing_baseline warn, do not fail the step: one warning each. */
function warnUnjudged(runner, verdicts, baseline) {
    for (const v of verdicts) {
        if (!v.passed || (v.outcome !== 'no-baseline' && v.outcome !== 'unjudgeable'))
            continue;
        const why = v.outcome === 'unjudgeable'
            ? 'the baseline is 0 and the rule has no absolute term'
            : `no baseline${baseline.kind === 'none' && baseline.reason ? ` (${baseline.reason})` : ''}`;
        runner.warning(`${v.threshold.text} was not judged: ${why}; on_missing_baseline is warn, so it does not fail the step.`);
    }
}
async function reportError(runner, known, message) {
    runner.setOutput('status', 'error');
    const summary = errorSummary(known, message);
    if (summary)
        await report(runner, known.comment ?? { enabled: false, token: '' }, known, undefined, summary);
}
/** The results files (results.json, junit.xml, summary.md), the job summary, and the comment when asked for. */
async function report(runner, comment, known, runStatus, summary) {
    const markdown = renderRunSummary(summary);
    if (known.resultsDir !== undefined) {
        try {
            const files = writeResultsFiles(known.resultsDir, buildResults({ ...summary, runStatus }), markdown);
            runner.setOutput('results_file', files.resultsFile);
            runner.setOutput('junit_file', files.junitFile);
        }
        catch (error) {
            runner.warning(`Could not write the results files to ${known.resultsDir}: ${(0,api_error/* errorMessage */.gJ)(error)}`);
        }
    }
    await publish(runner, comment, summary.taskId, 'run', markdown);
}
/**
 * The task's PerfTest project: from the task itself (ShowTask's project_id); when "project" is given
 * too, it must name the same one.
 */
async function testSuiteOfTask(runner, client, config, fromTask) {
    if (config.testSuite === undefined) {
        if (fromTask === undefined) {
            throw new errors_InputError('project', `Task ${config.taskId}'s answer does not say which PerfTest project it belongs to: give input "project" (its id or name).`);
        }
        runner.info(`PerfTest project of task ${config.taskId} -> ${fromTask}`);
        return fromTask;
    }
    const given = await resolveTestSuite(client, config.testSuite);
    if (fromTask !== undefined && given !== fromTask) {
        throw new errors_InputError('project', `Input "project" names PerfTest project ${given}, but task ${config.taskId} belongs to PerfTest project ${fromTask}: give ${fromTask}, or leave "project" empty.`);
    }
    return given;
}
/** Temporary keys handed over by an earlier step (export_credentials) that expire before the wait's bound. */
function warnIfKeysExpireFirst(runner, config, bound) {
    if (config.auth.kind !== 'keys' || !config.auth.credentials.key.securityToken)
        return;
    const expiry = Date.parse(runner.env[KEYS_EXPIRE_AT] ?? '');
    if (Number.isNaN(expiry) || expiry >= bound)
        return;
    runner.warning(`The temporary keys from ${config.auth.credentials.source} expire at ${new Date(expiry).toISOString()}, before this step's bound ` +
        `(timeout_minutes ${config.timeoutMs / 60_000} ends at ${new Date(bound).toISOString()} with the report's minute): ` +
        'once they expire the wait fails and the post step cannot stop the run. Give this step "identity_provider" so that it signs in ' +
        'itself with keys for the whole wait, or lower timeout_minutes.');
}

;// CONCATENATED MODULE: ./src/run/post.ts










/** The post step's own bound: it runs after a cancellation, when little time is left. */
const POST_TIMEOUT_MS = 60_000;
async function runPost(runner) {
    const stopping = runner.getState(STATE.waiting) === 'true' && runner.getState(STATE.ended) !== 'true';
    const variables = savedVariables(runner);
    if (!stopping && !variables) {
        runner.debug('Nothing to stop or put back: the run was not started, not waited for, or seen to end, and no variable is left set.');
        return;
    }
    if (variables?.masked)
        secretsOf(variables.records).forEach((s) => runner.setSecret(s));
    let config;
    const failures = [];
    const note = (failure) => failure && failures.push(failure);
    try {
        config = resolveRunConfig(readInputs(runner, RUN_INPUTS), runner.env);
        const { maxAttempts } = config;
        // The stop and the put-back have 60 s each.
        const bound = () => (0,huawei_retry/* retrySettings */.wP)(maxAttempts, Date.now() + POST_TIMEOUT_MS, runner, "the post step's 60 s");
        const { client } = await openSession(runner, config, bound());
        // The run first: variables put back under a run still going would change its target.
        if (stopping)
            note(await stopOurRun(runner, client, config.taskId));
        if (variables)
            note(await putBackAfterwards(runner, client.withRetry(bound()), variables));
    }
    catch (error) {
        const what = [stopping && 'stop the run', variables && 'put the variables back'].filter(Boolean).join(' or ');
        note(`Could not ${what} (task ${config?.taskId ?? '(unknown)'}): ${(0,api_error/* errorMessage */.gJ)(error)}.`);
    }
    if (failures.length > 0)
        runner.setFailed(failures.join(' '));
}
/** Stops the run the main step started (or may have); the step's failure message, if it could not. */
async function stopOurRun(runner, client, taskId) {
    const saved = runner.getState(STATE.runId);
    try {
        const ref = { testSuiteId: Number(runner.getState(STATE.testSuiteId)), taskId };
        // The task's runs before our start, as the main step noted them.
        const before = new Set(runner.getState(STATE.runsBefore).split(',').filter(Boolean).map(Number));
        const runId = saved ? Number(saved) : await runOfLostStart(client, ref, before);
        if (runId === undefined)
            return undefined;
        const api = (runner.getState(STATE.statusApi) || undefined);
        runner.info(await stopIfOurs(client, ref, runId, before, api));
        return undefined;
    }
    catch (error) {
        const which = saved ? `run ${saved}` : `the run task ${taskId} may have started`;
        return `Could not stop ${which}: ${(0,api_error/* errorMessage */.gJ)(error)}. Stop it in the CodeArts PerfTest console.`;
    }
}
/** Puts back what the main step left set, and says so in the job summary too; the step's failure message, if any could not be. */
async function putBackAfterwards(runner, client, saved) {
    const rows = await putBackVariables(runner, client, saved, 'post');
    const environment = { testSuiteId: saved.testSuiteId, variables: [...rows.values()] };
    runner.appendSummary(['#### Put back by the post step', '', ...environmentSection(environment)].join('\n') + '\n');
    const failed = [...rows.values()].filter((r) => r.failed).map((r) => r.name);
    if (failed.length === 0)
        return undefined;
    return `Could not put ${failed.join(', ')} of PerfTest project ${saved.testSuiteId} back (see the warnings above): do it in the CodeArts PerfTest console.`;
}
/** How often, and how far apart, ShowTask is asked again while it does not show our run yet. */
const LAG_CHECKS = 10;
const LAG_CHECK_MS = 2000;
/** The run a start of unknown outcome began: one not among the runs noted before it, if any. */
async function runOfLostStart(client, ref, before) {
    const fresh = [...(await runsOf(client, ref.taskId))].filter((id) => !before.has(id));
    if (fresh.length === 0) {
        client.retry.log.info(`No run of task ${ref.taskId} began from the start whose answer was lost: nothing to stop.`);
        return undefined;
    }
    const runId = Math.max(...fresh);
    client.retry.log.info(`Run ${runId} of task ${ref.taskId} began from the start whose answer was lost.`);
    return runId;
}
/** Stops our run if it is the task's current one and still going; otherwise says what it left alone. */
async function stopIfOurs(client, ref, runId, before, api) {
    let standing = await standingOf(client, ref.taskId, runId);
    // Right after a start, ShowTask may still show the run before ours (or none): give it a few seconds.
    for (let i = 0; i < LAG_CHECKS && standing.kind === 'unsettled' && (standing.current === undefined || before.has(standing.current)); i++) {
        await client.retry.timing.sleep(LAG_CHECK_MS);
        standing = await standingOf(client, ref.taskId, runId);
    }
    if (standing.kind === 'ended') {
        const current = standing.task.latestRunId;
        const theirs = current !== undefined && current !== runId && !before.has(current) && ACTIVE.includes(standing.task.run_status);
        return theirs
            ? `Run ${runId} of task ${ref.taskId} already ended, and the task's current run is ${current}, not the one this job started: left it alone.`
            : `Run ${runId} of task ${ref.taskId} already ended: nothing to stop.`;
    }
    if (standing.kind === 'unsettled') {
        if (standing.current !== undefined && standing.current !== runId && !before.has(standing.current)) {
            return `Task ${ref.taskId}'s current run is ${standing.current}, not ${runId} (the one this job started): left it alone.`;
        }
        throw new Error(`task ${ref.taskId} does not show run ${runId} as its current run, so it was not stopped blindly`);
    }
    if (!ACTIVE.includes(standing.runStatus)) {
        return `Run ${runId} of task ${ref.taskId} is ${statusName(standing.runStatus)} already: nothing to stop.`;
    }
    const outcome = await stopRun(client, ref, runId, api);
    return outcome === 'stopped'
        ? `Stopped run ${runId} of task ${ref.taskId}: the job ended while waiting for it.`
        : `Run ${runId} of task ${ref.taskId} was over by the time it was stopped: nothing more to do.`;
}

;// CONCATENATED MODULE: ./src/run/index.ts




// One bundle for both steps: the main step leaves a mark in the state that the post step reads.
// Not awaited at the top level (see src/create/index.ts); each step reports its own failures.
const runner = createRunner();
if (runner.getState(STATE.isPost) === 'true') {
    void runPost(runner);
}
else {
    runner.saveState(STATE.isPost, 'true');
    void runMain(runner);
}

