import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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
    return { status, requestId, requestIdHeader, json, text, headers: responseHeaders };
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
;// CONCATENATED MODULE: ./src/cpts/types.ts
// Request and response shapes of CodeArts PerfTest, named as the API names them. Each says which
// model of the contract (contract/cpts.json) it mirrors; answers keep only the fields the actions
// read, since the parsers (parse.ts) demand nothing else.
/** ListProjectTestCase's `directory` entry `type` values, named (contract model ProjectDirectory). */
const types_DIRECTORY_ENTRY = { folder: 1, case: 2 };
/** A case's `status` in ListProjectTestCase's `directory`. */
const types_CASE_STATUS = { deleted: 0, enabled: 1, disabled: 2 };
/** The `status` of UpdateTaskStatus and BatchUpdateTaskStatus: what to do to the task (the contract's doc). */
const STATUS_CHANGE = { start: 9, stop: 2 };
/** The service's ids are int32: the largest id an input may give. */
const MAX_ID = 2147483647;
/** ShowTask's run_status values, named (the contract's TaskInfo.run_status doc). */
const RUN_STATUS = { running: 0, paused: 1, finished: 2, abnormal: 3, stopped: 4, stopping: 5, waiting: 9 };

;// CONCATENATED MODULE: ./src/cpts/parse.ts
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
const isId = (value) => Number.isInteger(value) && value >= 0 && value <= MAX_ID;
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
    return { run_status: runStatus, latestRunId: fromRelated ?? fromRunInfo, ...(testSuiteId === undefined ? {} : { testSuiteId }) };
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
        return this.request('ShowTaskSet', 'GET', path, (json) => parseNamedList(json, 'tasks'), { query: pageQuery(offset, limit) });
    }
    /** One page of ListProjectSets: the PerfTest projects. */
    listProjectSets(offset, limit) {
        const path = `/v1/${this.iamProjectId}/test-suites`;
        return this.request('ListProjectSets', 'GET', path, (json) => parseNamedList(json, 'projects'), { query: pageQuery(offset, limit) });
    }
    /** ListProjectTestCase: the folders and cases of a PerfTest project. */
    listProjectTestCase(testSuiteId) {
        return this.request('ListProjectTestCase', 'GET', `/v1/${this.iamProjectId}/test-suites/${testSuiteId}/directory`, parseDirectory);
    }
    /** ListTaskCases: the ids of the cases attached to a task. */
    listTaskCases(testSuiteId, taskId) {
        const path = `/v1/${this.iamProjectId}/test-suites/${testSuiteId}/tasks/${taskId}/test-cases`;
        return this.request('ListTaskCases', 'GET', path, parseTaskCaseIds);
    }
    /** UpdateTaskStatus: start or stop a run of a task; the run's id. */
    updateTaskStatus(testSuiteId, taskId, body, options = {}) {
        const path = `/v1/${this.iamProjectId}/test-suites/${testSuiteId}/tasks/${taskId}`;
        return this.request('UpdateTaskStatus', 'POST', path, parseStartedRunId, { ...options, body });
    }
    /** BatchUpdateTaskStatus: start or stop a run of one new-edition task; the run's id. */
    batchUpdateTaskStatus(body, options = {}) {
        const path = `/v1/${this.iamProjectId}/test-suites/${body.project_id}/tasks/batch-update-task-status`;
        return this.request('BatchUpdateTaskStatus', 'POST', path, (json) => parseBatchRunId(json, body.task_id_list[0]), { ...options, body });
    }
    /** ShowTask: the task's run_status and its latest run. */
    showTask(taskId) {
        return this.request('ShowTask', 'GET', `/v1/${this.iamProjectId}/tasks/${taskId}`, parseTaskState);
    }
    /** ShowHistoryRunInfo: every run of a task. */
    showHistoryRunInfo(taskId) {
        return this.request('ShowHistoryRunInfo', 'GET', `/v1/${this.iamProjectId}/tasks/history-run-list/${taskId}`, parseHistory);
    }
    /** ShowMergeReportLogsOutline: the headline figures of a run. */
    showMergeReportLogsOutline(taskRunId) {
        const path = `/v2/${this.iamProjectId}/task-run-infos/${taskRunId}/reports/log-outline`;
        return this.request('ShowMergeReportLogsOutline', 'GET', path, parseOutline);
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
const createdTask = (json, response) => ({ task_id: parseCreatedTaskId(json), requestId: response.requestId });
/** The parsed answer, or an ApiError quoting the body that lacked what was needed. */
function read(operation, response, parse) {
    try {
        return parse(response.json, response);
    }
    catch (error) {
        if (!(error instanceof Malformed))
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
    const http = { userAgent: USER_AGENT, log: retry.log };
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
    if (!/^\d+$/.test(text) || Number(text) > MAX_ID) {
        throw new errors_InputError(input, `${errors_describeSource(input)} must be ${what}: an integer from 0 to ${MAX_ID}; got ${errors_quote(text)}.`);
    }
    return Number(text);
}
/** An id (digits) or a name (with at least one letter); anything else, `-1` or `1.5` say, is an error. */
function parseRef(input, text, what, inList = false) {
    const value = text.trim();
    if (/^\d+$/.test(value) && Number(value) <= MAX_ID)
        return { id: Number(value) };
    if (!/\p{L}/u.test(value) || /\p{Cc}/u.test(value)) {
        throw new errors_InputError(input, inList
            ? `${errors_describeSource(input)} must list ${what} by id (an integer from 0 to ${MAX_ID}) or name, separated by commas, spaces or newlines; ${errors_quote(value)} is neither.`
            : `${errors_describeSource(input)} must be ${what} id (an integer from 0 to ${MAX_ID}) or name; got ${errors_quote(value)}.`);
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
            'Operators: < <= > >= == !=. Ignored, with a warning, when wait is false.',
    },
};
const RUN_DECLARATIONS = { ...RUN_ONLY, ...CONNECTION_DECLARATIONS, ...COMMENT_DECLARATIONS };

;// CONCATENATED MODULE: ./src/run/kpis.ts
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
        kpis.success_rate = exactRate(basis.successCount, basis.requestCount);
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
/** Four decimals: exact enough for any threshold, free of floating-point tails. */
const exactRate = (success, requests) => Math.round((success / requests) * 100 * 10_000) / 10_000;
function numberOf(value) {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

;// CONCATENATED MODULE: ./src/run/thresholds.ts
// Pass/fail rules over a run's figures: `success_rate >= 99.5, avg_response_time <= 300`.
// A tiny grammar (field, operator, number), parsed by hand: no expression library is worth its
// start-up cost for six operators.


const OPERATORS = ['<=', '>=', '==', '!=', '<', '>'];
function parseThresholds(input, text) {
    return text
        .split(/[,\n;]+/)
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .map((part) => {
        const m = /^([a-z_0-9]+)\s*(<=|>=|==|!=|<|>)\s*(-?\d+(?:\.\d+)?)$/.exec(part);
        if (!m) {
            throw new errors_InputError(input, `Input "${input}" must list rules like "success_rate >= 99.5" (a field, one of ${OPERATORS.join(' ')}, a number), separated by commas or newlines; ${errors_quote(part)} is not one.`);
        }
        const [, field, operator, value] = m;
        if (!KPI_FIELDS.includes(field)) {
            throw new errors_InputError(input, `Input "${input}" names an unknown field ${errors_quote(field)}; the fields are ${KPI_FIELDS.join(', ')}.`);
        }
        return { field: field, operator: operator, value: Number(value), text: `${field} ${operator} ${value}` };
    });
}
const compare = {
    '<=': (a, b) => a <= b,
    '>=': (a, b) => a >= b,
    '==': (a, b) => a === b,
    '!=': (a, b) => a !== b,
    '<': (a, b) => a < b,
    '>': (a, b) => a > b,
};
/** A figure the report lacks breaks its rule: an unjudgeable run is not a passing one. */
function judgeThresholds(thresholds, kpis) {
    return thresholds.map((threshold) => {
        const actual = kpis[threshold.field];
        return { threshold, actual, passed: actual !== undefined && compare[threshold.operator](actual, threshold.value) };
    });
}

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
    const clusterId = parseBoundedInt('cluster_id', raw.cluster_id, 0, MAX_ID, RUN_DECLARATIONS.cluster_id.default, 'the resource group id (0 for the shared group)');
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

;// CONCATENATED MODULE: ./src/run/identity.ts

const ACTIVE = [RUN_STATUS.waiting, RUN_STATUS.running, RUN_STATUS.paused];
/** `stopping` is not an end: the report is complete only once the run reads `stopped`. */
const ENDED = [RUN_STATUS.finished, RUN_STATUS.abnormal, RUN_STATUS.stopped];
const RUN_STATUS_NAMES = {
    [RUN_STATUS.waiting]: 'waiting',
    [RUN_STATUS.running]: 'running',
    [RUN_STATUS.paused]: 'paused',
    [RUN_STATUS.finished]: 'finished',
    [RUN_STATUS.abnormal]: 'ended abnormally',
    [RUN_STATUS.stopped]: 'stopped by user',
    [RUN_STATUS.stopping]: 'being stopped by user',
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

;// CONCATENATED MODULE: ./src/run/known.ts
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
    };
}
/** What a cancellation leaves behind, by where the step was. */
function cancelledMessage(signal, { phase, taskRunId: runId }, taskId, wait) {
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
        client.retry.log.info(`BatchUpdateTaskStatus (the new edition's ${status === STATUS_CHANGE.start ? 'start' : 'stop'}) was refused: ${error.message.replace(/\.$/, '')}. Using UpdateTaskStatus (old edition) instead.`);
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
        return await changeStatus(client, ref, STATUS_CHANGE.start, cluster, recover);
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
        await changeStatus(client, ref, STATUS_CHANGE.stop, cluster, async () => ((await over()) ? runId : undefined), api);
        return 'stopped';
    }
    catch (error) {
        if (refusedOutright(error, ['BatchUpdateTaskStatus', 'UpdateTaskStatus']) && (await over()))
            return 'already-over';
        throw error;
    }
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
    /** Set when the main step saw the run end. */
    ended: 'ended',
};

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
const format = (n) => (n === undefined ? 'n/a' : n.toLocaleString('en-US', { maximumFractionDigits: 2 }));
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
    const figures = KPI_ROWS.filter(([field]) => s.kpis[field] !== undefined);
    if (figures.length > 0) {
        // A run that did not end has figures of what ran so far.
        const partial = s.status === 'timed_out' || s.status === 'error';
        lines.push(partial ? '| Figure (partial: the run had not ended) | Value so far |' : '| Figure | Value |', '|---|---|', ...figures.map(([field, label, unit]) => `| ${label} | ${format(s.kpis[field])}${unit} |`), '');
        const basis = successRateNote(s.successRate);
        if (basis && s.kpis.success_rate !== undefined)
            lines.push(basis, '');
    }
    if (s.verdicts.length > 0) {
        lines.push('| Threshold | Actual | Result |', '|---|---|---|', ...s.verdicts.map((v) => `| \`${v.threshold.text}\` | ${format(v.actual)} | ${v.passed ? '✅ pass' : '❌ fail'} |`), '');
    }
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
    lines.push('| | |', '|---|---|', ...rows, '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/run/verdict.ts
// The verdict on a run that was followed: its status from how it ended, its report and the
// thresholds, and the message that fails the step.




/** The verdict on a run, from how it ended and its report. */
function judgeRun(end, outline, thresholds) {
    const kpis = outline ? kpisOf(outline) : {};
    // When only the run's record told of its end, the report says how it ended.
    const runStatus = end.runStatus ?? outline?.task_basic_execution_data?.task_status;
    if (end.kind === 'timed_out')
        return { status: 'timed_out', kpis, verdicts: [], runStatus };
    const verdicts = judgeThresholds(thresholds, kpis);
    const status = runStatus !== RUN_STATUS.finished ? 'aborted' : verdicts.every((v) => v.passed) ? 'passed' : 'failed';
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
        return (`Run ${runId} broke ${broken.length} threshold${broken.length === 1 ? '' : 's'}: ` +
            broken.map((v) => `${v.threshold.text} (actual ${v.actual ?? 'missing from the report'})`).join('; '));
    }
    return undefined;
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
async function runMain(runner, signals = processSignals) {
    const known = { phase: 'before' };
    try {
        const config = readConfig(runner, known);
        hookCancellation(runner, signals, config, known);
        const deadline = Date.now() + config.timeoutMs;
        const session = await connect(runner, config, deadline, known);
        const { ref, before } = await prepare(runner, config, session.client, known);
        const runId = await start(runner, config, session.client, ref, before, known);
        const ids = { taskId: config.taskId, taskRunId: runId, testSuiteId: ref.testSuiteId, iamProjectId: session.iamProjectId };
        if (!config.wait)
            return await reportStarted(runner, config, ids, known);
        const end = await waitForRun(session.client, config.taskId, runId, { deadline, pollMs: config.pollMs, runsBefore: before });
        if (end.kind === 'ended')
            runner.saveState(STATE.ended, 'true');
        const outline = await readReport(runner, config, session.client, runId);
        await judgeAndReport(runner, config, ids, end, outline, known);
    }
    catch (error) {
        const message = (0,api_error/* errorMessage */.gJ)(error);
        // Once the run is judged, its status and summary stand; a later failure (the comment) is only reported.
        if (!known.judged)
            await reportError(runner, known, message).catch((e) => runner.warning(`Could not write the summary: ${String(e)}`));
        runner.setFailed(message);
    }
}
/** The settings, with their notices and warnings logged; the task id and comment settings noted. */
function readConfig(runner, known) {
    const config = resolveRunConfig(readInputs(runner, RUN_INPUTS), runner.env);
    known.taskId = config.taskId;
    known.comment = config.comment;
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
async function connect(runner, config, deadline, known) {
    const retry = (0,huawei_retry/* retrySettings */.wP)(config.maxAttempts, deadline, runner, 'timeout_minutes');
    // Keyless keys must outlast the wait: ask for the wait plus ten minutes (IAM allows 900 s to a day).
    const keyLifetimeSeconds = Math.min(86_400, Math.max(900, Math.ceil(config.timeoutMs / 1000) + 600));
    const session = await openSession(runner, config, retry, { keyLifetimeSeconds });
    known.iamProjectId = session.iamProjectId;
    warnIfKeysExpireFirst(runner, config, deadline + REPORT_GRACE_MS);
    return session;
}
/** The task's PerfTest project and its runs so far, saved for the post step before anything starts. */
async function prepare(runner, config, client, known) {
    const task = await client.showTask(config.taskId);
    const testSuiteId = await testSuiteOfTask(runner, client, config, task.testSuiteId);
    known.testSuiteId = testSuiteId;
    const before = await runsOf(client, config.taskId, task);
    runner.saveState(STATE.testSuiteId, String(testSuiteId));
    runner.saveState(STATE.runsBefore, [...before].join(','));
    if (config.wait)
        runner.saveState(STATE.waiting, 'true');
    return { ref: { testSuiteId, taskId: config.taskId }, before };
}
/** Starts the run once; its id goes to the state and the task_run_id output. */
async function start(runner, config, client, ref, before, known) {
    known.phase = 'starting';
    const started = await startRun(client, ref, { type: config.clusterType, id: config.clusterId }, before).catch((error) => {
        // Refused outright: no run exists, and the post step has nothing to look after.
        if (!(error instanceof RunMayExist))
            runner.saveState(STATE.waiting, '');
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
    await report(runner, config, { status: 'started', ...ids, kpis: {}, verdicts: [] });
}
/** The run's report outline, with a minute of its own after the wait; none is a warning, not a failure. */
async function readReport(runner, config, client, runId) {
    const retry = (0,huawei_retry/* retrySettings */.wP)(config.maxAttempts, Date.now() + REPORT_GRACE_MS, runner, 'the 60 s allowed for the report');
    return client
        .withRetry(retry)
        .showMergeReportLogsOutline(runId)
        .catch((error) => {
        runner.warning(`No report for run ${runId}: ${(0,api_error/* errorMessage */.gJ)(error)}`);
        return undefined;
    });
}
/** The verdict: status and figure outputs, the summary and comment, and the step's failure if any. */
async function judgeAndReport(runner, config, ids, end, outline, known) {
    const judged = judgeRun(end, outline, config.thresholds);
    runner.setOutput('status', judged.status);
    known.judged = true;
    // Figures of a run that did not end are partial: shown, never handed on as outputs.
    if (judged.status !== 'timed_out') {
        for (const field of ['success_rate', 'rps', 'avg_response_time', 'request_count', 'error_request_count']) {
            if (judged.kpis[field] !== undefined)
                runner.setOutput(field, String(judged.kpis[field]));
        }
    }
    const basics = outline?.task_basic_execution_data;
    const runStatus = judged.runStatus === undefined ? undefined : statusName(judged.runStatus);
    await report(runner, config, {
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
    });
    const failure = failureMessage(judged, ids.taskRunId, config.timeoutMs);
    if (failure)
        runner.setFailed(failure);
    else
        runner.info(`Run ${ids.taskRunId} passed${judged.verdicts.length ? `: ${judged.verdicts.map((v) => v.threshold.text).join(', ')}` : ''}.`);
}
async function reportError(runner, known, message) {
    runner.setOutput('status', 'error');
    const summary = errorSummary(known, message);
    if (summary)
        await publish(runner, known.comment ?? { enabled: false, token: '' }, summary.taskId, 'run', renderRunSummary(summary));
}
function report(runner, config, summary) {
    return publish(runner, config.comment, summary.taskId, 'run', renderRunSummary(summary));
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
    if (runner.getState(STATE.waiting) !== 'true' || runner.getState(STATE.ended) === 'true') {
        runner.debug('Nothing to stop: the run was not started, not waited for, or seen to end.');
        return;
    }
    const saved = runner.getState(STATE.runId);
    let config;
    try {
        config = resolveRunConfig(readInputs(runner, RUN_INPUTS), runner.env);
        const retry = (0,huawei_retry/* retrySettings */.wP)(config.maxAttempts, Date.now() + POST_TIMEOUT_MS, runner, "the post step's 60 s");
        const { client } = await openSession(runner, config, retry);
        const ref = { testSuiteId: Number(runner.getState(STATE.testSuiteId)), taskId: config.taskId };
        // The task's runs before our start, as the main step noted them.
        const before = new Set(runner.getState(STATE.runsBefore).split(',').filter(Boolean).map(Number));
        const runId = saved ? Number(saved) : await runOfLostStart(client, ref, before);
        if (runId === undefined)
            return;
        const api = (runner.getState(STATE.statusApi) || undefined);
        runner.info(await stopIfOurs(client, ref, runId, before, api));
    }
    catch (error) {
        const which = saved ? `run ${saved}` : `the run task ${config?.taskId ?? '(unknown)'} may have started`;
        runner.setFailed(`Could not stop ${which}: ${(0,api_error/* errorMessage */.gJ)(error)}. Stop it in the CodeArts PerfTest console.`);
    }
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

