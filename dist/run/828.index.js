export const id = 828;
export const ids = [828];
export const modules = {

/***/ 828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IamClient: () => (/* binding */ IamClient),
/* harmony export */   LIST_PROJECTS_ACTION: () => (/* binding */ LIST_PROJECTS_ACTION),
/* harmony export */   findRegionProject: () => (/* binding */ findRegionProject),
/* harmony export */   findRegionProjectId: () => (/* binding */ findRegionProjectId)
/* harmony export */ });
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(762);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(769);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(207);
// Typed IAM operations: the region project lookup (signed) and the OIDC federation calls (unsigned).



/** The id and name of each project in a Keystone project list; every other field may be anything. */
function projectsOf(response, operation) {
    const projects = response.json?.projects;
    if (!Array.isArray(projects) || !projects.every((p) => typeof p?.id === 'string' && typeof p?.name === 'string')) {
        throw _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD.malformed(operation, response, 'a projects array with id and name');
    }
    return projects.map((p) => ({ id: p.id, name: p.name }));
}
/** The IAM token, which comes as a header whatever the body. */
function subjectTokenOf(response, operation) {
    const token = response.headers['x-subject-token'];
    if (!token)
        throw _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD.malformed(operation, response, 'an X-Subject-Token header');
    return token;
}
function credentialOf(response, operation) {
    const credential = response.json?.credential;
    if (!credential || ![credential.access, credential.secret, credential.securitytoken].every((v) => typeof v === 'string' && v)) {
        // Never quote this body: it may hold half a credential.
        throw _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD.malformed(operation, response, 'a credential with access, secret and securitytoken', false);
    }
    return credential;
}
class IamClient {
    endpoint;
    http;
    retry;
    constructor(endpoint, http, 
    /** How every call is retried; its log serves the callers too. */
    retry) {
        this.endpoint = endpoint;
        this.http = http;
        this.retry = retry;
    }
    /** KeystoneListAuthProjects: the projects the caller's credentials reach; needs no IAM permission. */
    keystoneListAuthProjects(key) {
        return this.request(key, { operation: 'KeystoneListAuthProjects', method: 'GET', path: '/v3/auth/projects' }, projectsOf);
    }
    /** KeystoneListProjects: the projects named `name`; needs iam:projects:listProjects. */
    keystoneListProjects(key, name) {
        const query = [['name', name]];
        return this.request(key, { operation: 'KeystoneListProjects', method: 'GET', path: '/v3/projects', query }, projectsOf);
    }
    /** CreateTokenWithIdToken (unsigned): an IAM token (X-Subject-Token) for an OpenID Connect ID token. */
    createTokenWithIdToken(identityProvider, idToken) {
        const path = '/v3.0/OS-AUTH/id-token/tokens';
        const body = { auth: { id_token: { id: idToken } } };
        const headers = { 'X-Idp-Id': identityProvider };
        return this.request(undefined, { operation: 'CreateTokenWithIdToken', method: 'POST', path, headers, body }, subjectTokenOf);
    }
    /** CreateTemporaryAccessKeyByToken (unsigned): temporary AK/SK and security token for an IAM token. */
    createTemporaryAccessKeyByToken(token, durationSeconds) {
        const path = '/v3.0/OS-CREDENTIAL/securitytokens';
        const body = { auth: { identity: { methods: ['token'], token: { id: token, duration_seconds: durationSeconds } } } };
        return this.request(undefined, { operation: 'CreateTemporaryAccessKeyByToken', method: 'POST', path, body }, credentialOf);
    }
    /** One operation, signed with `key` (unsigned without one), retried, and read by `read`. */
    request(key, request, read) {
        const { operation } = request;
        return (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetries */ .LH)({ ...this.retry, operation }, async (timeoutMs) => read(await (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .send */ .t)(this.endpoint, key, request, { ...this.http, timeoutMs }), operation));
    }
}
/** The IAM permission KeystoneListProjects needs (KeystoneListAuthProjects needs none). */
const LIST_PROJECTS_ACTION = 'iam:projects:listProjects';
/**
 * The region's IAM project id, looked up by the region's name: first among the projects the
 * credentials reach (GET /v3/auth/projects, no permission needed), then by name (GET /v3/projects,
 * which needs iam:projects:listProjects). Exactly one match, or an error saying what to give instead.
 */
async function findRegionProjectId(iam, key, region) {
    return (await findRegionProject(iam, key, region)).id;
}
/** findRegionProjectId, saying which route found it. */
async function findRegionProject(iam, key, region) {
    const { log } = iam.retry;
    let reachable = [];
    let refusal;
    try {
        reachable = await iam.keystoneListAuthProjects(key);
    }
    catch (error) {
        // Refused or unknown to this IAM endpoint: the lookup by name may still work.
        if (!(error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD) || error.status < 400 || error.status >= 500)
            throw error;
        refusal = error;
        log.debug(`GET /v3/auth/projects was refused (${error.message}); trying GET /v3/projects?name=${region}.`);
    }
    const found = reachable.filter((p) => p.name === region);
    if (found.length === 1) {
        log.info(`project_id for region ${region} -> ${found[0].id} (GET /v3/auth/projects)`);
        return { id: found[0].id, route: '/v3/auth/projects' };
    }
    if (found.length > 1)
        throw ambiguous(region, found);
    const named = await iam.keystoneListProjects(key, region).catch((error) => {
        throw error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && error.status === 403 ? needsListProjects(error, region, refusal) : error;
    });
    const matches = named.filter((p) => p.name === region);
    if (matches.length !== 1) {
        if (matches.length > 1)
            throw ambiguous(region, matches);
        throw new Error(`Looking up the IAM project of region ${region} found none. ` +
            'Give "project_id" (console > My Credentials > API Credentials > Projects), and check that the account has a project in that region.');
    }
    log.info(`project_id for region ${region} -> ${matches[0].id} (GET /v3/projects)`);
    return { id: matches[0].id, route: '/v3/projects' };
}
/** KeystoneListProjects refused: the permission it needs, or project_id instead. */
const needsListProjects = (error, region, refusal) => new Error(`${error.message.replace(/\.$/, '')}. Looking up the IAM project of region ${region} needs the IAM permission ${LIST_PROJECTS_ACTION} ` +
    `once the projects these credentials reach (GET /v3/auth/projects${refusal ? `, refused: HTTP ${refusal.status}` : ''}) do not include it. ` +
    'Give "project_id" instead (console > My Credentials > API Credentials > Projects), or grant that permission.', { cause: error });
const ambiguous = (region, projects) => new Error(`Looking up the IAM project of region ${region} found ${projects.length}: ${projects.map((p) => p.id).join(', ')}. ` +
    'Give "project_id" (console > My Credentials > API Credentials > Projects).');


/***/ })

};
