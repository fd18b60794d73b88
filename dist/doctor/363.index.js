export const id = 363;
export const ids = [363];
export const modules = {

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
