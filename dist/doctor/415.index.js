export const id = 415;
export const ids = [415,363];
export const modules = {

/***/ 893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exchangeViaHttpClient: () => (/* binding */ exchangeViaHttpClient)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(942);
// The exchange through a proxy, by @actions/http-client (loaded only when a proxy variable is set):
// it tunnels through http(s)_proxy, honours no_proxy, and bypasses the proxy for loopback hosts.


async function exchangeViaHttpClient(request) {
    const client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Qq(request.userAgent, [unbracketIpv6], {
        allowRedirects: false,
        allowRetries: false,
        socketTimeout: request.timeoutMs,
    });
    try {
        const response = await client.request(request.method, request.url, request.body || null, request.headers);
        const headers = Object.fromEntries(Object.entries(response.message.headers).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
        return { status: response.message.statusCode ?? 0, headers, text: await response.readBody() };
    }
    finally {
        client.dispose();
    }
}
/**
 * http-client connects to `URL.hostname`, which keeps an IPv6 literal's brackets (`[::1]`), and Node
 * then looks `[::1]` up as a name (ENOTFOUND). A proxy's tunnel agent needs them for its CONNECT,
 * so only direct connections (a host that no_proxy or loopback exempts) are changed.
 */
const unbracketIpv6 = {
    prepareRequest(options) {
        if (options.agent instanceof node_http__WEBPACK_IMPORTED_MODULE_0__.Agent && options.host?.startsWith('[') && options.host.endsWith(']')) {
            options.host = options.host.slice(1, -1);
        }
    },
    canHandleAuthentication: () => false,
    handleAuthentication: () => Promise.reject(new Error('unused')),
};


/***/ }),

/***/ 363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kT: () => (/* binding */ ProxyAgent)
/* harmony export */ });
/* unused harmony exports undiciPath, fetch */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
// The actions' bundles resolve `undici` here (tsconfig `paths`). @actions/http-client imports
// undici's ProxyAgent, and @actions/github its fetch, when they load, both only for proxies; these
// actions send through node:http and Octokit's global fetch, and parsing and evaluating undici took
// about half of the start-up. So undici is bundled on its own (dist/undici.cjs, by
// scripts/build.mjs) and loaded on first use only.


const load = () => (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url)(undiciPath(import.meta.url));
/** Where undici.cjs is for a bundle at `moduleUrl`: beside dist/index.js, one folder up from dist/run/. */
function undiciPath(moduleUrl) {
    return ['./undici.cjs', '../undici.cjs'].find((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(new URL(p, moduleUrl))) ?? './undici.cjs';
}
class ProxyAgent {
    constructor(...args) {
        return new (load().ProxyAgent)(...args);
    }
}
/** @actions/github's proxy fetch (used only behind a proxy). */
function fetch(...args) {
    return load().fetch(...args);
}


/***/ })

};
