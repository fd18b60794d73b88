import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 306:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _serve_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(266);
// `npm run emulator`: the emulator on a fixed or free loopback port, until Ctrl+C.


const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
    options: {
        port: { type: 'string', default: '0' },
        quiet: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
    },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be an integer from 0 to 65535, got "${values.port}"`);
    process.exit(2);
}
const served = await (0,_serve_js__WEBPACK_IMPORTED_MODULE_1__/* .serve */ .w)({ port, strict: values.strict, log: values.quiet ? undefined : (line) => console.log(`  ${line}`) });
if ('message' in served) {
    console.error(served.message);
    process.exit(served.exitCode);
}
const { emulator } = served;
console.log((0,_serve_js__WEBPACK_IMPORTED_MODULE_1__/* .banner */ .v)(emulator.url, values.strict));
const stop = () => void emulator.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 266:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  v: () => (/* binding */ banner),
  w: () => (/* binding */ serve)
});

;// CONCATENATED MODULE: ./emulator/shared/answer.ts
// What every route answers, and the one error class its handlers throw. Each emulated service words
// its errors in its own JSON shape; an error carries that shape with it, so whoever catches it
// answers as the service would.
function errorBody(format, code, message) {
    switch (format) {
        case 'cpts':
            return { code, message };
        case 'iam':
            return { error: { code, message } };
        case 'gateway':
            return { error_code: code, error_msg: message };
    }
}
/** An error answer of an emulated service: thrown by a handler, answered in the service's format. */
class ServiceError extends Error {
    status;
    code;
    format;
    constructor(status, code, message, format) {
        super(message);
        this.status = status;
        this.code = code;
        this.format = format;
    }
    answer() {
        return { status: this.status, body: errorBody(this.format, this.code, this.message) };
    }
}

;// CONCATENATED MODULE: ./emulator/service/faults.ts
// Faults a test can script per operation and per attempt: the n-th request to an operation gets the
// n-th entry (null: handled normally).

/** The script in force and how many requests each operation has had. */
class FaultPlan {
    script;
    attempts = new Map();
    constructor(script = {}) {
        this.script = { ...script };
    }
    /** The fault for this request to the operation, counting it as an attempt. */
    next(operation) {
        const n = this.attempts.get(operation) ?? 0;
        this.attempts.set(operation, n + 1);
        return this.script[operation]?.[n] ?? undefined;
    }
    /** Replaces the operation's script and restarts its attempt count. */
    replace(operation, list) {
        this.script[operation] = list;
        this.attempts.set(operation, 0);
    }
}
const gatewayError = (status, code, message) => ({
    kind: 'reply',
    status,
    body: errorBody('gateway', code, message),
});
const PAGE_TITLES = { 502: 'Bad Gateway', 503: 'Service Temporarily Unavailable', 504: 'Gateway Time-out' };
const faults = {
    status: (status, body, headers) => ({ kind: 'reply', status, body, headers }),
    /** 429 from the gateway's throttling, with a Retry-After in seconds or as an HTTP date. */
    throttled: (retryAfter) => ({
        ...gatewayError(429, 'APIGW.0308', 'The throttling threshold has been reached.'),
        headers: { 'Retry-After': String(retryAfter) },
    }),
    serverError: (status = 500) => status === 500
        ? { kind: 'reply', status, body: errorBody('cpts', 'SVCSTG.CPTS.5000001', 'Internal server error.') }
        : status === 504
            ? gatewayError(504, 'APIGW.0202', 'Backend timeout.')
            : gatewayError(status, 'APIGW.0203', 'Backend unavailable.'),
    /** cpts documents `501 unknown error` with a bare string body. */
    unknownError: () => ({ kind: 'reply', status: 501, body: 'unknown error', headers: { 'Content-Type': 'text/plain' } }),
    malformedJson: (status = 201, afterHandling = true) => ({
        kind: 'reply',
        status,
        body: '{"code":"SVCSTG.CPTS.0000000","task_id":',
        afterHandling,
    }),
    htmlPage: (status = 502, afterHandling = false) => ({
        kind: 'reply',
        status,
        headers: { 'Content-Type': 'text/html' },
        body: `<html><head><title>${status} ${PAGE_TITLES[status] ?? 'Notice'}</title></head><body><center><h1>${status} ${PAGE_TITLES[status] ?? 'Notice'}</h1></center><hr><center>nginx</center></body></html>`,
        afterHandling,
    }),
    delay: (ms) => ({ kind: 'delay', ms }),
    delayAfterHandling: (ms) => ({ kind: 'delay', ms, afterHandling: true }),
    resetBeforeHandling: () => ({ kind: 'reset' }),
    resetAfterHandling: () => ({ kind: 'reset', afterHandling: true }),
    /** Someone else starts a run of the task (from the console, another job) just before this request. */
    otherActorStarts: (taskId) => ({
        kind: 'meanwhile',
        label: `another actor starts task ${taskId}`,
        act: (state) => {
            const task = state.tasks.get(taskId);
            const run = state.lastRun(task);
            if (run && state.isActive(run))
                run.stoppedAt = state.now() - state.fixture.run.stoppingSeconds * 1000;
            state.startRun(task, 'shared-cluster-internet', 0);
        },
    }),
    /** Someone else stops the task's current run just before this request. */
    otherActorStops: (taskId) => ({
        kind: 'meanwhile',
        label: `another actor stops task ${taskId}`,
        act: (state) => {
            const run = state.lastRun(state.tasks.get(taskId));
            if (run && state.isActive(run))
                run.stoppedAt = state.now();
        },
    }),
    /**
     * Someone else (another pull request's job, someone in the console) sets the PerfTest project's
     * global variable `name` to `values` just before this request; its id, type and modes stay.
     */
    otherWriterSets: (projectId, name, values) => ({
        kind: 'meanwhile',
        label: `another writer sets variable ${name} of PerfTest project ${projectId} to ${JSON.stringify(values)}`,
        act: (state) => {
            variableNamed(state, projectId, name).variable = [...values];
        },
    }),
    /** Someone else deletes the PerfTest project's global variable `name` just before this request. */
    otherWriterDeletes: (projectId, name) => ({
        kind: 'meanwhile',
        label: `another writer deletes variable ${name} of PerfTest project ${projectId}`,
        act: (state) => {
            const variables = state.variablesOf(projectId);
            variables.splice(variables.indexOf(variableNamed(state, projectId, name)), 1);
        },
    }),
};
/** The project's variable of that name; a fault naming one that does not exist is a test's mistake. */
function variableNamed(state, projectId, name) {
    const found = state.variablesOf(projectId).find((v) => v.name === name);
    if (!found)
        throw new Error(`fault: PerfTest project ${projectId} has no variable named ${name}`);
    return found;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./emulator/service/gateway.ts
// The API gateway's authentication, recomputed from the bytes received. Deliberately its own
// canonicalisation code (byte-level encoding, its own query parser): it must not share the
// action's signer, or a bug there would be invisible here. Also the gateway's check that a signed
// request's project is the account's, and the gateway's own errors.


/** An error of the API gateway's own, before any service sees the request. */
class GatewayError extends ServiceError {
    countsAsFailure;
    ak;
    constructor(status, code, message, 
    /** Counts towards the AK's lockout. */
    countsAsFailure = false, ak) {
        super(status, code, message, 'gateway');
        this.countsAsFailure = countsAsFailure;
        this.ak = ak;
    }
}
const SKEW_MS = 15 * 60 * 1000;
const LOCK_AFTER = 5;
const LOCK_MS = 5 * 60 * 1000;
const UNRESERVED = new Set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~'.split('').map((c) => c.charCodeAt(0)));
function encode(text) {
    let out = '';
    for (const byte of Buffer.from(text, 'utf8')) {
        out += UNRESERVED.has(byte) ? String.fromCharCode(byte) : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
    }
    return out;
}
function decode(text) {
    return decodeURIComponent(text);
}
function canonicalRequestOf(request, signedHeaders) {
    const queryStart = request.target.indexOf('?');
    const rawPath = queryStart < 0 ? request.target : request.target.slice(0, queryStart);
    const rawQuery = queryStart < 0 ? '' : request.target.slice(queryStart + 1);
    let uri = rawPath
        .split('/')
        .map((segment) => encode(decode(segment)))
        .join('/');
    if (!uri.endsWith('/'))
        uri += '/';
    const pairs = rawQuery
        .split('&')
        .filter((part) => part !== '')
        .map((part) => {
        const eq = part.indexOf('=');
        return eq < 0 ? [decode(part), ''] : [decode(part.slice(0, eq)), decode(part.slice(eq + 1))];
    })
        .sort((a, b) => (a[0] === b[0] ? compare(a[1], b[1]) : compare(a[0], b[0])));
    const query = pairs.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
    const headerBlock = signedHeaders
        .map((name) => {
        const value = request.headers[name];
        return `${name}:${(Array.isArray(value) ? value.join(',') : (value ?? '')).trim()}\n`;
    })
        .join('');
    const payloadHash = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(request.body).digest('hex');
    return [request.method, uri, query, headerBlock, signedHeaders.join(';'), payloadHash].join('\n');
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** `YYYYMMDDTHHMMSSZ` to epoch milliseconds, or undefined when malformed. */
function parseSdkDate(text) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
    if (!m)
        return undefined;
    const [, y, mo, d, h, mi, s] = m.map(Number);
    const ms = Date.UTC(y, mo - 1, d, h, mi, s);
    // Date.UTC rolls over (second 66 becomes the next minute): accept only dates that round-trip.
    return new Date(ms)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '') === text
        ? ms
        : undefined;
}
const failure = (message, ak, countsAsFailure = true) => new GatewayError(401, 'APIGW.0301', `Incorrect IAM authentication information: ${message}`, countsAsFailure, ak);
class Gateway {
    keys;
    now;
    failures = new Map();
    constructor(keys, now) {
        this.keys = keys;
        this.now = now;
    }
    /** Checks an AK/SK-signed request; returns the key on success, or the gateway's error. */
    authenticate(request) {
        const result = this.check(request);
        if ('error' in result && result.error.ak && result.error.countsAsFailure)
            this.recordFailure(result.error.ak);
        if ('key' in result)
            this.failures.delete(result.key.ak);
        return result;
    }
    isLocked(ak) {
        return (this.failures.get(ak)?.lockedUntil ?? 0) > this.now();
    }
    recordFailure(ak) {
        const entry = this.failures.get(ak) ?? { count: 0, lockedUntil: 0 };
        entry.count += 1;
        if (entry.count >= LOCK_AFTER) {
            entry.lockedUntil = this.now() + LOCK_MS;
            entry.count = 0;
        }
        this.failures.set(ak, entry);
    }
    check(request) {
        const authorization = String(request.headers.authorization ?? '');
        const m = /^SDK-HMAC-SHA256 Access=([^,\s]+), SignedHeaders=([^,\s]+), Signature=([0-9a-f]{64})$/.exec(authorization);
        if (!m)
            return { error: failure('Authorization header is missing or malformed', undefined, false) };
        const [, ak, signedHeaderList, signature] = m;
        if (this.isLocked(ak))
            return { error: failure('AK access failed to reach the limit,forbidden.', ak, false) };
        const key = this.keys().find((k) => k.ak === ak);
        if (!key)
            return { error: failure(`Get secretKey failed,ak:${ak},err:ak not exist`, undefined, false) };
        const signedHeaders = signedHeaderList.split(';');
        const wrong = signedHeadersError(request, signedHeaders) ??
            this.dateError(request) ??
            signatureError(request, signedHeaders, key, signature) ??
            this.securityTokenError(request, signedHeaders, key);
        return wrong === undefined ? { key } : { error: failure(wrong, ak) };
    }
    /** x-sdk-date within 15 minutes of the server time. */
    dateError(request) {
        const date = parseSdkDate(String(request.headers['x-sdk-date']));
        if (date === undefined)
            return 'x-sdk-date is malformed';
        if (Math.abs(this.now() - date) > SKEW_MS)
            return 'signature expired (x-sdk-date is more than 15 minutes from the server time)';
        return undefined;
    }
    /** A temporary key's X-Security-Token: present, signed, its own, and the key not expired. */
    securityTokenError(request, signedHeaders, key) {
        if (key.securityToken === undefined)
            return undefined;
        const token = request.headers['x-security-token'];
        if (token === undefined)
            return 'a temporary AK needs X-Security-Token';
        if (!signedHeaders.includes('x-security-token'))
            return 'x-security-token is not signed';
        if (token !== key.securityToken)
            return 'the security token is invalid';
        if (key.expiresAt !== undefined && key.expiresAt <= this.now())
            return 'the temporary AK/SK has expired';
        return undefined;
    }
}
/** SignedHeaders: lower case, sorted, naming x-sdk-date, and each one sent. */
function signedHeadersError(request, signedHeaders) {
    const sorted = [...signedHeaders].sort(compare);
    if (signedHeaders.some((name, i) => name !== sorted[i] || name !== name.toLowerCase())) {
        return 'SignedHeaders must be lower case and sorted';
    }
    if (!signedHeaders.includes('x-sdk-date'))
        return 'x-sdk-date is not signed';
    const missing = signedHeaders.find((name) => request.headers[name] === undefined);
    return missing ? `signed header ${missing} is missing` : undefined;
}
function signatureError(request, signedHeaders, key, signature) {
    const expected = (0,external_node_crypto_namespaceObject.createHmac)('sha256', key.sk)
        .update(`SDK-HMAC-SHA256\n${request.headers['x-sdk-date']}\n${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(canonicalRequestOf(request, signedHeaders)).digest('hex')}`)
        .digest();
    return (0,external_node_crypto_namespaceObject.timingSafeEqual)(expected, Buffer.from(signature, 'hex')) ? undefined : 'verify aksk signature fail';
}
/** A signed request's URL project must be its X-Project-Id and a project of the account. */
function projectError(header, projectId, projects) {
    if (header !== projectId) {
        const given = header === undefined ? 'is missing' : `"${String(header)}"`;
        return failure(`X-Project-Id ${given} but the URL's project is ${projectId}`);
    }
    if (!projects.some((p) => p.id === projectId))
        return failure(`project ${projectId} is not a project of this account`);
    return undefined;
}

;// CONCATENATED MODULE: ./contract/cpts.json
const cpts_namespaceObject = /*#__PURE__*/JSON.parse('{"source":{"repository":"huaweicloud/huaweicloud-sdk-python-v3","commit":"343a486b5c8ab656611159f314df6e575d0f6398","client":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/cpts_client.py"},"operations":{"BatchUpdateTaskStatus":{"method":"POST","path":"/v1/{project_id}/test-suites/{test_suit_id}/tasks/batch-update-task-status","request":"BatchUpdateTaskStatusRequest","response":"BatchUpdateTaskStatusResponse","path_params":["test_suit_id"],"query_params":[],"header_params":[],"response_headers":[],"content_type":["application/json"]},"CreateNewTask":{"method":"POST","path":"/v3/{project_id}/tasks","request":"CreateNewTaskRequest","response":"CreateNewTaskResponse","path_params":[],"query_params":[],"header_params":[],"response_headers":[],"content_type":["application/json"]},"CreateVariable":{"method":"POST","path":"/v1/{project_id}/variables/{test_suite_id}","request":"CreateVariableRequest","response":"CreateVariableResponse","path_params":["test_suite_id"],"query_params":[],"header_params":[],"response_headers":[],"content_type":["application/json"]},"DebugCase":{"method":"POST","path":"/v1/{project_id}/test-suites/{test_suite_id}/tasks/{task_id}/cases/{case_id}/debug","request":"DebugCaseRequest","response":"DebugCaseResponse","path_params":["test_suite_id","task_id","case_id"],"query_params":[],"header_params":[],"response_headers":[],"content_type":["application/json"]},"DeleteNewTask":{"method":"DELETE","path":"/v3/{project_id}/tasks/{task_id}","request":"DeleteNewTaskRequest","response":"DeleteNewTaskResponse","path_params":["task_id"],"query_params":[],"header_params":[],"response_headers":[],"content_type":["application/json"]},"DeleteVariable":{"method":"DELETE","path":"/v1/{project_id}/variables","request":"DeleteVariableRequest","response":"DeleteVariableResponse","path_params":[],"query_params":["variable_id","test_suite_id"],"header_params":[],"response_headers":[],"content_type":["application/json"]},"ListProjectSets":{"method":"GET","path":"/v1/{project_id}/test-suites","request":"ListProjectSetsRequest","response":"ListProjectSetsResponse","path_params":[],"query_params":["offset","limit"],"header_params":[],"response_headers":[],"content_type":["application/json"]},"ListProjectTestCase":{"method":"GET","path":"/v1/{project_id}/test-suites/{test_suite_id}/directory","request":"ListProjectTestCaseRequest","response":"ListProjectTestCaseResponse","path_params":["test_suite_id"],"query_params":[],"header_params":[],"response_headers":[],"content_type":["application/json"]},"ListTaskCases":{"method":"GET","path":"/v1/{project_id}/test-suites/{test_suit_id}/tasks/{task_id}/test-cases","request":"ListTaskCasesRequest","response":"ListTaskCasesResponse","path_params":["test_suit_id","task_id"],"query_params":[],"header_params":[],"response_headers":[],"content_type":["application/json"]},"ListVariables":{"method":"GET","path":"/v1/{project_id}/variables/{variable_type}/test-suites/{test_suite_id}","request":"ListVariablesRequest","response":"ListVariablesResponse","path_params":["variable_type","test_suite_id"],"query_params":[],"header_params":[],"response_headers":[],"content_type":["application/json"]},"ShowHistoryRunInfo":{"method":"GET","path":"/v1/{project_id}/tasks/history-run-list/{task_id}","request":"ShowHistoryRunInfoRequest","response":"ShowHistoryRunInfoResponse","path_params":["task_id"],"query_params":[],"header_params":[],"response_headers":[],"content_type":["application/json"]},"ShowMergeCaseDetail":{"method":"GET","path":"/v2/{project_id}/task-run-infos/{task_run_id}/case-run-infos/{case_run_id}/detail","request":"ShowMergeCaseDetailRequest","response":"ShowMergeCaseDetailResponse","path_params":["task_run_id","case_run_id"],"query_params":[],"header_params":[],"response_headers":[],"content_type":["application/json"]},"ShowMergeReportLogsOutline":{"method":"GET","path":"/v2/{project_id}/task-run-infos/{task_run_id}/reports/log-outline","request":"ShowMergeReportLogsOutlineRequest","response":"ShowMergeReportLogsOutlineResponse","path_params":["task_run_id"],"query_params":[],"header_params":[],"response_headers":[],"content_type":["application/json"]},"ShowMergeTaskCase":{"method":"GET","path":"/v2/{project_id}/task-run-infos/{task_run_id}/cases","request":"ShowMergeTaskCaseRequest","response":"ShowMergeTaskCaseResponse","path_params":["task_run_id"],"query_params":[],"header_params":[],"response_headers":[],"content_type":["application/json"]},"ShowTask":{"method":"GET","path":"/v1/{project_id}/tasks/{task_id}","request":"ShowTaskRequest","response":"ShowTaskResponse","path_params":["task_id"],"query_params":[],"header_params":[],"response_headers":[],"content_type":["application/json"]},"ShowTaskSet":{"method":"GET","path":"/v1/{project_id}/all-tasks/{test_suite_id}","request":"ShowTaskSetRequest","response":"ShowTaskSetResponse","path_params":["test_suite_id"],"query_params":["offset","limit"],"header_params":[],"response_headers":[],"content_type":["application/json"]},"UpdateTaskRelatedTestCase":{"method":"PUT","path":"/v3/{project_id}/tasks/{task_id}","request":"UpdateTaskRelatedTestCaseRequest","response":"UpdateTaskRelatedTestCaseResponse","path_params":["task_id"],"query_params":[],"header_params":[],"response_headers":[],"content_type":["application/json"]},"UpdateTaskStatus":{"method":"POST","path":"/v1/{project_id}/test-suites/{test_suite_id}/tasks/{task_id}","request":"UpdateTaskStatusRequest","response":"UpdateTaskStatusResponse","path_params":["test_suite_id","task_id"],"query_params":[],"header_params":[],"response_headers":[],"content_type":["application/json"]},"UpdateVariable":{"method":"PUT","path":"/v1/{project_id}/variables/{test_suite_id}","request":"UpdateVariableRequest","response":"UpdateVariableResponse","path_params":["test_suite_id"],"query_params":[],"header_params":[],"response_headers":[],"content_type":["application/json"]}},"models":{"AwInfoDTO":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/aw_info_dto.py","fields":{"name":{"type":"str","required":false,"doc":"aw名"},"id":{"type":"str","required":false,"doc":"数据库中dc_case_aw表中的主键ID"},"datumType":{"type":"int","required":false,"doc":"数据类型（用例/aw/事务）"}}},"BatchUpdateTaskStatusRequest":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/batch_update_task_status_request.py","fields":{"test_suit_id":{"type":"int","required":true,"doc":"工程id"},"body":{"type":"BatchUpdateTaskStatusRequestBody","required":false,"doc":"Body of the BatchUpdateTaskStatusRequest"}}},"BatchUpdateTaskStatusRequestBody":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/batch_update_task_status_request_body.py","fields":{"type":{"type":"int","required":false,"doc":"类型（0-旧版本任务；1-新版本任务）"},"project_id":{"type":"int","required":true,"doc":"所属工程id"},"task_id_list":{"type":"list[int]","required":true,"doc":"任务id列表"},"cluster_id":{"type":"int","required":true,"doc":"资源组id"},"cluster_type":{"type":"str","required":true,"doc":"资源组类型（共享资源组：shared-cluster-internet；私有资源组：private-cluster）"},"without_package":{"type":"int","required":false,"doc":"套餐包VUM不足的情况下用户选择是不是要走按需计费模式（当前版本固定值：0）"},"network_info":{"type":"NetworkInfo","required":false,"doc":""},"status":{"type":"int","required":true,"doc":"状态（9：启动任务；2：停止任务）"},"enterprise_project_id":{"type":"str","required":false,"doc":"企业项目id"}}},"BatchUpdateTaskStatusResponse":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/batch_update_task_status_response.py","fields":{"code":{"type":"str","required":false,"doc":"响应码"},"message":{"type":"str","required":false,"doc":"响应消息"},"extend":{"type":"object","required":false,"doc":"扩展字段"},"result":{"type":"list[BatchUpdateTaskStatusResponseBodyResult]","required":false,"doc":"批量启停任务响应结果"}}},"BatchUpdateTaskStatusResponseBodyResult":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/batch_update_task_status_response_body_result.py","fields":{"task_id":{"type":"int","required":false,"doc":"任务id"},"task_run_id":{"type":"int","required":false,"doc":"报告id"}}},"CaseAwInfo":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/case_aw_info.py","fields":{"aw":{"type":"list[AwInfoDTO]","required":false,"doc":"aw信息"},"awList":{"type":"list[DetailItem]","required":false,"doc":"aw详细信息列表"},"caseAwId":{"type":"str","required":false,"doc":"数据库中dc_case_aw表中的主键ID"},"caseUri":{"type":"str","required":false,"doc":"数据库中dc_testcase表中的case_uri"},"case_uri_i":{"type":"str","required":false,"doc":"数据库中dc_testcase表中的case_uri_iteration"},"datumType":{"type":"int","required":false,"doc":"数据类型（用例/aw/事务）"},"id":{"type":"str","required":false,"doc":"数据库中dc_case_aw表中的主键ID"},"name":{"type":"str","required":false,"doc":"用例名"},"taskExecId":{"type":"str","required":false,"doc":"数据库中dc_testcase表中的testcase_id"},"taskId":{"type":"str","required":false,"doc":"任务ID"},"testcaseId":{"type":"str","required":false,"doc":"数据库中dc_testcase表中的testcase_id"},"transactionList":{"type":"list[DetailItem]","required":false,"doc":"事务详细信息列表"}}},"CaseDoc":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/case_doc.py","fields":{"description":{"type":"str","required":false,"doc":"用例描述信息"},"label_names":{"type":"list[str]","required":false,"doc":"标签"},"preparation":{"type":"str","required":false,"doc":"前置条件"},"rank":{"type":"int","required":false,"doc":"用例等级（0-L0；1-L1；2-L2；3-L3；4-L4；）"},"status_code":{"type":"int","required":false,"doc":"状态（0-新建；5-设计中；6-测试中；7-完成；）"},"steps":{"type":"list[CaseDocSteps]","required":false,"doc":"测试步骤"}}},"CaseDocSteps":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/case_doc_steps.py","fields":{"expect_result":{"type":"str","required":false,"doc":"步骤描述"},"test_step":{"type":"str","required":false,"doc":"预期结果"}}},"CaseInfoDetail":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/case_info_detail.py","fields":{"case_id":{"type":"int","required":false,"doc":"用例id"},"name":{"type":"str","required":false,"doc":"用例名称"},"case_type":{"type":"int","required":false,"doc":"用例类型（0：常规用例；）"},"contents":{"type":"list[Contents]","required":false,"doc":"用例脚本信息"},"for_loop_params":{"type":"list[object]","required":false,"doc":"旧版本逻辑控制器字段，当前已未使用"},"increase_setting":{"type":"list[object]","required":false,"doc":"梯度递增"},"stages":{"type":"list[TestCaseStage]","required":false,"doc":"阶段信息"},"status":{"type":"int","required":false,"doc":"状态，0：已删除；1：启用；2：禁用"},"temp_id":{"type":"int","required":false,"doc":"用例id"},"sort":{"type":"int","required":false,"doc":"排序字段"},"directory_id":{"type":"int","required":false,"doc":"用例所属目录id（旧版接口可不传）"},"setup_contents":{"type":"list[Contents]","required":false,"doc":"前置步骤"},"user_replicas":{"type":"int","required":false,"doc":"执行器个数"},"collect_log_policy":{"type":"int","required":false,"doc":"日志采集策略（0-请求模式；1-用例模式）"},"link_app_list":{"type":"list[int]","required":false,"doc":"关联全链路应用列表"},"case_info":{"type":"CaseDoc","required":false,"doc":""}}},"CaseReportDetail":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/case_report_detail.py","fields":{"MaxSuccessRateCheckPoint":{"type":"float","required":false,"doc":"最大成功率检查点"},"alias":{"type":"str","required":false,"doc":"别名"},"averageRespTime":{"type":"float","required":false,"doc":"平均响应时间"},"averageRespTimeCheckPoint":{"type":"float","required":false,"doc":"平均响应时间检查点"},"averageRespTimeCheckRes":{"type":"bool","required":false,"doc":"平均响应时间检查结果"},"avgNetworkTraffic":{"type":"float","required":false,"doc":"平均带宽"},"avgRecBytes":{"type":"float","required":false,"doc":"平均下行带宽"},"avgRecBytesCheckPoint":{"type":"float","required":false,"doc":"平均下行带宽检查点"},"avgRecBytesCheckRes":{"type":"bool","required":false,"doc":"平均下行带宽检查结果"},"avgSentBytes":{"type":"float","required":false,"doc":"平均上行带宽"},"avgSentBytesCheckPoint":{"type":"float","required":false,"doc":"平均上行带宽检查点"},"avgSentBytesCheckRes":{"type":"bool","required":false,"doc":"平均上行带宽检查结果"},"avgTranRespTime":{"type":"float","required":false,"doc":"事务平均响应时间"},"avgTranRespTimeCheckPoint":{"type":"float","required":false,"doc":"事务平均响应时间检查点"},"avgTranRespTimeCheckRes":{"type":"bool","required":false,"doc":"事务平均响应时间检查结果"},"awId":{"type":"str","required":false,"doc":"请求id"},"caseUri":{"type":"str","required":false,"doc":"用例Uri"},"checkpointResult":{"type":"bool","required":false,"doc":"所有检查点结果的汇总结果"},"cpuUsage":{"type":"float","required":false,"doc":"cpu最大使用率"},"cpuUsageAvg":{"type":"float","required":false,"doc":"cpu平均使用率"},"cpuUsageAvgCheckPoint":{"type":"float","required":false,"doc":"cpu平均使用率检查点"},"cpuUsageAvgCheckRes":{"type":"bool","required":false,"doc":"cpu平均使用率检查结果"},"cpuUsageCheckPoint":{"type":"float","required":false,"doc":"cpu最大使用率检查点"},"cpuUsageCheckRes":{"type":"bool","required":false,"doc":"cpu最大使用率检查结果"},"createTime":{"type":"str","required":false,"doc":"创建时间"},"currentThreadNum":{"type":"int","required":false,"doc":"最大并发数"},"datumType":{"type":"int","required":false,"doc":"数据类型(case/aw/transaction)"},"dcsLatencyAvg":{"type":"float","required":false,"doc":"dcs平均时延"},"dcsLatencyAvgCheckPoint":{"type":"float","required":false,"doc":"dcs平均时延检查点"},"dcsLatencyAvgCheckRes":{"type":"bool","required":false,"doc":"dcs平均时延检查结果"},"dcsLatencyMax":{"type":"float","required":false,"doc":"dcs最大时延"},"dcsLatencyMaxCheckPoint":{"type":"float","required":false,"doc":"dcs最大时延检查点·"},"dcsLatencyMaxCheckRes":{"type":"bool","required":false,"doc":"dcs最大时延检查结果"},"dcsLatencyMin":{"type":"float","required":false,"doc":"dcs最小时延"},"dcsLatencyMinCheckPoint":{"type":"float","required":false,"doc":"dcs最小时延检查点"},"dcsLatencyMinCheckRes":{"type":"bool","required":false,"doc":"dcs最小时延检查结果"},"detailId":{"type":"str","required":false,"doc":"用例/aw/事务在数据库中dc_case_aw表的主键ID"},"diskRead":{"type":"float","required":false,"doc":"磁盘最大读取速度"},"diskReadAvg":{"type":"float","required":false,"doc":"磁盘平均读取速度"},"diskReadAvgCheckPoint":{"type":"float","required":false,"doc":"磁盘平均读取速度检查点"},"diskReadAvgCheckRes":{"type":"bool","required":false,"doc":"磁盘平均读取速度检查结果"},"diskReadCheckPoint":{"type":"float","required":false,"doc":"磁盘最大读取速度检查点"},"diskReadCheckRes":{"type":"bool","required":false,"doc":"磁盘最大读取速度检查结果"},"diskUsage":{"type":"float","required":false,"doc":"磁盘最大使用率"},"diskUsageAvg":{"type":"float","required":false,"doc":"磁盘平均使用率"},"diskUsageAvgCheckPoint":{"type":"float","required":false,"doc":"磁盘平均使用率检查点"},"diskUsageAvgCheckRes":{"type":"bool","required":false,"doc":"磁盘平均使用率检查结果"},"diskUsageCheckPoint":{"type":"float","required":false,"doc":"磁盘最大使用率检查点"},"diskUsageCheckRes":{"type":"bool","required":false,"doc":"磁盘最大使用率检查结果"},"diskWrite":{"type":"float","required":false,"doc":"磁盘最大写入速度"},"diskWriteAvg":{"type":"float","required":false,"doc":"磁盘平均写入速度"},"diskWriteAvgCheckPoint":{"type":"float","required":false,"doc":"磁盘平均写入速度检查点"},"diskWriteAvgCheckRes":{"type":"bool","required":false,"doc":"磁盘平均写入速度检查结果"},"diskWriteCheckPoint":{"type":"float","required":false,"doc":"磁盘最大写入速度检查点"},"diskWriteCheckRes":{"type":"bool","required":false,"doc":"磁盘最大写入速度检查结果"},"duration":{"type":"int","required":false,"doc":"运行时长"},"endTime":{"type":"str","required":false,"doc":"结束时间"},"errorCount":{"type":"int","required":false,"doc":"错误数"},"errorEventsCount":{"type":"int","required":false,"doc":"错误事件数"},"failedAssert":{"type":"int","required":false,"doc":"断言失败数"},"failedOthers":{"type":"int","required":false,"doc":"其他失败数"},"failedParsed":{"type":"int","required":false,"doc":"解析失败数"},"failedReason":{"type":"str","required":false,"doc":"失败原因"},"failedRefused":{"type":"int","required":false,"doc":"连接拒绝失败数"},"failedTimeout":{"type":"int","required":false,"doc":"连接超时失败数"},"id":{"type":"str","required":false,"doc":"用例在数据库中dc_testcase表的主键id"},"isAW":{"type":"bool","required":false,"doc":"是否是aw"},"iterationUri":{"type":"str","required":false,"doc":"迭代uri"},"kpiMonitor":{"type":"str","required":false,"doc":"来源于设计服务的监控数据"},"max":{"type":"int","required":false,"doc":"最大响应时间"},"maxAvgTime":{"type":"float","required":false,"doc":"平均响应时间"},"maxAvgTimeCheckPoint":{"type":"float","required":false,"doc":"平均响应时间检查点"},"maxAvgTimeCheckRes":{"type":"bool","required":false,"doc":"平均响应时间检查结果"},"maxNetworkTraffic":{"type":"int","required":false,"doc":"流量峰值"},"maxRecBytes":{"type":"int","required":false,"doc":"最大下行带宽"},"maxRecBytesCheckPoint":{"type":"float","required":false,"doc":"最大下行带宽检查点"},"maxRecBytesCheckRes":{"type":"bool","required":false,"doc":"最大下行带宽检查结果"},"maxRespTime":{"type":"int","required":false,"doc":"最大响应时间"},"maxRespTimeCheckPoint":{"type":"float","required":false,"doc":"最大响应时间检查点"},"maxRespTimeCheckRes":{"type":"bool","required":false,"doc":"最大响应时间检查结果"},"maxRps":{"type":"int","required":false,"doc":"最大RPS"},"maxSentBytes":{"type":"int","required":false,"doc":"最大上行带宽"},"maxSentBytesCheckPoint":{"type":"float","required":false,"doc":"最大上行带宽检查点"},"maxSentBytesCheckRes":{"type":"bool","required":false,"doc":"最大上行带宽检查结果"},"maxSuccessRate":{"type":"float","required":false,"doc":"最大成功率"},"maxSuccessRateCheckRes":{"type":"bool","required":false,"doc":"最大成功率检查结果"},"maxThreadNum":{"type":"float","required":false,"doc":"最大线程数"},"maxThreadNumCheckPoint":{"type":"float","required":false,"doc":"最大线程数检查点"},"maxThreadNumCheckRes":{"type":"bool","required":false,"doc":"最大线程数检查结果"},"maxTps":{"type":"float","required":false,"doc":"最大TPS"},"maxTpsCheckPoint":{"type":"float","required":false,"doc":"最大TPS检查点"},"maxTpsCheckRes":{"type":"bool","required":false,"doc":"最大TPS检查结果"},"maxTranRespTime":{"type":"float","required":false,"doc":"最大事务响应时间"},"maxTranRespTimeCheckPoint":{"type":"float","required":false,"doc":"最大事务响应时间检查点"},"maxTranRespTimeCheckRes":{"type":"bool","required":false,"doc":"最大事务响应时间检查结果"},"memoryUsage":{"type":"float","required":false,"doc":"最大内存使用率"},"memoryUsageAvg":{"type":"float","required":false,"doc":"平均内存使用率"},"memoryUsageAvgCheckPoint":{"type":"float","required":false,"doc":"平均内存使用率检查点"},"memoryUsageAvgCheckRes":{"type":"bool","required":false,"doc":"平均内存使用率检查结果"},"memoryUsageCheckPoint":{"type":"float","required":false,"doc":"最大内存使用率检查点"},"memoryUsageCheckRes":{"type":"bool","required":false,"doc":"最大内存使用率检查结果"},"min":{"type":"int","required":false,"doc":"最小响应时间"},"minNetworkTraffic":{"type":"int","required":false,"doc":"流量谷值"},"mode":{"type":"str","required":false,"doc":"压力模式"},"monitorPeakTime":{"type":"float","required":false,"doc":"监控峰值时间"},"monitorPeakTimeCheckPoint":{"type":"float","required":false,"doc":"监控峰值时间检查点"},"monitorPeakTimeCheckRes":{"type":"bool","required":false,"doc":"监控峰值时间检查结果"},"monitorResult":{"type":"float","required":false,"doc":"监控结果"},"monitorResultCheckPoint":{"type":"float","required":false,"doc":"监控结果检查点"},"monitorResultCheckRes":{"type":"bool","required":false,"doc":"监控结果检查结果"},"name":{"type":"str","required":false,"doc":"用例/aw/事务名"},"networkRead":{"type":"float","required":false,"doc":"网络最大接收数据速度"},"networkReadAvg":{"type":"float","required":false,"doc":"网络平均接收数据速度"},"networkReadAvgCheckPoint":{"type":"float","required":false,"doc":"网络平均接收数据速度检查点"},"networkReadAvgCheckRes":{"type":"bool","required":false,"doc":"网络平均接收数据速度检查结果"},"networkReadCheckPoint":{"type":"float","required":false,"doc":"网络最大接收数据速度检查点"},"networkReadCheckRes":{"type":"bool","required":false,"doc":"网络最大接收数据速度检查结果"},"networkWrite":{"type":"float","required":false,"doc":"网络最大写入数据速度"},"networkWriteAvg":{"type":"float","required":false,"doc":"网络平均写入数据速度"},"networkWriteAvgCheckPoint":{"type":"float","required":false,"doc":"网络平均写入数据速度检查点"},"networkWriteAvgCheckRes":{"type":"bool","required":false,"doc":"网络平均写入数据速度检查结果"},"networkWriteCheckPoint":{"type":"float","required":false,"doc":"网络最大写入数据速度检查点"},"networkWriteCheckRes":{"type":"bool","required":false,"doc":"网络最大写入数据速度检查结果"},"peakLoadStatus":{"type":"float","required":false,"doc":"峰值负载状态"},"peakLoadStatusCheckPoint":{"type":"float","required":false,"doc":"峰值负载状态检查点"},"peakLoadStatusCheckRes":{"type":"bool","required":false,"doc":"峰值负载状态检查结果"},"peakMetric":{"type":"PeakMetric","required":false,"doc":""},"projectId":{"type":"str","required":false,"doc":"工程ID"},"protocols":{"type":"list[str]","required":false,"doc":"协议"},"requests":{"type":"int","required":false,"doc":"请求数"},"result":{"type":"int","required":false,"doc":"用例结果"},"resultLog":{"type":"str","required":false,"doc":"用例结果日志"},"round":{"type":"int","required":false,"doc":"执行轮次"},"saveAllData":{"type":"bool","required":false,"doc":"是否存储全量数据到CSS"},"serviceId":{"type":"str","required":false,"doc":"服务ID"},"stage":{"type":"int","required":false,"doc":"阶段"},"startTime":{"type":"str","required":false,"doc":"开始时间"},"status":{"type":"int","required":false,"doc":"任务状态"},"streamingMediaVo":{"type":"StreamingMediaReport","required":false,"doc":""},"successCount":{"type":"int","required":false,"doc":"成功数"},"successRate":{"type":"int","required":false,"doc":"成功率"},"successRateCheckPoint":{"type":"float","required":false,"doc":"成功率检查点"},"successRateCheckRes":{"type":"bool","required":false,"doc":"成功率检查结果"},"sum1xx":{"type":"int","required":false,"doc":"1XX响应码数量"},"sum2xx":{"type":"int","required":false,"doc":"2XX响应码数量"},"sum3xx":{"type":"int","required":false,"doc":"3XX响应码数量"},"sum4xx":{"type":"int","required":false,"doc":"4XX响应码数量"},"sum5xx":{"type":"int","required":false,"doc":"5XX响应码数量"},"taskId":{"type":"str","required":false,"doc":"任务ID"},"taskName":{"type":"str","required":false,"doc":"任务名"},"taskProjectId":{"type":"str","required":false,"doc":"任务项目ID"},"taskStatus":{"type":"int","required":false,"doc":"任务状态"},"testCaseUri":{"type":"str","required":false,"doc":"用例基线uri"},"tp50":{"type":"int","required":false,"doc":"TP50"},"tp50CheckPoint":{"type":"float","required":false,"doc":"TP50检查点"},"tp50CheckRes":{"type":"bool","required":false,"doc":"TP50检查结果"},"tp75":{"type":"int","required":false,"doc":"TP75"},"tp75CheckPoint":{"type":"float","required":false,"doc":"TP75检查点"},"tp75CheckRes":{"type":"bool","required":false,"doc":"TP75检查结果"},"tp85":{"type":"int","required":false,"doc":"TP85"},"tp85CheckPoint":{"type":"float","required":false,"doc":"TP85检查点"},"tp85CheckRes":{"type":"bool","required":false,"doc":"TP85检查结果"},"tp90":{"type":"int","required":false,"doc":"TP90"},"tp90CheckPoint":{"type":"float","required":false,"doc":"TP90检查点"},"tp90CheckRes":{"type":"bool","required":false,"doc":"TP90检查结果"},"tp95":{"type":"int","required":false,"doc":"TP95"},"tp95CheckPoint":{"type":"float","required":false,"doc":"TP95检查点"},"tp95CheckRes":{"type":"bool","required":false,"doc":"TP95检查结果"},"tp99":{"type":"int","required":false,"doc":"TP99"},"tp999":{"type":"int","required":false,"doc":"TP99.9"},"tp9999":{"type":"int","required":false,"doc":"TP99.99"},"tp9999CheckPoint":{"type":"float","required":false,"doc":"TP99.99检查点"},"tp9999CheckRes":{"type":"bool","required":false,"doc":"TP99.99检查结果"},"tp999CheckPoint":{"type":"float","required":false,"doc":"TP99.9检查点"},"tp999CheckRes":{"type":"bool","required":false,"doc":"TP99.9检查结果"},"tp99CheckPoint":{"type":"float","required":false,"doc":"TP99检查点"},"tp99CheckRes":{"type":"bool","required":false,"doc":"TP99检查结果"},"tps":{"type":"float","required":false,"doc":"TPS"},"tpsCheckPoint":{"type":"float","required":false,"doc":"TPS检查点"},"tpsCheckRes":{"type":"bool","required":false,"doc":"TPS检查结果"},"tranTPS":{"type":"float","required":false,"doc":"平均TPS"},"tranTPSCheckPoint":{"type":"float","required":false,"doc":"平均TPS检查点"},"tranTPSCheckRes":{"type":"bool","required":false,"doc":"平均TPS检查结果"},"transactionId":{"type":"str","required":false,"doc":"事务ID"},"transactionSuccess":{"type":"float","required":false,"doc":"事务成功数"},"transactions":{"type":"float","required":false,"doc":"事务数"},"transactionsCheckPoint":{"type":"float","required":false,"doc":"事务数检查点"},"transactionsCheckRes":{"type":"bool","required":false,"doc":"事务数检查结果"},"updateTime":{"type":"str","required":false,"doc":"更新时间"},"url":{"type":"str","required":false,"doc":"aw的http url"},"userConcur":{"type":"int","required":false,"doc":"反应实时vuser数据"},"versionUri":{"type":"str","required":false,"doc":"分支uri"}}},"CaseReportDetailResult":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/case_report_detail_result.py","fields":{"detail":{"type":"CaseReportDetails","required":false,"doc":""},"err_message":{"type":"str","required":false,"doc":"错误信息"}}},"CaseReportDetails":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/case_report_details.py","fields":{"customTransactions":{"type":"list[CaseReportDetail]","required":false,"doc":"用例下所有事务的基本性能数据信息"},"detailDatas":{"type":"list[CaseReportDetail]","required":false,"doc":"用例下所有aw的基本性能数据信息"},"performance":{"type":"CaseReportDetail","required":false,"doc":""}}},"CaseReportSummary":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/case_report_summary.py","fields":{"case_aw_info_list":{"type":"list[CaseAwInfo]","required":false,"doc":"用例和aw信息视图"},"err_message":{"type":"str","required":false,"doc":"错误信息"}}},"Content":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/content.py","fields":{"content_type":{"type":"int","required":false,"doc":"用例卡片类型（1：思考时间；2：报文；3：检查点；4：变量提取）"},"content":{"type":"ContentInfo","required":false,"doc":""}}},"ContentHeader":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/content_header.py","fields":{"key":{"type":"str","required":false,"doc":"键"},"value":{"type":"str","required":false,"doc":"值"}}},"ContentInfo":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/content_info.py","fields":{"body_type":{"type":"int","required":false,"doc":"body类型（0：字符串；1：form-data格式；3：x-www-form-urlencoded格式）"},"bodys":{"type":"list[object]","required":false,"doc":"bodys"},"check_end_length":{"type":"object","required":false,"doc":"TCP/UDP协议返回数据长度"},"check_end_str":{"type":"object","required":false,"doc":"TCP/UDP协议返回结束符"},"check_end_type":{"type":"object","required":false,"doc":"TCP/UDP协议返回结束类型，1：返回数据长度；2：结束符"},"connect_timeout":{"type":"int","required":false,"doc":"超时时间"},"connect_type":{"type":"int","required":false,"doc":"连接设置，当前版本已未使用"},"headers":{"type":"list[ContentHeader]","required":false,"doc":"请求头"},"http_version":{"type":"str","required":false,"doc":"HTTP版本"},"method":{"type":"str","required":false,"doc":"HTTP方法"},"name":{"type":"str","required":false,"doc":"用例名称"},"protocol_type":{"type":"int","required":false,"doc":"协议类型（1：HTTP；2：HTTPS；3：TCP；4：UDP；7：HLS/RTMP；9：WebSocket；10：HTTP-FLV）"},"return_timeout":{"type":"int","required":false,"doc":"响应超时"},"return_timeout_param":{"type":"str","required":false,"doc":"响应超时参数"},"url":{"type":"str","required":false,"doc":"请求地址"},"rtmp_url":{"type":"str","required":false,"doc":"rtmp地址"},"flv_url":{"type":"str","required":false,"doc":"flv地址"},"bitrate_type":{"type":"int","required":false,"doc":"分辨率策略"},"duration":{"type":"int","required":false,"doc":"持续时间"},"retry_delay":{"type":"int","required":false,"doc":"HLS重试延迟时间"},"retry_time":{"type":"int","required":false,"doc":"HLS重试次数"}}},"Contents":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/contents.py","fields":{"content_id":{"type":"int","required":false,"doc":"事务id，若不为0表示此卡片为事务；为0表示非事务"},"content":{"type":"list[Content]","required":false,"doc":"内容"},"index":{"type":"int","required":false,"doc":"排序索引标识"},"selected_temp_name":{"type":"str","required":false,"doc":"选择的事务或者用例名称"},"data":{"type":"object","required":false,"doc":"数据（循环、条件控制器作用的数据）"},"data_type":{"type":"int","required":false,"doc":"数据指令类型（0：默认请求卡片；1：数据指令；201：循环指令；202：条件指令；301：集合点[；203：vu百分比控制器；204：吞吐量控制器；302：插件请求](tag:hws,hws_hk)）"},"conditions":{"type":"object","required":false,"doc":"若类型为202:条件指令，该字段为条件配置"},"is_disabled":{"type":"bool","required":false,"doc":"是否禁用"}}},"CoreIndex":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/core_index.py","fields":{"error_request_count":{"type":"int","required":false,"doc":"错误请求数"},"max_rps":{"type":"int","required":false,"doc":"最大RPS"},"max_users":{"type":"int","required":false,"doc":"最大并发数"},"request_count":{"type":"int","required":false,"doc":"请求总数"},"rps":{"type":"float","required":false,"doc":"平均RPS"},"success_count":{"type":"int","required":false,"doc":"成功数"},"success_rate":{"type":"int","required":false,"doc":"成功率"},"trans_tps":{"type":"float","required":false,"doc":"平均TPS"},"response_time":{"type":"ResponseTimeInfo","required":false,"doc":""}}},"CreateNewTaskRequest":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/create_new_task_request.py","fields":{"body":{"type":"NewTaskInfo","required":false,"doc":"Body of the CreateNewTaskRequest"}}},"CreateNewTaskResponse":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/create_new_task_response.py","fields":{"code":{"type":"str","required":false,"doc":"响应码"},"message":{"type":"str","required":false,"doc":"响应消息"},"task_id":{"type":"int","required":false,"doc":"任务id"}}},"CreateVariableRequest":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/create_variable_request.py","fields":{"test_suite_id":{"type":"int","required":true,"doc":"测试工程id"},"body":{"type":"list[CreateVariableRequestBody]","required":false,"doc":"Body of the CreateVariableRequest"}}},"CreateVariableRequestBody":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/create_variable_request_body.py","fields":{"id":{"type":"int","required":true,"doc":"变量id"},"name":{"type":"str","required":true,"doc":"变量名称"},"variable_type":{"type":"int","required":true,"doc":"变量类型（1：整数；2：枚举；3：文件[；5：文本](tag:hws,hws_hk)"},"variable":{"type":"list[object]","required":true,"doc":"变量值"},"is_quoted":{"type":"bool","required":true,"doc":"是否被引用"}}},"CreateVariableResponse":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/create_variable_response.py","fields":{"code":{"type":"str","required":false,"doc":"响应码"},"json":{"type":"CreateVariableResultJson","required":false,"doc":""},"message":{"type":"str","required":false,"doc":"响应消息"}}},"CreateVariableResultJson":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/create_variable_result_json.py","fields":{"variable_id":{"type":"int","required":false,"doc":"变量id"}}},"DebugCaseRequest":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/debug_case_request.py","fields":{"test_suite_id":{"type":"int","required":true,"doc":"测试工程id"},"task_id":{"type":"int","required":true,"doc":"任务id"},"case_id":{"type":"int","required":true,"doc":"用例id"},"body":{"type":"DebugCaseRequestBody","required":false,"doc":"Body of the DebugCaseRequest"}}},"DebugCaseRequestBody":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/debug_case_request_body.py","fields":{"status":{"type":"int","required":true,"doc":"状态（9：启动调试）"},"cluster_id":{"type":"int","required":true,"doc":"资源组id"},"cluster_type":{"type":"str","required":true,"doc":"资源组类型（共享资源组：shared-cluster-internet；私有资源组：private-cluster）"},"without_package":{"type":"int","required":true,"doc":"套餐包VUM不足的情况下用户选择是不是要走按需计费模式（当前版本固定值：0）"},"type":{"type":"int","required":false,"doc":"类型（0：事务（默认）；1：用例）"}}},"DebugCaseResponse":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/debug_case_response.py","fields":{"code":{"type":"str","required":false,"doc":"响应码"},"message":{"type":"str","required":false,"doc":"响应消息"},"extend":{"type":"str","required":false,"doc":"扩展信息"},"result":{"type":"list[DebugCaseResult]","required":false,"doc":"结果"}}},"DebugCaseResult":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/debug_case_result.py","fields":{"body":{"type":"str","required":false,"doc":"响应内容"},"errorReason":{"type":"str","required":false,"doc":"错误原因"},"header":{"type":"DebugCaseResultHeader","required":false,"doc":""},"name":{"type":"str","required":false,"doc":"请求名称"},"responseTime":{"type":"int","required":false,"doc":"响应时间"},"result":{"type":"int","required":false,"doc":"调试结果（1：成功；）"},"returnBody":{"type":"str","required":false,"doc":"响应正文"},"returnHeader":{"type":"DebugCaseReturnHeader","required":false,"doc":""},"statusCode":{"type":"str","required":false,"doc":"响应状态码"},"url":{"type":"str","required":false,"doc":"请求地址"}}},"DebugCaseResultHeader":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/debug_case_result_header.py","fields":{"Connection":{"type":"str","required":false,"doc":"连接"},"Content-Type":{"type":"str","required":false,"doc":"内容类型"},"Host":{"type":"str","required":false,"doc":"主机"}}},"DebugCaseReturnHeader":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/debug_case_return_header.py","fields":{"Connection":{"type":"str","required":false,"doc":"连接"},"Content-Length":{"type":"str","required":false,"doc":"内容长度"},"Content-Type":{"type":"str","required":false,"doc":"内容类型"},"Date":{"type":"str","required":false,"doc":"时间"},"Vary":{"type":"str","required":false,"doc":"兼容性保留，当前版本未使用"}}},"DeleteNewTaskRequest":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/delete_new_task_request.py","fields":{"task_id":{"type":"int","required":true,"doc":"任务id"}}},"DeleteNewTaskResponse":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/delete_new_task_response.py","fields":{}},"DeleteVariableRequest":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/delete_variable_request.py","fields":{"variable_id":{"type":"int","required":true,"doc":"全局变量id"},"test_suite_id":{"type":"int","required":true,"doc":"工程id"}}},"DeleteVariableResponse":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/delete_variable_response.py","fields":{}},"DetailItem":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/detail_item.py","fields":{"caseAwId":{"type":"str","required":false,"doc":"数据库中dc_case_aw表中的主键ID"},"datumType":{"type":"int","required":false,"doc":"数据类型（用例/aw/事务）"},"name":{"type":"str","required":false,"doc":"用例/aw/事务名"},"transactionId":{"type":"str","required":false,"doc":"事务ID"},"awList":{"type":"list[DetailItem]","required":false,"doc":"aw列表"}}},"ExceptionResponseSum":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/exception_response_sum.py","fields":{"failed_assert":{"type":"int","required":false,"doc":"断言失败数"},"failed_others":{"type":"int","required":false,"doc":"其他错误失败数"},"failed_parsed":{"type":"int","required":false,"doc":"解析失败数"},"failed_refused":{"type":"int","required":false,"doc":"连接被拒绝失败数"},"failed_timeout":{"type":"int","required":false,"doc":"响应超时失败数"}}},"HistoryRunInfo":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/history_run_info.py","fields":{"name":{"type":"str","required":false,"doc":"名称"},"run_id":{"type":"float","required":false,"doc":"报告id"},"run_type":{"type":"float","required":false,"doc":"任务类型（0：旧版本任务；1：融合版本任务）"},"start_time":{"type":"str","required":false,"doc":"开始时间"},"end_time":{"type":"str","required":false,"doc":"结束时间"},"continue_time":{"type":"float","required":false,"doc":"继续时间"},"temp_names":{"type":"list[TempName]","required":false,"doc":"用例或者事务名称"},"parallel":{"type":"bool","required":false,"doc":"任务间用例是否并行执行"}}},"ListProjectSetsRequest":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/list_project_sets_request.py","fields":{"offset":{"type":"int","required":false,"doc":"查询偏移"},"limit":{"type":"int","required":false,"doc":"查询数量"}}},"ListProjectSetsResponse":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/list_project_sets_response.py","fields":{"code":{"type":"str","required":false,"doc":"状态码"},"message":{"type":"str","required":false,"doc":"描述"},"projects":{"type":"list[ProjectsSet]","required":false,"doc":"工程集详细信息"}}},"ListProjectTestCaseRequest":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/list_project_test_case_request.py","fields":{"test_suite_id":{"type":"int","required":true,"doc":"测试工程id"}}},"ListProjectTestCaseResponse":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/list_project_test_case_response.py","fields":{"code":{"type":"str","required":false,"doc":"状态码"},"message":{"type":"str","required":false,"doc":"描述"},"directory":{"type":"list[ProjectDirectory]","required":false,"doc":"用例集"}}},"ListTaskCasesRequest":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/list_task_cases_request.py","fields":{"test_suit_id":{"type":"int","required":true,"doc":"工程id"},"task_id":{"type":"int","required":true,"doc":"任务id"}}},"ListTaskCasesResponse":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/list_task_cases_response.py","fields":{"code":{"type":"str","required":false,"doc":"响应码"},"message":{"type":"str","required":false,"doc":"响应消息"},"test_cases":{"type":"list[TestCaseBriefInfo]","required":false,"doc":"用例列表"}}},"ListVariablesRequest":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/list_variables_request.py","fields":{"variable_type":{"type":"int","required":true,"doc":"变量类型"},"test_suite_id":{"type":"int","required":true,"doc":"测试工程id"}}},"ListVariablesResponse":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/list_variables_response.py","fields":{"code":{"type":"str","required":false,"doc":"响应吗"},"message":{"type":"str","required":false,"doc":"响应消息"},"variable_list":{"type":"list[VariableDetail]","required":false,"doc":"变量列表"}}},"NetworkInfo":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/network_info.py","fields":{"network_type":{"type":"str","required":true,"doc":"网络类型（固定值：internet）"}}},"NetworkTraffic":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/network_traffic.py","fields":{"avg_network_traffic":{"type":"float","required":false,"doc":"平均网络流量"},"max_down_stream":{"type":"int","required":false,"doc":"最大下行带宽"},"max_network_traffic":{"type":"int","required":false,"doc":"最大网络流量（流量峰值）"},"max_upstream":{"type":"int","required":false,"doc":"最大上行带宽"},"min_network_traffic":{"type":"float","required":false,"doc":"最小网络流量"}}},"NewTaskInfo":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/new_task_info.py","fields":{"name":{"type":"str","required":true,"doc":"任务名称"},"parallel":{"type":"bool","required":true,"doc":"是否并行"},"enable_full_link":{"type":"bool","required":false,"doc":"是否支持全链路压测"},"project_id":{"type":"int","required":true,"doc":"工程id"},"operate_mode":{"type":"int","required":true,"doc":"任务压测模式，0-时长模式；1-次数模式；2-混合模式；此处是兼容老版本遗留字段，填固定值2"},"case_id_list":{"type":"list[int]","required":true,"doc":"关联用例id列表"}}},"PeakMetric":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/peak_metric.py","fields":{"vuser":{"type":"int","required":false,"doc":"虚拟用户数"},"rps":{"type":"float","required":false,"doc":"每秒事务数"},"avgRT":{"type":"float","required":false,"doc":"平均响应时间"},"successRate":{"type":"float","required":false,"doc":"成功率"},"peakTime":{"type":"str","required":false,"doc":"峰值时间"}}},"ProjectDirectory":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/project_directory.py","fields":{"id":{"type":"int","required":true,"doc":"id"},"name":{"type":"str","required":true,"doc":"名称"},"status":{"type":"int","required":true,"doc":"状态（0：已删除，1：启用，2：停用）"},"create_time":{"type":"str","required":true,"doc":"创建时间"},"update_time":{"type":"str","required":true,"doc":"更新时间"},"parent_id":{"type":"int","required":true,"doc":"父id"},"type":{"type":"int","required":true,"doc":"类型（1：目录，2：用例）"}}},"ProjectsSet":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/projects_set.py","fields":{"CreateTime":{"type":"datetime","required":false,"doc":"创建时间"},"UpdateTime":{"type":"datetime","required":false,"doc":"更新时间"},"description":{"type":"str","required":false,"doc":"描述"},"id":{"type":"int","required":false,"doc":"工程id"},"name":{"type":"str","required":false,"doc":"工程名字"},"source":{"type":"int","required":false,"doc":"工程来源 0：PerfTest，2：CloudTest"},"external_params":{"type":"object","required":false,"doc":"外部参数"},"variables_no_file":{"type":"list[str]","required":false,"doc":"文件变量"}}},"RelatedTempRunningData":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/related_temp_running_data.py","fields":{"task_run_info_id":{"type":"int","required":false,"doc":"运行任务id，即报告id。启动任务（更新任务状态或批量启停任务）接口，会返回运行任务id。"},"related_temp_running_id":{"type":"int","required":false,"doc":"运行用例id。对应其他（如报告）接口的运行用例id（case_run_id）。"},"temp_id":{"type":"int","required":false,"doc":"用例id"},"temp_name":{"type":"str","required":false,"doc":"用例名称"},"content_method_url":{"type":"list[str]","required":false,"doc":"请求信息，包括请求名称，方法，url信息"},"related_temp_running_data":{"type":"list[TempRunningData]","required":false,"doc":"最近一次运行的报告简略信息"}}},"ReportOutline":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/report_outline.py","fields":{"core_index":{"type":"CoreIndex","required":false,"doc":""},"exception_response_sum":{"type":"ExceptionResponseSum","required":false,"doc":""},"network_traffic":{"type":"NetworkTraffic","required":false,"doc":""},"response_code_sum":{"type":"ResponseCodeSum","required":false,"doc":""},"task_basic_attribute":{"type":"TaskBasicAttribute","required":false,"doc":""},"task_basic_execution_data":{"type":"TaskBasicExecutionData","required":false,"doc":""},"response_code_details":{"type":"list[object]","required":false,"doc":"响应码详细信息"},"sla_statistic":{"type":"object","required":false,"doc":"SLA数据"},"streaming_media":{"type":"object","required":false,"doc":"流媒体相关数据"}}},"ReportOutlineResult":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/report_outline_result.py","fields":{"err_message":{"type":"object","required":false,"doc":"错误信息"},"outline":{"type":"ReportOutline","required":false,"doc":""}}},"ResponseCodeSum":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/response_code_sum.py","fields":{"sum1xx":{"type":"int","required":false,"doc":"1xx请求数"},"sum2xx":{"type":"int","required":false,"doc":"2xx请求数"},"sum3xx":{"type":"int","required":false,"doc":"3xx请求数"},"sum4xx":{"type":"int","required":false,"doc":"4xx请求数"},"sum5xx":{"type":"int","required":false,"doc":"5xx请求数"}}},"ResponseTimeInfo":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/response_time_info.py","fields":{"avg_response_time":{"type":"float","required":false,"doc":"平均响应时间"},"avg_tp50":{"type":"int","required":false,"doc":"TP50"},"avg_tp90":{"type":"int","required":false,"doc":"TP90"},"max_response_time":{"type":"int","required":false,"doc":"最大响应时间"},"min_response_time":{"type":"int","required":false,"doc":"最小响应时间"}}},"ShowHistoryRunInfoRequest":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/show_history_run_info_request.py","fields":{"task_id":{"type":"int","required":true,"doc":"任务id"}}},"ShowHistoryRunInfoResponse":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/show_history_run_info_response.py","fields":{"code":{"type":"str","required":false,"doc":"响应码"},"message":{"type":"str","required":false,"doc":"响应消息"},"log_list":{"type":"list[HistoryRunInfo]","required":false,"doc":"报告列表"}}},"ShowMergeCaseDetailRequest":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/show_merge_case_detail_request.py","fields":{"task_run_id":{"type":"int","required":true,"doc":"运行任务id，即报告id。启动任务（更新任务状态或批量启停任务）接口，会返回运行任务id。"},"case_run_id":{"type":"int","required":true,"doc":"运行用例id，通过报告管理中的“内外融合当前任务用例列表”接口获取：使用任务运行id（task_run_id）作为路径参数，可以查询到该报告关联的用例运行id集合，即返回结构体中result.case_aw_info_list[index].case_uri_i为索引为index的运行用例id（case_run_id）。"}}},"ShowMergeCaseDetailResponse":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/show_merge_case_detail_response.py","fields":{"code":{"type":"str","required":false,"doc":"响应码"},"message":{"type":"str","required":false,"doc":"响应消息"},"extend":{"type":"object","required":false,"doc":"扩展信息"},"result":{"type":"CaseReportDetailResult","required":false,"doc":""}}},"ShowMergeReportLogsOutlineRequest":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/show_merge_report_logs_outline_request.py","fields":{"task_run_id":{"type":"int","required":true,"doc":"运行任务id，即报告id。启动任务（更新任务状态或批量启停任务）接口，会返回运行任务id。"}}},"ShowMergeReportLogsOutlineResponse":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/show_merge_report_logs_outline_response.py","fields":{"code":{"type":"str","required":false,"doc":"响应码"},"message":{"type":"str","required":false,"doc":"响应消息"},"extend":{"type":"object","required":false,"doc":"扩展字段"},"result":{"type":"ReportOutlineResult","required":false,"doc":""}}},"ShowMergeTaskCaseRequest":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/show_merge_task_case_request.py","fields":{"task_run_id":{"type":"int","required":true,"doc":"运行任务id，即报告id。启动任务（更新任务状态或批量启停任务）接口，会返回运行任务id。"}}},"ShowMergeTaskCaseResponse":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/show_merge_task_case_response.py","fields":{"code":{"type":"str","required":false,"doc":"响应码"},"message":{"type":"str","required":false,"doc":"响应消息"},"extend":{"type":"object","required":false,"doc":"扩展信息"},"result":{"type":"CaseReportSummary","required":false,"doc":""}}},"ShowTaskRequest":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/show_task_request.py","fields":{"task_id":{"type":"int","required":true,"doc":"任务id"}}},"ShowTaskResponse":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/show_task_response.py","fields":{"code":{"type":"str","required":false,"doc":"响应码"},"message":{"type":"str","required":false,"doc":"响应消息"},"taskInfo":{"type":"TaskInfo","required":false,"doc":""}}},"ShowTaskSetRequest":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/show_task_set_request.py","fields":{"test_suite_id":{"type":"int","required":true,"doc":"测试工程id"},"offset":{"type":"int","required":false,"doc":"查询偏移"},"limit":{"type":"int","required":false,"doc":"查询数量"}}},"ShowTaskSetResponse":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/show_task_set_response.py","fields":{"code":{"type":"str","required":false,"doc":"响应码"},"extend":{"type":"list[str]","required":false,"doc":"扩展信息"},"message":{"type":"str","required":false,"doc":"响应消息"},"tasks":{"type":"list[Task]","required":false,"doc":"工程集详细信息"}}},"StageKpiItem":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/stage_kpi_item.py","fields":{"comparison":{"type":"str","required":false,"doc":"比较符"},"value":{"type":"int","required":false,"doc":"比较值"}}},"StageKpiItems":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/stage_kpi_items.py","fields":{"average_response_time":{"type":"StageKpiItem","required":false,"doc":""},"success_rate":{"type":"StageKpiItem","required":false,"doc":""}}},"StreamingMediaReport":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/streaming_media_report.py","fields":{"streamingPlayTimes":{"type":"int","required":false,"doc":"流媒体播放次数(流媒体aw执行次数)"},"streamingErrorTimes":{"type":"int","required":false,"doc":"流媒体播放出现失败的次数(失败的流媒体aw次数)"},"streamingSuccessRate":{"type":"float","required":false,"doc":"流媒体播放成功率"},"sentPacketsPerSecond":{"type":"float","required":false,"doc":"每秒发送数据包大小"},"receivedPacketsPerSecond":{"type":"float","required":false,"doc":"每秒接收数据包大小"},"recvPackets":{"type":"float","required":false,"doc":"接收数据包大小"},"sendPackets":{"type":"float","required":false,"doc":"发送数据包大小"},"audioSentBytes":{"type":"float","required":false,"doc":"音频发送字节大小"},"audioRecBytes":{"type":"float","required":false,"doc":"音频接收字节大小"},"videoSentBytes":{"type":"float","required":false,"doc":"视频发送字节大小"},"videoRecBytes":{"type":"float","required":false,"doc":"视频接收字节大小"},"sumRecvKeyFrameDelay":{"type":"float","required":false,"doc":"接收关键帧延迟之和"},"avgRecvKeyFrameDelay":{"type":"float","required":false,"doc":"平均接收关键帧延迟"},"minRecvKeyFrameDelay":{"type":"float","required":false,"doc":"最小接收关键帧延迟"},"maxRecvKeyFrameDelay":{"type":"float","required":false,"doc":"最大接收关键帧延迟"},"sumSendKeyFrameDelay":{"type":"float","required":false,"doc":"发送关键帧延迟之和"},"avgSendKeyFrameDelay":{"type":"float","required":false,"doc":"平均发送关键帧延迟"},"minSendKeyFrameDelay":{"type":"float","required":false,"doc":"最小发送关键帧延迟"},"maxSendKeyFrameDelay":{"type":"float","required":false,"doc":"最大发送关键帧延迟"},"keyFrameSendCnt":{"type":"float","required":false,"doc":"关键帧发送次数"},"keyFrameReceiveCnt":{"type":"float","required":false,"doc":"关键帧接收次数"},"tcpConnectFailed":{"type":"float","required":false,"doc":"TCP连接失败数"},"handShakeFailed":{"type":"float","required":false,"doc":"握手失败数"},"rtmpConnectFailed":{"type":"float","required":false,"doc":"RTMP连接失败数"},"createStreamFailed":{"type":"float","required":false,"doc":"创建流失败数"},"playFailed":{"type":"float","required":false,"doc":"播放失败数"},"publishFailed":{"type":"float","required":false,"doc":"发布失败数"},"retryFailed":{"type":"float","required":false,"doc":"重试失败数"},"parseFileFailed":{"type":"float","required":false,"doc":"解析文件失败数"},"illegalUrlFailed":{"type":"float","required":false,"doc":"非法URL失败数"},"illegalFlvHeaderFailed":{"type":"float","required":false,"doc":"非法FLV Header失败数"},"httpTimeoutFailed":{"type":"float","required":false,"doc":"HTTP连接超时数"},"parseFlvFileFailed":{"type":"float","required":false,"doc":"解析FLV文件失败数"},"unknownFailed":{"type":"float","required":false,"doc":"未知错误数"}}},"Task":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/task.py","fields":{"bench_concurrent":{"type":"int","required":false,"doc":"基准并发"},"description":{"type":"str","required":false,"doc":"描述信息"},"id":{"type":"int","required":false,"doc":"任务Id"},"name":{"type":"str","required":false,"doc":"任务名称"},"operate_mode":{"type":"int","required":false,"doc":"任务压测模式"},"task_run_info":{"type":"TaskRunInfo","required":false,"doc":""},"update_time":{"type":"str","required":false,"doc":"更新时间"},"parallel":{"type":"bool","required":false,"doc":"任务间用例是否并行执行"}}},"TaskBasicAttribute":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/task_basic_attribute.py","fields":{"branch_id":{"type":"str","required":false,"doc":"分支ID"},"branch_name":{"type":"str","required":false,"doc":"分支名"},"create_by":{"type":"str","required":false,"doc":"创建人的工号"},"iteration_uri":{"type":"str","required":false,"doc":"迭代url"},"project_id":{"type":"str","required":false,"doc":"工程id"},"protocols":{"type":"list[str]","required":false,"doc":"协议"},"service_id":{"type":"str","required":false,"doc":"服务id"},"stage":{"type":"int","required":false,"doc":"阶段"},"stage_name":{"type":"str","required":false,"doc":"阶段名称"},"task_id":{"type":"str","required":false,"doc":"任务id"},"version_uri":{"type":"str","required":false,"doc":"版本uri"}}},"TaskBasicExecutionData":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/task_basic_execution_data.py","fields":{"complete_num":{"type":"int","required":false,"doc":"已执行完成的用例数"},"duration":{"type":"int","required":false,"doc":"持续时间"},"end_time":{"type":"str","required":false,"doc":"结束时间"},"executed_num":{"type":"int","required":false,"doc":"已执行用例数"},"kpi_case_count":{"type":"int","required":false,"doc":"【指标数据:最后一个轮次】 用例数"},"kpi_case_execute_count":{"type":"int","required":false,"doc":"【指标数据:最后一个轮次】 已执行的用例数"},"kpi_case_pass_count":{"type":"int","required":false,"doc":"【指标数据:最后一个轮次】 最后一轮结果为Pass的用例数"},"parallel":{"type":"bool","required":false,"doc":"任务间用例是否并行执行"},"pass_num":{"type":"int","required":false,"doc":"用例通过数"},"start_time":{"type":"str","required":false,"doc":"开始时间"},"task_status":{"type":"int","required":false,"doc":"任务状态"},"total_num":{"type":"int","required":false,"doc":"总用例数"},"vum":{"type":"int","required":false,"doc":"分钟*并发数"}}},"TaskInfo":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/task_info.py","fields":{"bench_concurrent":{"type":"int","required":false,"doc":"基准并发"},"case_list":{"type":"list[CaseInfoDetail]","required":false,"doc":"用例Id列表"},"create_time":{"type":"datetime","required":false,"doc":"创建时间"},"description":{"type":"str","required":false,"doc":"描述信息"},"name":{"type":"str","required":false,"doc":"任务名称"},"operate_mode":{"type":"int","required":false,"doc":"任务模式（0：时长模式；1：次数模式；2：混合模式）"},"project_id":{"type":"int","required":false,"doc":"任务所属工程id"},"related_temp_running_data":{"type":"list[RelatedTempRunningData]","required":false,"doc":"最近一次运行的报告简略信息，包括运行任务id，即本对象的task_run_info_id。运行用例id，即本对象的related_temp_running_id。"},"run_status":{"type":"int","required":false,"doc":"任务运行状态（9：等待运行；0：运行中；1：暂停；2：结束； 3：异常中止；4：用户主动终止（完成状态）；5：用户主动终止）"},"update_time":{"type":"str","required":false,"doc":"任务更新时间"},"parallel":{"type":"bool","required":false,"doc":"任务间用例是否并行执行"}}},"TaskRunInfo":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/task_run_info.py","fields":{"id":{"type":"int","required":false,"doc":"任务id"},"run_type":{"type":"int","required":false,"doc":"任务类型（0：旧版本任务；1：新版本任务）"}}},"TempName":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/temp_name.py","fields":{"name":{"type":"str","required":false,"doc":"名称"}}},"TempRunningData":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/temp_running_data.py","fields":{"content_method_url":{"type":"list[str]","required":false,"doc":"请求信息，包括请求名称，方法，url信息"},"crawler_status":{"type":"int","required":false,"doc":"请求运行状态（0：正常返回；1：解析失败； 2：比对失败； 3：响应超时；）"},"related_temp_running_id":{"type":"int","required":false,"doc":"运行用例id。对应其他（如报告）接口的运行用例id（case_run_id）。"},"task_run_info_id":{"type":"int","required":false,"doc":"运行任务id，即报告id。启动任务（更新任务状态或批量启停任务）接口，会返回运行任务id。"},"temp_id":{"type":"int","required":false,"doc":"用例或者事务id"},"temp_name":{"type":"str","required":false,"doc":"用例或者事务名称"},"temp_running_status":{"type":"int","required":false,"doc":"运行状态（9：表示等待运行；0：表示运行中；2：表示结束；3：异常中止；4：用户主动终止（完成状态）；5：用户主动终止（终止中状态））"}}},"TestCaseBriefInfo":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/test_case_brief_info.py","fields":{"id":{"type":"int","required":true,"doc":"用例id"},"name":{"type":"str","required":true,"doc":"用例名称"},"status":{"type":"int","required":true,"doc":"状态（0-已删除；1-启用；2-停用；）"},"create_time":{"type":"str","required":true,"doc":"创建时间"},"update_time":{"type":"str","required":true,"doc":"更新时间"},"parent_id":{"type":"int","required":true,"doc":"所属目录id"},"type":{"type":"int","required":true,"doc":"类型（1-目录；2-用例；）"}}},"TestCaseStage":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/test_case_stage.py","fields":{"operate_mode":{"type":"int","required":false,"doc":"压力阶段模式，0：时长模式；1：次数模式"},"name":{"type":"str","required":false,"doc":"阶段名称"},"time":{"type":"int","required":false,"doc":"压测时长（单位：秒）"},"start_time":{"type":"int","required":false,"doc":"开始时间"},"end_time":{"type":"int","required":false,"doc":"结束时间"},"issue_num":{"type":"int","required":false,"doc":"最大并发数"},"count":{"type":"int","required":false,"doc":"次数模式发送总次数"},"pressure_mode":{"type":"int","required":false,"doc":"压力模式，0：并发模式；1：TPS模式；2：摸高模式；3：浪涌并发模式；4：浪涌TPS模式；5：震荡并发模式；6：震荡TPS模式；7：智能摸高模式"},"tps_value":{"type":"int","required":false,"doc":"TPS模式下TPS值"},"current_user_num":{"type":"int","required":false,"doc":"起始并发数"},"current_tps":{"type":"int","required":false,"doc":"起始tps值"},"voltage_regulating_mode":{"type":"int","required":false,"doc":"调压模式，0：自动调压模式；1：手动调压模式"},"maximum":{"type":"int","required":false,"doc":"浪涌/浪涌模式下最大并发数"},"minimum":{"type":"int","required":false,"doc":"浪涌/浪涌模式下最小并发数"},"loop_count":{"type":"int","required":false,"doc":"震荡/浪涌次数"},"max_duration":{"type":"int","required":false,"doc":"浪涌模式下峰值持续时间"},"ramp_up":{"type":"int","required":false,"doc":"摸高模式下爬坡时长（单位：秒）"},"peak_load_kpis":{"type":"StageKpiItems","required":false,"doc":""},"step_duration":{"type":"int","required":false,"doc":"智能摸高模式下单步执行时长"},"step_size":{"type":"int","required":false,"doc":"智能摸高模式下递增并发数"}}},"UpdateNewTaskRequestBody":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/update_new_task_request_body.py","fields":{"name":{"type":"str","required":true,"doc":"名称"},"parallel":{"type":"bool","required":true,"doc":"并行状态（表示任务执行时用例是否并行执行；true：并行执行，false：串行执行）"},"project_id":{"type":"int","required":true,"doc":"工程id"},"operate_mode":{"type":"int","required":true,"doc":"任务模式（兼容旧版接口保留字段，0：时长模式，1：次数模式，2：混合模式；此处请传固定值：2）"},"case_id_list":{"type":"list[int]","required":true,"doc":"关联的用例id集合"}}},"UpdateTaskRelatedTestCaseRequest":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/update_task_related_test_case_request.py","fields":{"task_id":{"type":"int","required":true,"doc":"任务id"},"body":{"type":"UpdateNewTaskRequestBody","required":false,"doc":"Body of the UpdateTaskRelatedTestCaseRequest"}}},"UpdateTaskRelatedTestCaseResponse":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/update_task_related_test_case_response.py","fields":{"code":{"type":"str","required":false,"doc":"响应码"},"message":{"type":"str","required":false,"doc":"响应消息"},"taskInfo":{"type":"TaskInfo","required":false,"doc":""}}},"UpdateTaskStatusRequest":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/update_task_status_request.py","fields":{"test_suite_id":{"type":"int","required":true,"doc":"测试工程id"},"task_id":{"type":"int","required":true,"doc":"任务id"},"body":{"type":"UpdateTaskStatusRequestBody","required":false,"doc":"Body of the UpdateTaskStatusRequest"}}},"UpdateTaskStatusRequestBody":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/update_task_status_request_body.py","fields":{"cluster_id":{"type":"int","required":true,"doc":"资源组id"},"cluster_type":{"type":"str","required":true,"doc":"资源组类型（共享资源组：shared-cluster-internet；私有资源组：private-cluster）"},"without_package":{"type":"int","required":true,"doc":"套餐包VUM不足的情况下用户选择是不是要走按需计费模式（当前版本固定值：0）"},"network_info":{"type":"NetworkInfo","required":true,"doc":""},"status":{"type":"int","required":true,"doc":"状态（9：启动任务；2：停止任务）"},"enterprise_project_id":{"type":"str","required":false,"doc":"企业项目id"}}},"UpdateTaskStatusResponse":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/update_task_status_response.py","fields":{"code":{"type":"str","required":false,"doc":"响应码"},"message":{"type":"str","required":false,"doc":"响应消息"},"extend":{"type":"str","required":false,"doc":"扩展信息"},"result":{"type":"UpdateTaskStatusResult","required":false,"doc":""}}},"UpdateTaskStatusResult":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/update_task_status_result.py","fields":{"task_run_id":{"type":"int","required":false,"doc":"运行任务id，即报告id"}}},"UpdateVariableRequest":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/update_variable_request.py","fields":{"test_suite_id":{"type":"int","required":true,"doc":"测试工程id"},"body":{"type":"list[UpdateVariableRequestBody]","required":false,"doc":"Body of the UpdateVariableRequest"}}},"UpdateVariableRequestBody":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/update_variable_request_body.py","fields":{"id":{"type":"int","required":true,"doc":"变量id"},"name":{"type":"str","required":true,"doc":"变量名称"},"variable_type":{"type":"int","required":true,"doc":"变量类型（1：整数；2：枚举；3：文件[；5：文本](tag:hws,hws_hk)"},"variable":{"type":"list[object]","required":true,"doc":"变量值"}}},"UpdateVariableResponse":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/update_variable_response.py","fields":{"code":{"type":"str","required":false,"doc":"响应码"},"json":{"type":"CreateVariableResultJson","required":false,"doc":""},"message":{"type":"str","required":false,"doc":"响应消息"}}},"VariableDetail":{"file":"huaweicloud-sdk-cpts/huaweicloudsdkcpts/v1/model/variable_detail.py","fields":{"file_size":{"type":"int","required":false,"doc":"文件大小"},"id":{"type":"int","required":false,"doc":"变量id"},"is_quoted":{"type":"bool","required":false,"doc":"是否被引用"},"name":{"type":"str","required":false,"doc":"变量名称"},"variable":{"type":"list[object]","required":false,"doc":"变量值"},"variable_type":{"type":"int","required":false,"doc":"变量类型（1：整数；2：枚举；3：文件[；5：文本](tag:hws,hws_hk)）"},"variable_mode":{"type":"int","required":false,"doc":"变量读取模式，0：顺序模式；1：随机模式"},"share_mode":{"type":"int","required":false,"doc":"变量共享模式，0：用例模式；1：并发模式"}}}}}');
;// CONCATENATED MODULE: ./contract/iam.json
const iam_namespaceObject = /*#__PURE__*/JSON.parse('{"source":{"repository":"huaweicloud/huaweicloud-sdk-python-v3","commit":"343a486b5c8ab656611159f314df6e575d0f6398","client":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/iam_client.py"},"operations":{"CreateTemporaryAccessKeyByToken":{"method":"POST","path":"/v3.0/OS-CREDENTIAL/securitytokens","request":"CreateTemporaryAccessKeyByTokenRequest","response":"CreateTemporaryAccessKeyByTokenResponse","path_params":[],"query_params":[],"header_params":[],"response_headers":[],"content_type":["application/json;charset=UTF-8"]},"CreateTokenWithIdToken":{"method":"POST","path":"/v3.0/OS-AUTH/id-token/tokens","request":"CreateTokenWithIdTokenRequest","response":"CreateTokenWithIdTokenResponse","path_params":[],"query_params":[],"header_params":["X-Idp-Id"],"response_headers":["X-Subject-Token"],"content_type":["application/json;charset=UTF-8"]},"KeystoneListAuthProjects":{"method":"GET","path":"/v3/auth/projects","request":"KeystoneListAuthProjectsRequest","response":"KeystoneListAuthProjectsResponse","path_params":[],"query_params":[],"header_params":[],"response_headers":[],"content_type":["application/json"]},"KeystoneListProjects":{"method":"GET","path":"/v3/projects","request":"KeystoneListProjectsRequest","response":"KeystoneListProjectsResponse","path_params":[],"query_params":["domain_id","name","parent_id","enabled","is_domain","page","per_page"],"header_params":[],"response_headers":[],"content_type":["application/json"]}},"models":{"AuthProjectResult":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/auth_project_result.py","fields":{"is_domain":{"type":"bool","required":true,"doc":"false."},"description":{"type":"str","required":true,"doc":"项目描述信息。"},"links":{"type":"LinksSelf","required":true,"doc":""},"enabled":{"type":"bool","required":true,"doc":"项目是否可用。"},"id":{"type":"str","required":true,"doc":"项目ID。"},"parent_id":{"type":"str","required":true,"doc":"如果查询自己创建的项目，则此处返回所属区域的项目ID。 如果查询的是系统内置项目，如cn-north-4，则此处返回账号ID。"},"domain_id":{"type":"str","required":true,"doc":"项目所属账号ID。"},"name":{"type":"str","required":true,"doc":"项目名称。"}}},"CreateTemporaryAccessKeyByTokenRequest":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/create_temporary_access_key_by_token_request.py","fields":{"body":{"type":"CreateTemporaryAccessKeyByTokenRequestBody","required":false,"doc":"Body of the CreateTemporaryAccessKeyByTokenRequest"}}},"CreateTemporaryAccessKeyByTokenRequestBody":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/create_temporary_access_key_by_token_request_body.py","fields":{"auth":{"type":"TokenAuth","required":true,"doc":""}}},"CreateTemporaryAccessKeyByTokenResponse":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/create_temporary_access_key_by_token_response.py","fields":{"credential":{"type":"Credential","required":false,"doc":""}}},"CreateTokenWithIdTokenRequest":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/create_token_with_id_token_request.py","fields":{"X-Idp-Id":{"type":"str","required":true,"doc":"身份提供商ID。"},"body":{"type":"GetIdTokenRequestBody","required":false,"doc":"Body of the CreateTokenWithIdTokenRequest"}}},"CreateTokenWithIdTokenResponse":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/create_token_with_id_token_response.py","fields":{"token":{"type":"ScopedTokenInfo","required":false,"doc":""},"X-Subject-Token":{"type":"str","required":false,"doc":""}}},"Credential":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/credential.py","fields":{"expires_at":{"type":"str","required":true,"doc":"AK/SK和securitytoken的过期时间。"},"access":{"type":"str","required":true,"doc":"获取的AK。"},"secret":{"type":"str","required":true,"doc":"获取的SK。"},"securitytoken":{"type":"str","required":true,"doc":"securitytoken是将所获的AK、SK等信息进行加密后的字符串。"}}},"DomainInfo":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/domain_info.py","fields":{"id":{"type":"str","required":false,"doc":"租户id。"},"name":{"type":"str","required":true,"doc":"租户name。"}}},"FederationUserBody":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/federation_user_body.py","fields":{"OS-FEDERATION":{"type":"OsFederationInfo","required":true,"doc":""},"domain":{"type":"DomainInfo","required":true,"doc":""},"id":{"type":"str","required":false,"doc":"user id。"},"name":{"type":"str","required":false,"doc":"user name。"}}},"GetIdTokenAuthParams":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/get_id_token_auth_params.py","fields":{"id_token":{"type":"GetIdTokenIdTokenBody","required":true,"doc":""},"scope":{"type":"GetIdTokenIdScopeBody","required":false,"doc":""}}},"GetIdTokenIdScopeBody":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/get_id_token_id_scope_body.py","fields":{"domain":{"type":"GetIdTokenScopeDomainOrProjectBody","required":false,"doc":""},"project":{"type":"GetIdTokenScopeDomainOrProjectBody","required":false,"doc":""}}},"GetIdTokenIdTokenBody":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/get_id_token_id_token_body.py","fields":{"id":{"type":"str","required":true,"doc":"id_token的值"}}},"GetIdTokenRequestBody":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/get_id_token_request_body.py","fields":{"auth":{"type":"GetIdTokenAuthParams","required":true,"doc":""}}},"GetIdTokenScopeDomainOrProjectBody":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/get_id_token_scope_domain_or_project_body.py","fields":{"id":{"type":"str","required":false,"doc":"domain id 或者 project id，与name字段至少存在一个。"},"name":{"type":"str","required":false,"doc":"domain name 或者 project name，与id字段至少存在一个。"}}},"IdentityToken":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/identity_token.py","fields":{"id":{"type":"str","required":false,"doc":"token的ID。与请求头中的X-Auth-Token含义相同，待废弃。"},"duration_seconds":{"type":"int","required":false,"doc":"AK/SK和securitytoken的有效期，时间单位为秒。取值范围：15min ~ 24h ，默认为15min。"}}},"IdpIdInfo":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/idp_id_info.py","fields":{"id":{"type":"str","required":true,"doc":"身份提供商id。"}}},"KeystoneListAuthProjectsRequest":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/keystone_list_auth_projects_request.py","fields":{}},"KeystoneListAuthProjectsResponse":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/keystone_list_auth_projects_response.py","fields":{"links":{"type":"LinksSelf","required":false,"doc":""},"projects":{"type":"list[AuthProjectResult]","required":false,"doc":"项目信息列表。"}}},"KeystoneListProjectsRequest":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/keystone_list_projects_request.py","fields":{"domain_id":{"type":"str","required":false,"doc":"项目所属账号ID，获取方式请参见：[获取账号、IAM用户、项目、用户组、委托的名称和ID](https://support.huaweicloud.com/api-iam/iam_17_0002.html)。"},"name":{"type":"str","required":false,"doc":"项目名称，获取方式请参见：[获取账号、IAM用户、项目、用户组、委托的名称和ID](https://support.huaweicloud.com/api-iam/iam_17_0002.html)。"},"parent_id":{"type":"str","required":false,"doc":"如果查询自己创建的项目，则此处应填为所属区域的项目ID。 如果查询的是系统内置项目，如cn-north-4，则此处应填为账号ID。 获取项目ID和账号ID，请参见：[获取账号、IAM用户、项目、用户组、委托的名称和ID](https://support.huaweicloud.com/api-iam/iam_17_0002.html)。"},"enabled":{"type":"bool","required":false,"doc":"项目是否启用。"},"is_domain":{"type":"bool","required":false,"doc":"该字段无需填写。"},"page":{"type":"int","required":false,"doc":"分页查询时数据的页数，查询值最小为1。需要与per_page同时存在。"},"per_page":{"type":"int","required":false,"doc":"分页查询时每页的数据个数，取值范围为[1,5000]。需要与page同时存在。"}}},"KeystoneListProjectsResponse":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/keystone_list_projects_response.py","fields":{"links":{"type":"Links","required":false,"doc":""},"projects":{"type":"list[ProjectResult]","required":false,"doc":"项目信息列表。"}}},"Links":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/links.py","fields":{"self":{"type":"str","required":true,"doc":"资源链接地址。"},"previous":{"type":"str","required":true,"doc":"前一邻接资源链接地址。"},"next":{"type":"str","required":true,"doc":"后一邻接资源链接地址。"}}},"LinksSelf":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/links_self.py","fields":{"self":{"type":"str","required":true,"doc":"资源链接地址。"}}},"OsFederationInfo":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/os_federation_info.py","fields":{"identity_provider":{"type":"IdpIdInfo","required":true,"doc":""},"protocol":{"type":"ProtocolIdInfo","required":true,"doc":""},"groups":{"type":"list[object]","required":true,"doc":"用户组信息。"}}},"ProjectInfo":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/project_info.py","fields":{"domain":{"type":"DomainInfo","required":false,"doc":""},"id":{"type":"str","required":false,"doc":"project id"},"name":{"type":"str","required":true,"doc":"project name"}}},"ProjectResult":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/project_result.py","fields":{"is_domain":{"type":"bool","required":true,"doc":"false."},"description":{"type":"str","required":true,"doc":"项目描述信息。"},"links":{"type":"Links","required":true,"doc":""},"enabled":{"type":"bool","required":true,"doc":"项目是否可用。"},"id":{"type":"str","required":true,"doc":"项目ID。"},"parent_id":{"type":"str","required":true,"doc":"如果查询自己创建的项目，则此处返回所属区域的项目ID。 如果查询的是系统内置项目，如cn-north-4，则此处返回账号ID。"},"domain_id":{"type":"str","required":true,"doc":"项目所属账号ID。"},"name":{"type":"str","required":true,"doc":"项目名称。"}}},"ProtocolIdInfo":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/protocol_id_info.py","fields":{"id":{"type":"str","required":true,"doc":"协议id。"}}},"ScopedTokenInfo":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/scoped_token_info.py","fields":{"expires_at":{"type":"str","required":true,"doc":"过期时间。"},"methods":{"type":"list[str]","required":true,"doc":"获取token的方式，联邦用户默认为mapped。"},"issued_at":{"type":"str","required":true,"doc":"生成时间。"},"user":{"type":"FederationUserBody","required":true,"doc":""},"domain":{"type":"DomainInfo","required":false,"doc":""},"project":{"type":"ProjectInfo","required":false,"doc":""},"roles":{"type":"list[ScopedTokenInfoRoles]","required":true,"doc":"roles信息。"},"catalog":{"type":"list[UnscopedTokenInfoEndpoints]","required":true,"doc":"catalog信息"}}},"ScopedTokenInfoRoles":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/scoped_token_info_roles.py","fields":{"id":{"type":"str","required":false,"doc":"role id"},"name":{"type":"str","required":false,"doc":"name id"}}},"ServicePolicy":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/service_policy.py","fields":{"Version":{"type":"str","required":true,"doc":"权限版本号，创建自定义策略时，该字段值填为“1.1”。 &gt; - 1.0：系统预置的角色。以服务为粒度，提供有限的服务相关角色用于授权。 &gt; - 1.1：策略。IAM最新提供的一种细粒度授权的能力，可以精确到具体服务的操作、资源以及请求条件等。"},"Statement":{"type":"list[ServiceStatement]","required":true,"doc":"授权语句，描述自定义策略的具体内容。"}}},"ServiceStatement":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/service_statement.py","fields":{"Action":{"type":"list[str]","required":true,"doc":"授权项，指对资源的具体操作权限。 &gt; - 格式为：服务名:资源类型:操作，例：vpc:ports:create。 &gt; - 服务名为产品名称，例如ecs、evs和vpc等，服务名仅支持小写。 资源类型和操作没有大小写，要求支持通配符号*，无需罗列全部授权项。"},"Effect":{"type":"str","required":true,"doc":"作用。包含两种：允许（Allow）和拒绝（Deny），既有Allow又有Deny的授权语句时，遵循Deny优先的原则。"},"Condition":{"type":"dict(str, dict(str, list[str]))","required":false,"doc":""},"Resource":{"type":"list[str]","required":false,"doc":"资源。规则如下： &gt; - 可填 * 的五段式：&lt;service-name&gt;:&lt;region&gt;:&lt;account-id&gt;:&lt;resource-type&gt;:&lt;resource-path&gt;，例：\\\\&quot;obs:*:*:bucket:*\\\\&quot;。 &gt; - region字段为*或用户可访问的region。service必须存在且resource属于对应service。"}}},"TokenAuth":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/token_auth.py","fields":{"identity":{"type":"TokenAuthIdentity","required":true,"doc":""}}},"TokenAuthIdentity":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/token_auth_identity.py","fields":{"methods":{"type":"list[str]","required":true,"doc":"认证方法，该字段内容为[\\\\&quot;token\\\\&quot;]。"},"token":{"type":"IdentityToken","required":false,"doc":""},"policy":{"type":"ServicePolicy","required":false,"doc":""}}},"UnscopedTokenInfoEndpoints":{"file":"huaweicloud-sdk-iam/huaweicloudsdkiam/v3/model/unscoped_token_info_endpoints.py","fields":{"id":{"type":"str","required":false,"doc":"终端节点ID。"},"interface":{"type":"str","required":false,"doc":"接口类型，描述接口在该终端节点的可见性。值为“public”，表示该接口为公开接口。"},"region":{"type":"str","required":false,"doc":"终端节点所属区域。"},"region_id":{"type":"str","required":false,"doc":"终端节点所属区域ID。"},"url":{"type":"str","required":false,"doc":"终端节点的URL。"}}}}}');
;// CONCATENATED MODULE: ./emulator/service/contract.ts
// The API contract (contract/*.json, from Huawei's official SDK) as a checker: does a request or an
// answer fit its operation's models? Written by hand: the contract's type language (str, int, float,
// bool, object, datetime, list[T], dict(str, T), model names) is small, and a JSON-Schema library
// would first need the contract translated into schemas.


const CONTRACTS = { cpts: cpts_namespaceObject, iam: iam_namespaceObject };
/** The service and definition of a contract operation, or undefined for one the contract lacks. */
function operationOf(name) {
    for (const service of ['cpts', 'iam']) {
        const operation = CONTRACTS[service].operations[name];
        if (operation)
            return { service, contract: CONTRACTS[service], operation };
    }
    return undefined;
}
const join = (path, name) => (path ? `${path}.${name}` : name);
function checkValue(contract, type, value, path, mode) {
    const bad = (expected) => [{ path, problem: `expected ${expected}, got ${describe(value)}` }];
    if (value === null)
        return mode === 'answer' ? [] : bad(type);
    const list = /^list\[(.+)\]$/.exec(type);
    if (list) {
        if (!Array.isArray(value))
            return bad(`a list (${type})`);
        return value.flatMap((item, i) => checkValue(contract, list[1], item, `${path}[${i}]`, mode));
    }
    const dict = /^dict\(str, (.+)\)$/.exec(type);
    if (dict) {
        if (!isRecord(value))
            return bad(`an object (${type})`);
        return Object.entries(value).flatMap(([k, v]) => checkValue(contract, dict[1], v, join(path, k), mode));
    }
    switch (type) {
        case 'str':
            return typeof value === 'string' ? [] : bad('a string');
        case 'datetime':
            return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? [] : bad('a date-time string');
        case 'int':
            return Number.isInteger(value) ? [] : bad('an integer');
        case 'float':
            return typeof value === 'number' && Number.isFinite(value) ? [] : bad('a number');
        case 'bool':
            return typeof value === 'boolean' ? [] : bad('a boolean');
        case 'object':
            return [];
    }
    const model = contract.models[type];
    if (!model)
        return [{ path, problem: `the contract has no model ${type}` }];
    if (!isRecord(value))
        return bad(`an object (${type})`);
    return checkFields(contract, model.fields, value, path, mode);
}
function checkFields(contract, fields, value, path, mode) {
    const violations = [];
    for (const name of Object.keys(value)) {
        if (!(name in fields))
            violations.push({ path: join(path, name), problem: 'is not a field of the model' });
    }
    for (const [name, field] of Object.entries(fields)) {
        const present = value[name] !== undefined;
        if (!present) {
            if (mode === 'request' && field.required)
                violations.push({ path: join(path, name), problem: 'is required' });
            continue;
        }
        violations.push(...checkValue(contract, field.type, value[name], join(path, name), mode));
    }
    return violations;
}
/** Path, query, header and body fields of a request against the operation's request model. */
function checkRequest(name, parts) {
    const found = operationOf(name);
    if (!found)
        return [];
    const { contract, operation } = found;
    const fields = contract.models[operation.request]?.fields ?? {};
    const violations = [];
    const queryNames = new Set(parts.query.map(([n]) => n));
    for (const n of queryNames) {
        if (!operation.query_params.includes(n))
            violations.push({ path: `query ${n}`, problem: 'is not a parameter of the operation' });
    }
    for (const [n, field] of Object.entries(fields)) {
        if (n === 'body')
            continue;
        const where = operation.path_params.includes(n) ? 'path' : operation.header_params.includes(n) ? 'header' : 'query';
        const values = where === 'path'
            ? [parts.params[n]]
            : where === 'header'
                ? [parts.headers[n.toLowerCase()]]
                : parts.query.filter(([q]) => q === n).map(([, v]) => v);
        const given = values.filter((v) => v !== undefined);
        if (given.length === 0) {
            if (field.required)
                violations.push({ path: `${where} ${n}`, problem: 'is required' });
            continue;
        }
        if (given.length > 1)
            violations.push({ path: `${where} ${n}`, problem: 'is given more than once' });
        else if (!textFits(field.type, given[0]))
            violations.push({ path: `${where} ${n}`, problem: `expected ${field.type}, got "${given[0]}"` });
    }
    const bodyField = fields.body;
    if (bodyField) {
        if (parts.body === undefined) {
            if (bodyField.required || hasRequired(contract, bodyField.type))
                violations.push({ path: 'body', problem: 'is required' });
        }
        else
            violations.push(...checkValue(contract, bodyField.type, parts.body, '', 'request').map(inBody));
    }
    else if (parts.body !== undefined)
        violations.push({ path: 'body', problem: 'the operation takes no body' });
    return violations;
}
/** `body.name`, or `body[0].name` for a body that is a list. */
const inBody = (v) => ({ ...v, path: v.path ? `body${v.path.startsWith('[') ? '' : '.'}${v.path}` : 'body' });
/** A 2xx JSON answer against the operation's response model (response headers aside). */
function checkAnswer(name, body) {
    const found = operationOf(name);
    if (!found || body === undefined)
        return [];
    const { contract, operation } = found;
    const model = contract.models[operation.response];
    if (!isRecord(body))
        return [{ path: '(answer)', problem: `expected a JSON object, got ${describe(body)}` }];
    const fields = Object.fromEntries(Object.entries(model.fields).filter(([n]) => !operation.response_headers.includes(n)));
    return checkFields(contract, fields, body, '', 'answer');
}
function hasRequired(contract, type) {
    return Object.values(contract.models[type]?.fields ?? {}).some((f) => f.required);
}
function textFits(type, text) {
    if (type === 'int')
        return /^-?\d+$/.test(text);
    if (type === 'float')
        return text.trim() !== '' && Number.isFinite(Number(text));
    if (type === 'bool')
        return text === 'true' || text === 'false';
    return true;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'an object';
    const text = JSON.stringify(value);
    return `${typeof value} ${text.length > 40 ? text.slice(0, 40) + '…' : text}`;
}
const formatViolations = (violations) => violations
    .slice(0, 5)
    .map((v) => `${v.path} ${v.problem}`)
    .join('; ') + (violations.length > 5 ? `; and ${violations.length - 5} more` : '');

;// CONCATENATED MODULE: ./emulator/service/permissions.ts
// CodeArts PerfTest's identity-policy actions: the one action each signed cpts operation needs, and
// the service's answer to a key whose user does not hold it. A key seeded with `permissions`
// (CredentialSeed.permissions, or IdentityProviderSeed.permissions for the temporary keys the emulated
// IAM issues) holds only those actions; a key without the list holds them all. The check comes after
// the gateway has accepted the signature and before the route's handler runs, so a denied request has
// no effect. IAM's routes are not checked here (KeystoneListProjects has CredentialSeed.listProjects).

const action = (name) => `codeartsperftest:cpts:${name}`;
/**
 * The identity-policy action each operation needs. Where Huawei's API reference names it (each
 * operation's "Authorization information" section), the reference's action; where it names none,
 * the emulator's choice, marked so below.
 */
const PERMISSION_OF = {
    CreateNewTask: action('createPerfTestTask'),
    ShowTaskSet: action('listPerfTestTask'),
    ListProjectSets: action('listPerfTestProject'),
    ListProjectTestCase: action('getPerfTestProject'),
    ListVariables: action('getPerfTestProject'),
    UpdateVariable: action('updatePerfTestProject'),
    CreateVariable: action('createPerfTestProject'),
    DebugCase: action('updatePerfTestProject'),
    BatchUpdateTaskStatus: action('executePerfTestTask'),
    UpdateTaskStatus: action('updatePerfTestTask'),
    ShowTask: action('getPerfTestTask'),
    ShowHistoryRunInfo: action('getPerfTestTask'),
    ListTaskCases: action('getPerfTestTask'),
    // Not documented: the emulator's choice. Reading a run's report is reading the task.
    ShowMergeReportLogsOutline: action('getPerfTestTask'),
    ShowMergeTaskCase: action('getPerfTestTask'),
    ShowMergeCaseDetail: action('getPerfTestTask'),
    // Not documented: the emulator's choice.
    DeleteNewTask: action('deletePerfTestTask'),
    UpdateTaskRelatedTestCase: action('updatePerfTestTask'),
    // Not documented: the emulator's choice, as UpdateVariable's (a variable is part of its project).
    DeleteVariable: action('updatePerfTestProject'),
};
/**
 * The 403 code of a denied action: the emulator's choice (the service documents none), in CodeArts
 * PerfTest's `{code, message}` format.
 */
const PERMISSION_DENIED = 'SVCSTG.CPTS.4031001';
/** The action an operation needs; throws (a bug of the emulator's) for a cpts operation the table lacks. */
function permissionOf(operation) {
    const found = PERMISSION_OF[operation];
    if (found === undefined)
        throw new Error(`emulator/service/permissions.ts names no permission for ${operation}`);
    return found;
}
/**
 * The error for a key that lacks the operation's action, or undefined when it holds it (a key without
 * a permissions list holds every action). The message is worded as Huawei's services word an
 * identity-policy denial (IAM's own: "Policy doesn't allow iam:projects:listProjects to be performed.").
 */
function permissionError(key, operation) {
    const needed = permissionOf(operation);
    if (key.permissions === undefined || key.permissions.includes(needed))
        return undefined;
    return new ServiceError(403, PERMISSION_DENIED, `Policy doesn't allow ${needed} to be performed.`, 'cpts');
}

;// CONCATENATED MODULE: ./emulator/shared/route.ts
const route = (operation, method, path, service, handle, signed = true) => ({ operation, method, pattern: path.split('/').slice(1), signed, service, handle });

;// CONCATENATED MODULE: ./emulator/github/users.ts
/** Whom GITHUB_TOKEN writes as on github.com. */
const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
/** GitHub's error answer. */
const refusal = (status, message) => ({
    status,
    body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) },
});
const denied = () => refusal(403, 'Resource not accessible by integration');
/** Who the token acts as, or an answer refusing it. */
function callerOf(ctx, authorization) {
    const token = /^(?:token|bearer) (.+)$/i.exec(authorization ?? '')?.[1];
    const { github } = ctx.state.fixture;
    if (token === github.writeToken)
        return { user: ACTIONS_BOT, installation: true, write: true, editsOthers: false };
    if (token === github.readOnlyToken)
        return { user: ACTIONS_BOT, installation: true, write: false, editsOthers: false };
    const person = github.users.find((u) => u.token === token);
    if (person) {
        const user = { login: person.login, id: person.id, type: 'User' };
        return { user, installation: false, write: true, editsOthers: person.maintainer === true };
    }
    return refusal(401, 'Bad credentials');
}
const isCaller = (value) => 'user' in value;
/**
 * GET /user: the token's user for a personal token; installation tokens (GITHUB_TOKEN) are refused
 * as GitHub refuses them.
 */
function authenticatedUser(ctx, authorization) {
    const caller = callerOf(ctx, authorization);
    if (!isCaller(caller))
        return caller;
    if (caller.installation)
        return denied();
    return { status: 200, body: { ...caller.user, site_admin: false } };
}

;// CONCATENATED MODULE: ./emulator/github/comments.ts

const issueOf = (ctx) => `${ctx.params.owner}/${ctx.params.repo}#${ctx.params.number}`;
const shape = (c) => ({
    id: c.id,
    body: c.body,
    created_at: c.created_at,
    updated_at: c.updated_at,
    user: { ...c.user },
});
function listComments(ctx, authorization) {
    const caller = callerOf(ctx, authorization);
    if (!isCaller(caller))
        return caller;
    const perPage = Math.min(100, Number(ctx.query.find(([n]) => n === 'per_page')?.[1] ?? 30));
    const page = Number(ctx.query.find(([n]) => n === 'page')?.[1] ?? 1);
    const all = [...ctx.state.comments.values()].filter((c) => c.issue === issueOf(ctx));
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const headers = {};
    const path = `/repos/${ctx.params.owner}/${ctx.params.repo}/issues/${ctx.params.number}/comments`;
    if (page < last)
        headers.Link = `<${path}?per_page=${perPage}&page=${page + 1}>; rel="next", <${path}?per_page=${perPage}&page=${last}>; rel="last"`;
    return { status: 200, headers, body: all.slice((page - 1) * perPage, page * perPage).map(shape) };
}
function createComment(ctx, authorization) {
    const caller = callerOf(ctx, authorization);
    if (!isCaller(caller))
        return caller;
    if (!caller.write)
        return denied();
    const body = ctx.body?.body;
    if (typeof body !== 'string' || body === '')
        return { status: 422, body: { message: 'Validation Failed', errors: [{ field: 'body', code: 'missing_field' }] } };
    const time = new Date(ctx.state.now()).toISOString();
    const comment = {
        id: 9000001 + ctx.state.comments.size,
        issue: issueOf(ctx),
        body,
        user: { ...caller.user },
        created_at: time,
        updated_at: time,
    };
    ctx.state.comments.set(comment.id, comment);
    return { status: 201, body: shape(comment) };
}
function updateComment(ctx, authorization) {
    const caller = callerOf(ctx, authorization);
    if (!isCaller(caller))
        return caller;
    if (!caller.write)
        return denied();
    const comment = ctx.state.comments.get(Number(ctx.params.comment_id));
    if (!comment || !comment.issue.startsWith(`${ctx.params.owner}/${ctx.params.repo}#`))
        return { status: 404, body: { message: 'Not Found' } };
    if (comment.user.id !== caller.user.id && !caller.editsOthers)
        return caller.installation ? denied() : refusal(403, 'Resource not accessible by personal access token');
    const body = ctx.body?.body;
    if (typeof body !== 'string' || body === '')
        return { status: 422, body: { message: 'Validation Failed' } };
    comment.body = body;
    comment.updated_at = new Date(ctx.state.now()).toISOString();
    return { status: 200, body: shape(comment) };
}

;// CONCATENATED MODULE: ./emulator/github/runner.ts
/** The runner's ID-token service: `GET ...?api-version=2.0&audience=` with the job's bearer token. */
function runnerIdToken(ctx, authorization) {
    const { runner } = ctx.state.fixture;
    if (authorization !== `Bearer ${runner.requestToken}`) {
        return { status: 401, body: { message: 'The request token is missing or wrong.' } };
    }
    const audience = ctx.query.find(([n]) => n === 'audience')?.[1] ?? runner.defaultAudience;
    const now = Math.floor(ctx.state.now() / 1000);
    const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const claims = {
        iss: 'https://token.actions.githubusercontent.com',
        aud: audience,
        sub: runner.subject,
        iat: now,
        nbf: now,
        exp: now + 300,
    };
    // Unsigned in substance: the emulated IAM checks the claims, not a signature.
    return {
        status: 200,
        body: { value: `${part({ alg: 'RS256', typ: 'JWT', kid: 'emulator' })}.${part(claims)}.${part({ emulator: true })}` },
    };
}

;// CONCATENATED MODULE: ./emulator/github/routes.ts
// The GitHub stand-in's routes: the runner's ID-token service and the REST routes of pull-request
// comments. Unsigned: GitHub's tokens are checked by the handlers.




const COMMENTS = '/repos/{owner}/{repo}/issues/{number}/comments';
const GITHUB_ROUTES = [
    route('RunnerIdToken', 'GET', '/_runner/idtoken', 'runner', (ctx, h) => runnerIdToken(ctx, h.authorization), false),
    route('GetAuthenticatedUser', 'GET', '/user', 'github', (ctx, h) => authenticatedUser(ctx, h.authorization), false),
    route('ListIssueComments', 'GET', COMMENTS, 'github', (ctx, h) => listComments(ctx, h.authorization), false),
    route('CreateIssueComment', 'POST', COMMENTS, 'github', (ctx, h) => createComment(ctx, h.authorization), false),
    route('UpdateIssueComment', 'PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', 'github', (ctx, h) => updateComment(ctx, h.authorization), false),
];

;// CONCATENATED MODULE: ./emulator/service/case-figures.ts
const CASE_FIGURE_NAMES = [
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
/** The response times in the order they must keep: min <= tp50 <= ... <= tp9999 <= max. */
const TIME_CHAIN = [
    'min_response_time',
    'tp50',
    'tp75',
    'tp85',
    'tp90',
    'tp95',
    'tp99',
    'tp999',
    'tp9999',
    'max_response_time',
];
/** The ones the contract types float (a success rate may have decimals too: the counts carry it). */
const FRACTIONAL = ['avg_response_time', 'tps', 'max_tps', 'success_rate'];
/** Percentiles as multiples of the average (tp50 and tp90 as the outline's avg_tp50 and avg_tp90). */
const SHAPE = {
    tp50: 0.9,
    tp75: 1.2,
    tp85: 1.4,
    tp90: 1.6,
    tp95: 1.9,
    tp99: 2.5,
    tp999: 2.9,
    tp9999: 3.1,
};
const round2 = (x) => Math.round(x * 100) / 100;
/** The response times of an item of this mean: min and max around the mean as the outline has them. */
function timesOf(avg, count) {
    if (count === 0)
        return Object.fromEntries(['avg_response_time', ...TIME_CHAIN].map((n) => [n, 0]));
    const a = round2(avg);
    const percentiles = Object.fromEntries(Object.entries(SHAPE).map(([n, f]) => [n, Math.round(a * f)]));
    return {
        ...percentiles,
        avg_response_time: a,
        min_response_time: Math.min(Math.round(a * 0.2), Math.floor(a)),
        max_response_time: Math.max(Math.round(a * 3.2), Math.ceil(a)),
    };
}
/** The errors by kind, as the outline's exception_response_sum shares them out. */
function failuresOf(errors) {
    const failed_assert = Math.floor(errors / 2);
    const failed_refused = Math.floor(errors / 4);
    return { failed_assert, failed_refused, failed_timeout: errors - failed_assert - failed_refused };
}
/** An integer, as the contract types it: the floor of the exact percentage. */
const rateOf = (success, count) => (count > 0 ? Math.floor((success * 100) / count) : 0);
function baseFigures({ count, errors, avg, seconds }) {
    const tps = seconds > 0 ? round2(count / seconds) : 0;
    return {
        request_count: count,
        success_count: count - errors,
        error_count: errors,
        success_rate: rateOf(count - errors, count),
        tps,
        max_tps: round2(tps * 1.15),
        ...failuresOf(errors),
        ...timesOf(avg, count),
    };
}
/**
 * The counts with the overrides applied, kept consistent (success + errors = requests): a rate given
 * without counts sets the success count from the request count, rounded up so that the shown rate
 * (the floor of the counts' percentage) reads back an integer rate given; a request count given
 * alone keeps the computed share of errors.
 */
function countsWith(base, over) {
    const { request_count, success_count, error_count, success_rate } = over;
    const requests = request_count ?? (success_count !== undefined && error_count !== undefined ? success_count + error_count : base.request_count);
    const errorShare = base.request_count > 0 ? base.error_count / base.request_count : 0;
    const success = success_count ??
        (error_count !== undefined
            ? requests - error_count
            : success_rate !== undefined
                ? Math.min(requests, Math.ceil((requests * success_rate) / 100 - 1e-9))
                : requests - Math.round(requests * errorShare));
    if (success < 0 || success > requests)
        throw new Error(`case figures: ${success} successes of ${requests} requests cannot be`);
    return { request_count: requests, success_count: success, error_count: requests - success };
}
/**
 * The times with the overrides applied: a given average reshapes all of them around it; a given time
 * is shown as given and the others follow it along the chain (the higher ones raised to at least it,
 * the lower ones lowered to at most it), the average kept between min and max.
 */
function timesWith(base, over) {
    const t = over.avg_response_time !== undefined ? timesOf(over.avg_response_time, 1) : { ...base };
    for (const n of TIME_CHAIN)
        if (over[n] !== undefined)
            t[n] = over[n];
    for (let i = 1; i < TIME_CHAIN.length; i++) {
        if (over[TIME_CHAIN[i]] === undefined)
            t[TIME_CHAIN[i]] = Math.max(t[TIME_CHAIN[i]], t[TIME_CHAIN[i - 1]]);
    }
    for (let i = TIME_CHAIN.length - 2; i >= 0; i--) {
        if (over[TIME_CHAIN[i]] === undefined)
            t[TIME_CHAIN[i]] = Math.min(t[TIME_CHAIN[i]], t[TIME_CHAIN[i + 1]]);
    }
    t.avg_response_time = Math.min(Math.max(t.avg_response_time, t.min_response_time), t.max_response_time);
    return pickTimes(t);
}
const pickTimes = (f) => Object.fromEntries(['avg_response_time', ...TIME_CHAIN].map((n) => [n, f[n]]));
/** The item's figures with a test's overrides (already checked by checkCaseFigures) applied. */
function withOverrides(base, over, seconds) {
    if (!over || Object.keys(over).length === 0)
        return base;
    const counts = countsWith(base, over);
    const tps = over.tps ?? (over.request_count !== undefined && seconds > 0 ? round2(counts.request_count / seconds) : base.tps);
    const maxTps = over.max_tps ?? (tps === base.tps ? base.max_tps : round2(tps * 1.15));
    return {
        ...counts,
        success_rate: rateOf(counts.success_count, counts.request_count),
        tps: over.tps === undefined ? Math.min(tps, maxTps) : tps,
        max_tps: maxTps,
        // Failures given are shown as given; the others follow the error count shown.
        ...failuresOf(counts.error_count),
        ...pick(over, ['failed_assert', 'failed_timeout', 'failed_refused']),
        ...timesWith(base, over),
    };
}
function pick(over, names) {
    return Object.fromEntries(names.filter((n) => over[n] !== undefined).map((n) => [n, over[n]]));
}
/** CaseReportDetail's figures, by the contract's names (max and maxRespTime are both the maximum). */
function wireFigures(f) {
    return {
        requests: f.request_count,
        successCount: f.success_count,
        errorCount: f.error_count,
        successRate: f.success_rate,
        averageRespTime: f.avg_response_time,
        ...Object.fromEntries(Object.keys(SHAPE).map((n) => [n, f[n]])),
        max: f.max_response_time,
        maxRespTime: f.max_response_time,
        min: f.min_response_time,
        tps: f.tps,
        maxTps: f.max_tps,
        failedAssert: f.failed_assert,
        failedTimeout: f.failed_timeout,
        failedRefused: f.failed_refused,
        failedOthers: 0,
        failedParsed: 0,
    };
}
/** The requests a case reports: its seeded ones, or one `GET /` carrying all its load. */
const requestsOf = (c) => (c.requests?.length ? c.requests : [{ name: 'GET /', share: 1, time: 1 }]);
/** A copy of one item's overrides, or an Error naming what the contract could not carry or what contradicts. */
function checkCaseFigures(figures, where) {
    for (const [name, value] of Object.entries(figures)) {
        if (!CASE_FIGURE_NAMES.includes(name)) {
            throw new Error(`${where}: unknown figure ${name}; known: ${CASE_FIGURE_NAMES.join(', ')}`);
        }
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
            throw new Error(`${where}: figure ${name} must be a number of at least 0`);
        if (!FRACTIONAL.includes(name) && !Number.isInteger(value)) {
            throw new Error(`${where}: figure ${name} must be an integer (the contract's int)`);
        }
    }
    if ((figures.success_rate ?? 0) > 100)
        throw new Error(`${where}: figure success_rate must be at most 100`);
    const given = TIME_CHAIN.filter((n) => figures[n] !== undefined);
    for (let i = 1; i < given.length; i++) {
        if (figures[given[i]] < figures[given[i - 1]])
            throw new Error(`${where}: ${given[i]} is below ${given[i - 1]}`);
    }
    const { avg_response_time: avg, min_response_time: min, max_response_time: max } = figures;
    if (avg !== undefined && ((min !== undefined && avg < min) || (max !== undefined && avg > max))) {
        throw new Error(`${where}: avg_response_time must lie between min_response_time and max_response_time`);
    }
    if (figures.tps !== undefined && figures.max_tps !== undefined && figures.tps > figures.max_tps)
        throw new Error(`${where}: tps is above max_tps`);
    const { request_count: r, success_count: s, error_count: e } = figures;
    if (r !== undefined && ((s ?? 0) > r || (e ?? 0) > r || (s !== undefined && e !== undefined && s + e !== r))) {
        throw new Error(`${where}: success_count + error_count must make request_count`);
    }
    return { ...figures };
}
const OVERRIDE_PARTS = ['performance', 'requests', 'transactions'];
/** Named items' overrides, each name one the case has. */
function checkNamed(named, known, what) {
    return Object.fromEntries(Object.entries(named).map(([name, figures]) => {
        if (!known.includes(name))
            throw new Error(`${what} "${name}": no such one (known: ${known.join(', ') || 'none'})`);
        return [name, checkCaseFigures(figures, `${what} "${name}"`)];
    }));
}
function caseNamed(cases, name, what) {
    const found = cases.find((c) => c.name === name && c.type === 2);
    if (!found)
        throw new Error(`${what} "${name}": no such case (known: ${cases
            .filter((c) => c.type === 2)
            .map((c) => c.name)
            .join(', ')})`);
    return found;
}
/**
 * A copy of per-case overrides, or an Error naming a case, request or transaction that `cases` (the
 * PerfTest project's) lack, or a figure that checkCaseFigures refuses. Overrides for a case the run
 * does not include are kept and never shown.
 */
function checkCaseOverrides(overrides, cases) {
    return Object.fromEntries(Object.entries(overrides).map(([caseName, over]) => {
        const seed = caseNamed(cases, caseName, 'case figures for');
        const unknown = Object.keys(over).find((k) => !OVERRIDE_PARTS.includes(k));
        if (unknown)
            throw new Error(`case figures for "${caseName}": unknown part ${unknown}; known: ${OVERRIDE_PARTS.join(', ')}`);
        const copy = {};
        if (over.performance)
            copy.performance = checkCaseFigures(over.performance, `case "${caseName}"`);
        if (over.requests)
            copy.requests = checkNamed(over.requests, requestsOf(seed).map((r) => r.name), `request of case "${caseName}"`);
        if (over.transactions) {
            const known = (seed.transactions ?? []).map((t) => t.name);
            copy.transactions = checkNamed(over.transactions, known, `transaction of case "${caseName}"`);
        }
        return [caseName, copy];
    }));
}
const GAPS = ['unlisted', 'empty', 'refused'];
/** A copy of per-case gaps, or an Error naming an unknown case or gap. */
function checkCaseGaps(gaps, cases) {
    for (const [caseName, gap] of Object.entries(gaps)) {
        caseNamed(cases, caseName, 'case gap for');
        if (!GAPS.includes(gap))
            throw new Error(`case gap for "${caseName}": ${String(gap)} is none of ${GAPS.join(', ')}`);
    }
    return { ...gaps };
}

;// CONCATENATED MODULE: ./emulator/service/variables.ts
const VARIABLE_TYPES = [1, 2, 3, 5];
const VARIABLE_TYPE_NAMES = { 1: 'integer', 2: 'enumeration', 3: 'file', 5: 'text' };
const DEFAULT_FILE_SIZE = 2048;
const REFERENCE = /\$\{([^}]*)\}/g;
/** The host with each `${NAME}` replaced by the variable's first value; a reference to no variable (or an empty one) stays. */
function resolveHost(host, variables) {
    return host.replace(REFERENCE, (reference, name) => {
        const found = variables.find((v) => v.name === name);
        return found && found.variable.length > 0 ? String(found.variable[0]) : reference;
    });
}
/** A host pattern as a RegExp: `*` matches any run of characters, case-insensitive. */
const patternOf = (pattern) => new RegExp(`^${pattern
    .split('*')
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')}$`, 'i');
/** The host without a port: `shop.example.com:8443` is reached, or not, as `shop.example.com`. */
const hostnameOf = (host) => host.replace(/:\d+$/, '');
/**
 * Whether the load generators reach the host: never one with an unresolved reference, an empty one
 * or one with spaces; otherwise one that matches a pattern (any host when there are no patterns).
 */
function isReachable(host, patterns) {
    const name = hostnameOf(host);
    if (name === '' || /[\s${}]/.test(name))
        return false;
    return patterns === undefined || patterns.some((p) => patternOf(p).test(name));
}
/** An HTTP request's path, from a request name such as `POST /orders`; none for a name of another form. */
const pathOf = (requestName) => /^[A-Z]+ (\/.*)$/.exec(requestName)?.[1];
/** A request's URL: `<protocol>://<host><path>`, the path `/` for a name not of the form `METHOD /path`; the path alone without a host. */
function requestUrl(target, requestName) {
    const path = pathOf(requestName) ?? '/';
    return target.host === '' ? path : `${target.protocol}://${target.host}${path}`;
}
/** The PerfTest projects' global variables, copied from the seed when first read. */
class VariableStore {
    fixture;
    byProject = new Map();
    nextId;
    constructor(fixture) {
        this.fixture = fixture;
        const seeded = fixture.perftestProjects.flatMap((p) => (p.variables ?? []).map((v) => v.id));
        this.nextId = Math.max(0, ...seeded) + 1;
    }
    /** The project's variables, live (a test may change them); throws for a project the fixture lacks. */
    of(projectId) {
        let list = this.byProject.get(projectId);
        if (!list) {
            const project = this.fixture.perftestProjects.find((p) => p.id === projectId);
            if (!project)
                throw new Error(`no PerfTest project ${projectId} in the fixture`);
            list = (project.variables ?? []).map((seed) => copyOf(seed, project.cases));
            this.byProject.set(projectId, list);
        }
        return list;
    }
    /** A new variable of the project, with the next id. */
    add(projectId, fields) {
        const variable = { id: this.nextId++, ...fields, variable: [...fields.variable] };
        this.of(projectId).push(variable);
        return variable;
    }
    /** Where the case's requests go now, with the project's variables as they are. */
    targetOf(projectId, c) {
        const protocol = c.protocol ?? 'https';
        if (c.host === undefined)
            return { host: '', protocol, reachable: true };
        const host = resolveHost(c.host, this.of(projectId));
        return { host, protocol, reachable: isReachable(host, this.fixture.reachableHosts) };
    }
}
function copyOf(seed, cases) {
    const quoted = cases.some((c) => c.host?.includes(`\${${seed.name}}`) ?? false);
    return {
        id: seed.id,
        name: seed.name,
        variable_type: seed.variable_type,
        variable: [...seed.variable],
        is_quoted: seed.is_quoted ?? quoted,
        variable_mode: seed.variable_mode ?? 0,
        share_mode: seed.share_mode ?? 0,
        ...(seed.variable_type === 3 ? { file_size: seed.file_size ?? DEFAULT_FILE_SIZE } : {}),
    };
}

;// CONCATENATED MODULE: ./emulator/service/figures.ts
// Figures a test sets for a run (or for every run of a task) instead of those its cases and timing
// give, so that runs of one task can differ, as a regression gate's baseline and trend need. The
// names are the run action's (src/run/kpis.ts), restated here: the emulator does not import src/.
const FIGURE_NAMES = [
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
/** The ones in core_index.response_time; the others are in core_index itself. */
const RESPONSE_TIME_FIGURES = [
    'avg_response_time',
    'avg_tp50',
    'avg_tp90',
    'max_response_time',
    'min_response_time',
];
/**
 * The ones the contract types int. success_rate is int there too, but a seeded rate may have
 * decimals: the outline shows it truncated and the counts carry the exact rate.
 */
const INTEGERS = [
    'request_count',
    'success_count',
    'error_request_count',
    'max_rps',
    'max_users',
    'avg_tp50',
    'avg_tp90',
    'max_response_time',
    'min_response_time',
];
/** A copy of `figures`, or an Error naming what the contract could not carry (strict mode would answer 500 later). */
function checkFigures(figures) {
    for (const [name, value] of Object.entries(figures)) {
        if (!FIGURE_NAMES.includes(name))
            throw new Error(`unknown figure ${name}; known: ${FIGURE_NAMES.join(', ')}`);
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
            throw new Error(`figure ${name} must be a number of at least 0`);
        if (INTEGERS.includes(name) && !Number.isInteger(value))
            throw new Error(`figure ${name} must be an integer (the contract's int)`);
    }
    if (figures.success_rate !== undefined && figures.success_rate > 100)
        throw new Error('figure success_rate must be at most 100');
    return { ...figures };
}
/**
 * The counts with `figures` applied, kept consistent: a rate given without counts sets the success
 * count from the request count (so success_count / request_count reads back the rate, which is what
 * the action judges); a request count given alone keeps the computed share of errors.
 */
function figures_countsWith(computed, figures) {
    const { request_count, success_count, error_request_count, success_rate } = figures;
    if ([request_count, success_count, error_request_count, success_rate].every((v) => v === undefined))
        return computed;
    const requests = request_count ?? computed.request_count;
    const errorShare = computed.request_count > 0 ? computed.error_request_count / computed.request_count : 0;
    const success = success_count ??
        (error_request_count !== undefined
            ? requests - error_request_count
            : success_rate !== undefined
                ? Math.round((requests * success_rate) / 100)
                : requests - Math.round(requests * errorShare));
    return {
        request_count: requests,
        success_count: success,
        error_request_count: error_request_count ?? requests - success,
        // Truncated, as the computed rate is: an integer in the contract.
        success_rate: Math.floor(success_rate ?? (requests > 0 ? (success / requests) * 100 : 0)),
    };
}

;// CONCATENATED MODULE: ./emulator/service/state.ts



const SEEDED_STATUS = { finished: 2, abnormal: 3, stopped: 4, running: 0 };
const MINUTE_MS = 60_000;
/** ShowTask's run_status: 4 is a run stopped by its user, 5 one still being stopped (the contract's doc). */
const RUN_STATUS = { running: 0, paused: 1, finished: 2, abnormal: 3, stopped: 4, stopping: 5, waiting: 9 };
class State {
    fixture;
    now;
    tasks = new Map();
    runs = new Map();
    /** Temporary keys issued by the emulated IAM, besides the fixture's. */
    issuedKeys = [];
    /**
     * IAM tokens issued for ID tokens: X-Subject-Token value -> its expiry on the emulator clock, and
     * the CodeArts PerfTest actions of its identity provider's mapping (undefined: all).
     */
    subjectTokens = new Map();
    /** Counter behind deterministic ids of issued tokens and keys. */
    serial = 0;
    /** The PerfTest projects' global variables (copies of the seed's, made when first read). */
    variables;
    nextTaskId;
    nextRunId = 7700001;
    constructor(fixture, now) {
        this.fixture = fixture;
        this.now = now;
        this.nextTaskId = fixture.firstTaskId;
        this.variables = new VariableStore(fixture);
    }
    /** The PerfTest project's global variables, live: a test may read or change them. Throws for an unknown project. */
    variablesOf(projectId) {
        return this.variables.of(projectId);
    }
    /** Where the case's requests go now: its host with the project's variables resolved, and whether it is reachable. */
    targetOf(projectId, c) {
        return this.variables.targetOf(projectId, c);
    }
    keys() {
        return [...this.fixture.credentials, ...this.issuedKeys];
    }
    project(id) {
        return this.fixture.perftestProjects.find((p) => p.id === id);
    }
    caseOf(project, id) {
        return project.cases.find((c) => c.id === id);
    }
    createTask(fields) {
        const time = this.now();
        const task = { ...fields, id: this.nextTaskId++, create_time: time, update_time: time, runIds: [] };
        this.tasks.set(task.id, task);
        return task;
    }
    startRun(task, cluster_type, cluster_id) {
        const { figures, caseFigures, caseGaps } = task;
        return this.addRun(task, this.now(), cluster_type, cluster_id, { figures, caseFigures, caseGaps });
    }
    /**
     * A run of the task that started in the past and ended as `outcome` says (or, for 'running', goes
     * on, halfway through its running time), for tests that need a run history: ShowTask, the history
     * and the outline all follow from its times. It gets the next run id, so seed before starting runs.
     */
    seedRun(task, options) {
        const last = this.lastRun(task);
        if (last && this.isBusy(last))
            throw new Error(`task ${task.id} has a run going on (run ${last.id}): seed its history first`);
        const { outcome } = options;
        if (outcome === 'running' && options.endedMinutesAgo !== undefined)
            throw new Error('a running run has not ended: no endedMinutesAgo');
        const startedAt = outcome === 'running' ? this.now() - this.untilStopMs() : this.seededEnd(task, options) - this.seededMs(outcome);
        const merged = (a, b) => (a || b ? { ...a, ...b } : undefined);
        const run = this.addRun(task, startedAt, 'shared-cluster-internet', 0, {
            figures: merged(task.figures, options.figures),
            caseFigures: merged(task.caseFigures, options.caseFigures),
            caseGaps: merged(task.caseGaps, options.caseGaps),
        });
        run.endsAbnormally = outcome === 'abnormal';
        if (outcome === 'stopped')
            run.stoppedAt = startedAt + this.untilStopMs();
        if (this.runStatus(run) !== SEEDED_STATUS[outcome]) {
            throw new Error(`seeded run ${run.id} reads run_status ${this.runStatus(run)}, not ${outcome}: check the fixture's run timing`);
        }
        return run;
    }
    /** From a seeded run's start to its stop request (or, running, to now): halfway through its running time. */
    untilStopMs() {
        const { waitingSeconds, runningSeconds } = this.fixture.run;
        return (waitingSeconds + runningSeconds / 2) * 1000;
    }
    /** From a seeded ended run's start to its end_time. */
    seededMs(outcome) {
        const { waitingSeconds, runningSeconds, stoppingSeconds } = this.fixture.run;
        return outcome === 'stopped' ? this.untilStopMs() + stoppingSeconds * 1000 : (waitingSeconds + runningSeconds) * 1000;
    }
    /** When a seeded ended run ended: as asked, or a minute after the task's latest run ended. */
    seededEnd(task, { outcome, endedMinutesAgo }) {
        if (endedMinutesAgo !== undefined) {
            if (!(endedMinutesAgo >= 0))
                throw new Error(`endedMinutesAgo must be at least 0, got ${endedMinutesAgo}`);
            return this.now() - endedMinutesAgo * MINUTE_MS;
        }
        const last = this.lastRun(task);
        const end = last ? this.endTime(last) + MINUTE_MS + this.seededMs(outcome) : this.now() - 24 * 60 * MINUTE_MS;
        if (end > this.now())
            throw new Error(`no room for another run of task ${task.id} before now: give endedMinutesAgo`);
        return end;
    }
    addRun(task, startedAt, cluster_type, cluster_id, overrides) {
        // Copies, checked first: later changes to the task's figures do not change a run, as its cases do not.
        const cases = this.project(task.project_id)?.cases ?? [];
        const own = {
            ...(overrides.figures ? { figures: checkFigures(overrides.figures) } : {}),
            ...(overrides.caseFigures ? { caseFigures: checkCaseOverrides(overrides.caseFigures, cases) } : {}),
            ...(overrides.caseGaps ? { caseGaps: checkCaseGaps(overrides.caseGaps, cases) } : {}),
        };
        const run = {
            id: this.nextRunId++,
            task_id: task.id,
            case_id_list: [...task.case_id_list],
            project_id: task.project_id,
            startedAt,
            cluster_type,
            cluster_id,
            ...own,
            hosts: {},
            unreachable: [],
        };
        // The variables as they are now: a run keeps the hosts it started with (see Run.hosts).
        for (const c of this.casesOfRun(run)) {
            const target = this.targetOf(run.project_id, c);
            run.hosts[c.name] = target.host;
            if (!target.reachable)
                run.unreachable.push(c.name);
        }
        this.runs.set(run.id, run);
        task.runIds.push(run.id);
        return run;
    }
    lastRun(task) {
        const id = task.runIds.at(-1);
        return id === undefined ? undefined : this.runs.get(id);
    }
    /**
     * The run ShowTask shows: the latest one started at least startLagSeconds ago. Until then the
     * task-scoped view still shows the run before (the service's task record follows a start late).
     */
    visibleRun(task) {
        const lagMs = this.fixture.run.startLagSeconds * 1000;
        for (let i = task.runIds.length - 1; i >= 0; i--) {
            const run = this.runs.get(task.runIds[i]);
            if (this.now() >= run.startedAt + lagMs)
                return run;
        }
        return undefined;
    }
    /** When a run ends by itself (finished or abnormal), in emulator milliseconds. */
    naturalEnd(run) {
        const { waitingSeconds, runningSeconds } = this.fixture.run;
        return run.startedAt + (waitingSeconds + runningSeconds) * 1000;
    }
    /** When a stopped run has finished stopping (run_status 5 turns 4). */
    stopEnd(run) {
        return run.stoppedAt === undefined ? undefined : run.stoppedAt + this.fixture.run.stoppingSeconds * 1000;
    }
    runStatus(run) {
        const now = this.now();
        const end = this.naturalEnd(run);
        if (run.stoppedAt !== undefined && run.stoppedAt < end)
            return now < this.stopEnd(run) ? RUN_STATUS.stopping : RUN_STATUS.stopped;
        if (now < run.startedAt + this.fixture.run.waitingSeconds * 1000)
            return RUN_STATUS.waiting;
        if (now < end)
            return RUN_STATUS.running;
        return this.endsAbnormally(run) ? RUN_STATUS.abnormal : RUN_STATUS.finished;
    }
    /** Waiting or running: a run that a stop request can stop. */
    isActive(run) {
        const status = this.runStatus(run);
        return status === RUN_STATUS.waiting || status === RUN_STATUS.running;
    }
    /** Active or still being stopped: the task cannot be started again yet. */
    isBusy(run) {
        return this.isActive(run) || this.runStatus(run) === RUN_STATUS.stopping;
    }
    /** When the run ended (a stopped run: when it finished stopping), or undefined while it goes on. */
    endTime(run) {
        if (this.isBusy(run))
            return undefined;
        const stopped = run.stoppedAt !== undefined && run.stoppedAt < this.naturalEnd(run);
        return stopped ? this.stopEnd(run) : this.naturalEnd(run);
    }
    /** When the load itself stopped: the stop request, or the natural end. */
    loadEnd(run) {
        return Math.min(run.stoppedAt ?? Infinity, this.naturalEnd(run));
    }
    casesOfRun(run) {
        const project = this.project(run.project_id);
        if (!project)
            return [];
        return run.case_id_list.map((id) => this.caseOf(project, id)).filter((c) => c !== undefined);
    }
    endsAbnormally(run) {
        return run.endsAbnormally ?? this.casesOfRun(run).some((c) => c.endsAbnormally);
    }
}
/**
 * The case-run id of the run's case at `index` (0-based in the run's cases): ShowTask's
 * related_temp_running_id, the case_run_id ShowMergeCaseDetail takes. The run id × 100 + n, n
 * counting the run's cases from 1.
 */
const caseRunIdOf = (run, index) => run.id * 100 + index + 1;

;// CONCATENATED MODULE: ./emulator/service/cpts/report.ts
// A deterministic report outline for a run, derived from its cases' profiles and how long it ran,
// except for the figures the run carries (figures.ts), which are shown as they are. A case whose host
// the load generators could not reach when the run started (Run.unreachable) sends as many requests
// as its profile says, and every one of them is an error.

/** The profile of a case the fixture gives none. */
const DEFAULT_PROFILE = { rps: 100, avg_response_time: 150, success_rate: 100 };
/** Whole seconds of load from the end of the run's wait until now, or until the load stopped. */
function loadSeconds(state, run) {
    const runningFrom = run.startedAt + state.fixture.run.waitingSeconds * 1000;
    const until = Math.min(state.now(), state.loadEnd(run));
    return Math.max(0, Math.floor((until - runningFrom) / 1000));
}
/** A case's requests and errors over `seconds` of load, as the outline and the per-case report count them. */
function caseLoad(profile, seconds) {
    const requests = Math.round(profile.rps * seconds);
    return { requests, errors: Math.round((requests * (100 - profile.success_rate)) / 100) };
}
/** A case's requests and errors in this run: every request an error when its host was unreachable. */
function caseLoadIn(run, c, seconds) {
    const load = caseLoad(c.profile ?? DEFAULT_PROFILE, seconds);
    return run.unreachable.includes(c.name) ? { requests: load.requests, errors: load.requests } : load;
}
function loadOf(state, run) {
    const cases = state.casesOfRun(run);
    const seconds = loadSeconds(state, run);
    let requests = 0;
    let errors = 0;
    let weightedTime = 0;
    let rps = 0;
    let maxTime = 0;
    let minTime = Infinity;
    for (const c of cases) {
        const profile = c.profile ?? DEFAULT_PROFILE;
        const { requests: count, errors: failed } = caseLoadIn(run, c, seconds);
        requests += count;
        errors += failed;
        weightedTime += profile.avg_response_time * count;
        rps += profile.rps;
        maxTime = Math.max(maxTime, Math.round(profile.avg_response_time * 3.2));
        minTime = Math.min(minTime, Math.round(profile.avg_response_time * 0.2));
    }
    const avg = requests > 0 ? Math.round((weightedTime / requests) * 100) / 100 : 0;
    return { cases: cases.length, seconds, requests, errors, avg, rps, maxTime, minTime };
}
function coreIndex({ cases, seconds, requests, errors, avg, rps, maxTime, minTime }) {
    const success = requests - errors;
    return {
        request_count: requests,
        success_count: success,
        error_request_count: errors,
        // An integer in the contract: a 99.7 % run reads 99 (truncated, as the service most likely does).
        success_rate: requests > 0 ? Math.floor((success / requests) * 100) : 0,
        rps: seconds > 0 ? rps + 0.25 : 0,
        max_rps: seconds > 0 ? Math.round(rps * 1.15) : 0,
        trans_tps: seconds > 0 ? Math.round(rps * 90) / 100 : 0,
        max_users: cases * 50,
        response_time: {
            avg_response_time: avg,
            avg_tp50: Math.round(avg * 0.9),
            avg_tp90: Math.round(avg * 1.6),
            max_response_time: requests > 0 ? maxTime : 0,
            min_response_time: requests > 0 ? minTime : 0,
        },
    };
}
/** core_index with the run's own figures in place of the computed ones. */
function withFigures(core, figures) {
    if (!figures)
        return core;
    const result = { ...core, ...figures_countsWith(core, figures), response_time: { ...core.response_time } };
    for (const [name, value] of Object.entries(figures)) {
        if (name === 'request_count' || name === 'success_count' || name === 'error_request_count' || name === 'success_rate')
            continue;
        if (RESPONSE_TIME_FIGURES.includes(name))
            result.response_time[name] = value;
        else
            result[name] = value;
    }
    return result;
}
function networkTraffic({ seconds, rps }) {
    return {
        avg_network_traffic: seconds > 0 ? Math.round(rps * 4.6 * 100) / 100 : 0,
        max_down_stream: seconds > 0 ? Math.round(rps * 4.4) : 0,
        max_network_traffic: seconds > 0 ? Math.round(rps * 5.3) : 0,
        max_upstream: seconds > 0 ? Math.round(rps * 0.6) : 0,
        min_network_traffic: seconds > 0 ? Math.round(rps * 3.1 * 100) / 100 : 0,
    };
}
function basicExecution(state, run, { cases, seconds }) {
    const status = state.runStatus(run);
    return {
        start_time: new Date(run.startedAt).toISOString(),
        end_time: state.endTime(run) === undefined ? '' : new Date(state.endTime(run)).toISOString(),
        duration: seconds,
        task_status: status,
        total_num: cases,
        executed_num: cases,
        complete_num: state.endTime(run) === undefined ? 0 : cases,
        pass_num: status === 2 ? cases : 0,
        parallel: true,
        vum: Math.ceil((seconds / 60) * cases * 50),
    };
}
function reportOutline(state, run) {
    const load = loadOf(state, run);
    const core = withFigures(coreIndex(load), run.figures);
    // The error and response-code sums follow the counts shown, overridden or not.
    const { success_count: success, error_request_count: errors } = core;
    return {
        core_index: core,
        exception_response_sum: {
            failed_assert: Math.floor(errors / 2),
            failed_others: 0,
            failed_parsed: 0,
            failed_refused: Math.floor(errors / 4),
            failed_timeout: errors - Math.floor(errors / 2) - Math.floor(errors / 4),
        },
        response_code_sum: { sum1xx: 0, sum2xx: success, sum3xx: 0, sum4xx: Math.floor(errors / 2), sum5xx: errors - Math.floor(errors / 2) },
        network_traffic: networkTraffic(load),
        task_basic_execution_data: basicExecution(state, run, load),
    };
}

;// CONCATENATED MODULE: ./emulator/service/cpts/case-report.ts
// A run's per-case report (ShowMergeTaskCase, ShowMergeCaseDetail), derived as its outline is
// (report.ts) from each case's profile and how long the run has run: a case's requests and errors are
// the ones the outline adds up, its average the one the outline weighs by requests, its min and max
// the ones the outline takes the least and the most of. A case's requests (the report's AWs) share
// out the case's load by their seeds' weights: their counts and errors add up to the case's, their
// average weighted by counts is the case's, and their times stay within the case's min and max. A
// custom transaction counts one per iteration of the requests it spans and takes as long as they
// take together. A test's overrides (Run.caseFigures) change only the item they name.
//
// A run still going on shows its figures so far, zero before its load starts: the service's console
// shows a run's per-case figures live, so its API most likely does too (the action asks only once the
// run has ended). A stopped run's figures stop at the stop request, as the outline's do. A case whose
// host was unreachable when the run started counts every one of its requests an error (success rate
// 0), and so do its requests and custom transactions, as the outline counts it.




/** The run's cases in the run's order, each with its case-run id. */
function caseRunsOf(state, run) {
    return state.casesOfRun(run).map((seed, i) => ({
        seed,
        caseRunId: caseRunIdOf(run, i),
        requests: requestsOf(seed),
        transactions: seed.transactions ?? [],
    }));
}
/** An id of the service's database (a dc_case_aw primary key, a transaction id): 32 hex digits, deterministic. */
const dbId = (caseRun, kind, name = '') => (0,external_node_crypto_namespaceObject.createHash)('md5').update(`${caseRun.caseRunId}/${kind}/${name}`).digest('hex');
const sum = (values) => values.reduce((a, b) => a + b, 0);
/** Largest remainder: `total` shared out by `weights`, the parts adding up to it exactly. */
function apportion(total, weights) {
    const whole = sum(weights);
    if (!(whole > 0))
        return weights.map((_, i) => (i === 0 ? total : 0));
    const exact = weights.map((w) => (total * w) / whole);
    const parts = exact.map(Math.floor);
    const order = exact.map((x, i) => ({ rest: x - Math.floor(x), i })).sort((a, b) => b.rest - a.rest || a.i - b.i);
    const left = total - sum(parts);
    for (let k = 0; k < left; k++)
        parts[order[k].i] += 1;
    return parts;
}
/** The case's errors shared out by weight, none getting more errors than requests. */
function shareErrors(errors, counts, weights) {
    const parts = apportion(errors, weights).map((e, i) => Math.min(e, counts[i]));
    let left = errors - sum(parts);
    for (let i = 0; left > 0 && i < parts.length; i++) {
        const more = Math.min(counts[i] - parts[i], left);
        parts[i] += more;
        left -= more;
    }
    return parts;
}
/** The case's load shared out among its requests. */
function requestSamples(requests, whole) {
    const shares = requests.map((r) => r.share);
    const counts = apportion(whole.count, shares);
    const errors = shareErrors(whole.errors, counts, requests.map((r) => r.errors ?? r.share));
    // Times relative to the mean of the requests' times, weighted as they are sent: the case's average stays the case's.
    const weights = whole.count > 0 ? counts : shares;
    const norm = sum(requests.map((r, i) => r.time * weights[i])) / sum(weights) || 1;
    return requests.map((r, i) => ({ count: counts[i], errors: errors[i], avg: (whole.avg * r.time) / norm, seconds: whole.seconds }));
}
/** A request's times kept within its case's min and max, and its min and max around its own average. */
function withinCase(f, low, high) {
    if (f.request_count === 0)
        return f;
    const t = { ...f };
    for (const n of TIME_CHAIN)
        t[n] = Math.min(Math.max(t[n], low), high);
    t.min_response_time = Math.min(t.min_response_time, Math.floor(t.avg_response_time));
    t.max_response_time = Math.max(t.max_response_time, Math.ceil(t.avg_response_time));
    return t;
}
/** One per iteration of the requests it spans (the fewest of them), as long as they take together. */
function transactionSample(t, requests, samples, seconds) {
    const members = t.requests.map((name) => samples[requests.findIndex((r) => r.name === name)]).filter((s) => s !== undefined);
    const count = members.length > 0 ? Math.min(...members.map((s) => s.count)) : 0;
    return { count, errors: Math.min(count, sum(members.map((s) => s.errors))), avg: sum(members.map((s) => s.avg)), seconds };
}
/** The case's figures, its requests' and its custom transactions', with the run's overrides. */
function caseReport(state, run, c) {
    const seconds = loadSeconds(state, run);
    const profile = c.seed.profile ?? DEFAULT_PROFILE;
    const { requests: count, errors } = caseLoadIn(run, c.seed, seconds);
    const whole = { count, errors, avg: profile.avg_response_time, seconds };
    const base = baseFigures(whole);
    const samples = requestSamples(c.requests, whole);
    const over = run.caseFigures?.[c.seed.name] ?? {};
    return {
        seconds,
        performance: withOverrides(base, over.performance, seconds),
        requests: c.requests.map((r, i) => {
            const own = withinCase(baseFigures(samples[i]), base.min_response_time, base.max_response_time);
            return { name: r.name, figures: withOverrides(own, over.requests?.[r.name], seconds) };
        }),
        transactions: c.transactions.map((t) => ({
            name: t.name,
            figures: withOverrides(baseFigures(transactionSample(t, c.requests, samples, seconds)), over.transactions?.[t.name], seconds),
        })),
    };
}

;// CONCATENATED MODULE: ./emulator/service/cpts/common.ts
// What every CodeArts PerfTest operation shares: its error class, the success fields, reading path
// and query integers, paging, and finding the caller's PerfTest projects and tasks.

/** A cpts error: `{code, message}`. The codes are the emulator's own, in the service's format. */
class CptsError extends ServiceError {
    constructor(status, code, message) {
        super(status, code, message, 'cpts');
    }
}
const MAX_INT = 2147483647;
const OK = { code: 'SVCSTG.CPTS.0000000', message: 'success' };
const invalid = (message) => new CptsError(400, 'SVCSTG.CPTS.4001001', message);
/** The service's answer for a task or PerfTest project that does not exist or is not the caller's. */
const notYours = (message) => new CptsError(403, 'SVCSTG.CPTS.4032002', message);
const conflict = (message) => new CptsError(400, 'SVCSTG.CPTS.4001002', message);
const iso = (ms) => new Date(ms).toISOString();
function isInt(value) {
    return Number.isInteger(value) && value >= 0 && value <= MAX_INT;
}
function pathInt(ctx, name) {
    const text = ctx.params[name];
    if (!/^\d+$/.test(text) || Number(text) > MAX_INT)
        throw invalid(`${name} must be an integer, got "${text}"`);
    return Number(text);
}
/** An optional integer query parameter (the contract marks offset and limit optional). */
function queryInt(ctx, name, min) {
    const value = ctx.query.find(([n]) => n === name)?.[1];
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > MAX_INT) {
        throw invalid(`query parameter ${name} must be an integer of at least ${min}, got "${value}"`);
    }
    return Number(value);
}
/** offset is an item offset; without limit, everything from offset on (no page size is promised). */
function page(ctx, items) {
    const offset = queryInt(ctx, 'offset', 0) ?? 0;
    const limit = Math.min(queryInt(ctx, 'limit', 1) ?? Infinity, ctx.state.fixture.pageSize ?? Infinity);
    return items.slice(offset, limit === Infinity ? undefined : offset + limit);
}
function object(body) {
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw invalid('the request body must be a JSON object');
    return body;
}
function existingProject(state, id) {
    const project = state.project(id);
    if (!project)
        throw notYours(`PerfTest project ${id} does not exist or is not yours`);
    return project;
}
function taskById(state, id) {
    const task = state.tasks.get(id);
    if (!task)
        throw notYours(`task ${id} does not exist or is not yours`);
    return task;
}
const existingTask = (ctx) => taskById(ctx.state, pathInt(ctx, 'task_id'));
/** The run of the path's task_run_id: a report id the service does not know is not the caller's either. */
function existingRun(ctx) {
    const id = pathInt(ctx, 'task_run_id');
    const run = ctx.state.runs.get(id);
    if (!run)
        throw notYours(`task run ${id} does not exist or is not yours`);
    return run;
}

;// CONCATENATED MODULE: ./emulator/service/cpts/cases.ts




const DATUM = { case: 0, aw: 1, transaction: 2 };
/** A DetailItem of a request. */
const awItem = (c, name) => ({ name, caseAwId: dbId(c, 'request', name), datumType: DATUM.aw });
/** A CaseAwInfo: the case, its requests and its transactions, and the ids the other report operations take. */
function caseAwInfo(c, run, field) {
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
function checked(state, run) {
    const cases = state.project(run.project_id)?.cases ?? [];
    if (run.caseFigures)
        checkCaseOverrides(run.caseFigures, cases);
    if (run.caseGaps)
        checkCaseGaps(run.caseGaps, cases);
    return run;
}
function showMergeTaskCase(ctx) {
    const run = checked(ctx.state, existingRun(ctx));
    const field = ctx.state.fixture.run.caseRunIdField;
    const listed = caseRunsOf(ctx.state, run).filter((c) => run.caseGaps?.[c.seed.name] !== 'unlisted');
    const case_aw_info_list = listed.map((c) => caseAwInfo(c, run, field));
    return { status: 200, body: { ...OK, extend: {}, result: { err_message: '', case_aw_info_list } } };
}
/** A CaseReportDetail: the figures by the contract's names, with what names the item. */
function detailItem(names, figures, seconds) {
    return { ...names, checkpointResult: true, duration: seconds, ...wireFigures(figures) };
}
function detailOf(state, run, c) {
    const report = caseReport(state, run, c);
    const { seconds } = report;
    const performance = detailItem({
        name: c.seed.name,
        id: String(c.caseRunId),
        detailId: dbId(c, 'case'),
        caseUri: String(c.seed.id),
        isAW: false,
        datumType: DATUM.case,
    }, report.performance, seconds);
    return {
        performance: { ...performance, currentThreadNum: 50 },
        detailDatas: report.requests.map(({ name, figures }) => {
            const url = pathOf(name);
            const id = dbId(c, 'request', name);
            return detailItem({ name, detailId: id, awId: id, isAW: true, datumType: DATUM.aw, ...(url ? { url } : {}) }, figures, seconds);
        }),
        customTransactions: report.transactions.map(({ name, figures }) => detailItem({
            name,
            detailId: dbId(c, 'transaction', name),
            transactionId: dbId(c, 'transaction-id', name),
            isAW: false,
            datumType: DATUM.transaction,
        }, figures, seconds)),
    };
}
function showMergeCaseDetail(ctx) {
    const run = checked(ctx.state, existingRun(ctx));
    const id = pathInt(ctx, 'case_run_id');
    const found = caseRunsOf(ctx.state, run).find((c) => c.caseRunId === id);
    const gap = found && run.caseGaps?.[found.seed.name];
    // One message for both: a refused case reads as an id the service does not know.
    if (!found || gap === 'refused')
        throw notYours(`case run ${id} of task run ${run.id} does not exist or is not yours`);
    const detail = gap === 'empty' ? { detailDatas: [], customTransactions: [] } : detailOf(ctx.state, run, found);
    return { status: 200, body: { ...OK, extend: {}, result: { err_message: '', detail } } };
}

;// CONCATENATED MODULE: ./emulator/service/cpts/debug.ts




function checkBody(body) {
    if (body.status !== 9)
        throw invalid(`status must be 9 (start debugging), got ${String(body.status)}`);
    if (body.cluster_type !== 'shared-cluster-internet' && body.cluster_type !== 'private-cluster') {
        throw invalid('cluster_type must be shared-cluster-internet or private-cluster');
    }
    if (body.cluster_type === 'private-cluster' && !(isInt(body.cluster_id) && body.cluster_id > 0)) {
        throw invalid(`a private-cluster debug needs the resource group's cluster_id, got ${String(body.cluster_id)}`);
    }
    if (body.without_package !== 0)
        throw invalid('without_package must be 0');
    if (body.type !== undefined && body.type !== 0 && body.type !== 1)
        throw invalid('type must be 0 (transaction) or 1 (case)');
}
const CONNECTION = 'keep-alive';
/** One DebugCaseResult. */
function debugResult(state, c, r, target) {
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
function debugCase(ctx) {
    const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
    const task = existingTask(ctx);
    if (task.project_id !== project.id)
        throw notYours(`task ${task.id} is not in PerfTest project ${project.id}`);
    const caseId = pathInt(ctx, 'case_id');
    if (!task.case_id_list.includes(caseId))
        throw invalid(`case ${caseId} is not a case of task ${task.id}`);
    const found = ctx.state.caseOf(project, caseId);
    if (!found || found.status === 0)
        throw invalid(`case ${caseId} does not exist in PerfTest project ${project.id}`);
    checkBody(object(ctx.body));
    const target = ctx.state.targetOf(project.id, found);
    const result = requestsOf(found).map((r) => debugResult(ctx.state, found, r, target));
    return { status: 200, body: { ...OK, extend: '', result } };
}

;// CONCATENATED MODULE: ./emulator/service/cpts/projects.ts

function listProjectSets(ctx) {
    const created = iso(0);
    return {
        status: 200,
        body: {
            ...OK,
            projects: page(ctx, ctx.state.fixture.perftestProjects).map((p) => ({
                id: p.id,
                name: p.name,
                description: p.description,
                source: 0,
                CreateTime: created,
                UpdateTime: created,
            })),
        },
    };
}
/** A folder or case as ListProjectTestCase and ListTaskCases give it (ProjectDirectory, TestCaseBriefInfo). */
const briefOf = (c) => ({
    id: c.id,
    name: c.name,
    status: c.status,
    type: c.type,
    parent_id: c.parent_id,
    create_time: iso(0),
    update_time: iso(0),
});
function listProjectTestCase(ctx) {
    const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
    return { status: 200, body: { ...OK, directory: project.cases.map(briefOf) } };
}
function listTaskCases(ctx) {
    const project = existingProject(ctx.state, pathInt(ctx, 'test_suit_id'));
    const task = existingTask(ctx);
    if (task.project_id !== project.id)
        throw notYours(`task ${task.id} is not in PerfTest project ${project.id}`);
    const cases = task.case_id_list.map((id) => ctx.state.caseOf(project, id)).filter((c) => c !== undefined);
    return { status: 200, body: { ...OK, test_cases: cases.map(briefOf) } };
}

;// CONCATENATED MODULE: ./emulator/service/cpts/runs.ts


/** The fields UpdateTaskStatus and BatchUpdateTaskStatus share, checked beyond their types. */
function statusChange(body) {
    if (body.status !== 9 && body.status !== 2)
        throw invalid('status must be 9 (start) or 2 (stop)');
    if (body.cluster_type !== 'shared-cluster-internet' && body.cluster_type !== 'private-cluster') {
        throw invalid('cluster_type must be shared-cluster-internet or private-cluster');
    }
    const network = body.network_info;
    if (network !== undefined && network.network_type !== 'internet')
        throw invalid('network_info.network_type must be "internet"');
    if (body.without_package !== undefined && body.without_package !== 0)
        throw invalid('without_package must be 0');
    return { status: body.status, cluster_type: body.cluster_type, cluster_id: body.cluster_id };
}
/** Refuses a change the task is not in a state for; checked for every task before any is changed. */
function checkChange(state, task, change) {
    const run = state.lastRun(task);
    if (change.status === 9) {
        if (task.case_id_list.length === 0)
            throw invalid(`task ${task.id} has no cases`);
        if (run && state.isBusy(run))
            throw conflict(`task ${task.id} is already running (run ${run.id})`);
    }
    else if (!run || !state.isActive(run))
        throw conflict(`task ${task.id} is not running`);
}
/** Starts (9) or stops (2) a task's run, once checkChange passed; the run's id. */
function changeStatus(state, task, change) {
    if (change.status === 9)
        return state.startRun(task, change.cluster_type, change.cluster_id).id;
    const run = state.lastRun(task);
    run.stoppedAt = state.now();
    return run.id;
}
function updateTaskStatus(ctx) {
    const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
    const task = existingTask(ctx);
    if (task.project_id !== project.id)
        throw notYours(`task ${task.id} is not in PerfTest project ${project.id}`);
    const change = statusChange(object(ctx.body));
    checkChange(ctx.state, task, change);
    const runId = changeStatus(ctx.state, task, change);
    return { status: 200, body: { ...OK, extend: '', result: { task_run_id: runId } } };
}
/** The start and stop documented for new-edition tasks (type 1); every task here is of that edition. */
function batchUpdateTaskStatus(ctx) {
    const project = existingProject(ctx.state, pathInt(ctx, 'test_suit_id'));
    const body = object(ctx.body);
    if (body.project_id !== project.id)
        throw invalid(`project_id ${String(body.project_id)} differs from the path's ${project.id}`);
    if (body.type !== 1)
        throw invalid(`type must be 1: these tasks are of the new edition (got ${String(body.type ?? 'none')})`);
    if (ctx.state.fixture.statusApi === 'old-only')
        throw invalid('batch start and stop are not supported for these tasks');
    const ids = body.task_id_list;
    if (ids.length === 0)
        throw invalid('task_id_list must not be empty');
    if (new Set(ids).size !== ids.length)
        throw invalid('task_id_list names a task more than once');
    const change = statusChange(body);
    const tasks = ids.map((id) => taskById(ctx.state, id));
    const foreign = tasks.find((t) => t.project_id !== project.id);
    if (foreign)
        throw notYours(`task ${foreign.id} is not in PerfTest project ${project.id}`);
    // All or nothing: every task is checked before any is started or stopped.
    tasks.forEach((task) => checkChange(ctx.state, task, change));
    const result = tasks.map((task) => ({ task_id: task.id, task_run_id: changeStatus(ctx.state, task, change) }));
    return { status: 200, body: { ...OK, extend: {}, result } };
}
/**
 * Newest first: the reverse of the order the runs were made in (seeded ones included). The contract
 * says nothing of the order; the service is believed to list newest first, as its console's history
 * does. The action must not rely on it.
 */
function showHistoryRunInfo(ctx) {
    const task = existingTask(ctx);
    const log_list = task.runIds
        .map((id) => ctx.state.runs.get(id))
        .map((run) => {
        const end = ctx.state.endTime(run);
        return {
            run_id: run.id,
            name: task.name,
            run_type: 1,
            start_time: iso(run.startedAt),
            end_time: end === undefined ? '' : iso(end),
            continue_time: Math.floor(((end ?? ctx.state.now()) - run.startedAt) / 1000),
            temp_names: ctx.state.casesOfRun(run).map((c) => ({ name: c.name })),
            parallel: task.parallel,
        };
    })
        .reverse();
    return { status: 200, body: { ...OK, log_list } };
}
function showMergeReportLogsOutline(ctx) {
    const run = existingRun(ctx);
    return { status: 200, body: { ...OK, extend: {}, result: { err_message: '', outline: reportOutline(ctx.state, run) } } };
}

;// CONCATENATED MODULE: ./emulator/service/cpts/tasks.ts


/** The fields shared by CreateNewTask and UpdateTaskRelatedTestCase. */
function taskFields(state, raw, allowFullLink) {
    const body = object(raw);
    const name = body.name;
    // Counted in UTF-16 code units, as Java (and so most likely the service) counts a String's length.
    if (typeof name !== 'string' || name.length < 1 || name.length > 42) {
        throw invalid('name must be a string of 1 to 42 characters');
    }
    if (typeof body.parallel !== 'boolean')
        throw invalid('parallel is required and must be a boolean');
    if (body.enable_full_link !== undefined && (!allowFullLink || typeof body.enable_full_link !== 'boolean')) {
        throw invalid(allowFullLink ? 'enable_full_link must be a boolean' : 'enable_full_link is not accepted here');
    }
    if (!isInt(body.project_id))
        throw invalid('project_id is required and must be an integer');
    if (body.operate_mode !== 2)
        throw invalid('operate_mode is required and must be 2');
    const list = body.case_id_list;
    if (!Array.isArray(list) || list.length === 0 || !list.every(isInt)) {
        throw invalid('case_id_list is required and must be a non-empty array of integers');
    }
    const project = state.project(body.project_id);
    if (!project)
        throw notYours(`PerfTest project ${body.project_id} does not exist or is not yours`);
    for (const id of list) {
        const found = state.caseOf(project, id);
        if (!found || found.status === 0)
            throw invalid(`case ${id} does not exist in PerfTest project ${project.id}`);
        if (found.type !== 2)
            throw invalid(`${id} is a folder, not a case`);
        if (found.status === 2)
            throw invalid(`case ${id} (${found.name}) is disabled`);
    }
    return {
        name,
        parallel: body.parallel,
        ...(body.enable_full_link === undefined ? {} : { enable_full_link: body.enable_full_link }),
        project_id: body.project_id,
        operate_mode: 2,
        case_id_list: list,
    };
}
function createNewTask(ctx) {
    const task = ctx.state.createTask(taskFields(ctx.state, ctx.body, true));
    return { status: 201, body: { ...OK, task_id: task.id } };
}
function updateTaskRelatedTestCase(ctx) {
    const task = existingTask(ctx);
    const fields = taskFields(ctx.state, ctx.body, false);
    if (fields.project_id !== task.project_id)
        throw invalid(`task ${task.id} belongs to PerfTest project ${task.project_id}`);
    Object.assign(task, fields, { update_time: ctx.state.now() });
    return { status: 200, body: { ...OK, taskInfo: taskInfo(ctx.state, task) } };
}
function deleteNewTask(ctx) {
    const task = existingTask(ctx);
    const run = ctx.state.lastRun(task);
    if (run && ctx.state.isBusy(run))
        throw conflict(`task ${task.id} is running; stop it first`);
    ctx.state.tasks.delete(task.id);
    return { status: 204 };
}
/** ShowTask's TaskInfo: no task id and no task_run_info; the latest run is in related_temp_running_data. */
function taskInfo(state, task) {
    const run = state.visibleRun(task);
    const project = state.project(task.project_id);
    return {
        name: task.name,
        description: '',
        project_id: task.project_id,
        parallel: task.parallel,
        operate_mode: task.operate_mode,
        bench_concurrent: 0,
        case_list: task.case_id_list.map((id) => {
            const c = project && state.caseOf(project, id);
            return { case_id: id, name: c?.name ?? '', case_type: 0, status: c?.status ?? 0 };
        }),
        create_time: iso(task.create_time),
        update_time: iso(task.update_time),
        // A task that never ran reads as finished (2), like one whose last run finished.
        run_status: run ? state.runStatus(run) : RUN_STATUS.finished,
        related_temp_running_data: run
            ? state.casesOfRun(run).map((c, i) => ({
                task_run_info_id: run.id,
                // The case-run id ShowMergeCaseDetail takes, whichever CaseAwInfo field carries it.
                related_temp_running_id: caseRunIdOf(run, i),
                temp_id: c.id,
                temp_name: c.name,
                content_method_url: [],
            }))
            : [],
    };
}
function showTask(ctx) {
    return { status: 200, body: { ...OK, taskInfo: taskInfo(ctx.state, existingTask(ctx)) } };
}
function showTaskSet(ctx) {
    const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
    const all = [...ctx.state.tasks.values()].filter((t) => t.project_id === project.id).sort((a, b) => b.id - a.id);
    return {
        status: 200,
        body: {
            ...OK,
            extend: [],
            tasks: page(ctx, all).map((t) => {
                const run = ctx.state.visibleRun(t);
                return {
                    id: t.id,
                    name: t.name,
                    parallel: t.parallel,
                    operate_mode: t.operate_mode,
                    bench_concurrent: 0,
                    description: '',
                    update_time: iso(t.update_time),
                    // Tasks made by CreateNewTask are of the new edition (run_type 1); id 0 before any run.
                    task_run_info: { id: run?.id ?? 0, run_type: 1 },
                };
            }),
        },
    };
}

;// CONCATENATED MODULE: ./emulator/service/cpts/variables.ts


const TYPES_TEXT = VARIABLE_TYPES.map((t) => `${t} (${VARIABLE_TYPE_NAMES[t]})`).join(', ');
/** A variable_type the site knows, or a 400: one of 1, 2, 3, 5, and 5 only where the site has text variables. */
function knownType(state, type, where) {
    if (!VARIABLE_TYPES.includes(type))
        throw invalid(`${where}variable_type must be one of ${TYPES_TEXT}, got ${String(type)}`);
    if (type === 5 && state.fixture.textVariables === false)
        throw invalid(`${where}this site has no text variables (variable_type 5)`);
    return type;
}
/** A type these operations may write: not a file's. */
function writableType(state, type, where) {
    const known = knownType(state, type, where);
    if (known === 3)
        throw invalid(`${where}a file variable (variable_type 3) cannot be set through this API: its file is uploaded in the console`);
    return known;
}
function checkName(name, where) {
    if (typeof name !== 'string' || name.trim() === '')
        throw invalid(`${where}name must be a non-empty string`);
    return name;
}
function checkValues(values, type, where) {
    if (!Array.isArray(values) || values.length === 0)
        throw invalid(`${where}variable must be a non-empty list of values`);
    for (const value of values) {
        const fits = type === 1 ? Number.isInteger(value) : typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
        if (!fits) {
            const expected = type === 1 ? 'integers' : 'strings or numbers';
            throw invalid(`${where}the values of ${VARIABLE_TYPE_NAMES[type]} variables must be ${expected}, got ${JSON.stringify(value)}`);
        }
    }
    return values;
}
/** The body's entries: a non-empty list (the contract checked each entry's fields and their types). */
function entries(body) {
    if (!Array.isArray(body) || body.length === 0)
        throw invalid('the request body must be a non-empty list of variables');
    return body;
}
/** A 400 conflict for the first name given to two variables of the project. */
function checkUniqueNames(names, projectId) {
    const seen = new Set();
    for (const name of names) {
        if (seen.has(name))
            throw conflict(`a variable named "${name}" already exists in PerfTest project ${projectId}`);
        seen.add(name);
    }
}
/** VariableDetail. */
const variables_detailOf = (v) => ({
    id: v.id,
    name: v.name,
    variable_type: v.variable_type,
    variable: [...v.variable],
    is_quoted: v.is_quoted,
    variable_mode: v.variable_mode,
    share_mode: v.share_mode,
    ...(v.variable_type === 3 && v.file_size !== undefined ? { file_size: v.file_size } : {}),
});
function listVariables(ctx) {
    const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
    const type = knownType(ctx.state, pathInt(ctx, 'variable_type'), '');
    const variable_list = ctx.state
        .variablesOf(project.id)
        .filter((v) => v.variable_type === type)
        .map(variables_detailOf);
    return { status: 200, body: { ...OK, variable_list } };
}
function updateVariable(ctx) {
    const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
    const variables = ctx.state.variablesOf(project.id);
    const items = entries(ctx.body);
    const listed = new Set();
    const changes = items.map((item) => {
        const found = variables.find((v) => v.id === item.id);
        if (!found)
            throw invalid(`variable ${String(item.id)} does not exist in PerfTest project ${project.id}`);
        if (listed.has(found.id))
            throw invalid(`variable ${found.id} is listed more than once`);
        listed.add(found.id);
        const where = `variable ${found.id}: `;
        if (found.variable_type === 3) {
            throw invalid(`${where}${found.name} is a file variable (variable_type 3), which cannot be set through this API`);
        }
        const variable_type = writableType(ctx.state, item.variable_type, where);
        return { target: found, name: checkName(item.name, where), variable_type, variable: checkValues(item.variable, variable_type, where) };
    });
    // Names unique among the project's variables as they will be; all checked before anything changes.
    checkUniqueNames(variables.map((v) => changes.find((c) => c.target === v)?.name ?? v.name), project.id);
    for (const { target, name, variable_type, variable } of changes)
        Object.assign(target, { name, variable_type, variable: [...variable] });
    return { status: 201, body: { ...OK, json: { variable_id: changes[0].target.id } } };
}
function createVariable(ctx) {
    const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
    const variables = ctx.state.variablesOf(project.id);
    const fresh = entries(ctx.body).map((item, i) => {
        const where = `variable ${i + 1} of the body: `;
        const variable_type = writableType(ctx.state, item.variable_type, where);
        return {
            name: checkName(item.name, where),
            variable_type,
            variable: checkValues(item.variable, variable_type, where),
            is_quoted: item.is_quoted,
            variable_mode: 0,
            share_mode: 0,
        };
    });
    checkUniqueNames([...variables.map((v) => v.name), ...fresh.map((f) => f.name)], project.id);
    const created = fresh.map((fields) => ctx.state.variables.add(project.id, fields));
    return { status: 201, body: { ...OK, json: { variable_id: created[0].id } } };
}
/** A required integer query parameter (the contract checked that it is given, once). */
function requiredQueryInt(ctx, name) {
    const value = queryInt(ctx, name, 0);
    if (value === undefined)
        throw invalid(`query parameter ${name} is required`);
    return value;
}
function deleteVariable(ctx) {
    const project = existingProject(ctx.state, requiredQueryInt(ctx, 'test_suite_id'));
    const id = requiredQueryInt(ctx, 'variable_id');
    const variables = ctx.state.variablesOf(project.id);
    const at = variables.findIndex((v) => v.id === id);
    if (at < 0)
        throw invalid(`variable ${id} does not exist in PerfTest project ${project.id}`);
    variables.splice(at, 1);
    return { status: 204 };
}

;// CONCATENATED MODULE: ./emulator/service/iam.ts
// IAM: the region project lookup (signed) and the OIDC federation calls (unsigned), with IAM's
// `{error: {code, message}}` errors. Codes are the emulator's own, in IAM's format.

class IamError extends ServiceError {
    constructor(status, code, message) {
        super(status, code, message, 'iam');
    }
}
function projectOf(ctx, p) {
    const { domainId } = ctx.state.fixture;
    // Keystone gives a project's links as {self} alone, whatever the SDK's model claims.
    return {
        id: p.id,
        name: p.name,
        domain_id: domainId,
        parent_id: domainId,
        enabled: true,
        is_domain: false,
        description: '',
        links: { self: `/v3/projects/${p.id}` },
    };
}
/** KeystoneListProjects: needs iam:projects:listProjects, which least-privilege and federated users lack. */
function keystoneListProjects(ctx) {
    if (ctx.key?.listProjects === false) {
        return { status: 403, body: { error_msg: "Policy doesn't allow iam:projects:listProjects to be performed.", error_code: 'IAM.0003' } };
    }
    const names = ctx.query.filter(([n]) => n === 'name').map(([, v]) => v);
    const projects = ctx.state.fixture.regionProjects
        .filter((p) => names.length === 0 || names.includes(p.name))
        .map((p) => projectOf(ctx, p));
    return { status: 200, body: { projects, links: { self: '/v3/projects', previous: null, next: null } } };
}
/** KeystoneListAuthProjects: the projects the caller can reach; no permission needed. */
function keystoneListAuthProjects(ctx) {
    const projects = ctx.state.fixture.regionProjects.map((p) => projectOf(ctx, p));
    return { status: 200, body: { projects, links: { self: '/v3/auth/projects' } } };
}
function claimsOf(jwt) {
    const parts = jwt.split('.');
    if (parts.length !== 3)
        throw new IamError(400, 'IAM.0101', 'The id_token is not a JWT.');
    let claims;
    try {
        claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    }
    catch {
        throw new IamError(400, 'IAM.0101', 'The id_token payload is not valid JSON.');
    }
    if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
        throw new IamError(400, 'IAM.0101', 'The id_token payload is not a JSON object.');
    }
    return claims;
}
function createTokenWithIdToken(ctx, idpId) {
    const provider = ctx.state.fixture.identityProviders.find((p) => p.id === idpId);
    if (!provider)
        throw new IamError(404, 'IAM.0004', `The identity provider ${idpId ?? '(no X-Idp-Id header)'} does not exist.`);
    const jwt = ctx.body?.auth?.id_token?.id;
    if (typeof jwt !== 'string')
        throw new IamError(400, 'IAM.0101', 'auth.id_token.id is required.');
    const claims = claimsOf(jwt);
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (claims.iss !== provider.issuer) {
        throw new IamError(400, 'IAM.0102', `The id_token issuer does not match identity provider ${provider.id}.`);
    }
    if (!audiences.includes(provider.clientId)) {
        throw new IamError(400, 'IAM.0103', `The id_token audience does not match the client ID of identity provider ${provider.id}.`);
    }
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= ctx.state.now()) {
        throw new IamError(401, 'IAM.0104', 'The id_token has expired.');
    }
    const subject = String(claims.sub ?? '');
    const pattern = (rule) => new RegExp(`^${rule
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`);
    if (!provider.subjects.some((rule) => pattern(rule).test(subject))) {
        throw new IamError(403, 'IAM.0105', `The id_token subject "${subject}" matches no mapping rule of identity provider ${provider.id}.`);
    }
    const token = `MIIemulator-iam-token-${++ctx.state.serial}`;
    const expiresAt = ctx.state.now() + 24 * 3600 * 1000;
    ctx.state.subjectTokens.set(token, {
        expiresAt,
        ...(provider.permissions === undefined ? {} : { permissions: [...provider.permissions] }),
    });
    return {
        status: 201,
        headers: { 'X-Subject-Token': token },
        body: {
            token: {
                methods: ['mapped'],
                issued_at: new Date(ctx.state.now()).toISOString(),
                expires_at: new Date(expiresAt).toISOString(),
                user: { name: `FederationUser-${String(claims.sub ?? 'unknown')}`, domain: { id: ctx.state.fixture.domainId } },
            },
        },
    };
}
function createTemporaryAccessKeyByToken(ctx) {
    const { state } = ctx;
    const token = ctx.body?.auth
        ?.identity;
    if (!Array.isArray(token?.methods) || !token.methods.includes('token') || typeof token.token?.id !== 'string') {
        throw new IamError(400, 'IAM.0101', 'auth.identity.methods must be ["token"] with auth.identity.token.id.');
    }
    const subject = state.subjectTokens.get(token.token.id);
    if (subject === undefined || subject.expiresAt <= state.now()) {
        throw new IamError(401, 'IAM.0106', 'The token is invalid or has expired.');
    }
    const duration = token.token.duration_seconds ?? 900;
    if (!Number.isInteger(duration) || duration < 900 || duration > 86400) {
        throw new IamError(400, 'IAM.0101', 'duration_seconds must be an integer from 900 to 86400.');
    }
    const n = ++state.serial;
    const expiresAt = state.now() + duration * 1000;
    const key = {
        ak: `EMUTEMPAK${String(n).padStart(11, '0')}`,
        sk: `emulator-temporary-secret-${n}`,
        securityToken: `emulator-security-token-${n}`,
        expiresAt,
        // A federated user's keys carry the mapped group's permissions: CodeArts PerfTest, not IAM's.
        listProjects: false,
        // ... and of CodeArts PerfTest, what the identity provider's mapping grants (all, unless seeded).
        ...(subject.permissions === undefined ? {} : { permissions: [...subject.permissions] }),
    };
    state.issuedKeys.push(key);
    return {
        status: 201,
        body: {
            credential: {
                access: key.ak,
                secret: key.sk,
                securitytoken: key.securityToken,
                expires_at: new Date(expiresAt).toISOString(),
            },
        },
    };
}

;// CONCATENATED MODULE: ./emulator/service/routes.ts
// The CodeArts PerfTest and IAM routes, named by the API's operation names; each one's method, path
// and service come from the contract itself.









/** A route of a contract operation: method and path exactly as the contract gives them. */
const operation = (name, handle, signed = true) => {
    const found = operationOf(name);
    if (!found)
        throw new Error(`the contract has no operation ${name}`);
    return route(name, found.operation.method, found.operation.path, found.service, handle, signed);
};
const SERVICE_ROUTES = [
    operation('CreateNewTask', createNewTask),
    operation('UpdateTaskRelatedTestCase', updateTaskRelatedTestCase),
    operation('DeleteNewTask', deleteNewTask),
    operation('ShowTask', showTask),
    operation('ShowTaskSet', showTaskSet),
    operation('UpdateTaskStatus', updateTaskStatus),
    operation('BatchUpdateTaskStatus', batchUpdateTaskStatus),
    operation('ShowHistoryRunInfo', showHistoryRunInfo),
    operation('ShowMergeReportLogsOutline', showMergeReportLogsOutline),
    operation('ShowMergeTaskCase', showMergeTaskCase),
    operation('ShowMergeCaseDetail', showMergeCaseDetail),
    operation('ListProjectSets', listProjectSets),
    operation('ListProjectTestCase', listProjectTestCase),
    operation('ListTaskCases', listTaskCases),
    operation('ListVariables', listVariables),
    operation('UpdateVariable', updateVariable),
    operation('CreateVariable', createVariable),
    operation('DeleteVariable', deleteVariable),
    operation('DebugCase', debugCase),
    operation('KeystoneListProjects', keystoneListProjects),
    operation('KeystoneListAuthProjects', keystoneListAuthProjects),
    operation('CreateTokenWithIdToken', (ctx, h) => createTokenWithIdToken(ctx, h['x-idp-id']), false),
    operation('CreateTemporaryAccessKeyByToken', createTemporaryAccessKeyByToken, false),
];

;// CONCATENATED MODULE: ./emulator/harness/routes.ts
// Every route the emulator answers, the services' then GitHub's; how a request finds its route; and
// whose request id header and error format a route's answers take.


const ROUTES = [...SERVICE_ROUTES, ...GITHUB_ROUTES];
/** Literal segments first: `tasks/batch-update-task-status` is not task `batch-update-task-status`. */
const BY_SPECIFICITY = [...ROUTES].sort((a, b) => b.pattern.filter((p) => !p.startsWith('{')).length - a.pattern.filter((p) => !p.startsWith('{')).length);
/** The route for a method and decoded path segments, with its captured parameters. */
function match(method, segments) {
    for (const candidate of BY_SPECIFICITY) {
        if (candidate.method !== method || candidate.pattern.length !== segments.length)
            continue;
        const params = {};
        const fits = candidate.pattern.every((part, i) => {
            if (part.startsWith('{')) {
                params[part.slice(1, -1)] = segments[i];
                return segments[i] !== '';
            }
            return part === segments[i];
        });
        if (fits)
            return { route: candidate, params };
    }
    return undefined;
}
/** The decoded path segments and query of a request target; throws on malformed percent-encoding. */
function parseTarget(target) {
    const queryAt = target.indexOf('?');
    const segments = (queryAt < 0 ? target : target.slice(0, queryAt)).split('/').slice(1).map(decodeURIComponent);
    const query = (queryAt < 0 ? '' : target.slice(queryAt + 1))
        .split('&')
        .filter(Boolean)
        .map((p) => {
        const eq = p.indexOf('=');
        return eq < 0 ? [decodeURIComponent(p), ''] : [decodeURIComponent(p.slice(0, eq)), decodeURIComponent(p.slice(eq + 1))];
    });
    return { segments, query };
}
/** IAM gives its request id as X-IAM-Trace-Id; the API gateway in front of cpts (and of no route) as X-Request-Id. */
const requestIdHeaderOf = (service) => (service === 'iam' ? 'X-IAM-Trace-Id' : 'X-Request-Id');
/** IAM's routes answer errors of their own in IAM's format; every other route in CodeArts PerfTest's. */
const errorFormatOf = (service) => (service === 'iam' ? 'iam' : 'cpts');
/** The code of a request that does not fit its operation (or is not JSON), by format. */
const INVALID_REQUEST = { cpts: 'SVCSTG.CPTS.4001001', iam: 'IAM.0101' };
/** The code of an internal error (a bug of the emulator's), by format. */
const INTERNAL_ERROR = { cpts: 'SVCSTG.CPTS.5000001', iam: 'IAM.0006' };

;// CONCATENATED MODULE: ./emulator/harness/dispatch.ts





function answerRequest(d, { route, params, query }, req, body) {
    const format = errorFormatOf(route.service);
    const invalid = (message) => new ServiceError(400, INVALID_REQUEST[format], message, format);
    try {
        const key = route.signed ? signedBy(d, params, req, body) : undefined;
        // The service's identity-policy check: after the gateway, before anything is handled.
        if (key && route.service === 'cpts') {
            const denied = permissionError(key, route.operation);
            if (denied)
                throw denied;
        }
        let json;
        if (body.length > 0) {
            try {
                json = JSON.parse(body.toString('utf8'));
            }
            catch {
                throw invalid('The request body is not valid JSON.');
            }
        }
        const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
        const wrong = checkRequest(route.operation, { params, query, headers, body: json });
        if (wrong.length > 0)
            throw invalid(`The request does not fit ${route.operation}: ${formatViolations(wrong)}.`);
        const answer = route.handle({ state: d.state, key, params, query, body: json }, headers);
        return d.strict ? dispatch_checked(d, route.operation, answer) : answer;
    }
    catch (error) {
        if (error instanceof ServiceError)
            return error.answer();
        throw error;
    }
}
/** The key that signed the request, once the gateway has checked it and the URL's project. */
function signedBy(d, params, req, body) {
    const auth = d.gateway.authenticate({ method: req.method ?? '', target: req.url ?? '/', headers: req.headers, body });
    if ('error' in auth)
        throw auth.error;
    if (params.project_id !== undefined) {
        const wrong = projectError(req.headers['x-project-id'], params.project_id, d.state.fixture.regionProjects);
        if (wrong)
            throw wrong;
    }
    return auth.key;
}
/** The answer, or a loud 500 naming the field where the emulator's own answer breaks the contract. */
function dispatch_checked(d, operation, answer) {
    if (answer.status < 200 || answer.status > 299)
        return answer;
    const wrong = checkAnswer(operation, answer.body);
    if (wrong.length === 0)
        return answer;
    const message = `EMULATOR BUG: the answer to ${operation} breaks the contract: ${formatViolations(wrong)}`;
    d.violation(message);
    return { status: 500, body: errorBody('cpts', 'EMULATOR.CONTRACT', message) };
}

;// CONCATENATED MODULE: ./emulator/harness/reshape.ts
// Off-contract answers on purpose: a test makes one operation's answers break the contract (a field
// the model lacks, a field missing, a field of the wrong type) to see how a client copes, e.g. one
// that checks a user's setup. Unlike a fault, a reshape is not per attempt: once set, it changes every
// 2xx JSON answer of the operation, after the route's handler (and after strict mode has checked the
// handler's answer, so a reshaped answer is neither turned into a 500 nor recorded in
// contractViolations), until replaced. Paths are dot-separated field names with `[n]` for one element
// of a list and `[]` for every element (`result.outline.core_index.success_rate`,
// `taskInfo.related_temp_running_data[].task_run_info_id`); a path that does not fit an answer (a
// field that is not there, an index out of range) is a mistake of the test's, answered with a loud 500
// EMULATOR.RESHAPE naming it. `[]` over an empty list changes nothing, without error.

/** A reshape whose path does not fit the answer: the test's mistake, answered as a 500. */
class ReshapeError extends Error {
}
const NAME = /^[^.[\]]+/;
const BRACKET = /^\[(\d*)\]/;
/** The steps of a path; throws on a malformed one. */
function parsePath(path) {
    const steps = [];
    let rest = path;
    let first = true;
    while (rest !== '') {
        const bracket = BRACKET.exec(rest);
        if (bracket) {
            steps.push(bracket[1] === '' ? { every: true } : { index: Number(bracket[1]) });
            rest = rest.slice(bracket[0].length);
        }
        else {
            if (rest.startsWith('['))
                throw new Error(`reshape path "${path}": expected [n] or [] at "${rest}"`);
            if (!first) {
                if (!rest.startsWith('.'))
                    throw new Error(`reshape path "${path}": expected "." or "[" at "${rest}"`);
                rest = rest.slice(1);
            }
            const name = NAME.exec(rest);
            if (!name)
                throw new Error(`reshape path "${path}": expected a field name at "${rest}"`);
            steps.push({ field: name[0] });
            rest = rest.slice(name[0].length);
        }
        first = false;
    }
    if (steps.length === 0)
        throw new Error('reshape path is empty: it must name a field');
    return steps;
}
function reshape_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const show = (step) => ('field' in step ? `.${step.field}` : 'index' in step ? `[${step.index}]` : '[]');
const reshape_pathOf = (steps) => steps.map(show).join('').replace(/^\./, '') || '(the answer)';
/** What is at a step of each container: the children, or an error naming where the path stops fitting. */
function childrenOf(container, step, where) {
    if ('field' in step) {
        if (!reshape_isRecord(container))
            throw new ReshapeError(`${reshape_pathOf(where)} is not an object`);
        if (!(step.field in container))
            throw new ReshapeError(`${reshape_pathOf([...where, step])} is not in the answer`);
        return [container[step.field]];
    }
    if (!Array.isArray(container))
        throw new ReshapeError(`${reshape_pathOf(where)} is not a list`);
    if ('every' in step)
        return container;
    if (step.index >= container.length)
        throw new ReshapeError(`${reshape_pathOf([...where, step])} is out of range (${container.length} elements)`);
    return [container[step.index]];
}
/** Changes `body` in place as the reshape says. */
function applyOne(body, reshape, steps) {
    let containers = [body];
    for (let i = 0; i < steps.length - 1; i++)
        containers = containers.flatMap((c) => childrenOf(c, steps[i], steps.slice(0, i)));
    const last = steps[steps.length - 1];
    const where = steps.slice(0, -1);
    for (const container of containers) {
        if ('field' in last) {
            if (!reshape_isRecord(container))
                throw new ReshapeError(`${reshape_pathOf(where)} is not an object`);
            const present = last.field in container;
            if (reshape.kind === 'extra') {
                if (present)
                    throw new ReshapeError(`${reshape_pathOf(steps)} is already in the answer (replace it with wrong-type)`);
                container[last.field] = structuredClone(reshape.value);
            }
            else {
                if (!present)
                    throw new ReshapeError(`${reshape_pathOf(steps)} is not in the answer`);
                if (reshape.kind === 'missing')
                    delete container[last.field];
                else
                    container[last.field] = structuredClone(reshape.value);
            }
            continue;
        }
        if (!Array.isArray(container))
            throw new ReshapeError(`${reshape_pathOf(where)} is not a list`);
        const indexes = 'every' in last ? container.map((_, i) => i) : [last.index];
        if ('index' in last && last.index >= container.length) {
            throw new ReshapeError(`${reshape_pathOf(steps)} is out of range (${container.length} elements)`);
        }
        // Highest first, so that removing one does not move the next.
        for (const i of indexes.reverse()) {
            if (reshape.kind === 'missing')
                container.splice(i, 1);
            else
                container[i] = structuredClone(reshape.value);
        }
    }
}
const OPERATIONS = new Set(ROUTES.map((r) => r.operation));
/** The reshapes in force, by operation. */
class ReshapePlan {
    byOperation = new Map();
    constructor(script = {}) {
        for (const [operation, list] of Object.entries(script))
            if (list)
                this.replace(operation, list);
    }
    /**
     * Replaces the operation's reshapes (an empty list puts its answers back on contract). Throws for an
     * operation the emulator does not serve, an unknown kind or a malformed path.
     */
    replace(operation, list) {
        if (!OPERATIONS.has(operation))
            throw new Error(`reshape: the emulator serves no operation ${operation}`);
        const parsed = list.map((reshape) => {
            if (!['extra', 'missing', 'wrong-type'].includes(reshape.kind))
                throw new Error(`reshape: unknown kind ${String(reshape.kind)}`);
            const steps = parsePath(reshape.path);
            if (reshape.kind === 'extra' && !('field' in steps[steps.length - 1])) {
                throw new Error(`reshape path "${reshape.path}": an extra field's path must end with a field name`);
            }
            return { reshape, steps };
        });
        if (parsed.length === 0)
            this.byOperation.delete(operation);
        else
            this.byOperation.set(operation, parsed);
    }
    /** Whether the operation's answers are reshaped. */
    has(operation) {
        return this.byOperation.has(operation);
    }
    /**
     * A reshaped copy of an answer's JSON body (the handler's answer may share objects with the state);
     * throws a ReshapeError when a path does not fit it.
     */
    apply(operation, body) {
        const list = this.byOperation.get(operation) ?? [];
        if (typeof body !== 'object' || body === null)
            throw new ReshapeError(`the answer to ${operation} has no JSON body to reshape`);
        const copy = structuredClone(body);
        for (const { reshape, steps } of list) {
            try {
                applyOne(copy, reshape, steps);
            }
            catch (error) {
                if (error instanceof ReshapeError)
                    throw new ReshapeError(`${reshape.kind} ${reshape.path}: ${error.message}`);
                throw error;
            }
        }
        return copy;
    }
}

;// CONCATENATED MODULE: ./emulator/harness/exchange.ts
// One request's life: recorded, routed, faulted as the script says, then answered (reshaped off
// contract when a test asked for it: reshape.ts) or dropped. The request id header follows the
// route's service; a request that finds no route gets the gateway's answer, and a bug of the
// emulator's a 500 in the service's format.






function exchange_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A request being answered: its record, and the ways it ends. */
class Exchange {
    entry;
    req;
    res;
    log;
    /** Set once routed: whose request id header the answer takes. */
    service;
    constructor(entry, req, res, log) {
        this.entry = entry;
        this.req = req;
        this.res = res;
        this.log = log;
    }
    send(answer) {
        const { entry } = this;
        // The gateway's own errors carry the request id in the body too.
        const body = exchange_isRecord(answer.body) && 'error_code' in answer.body ? { ...answer.body, request_id: entry.requestId } : answer.body;
        const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
        entry.status = answer.status;
        this.log?.(`${entry.method} ${entry.target} -> ${answer.status}${entry.fault ? ` (fault: ${entry.fault})` : ''}${entry.reshaped ? ' (reshaped)' : ''}`);
        this.res.writeHead(answer.status, {
            ...(text ? { 'Content-Type': 'application/json' } : {}),
            ...answer.headers,
            [requestIdHeaderOf(this.service)]: entry.requestId,
        });
        this.res.end(text);
    }
    /** A scripted reset: the connection is dropped instead of answered. */
    reset() {
        this.entry.status = 'reset';
        this.log?.(`${this.entry.method} ${this.entry.target} -> connection reset (fault)`);
        this.req.socket.destroy();
    }
    /** The client went away: nothing to answer. */
    gone() {
        this.entry.status = 'reset';
    }
}
class Handler {
    deps;
    serial = 0;
    constructor(deps) {
        this.deps = deps;
    }
    async handle(req, res, body) {
        const exchange = new Exchange(this.record(req, body), req, res, this.deps.log);
        const found = this.route(exchange);
        if (!found)
            return;
        const fault = this.deps.faults.next(found.route.operation);
        exchange.entry.fault = fault?.kind;
        if (fault?.kind === 'meanwhile')
            fault.act(this.deps.state);
        if (fault?.kind === 'reset' && !fault.afterHandling)
            return exchange.reset();
        if (fault?.kind === 'delay' && !fault.afterHandling) {
            await this.deps.sleep(fault.ms);
            if (req.socket.destroyed)
                return exchange.gone(); // the client gave up before the request was handled
        }
        if (fault?.kind === 'reply' && !fault.afterHandling)
            return exchange.send(fault);
        const answer = answerRequest(this.deps, found, req, body);
        if (fault?.kind === 'reset')
            return exchange.reset();
        if (fault?.kind === 'delay')
            await this.deps.sleep(fault.ms);
        if (res.destroyed || req.socket.destroyed)
            return exchange.gone();
        exchange.send(fault?.kind === 'reply' ? fault : this.reshaped(exchange, found.route.operation, answer));
    }
    /** The answer as the test reshaped the operation's answers: 2xx JSON bodies only, after strict mode's check. */
    reshaped(exchange, operation, answer) {
        const { reshapes } = this.deps;
        if (!reshapes.has(operation) || answer.status < 200 || answer.status > 299)
            return answer;
        try {
            const body = reshapes.apply(operation, answer.body);
            exchange.entry.reshaped = true;
            return { ...answer, body };
        }
        catch (error) {
            if (!(error instanceof ReshapeError))
                throw error;
            const message = `EMULATOR.RESHAPE: the reshape of ${operation} does not fit its answer: ${error.message}`;
            this.deps.log?.(message);
            return { status: 500, body: errorBody(errorFormatOf(exchange.service), 'EMULATOR.RESHAPE', message) };
        }
    }
    /** A bug of the emulator's: answer like the service would, and keep the record straight. */
    crashed(res, error) {
        this.deps.log?.(`internal error: ${String(error)}`);
        const entry = this.deps.received.at(-1);
        if (entry)
            entry.status = 500;
        const service = ROUTES.find((r) => r.operation === entry?.operation)?.service;
        const format = errorFormatOf(service);
        if (!res.headersSent)
            res.writeHead(500, { 'Content-Type': 'application/json', [requestIdHeaderOf(service)]: entry?.requestId ?? '' });
        res.end(JSON.stringify(errorBody(format, INTERNAL_ERROR[format], 'Internal server error.')));
    }
    record(req, body) {
        const entry = {
            operation: undefined,
            method: req.method ?? '',
            target: req.url ?? '/',
            headers: { ...req.headers },
            body: body.toString('utf8'),
            requestId: (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`emulator-request-${++this.serial}`).digest('hex').slice(0, 32),
            status: 0,
            fault: undefined,
        };
        this.deps.received.push(entry);
        return entry;
    }
    /** The request's route and query, or undefined once the gateway has answered that it has none. */
    route(exchange) {
        const { entry } = exchange;
        let target;
        try {
            target = parseTarget(entry.target);
        }
        catch {
            exchange.send(new GatewayError(400, 'APIGW.0201', 'API request error: malformed percent-encoding.').answer());
            return undefined;
        }
        const found = match(entry.method, target.segments);
        if (!found) {
            exchange.send(new GatewayError(404, 'APIGW.0101', 'The API does not exist or has not been published in the environment.').answer());
            return undefined;
        }
        entry.operation = found.route.operation;
        exchange.service = found.route.service;
        return { ...found, query: target.query };
    }
}

;// CONCATENATED MODULE: ./emulator/harness/fixture.ts
const DEMO = {
    region: 'cn-north-4',
    projectId: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
    ak: 'DEMOAKEMULATOR000001',
    sk: 'demo-secret-key-for-the-local-emulator-only',
    temporaryAk: 'DEMOTEMPORARYAK00001',
    temporarySk: 'demo-temporary-secret-key',
    securityToken: 'demo-security-token-for-the-temporary-key',
    perftestProject: 393862,
    cases: [449269, 449270],
    /** What TARGET_HOST, the demo project's global variable that browse-catalogue's and place-order's host names, holds. */
    targetHost: 'shop.example.com',
    /** Global variables of the demo PerfTest project, by name: their ids. */
    variables: { TARGET_HOST: 52001, API_TOKEN: 52002, VUSER_ID: 52003, accounts: 52004 },
    identityProvider: 'github-actions',
    audience: 'iam.myhuaweicloud.com',
    runnerRequestToken: 'emulator-runner-request-token',
    githubToken: 'ghs_emulatorWriteToken0000000000000000',
    readOnlyGithubToken: 'ghs_emulatorReadOnlyToken00000000000000',
    /** octocat, who may comment on the pull request but edit only their own comments. */
    octocatGithubToken: 'ghp_emulatorOctocatToken0000000000000000',
    /** hubot, a maintainer of the repository: may edit anyone's comment. */
    maintainerGithubToken: 'ghp_emulatorMaintainerToken0000000000000',
};
const DEFAULT_FIXTURE = {
    domainId: '5f8a1c2e3b4d5e6f7a8b9c0d1e2f3a4b',
    regionProjects: [
        { id: DEMO.projectId, name: DEMO.region },
        { id: '1b2c3d4e5f60718293a4b5c6d7e8f90a', name: 'ap-southeast-1' },
    ],
    credentials: [
        { ak: DEMO.ak, sk: DEMO.sk },
        { ak: DEMO.temporaryAk, sk: DEMO.temporarySk, securityToken: DEMO.securityToken },
    ],
    perftestProjects: [
        {
            id: DEMO.perftestProject,
            name: 'checkout-perf',
            description: 'Checkout service load tests',
            variables: [
                { id: DEMO.variables.TARGET_HOST, name: 'TARGET_HOST', variable_type: 2, variable: [DEMO.targetHost] },
                { id: DEMO.variables.API_TOKEN, name: 'API_TOKEN', variable_type: 2, variable: ['demo-api-token-value'] },
                { id: DEMO.variables.VUSER_ID, name: 'VUSER_ID', variable_type: 1, variable: [1, 100] },
                { id: DEMO.variables.accounts, name: 'accounts', variable_type: 3, variable: ['accounts.csv'] },
            ],
            cases: [
                { id: 449260, name: 'checkout', type: 1, status: 1, parent_id: 0 },
                {
                    id: 449269,
                    name: 'browse-catalogue',
                    type: 2,
                    status: 1,
                    parent_id: 449260,
                    host: '${TARGET_HOST}',
                    profile: { rps: 420, avg_response_time: 86, success_rate: 99.95 },
                    requests: [
                        { name: 'GET /catalogue', share: 5, time: 1 },
                        { name: 'GET /catalogue/{id}', share: 3, time: 0.7 },
                        // Searches are the slow requests and fail the most.
                        { name: 'GET /search?q=red socks', share: 2, time: 1.6, errors: 6 },
                    ],
                },
                {
                    id: 449270,
                    name: 'place-order',
                    type: 2,
                    status: 1,
                    parent_id: 449260,
                    host: '${TARGET_HOST}',
                    profile: { rps: 180, avg_response_time: 240, success_rate: 99.6 },
                    requests: [
                        { name: 'POST /cart', share: 1, time: 0.6 },
                        { name: 'POST /orders', share: 1, time: 1.7, errors: 3 },
                        { name: 'GET /orders/{id}/status', share: 1, time: 0.7 },
                    ],
                    transactions: [{ name: 'checkout', requests: ['POST /cart', 'POST /orders'] }],
                },
                { id: 449271, name: 'legacy-payment', type: 2, status: 2, parent_id: 449260 },
                { id: 449272, name: 'old-search', type: 2, status: 0, parent_id: 449260 },
                {
                    id: 449273,
                    name: 'flaky-inventory',
                    type: 2,
                    status: 1,
                    parent_id: 449260,
                    host: 'inventory.example.com',
                    profile: { rps: 90, avg_response_time: 910, success_rate: 91.2 },
                    requests: [
                        { name: 'GET /inventory/stock', share: 3, time: 0.8, errors: 1 },
                        { name: 'PUT /inventory/reservations', share: 1, time: 1.6, errors: 3 },
                    ],
                    transactions: [{ name: 'reserve stock', requests: ['GET /inventory/stock', 'PUT /inventory/reservations'] }],
                },
                { id: 449274, name: 'crashing-case', type: 2, status: 1, parent_id: 449260, endsAbnormally: true },
            ],
        },
        {
            id: 393870,
            name: 'search-perf',
            description: 'Search service load tests',
            cases: [{ id: 449300, name: 'browse-catalogue', type: 2, status: 1, parent_id: 0 }],
        },
    ],
    identityProviders: [
        {
            id: DEMO.identityProvider,
            clientId: DEMO.audience,
            issuer: 'https://token.actions.githubusercontent.com',
            subjects: ['repo:acme/checkout-service:*'],
        },
    ],
    runner: {
        requestToken: DEMO.runnerRequestToken,
        subject: 'repo:acme/checkout-service:pull_request',
        defaultAudience: 'https://github.com/acme',
    },
    github: {
        writeToken: DEMO.githubToken,
        readOnlyToken: DEMO.readOnlyGithubToken,
        users: [
            { token: DEMO.octocatGithubToken, login: 'octocat', id: 583231 },
            { token: DEMO.maintainerGithubToken, login: 'hubot', id: 480938, maintainer: true },
        ],
    },
    firstTaskId: 1200001,
    run: { waitingSeconds: 5, runningSeconds: 60, stoppingSeconds: 3, startLagSeconds: 2 },
    // Pull requests' preview environments (pr-7.preview.example.com) are reachable too.
    reachableHosts: [DEMO.targetHost, 'inventory.example.com', '*.preview.example.com'],
};
/** The create action's inputs for the demo account, against an emulator at `endpoint`. */
function demoInputs(endpoint) {
    return {
        project: String(DEMO.perftestProject),
        cases: DEMO.cases.join(', '),
        region: DEMO.region,
        project_id: DEMO.projectId,
        access_key_id: DEMO.ak,
        secret_access_key: DEMO.sk,
        endpoint,
    };
}
/** The run action's inputs for the demo account: the task to run, polled every second. */
function demoRunInputs(endpoint, taskId) {
    const { project, project_id, access_key_id, secret_access_key } = demoInputs(endpoint);
    return { task_id: String(taskId), project, project_id, access_key_id, secret_access_key, endpoint, poll_seconds: '1' };
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./emulator/harness/server.ts
// The HTTP plumbing under the emulator: node:http on a host and port, each request's body read whole
// before it is handled, and a stop that ends open connections at once instead of waiting for them.

async function listen(port, host, handler) {
    const sockets = new Set();
    const server = (0,external_node_http_namespaceObject.createServer)((req, res) => {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => {
            handler.handle(req, res, Buffer.concat(chunks)).catch((error) => handler.crashed(res, error));
        });
    });
    server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, resolve);
    });
    return {
        port: server.address().port,
        stop: () => new Promise((resolve) => {
            sockets.forEach((s) => s.destroy());
            server.close(() => resolve());
        }),
    };
}
/** Scripted delays; cancel() drops the pending ones when the emulator stops (they never resolve). */
class Delays {
    timers = new Set();
    sleep(ms) {
        return new Promise((resolve) => {
            const timer = setTimeout(() => {
                this.timers.delete(timer);
                resolve();
            }, ms);
            this.timers.add(timer);
        });
    }
    cancel() {
        this.timers.forEach(clearTimeout);
    }
}

;// CONCATENATED MODULE: ./emulator/harness/state.ts

class EmulatorState extends State {
    /** Pull-request comments made through the GitHub REST stand-in, by id. */
    comments = new Map();
}

;// CONCATENATED MODULE: ./emulator/harness/emulator.ts
// startEmulator: a local stand-in for the parts of Huawei Cloud the action talks to (the API
// gateway's AK/SK authentication, CodeArts PerfTest and IAM) and for the GitHub it reports to, on
// node:http, with scriptable faults, identity-policy permissions per key and answers reshaped off
// contract on purpose; what a test, the demo or a benchmark starts and reads.







async function startEmulator(options = {}) {
    const clock = options.clock ?? { now: () => Date.now() };
    const now = () => clock.now();
    // A copy: tests may change the state's fixture without touching the seed or the default.
    const state = new EmulatorState(structuredClone({ ...DEFAULT_FIXTURE, ...options.seed, run: { ...DEFAULT_FIXTURE.run, ...options.seed?.run } }), now);
    const faults = new FaultPlan(options.faults);
    const reshapes = new ReshapePlan(options.reshape);
    const received = [];
    const contractViolations = [];
    const delays = new Delays();
    const handler = new Handler({
        state,
        gateway: new Gateway(() => state.keys(), now),
        strict: options.strict ?? true,
        violation: (message) => {
            contractViolations.push(message);
            options.log?.(message);
        },
        received,
        faults,
        reshapes,
        sleep: (ms) => delays.sleep(ms),
        log: options.log,
    });
    const host = options.host ?? '127.0.0.1';
    const server = await listen(options.port ?? 0, host, handler);
    return {
        // An IPv6 host takes brackets in a URL.
        url: `http://${host.includes(':') ? `[${host}]` : host}:${server.port}`,
        port: server.port,
        state,
        received,
        contractViolations,
        tasks: () => [...state.tasks.values()],
        script: (operation, list) => faults.replace(operation, list),
        reshape: (operation, changes) => reshapes.replace(operation, Array.isArray(changes) ? changes : [changes]),
        stop: () => {
            delays.cancel();
            return server.stop();
        },
    };
}

;// CONCATENATED MODULE: ./emulator/cli/serve.ts
// `npm run emulator`'s start and banner, apart from emulator.ts so that tests can call them in-process.


/** The emulator, or the one line to print and the exit code when its port cannot be had. */
async function serve(options) {
    try {
        return { emulator: await startEmulator(options) };
    }
    catch (error) {
        // A busy or privileged port is a usage error (exit 2, like a bad --port), not a crash.
        const code = error.code;
        if (code === 'EADDRINUSE')
            return { exitCode: 2, message: `Port ${options.port} is in use: choose another with --port, or --port 0 for a free one.` };
        if (code === 'EACCES')
            return {
                exitCode: 2,
                message: `Port ${options.port} needs privileges this user lacks: choose one above 1023 with --port, or --port 0 for a free one.`,
            };
        throw error;
    }
}
/** What the command line prints once the emulator listens at `url`. */
function banner(url, strict) {
    const token = (value, who) => `  ${value.padEnd(42)}${who}`;
    return `CodeArts PerfTest + IAM emulator on ${url}

Use it from the action (or any Huawei Cloud SDK) with:
  endpoint:          ${url}
  region:            ${DEMO.region}
  project_id:        ${DEMO.projectId}
  access_key_id:     ${DEMO.ak}
  secret_access_key: ${DEMO.sk}
  project:           ${DEMO.perftestProject}   (PerfTest project "checkout-perf")
  cases:             ${DEMO.cases.join(', ')}
Temporary keys: ${DEMO.temporaryAk} / ${DEMO.temporarySk} with security_token ${DEMO.securityToken}

Keyless sign-in: instead of the keys, identity_provider: ${DEMO.identityProvider} and iam_endpoint: ${url},
with the runner's ID-token service (served here) in the step's environment:
  ACTIONS_ID_TOKEN_REQUEST_URL=${url}/_runner/idtoken?api-version=2.0
  ACTIONS_ID_TOKEN_REQUEST_TOKEN=${DEMO.runnerRequestToken}

Pull-request comments (comment_on_pr: true): GitHub's REST API is served here too. Environment:
  GITHUB_API_URL=${url}
  GITHUB_REPOSITORY=acme/checkout-service, GITHUB_EVENT_PATH=<a file with {"pull_request":{"number":42}}>
and github_token one of:
${token(DEMO.githubToken, "the job's GITHUB_TOKEN: writes as github-actions[bot]")}
${token(DEMO.readOnlyGithubToken, 'the same, read-only (a pull request from a fork)')}
${token(DEMO.octocatGithubToken, "octocat's personal token")}
${token(DEMO.maintainerGithubToken, "hubot's, a maintainer's: may edit anyone's comment")}

${strict ? 'Strict: an answer of the emulator that breaks the API contract is a 500 naming the field.\n' : ''}Requests are listed below. Ctrl+C stops it.`;
}


/***/ }),

/***/ 975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

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
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(306);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
