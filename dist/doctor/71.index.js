export const id = 71;
export const ids = [71];
export const modules = {

/***/ 71:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signInWithIdToken: () => (/* binding */ signInWithIdToken)
/* harmony export */ });
/* unused harmony export NoIdTokenError */
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(762);
// Keyless sign-in: the workflow's OpenID Connect ID token, exchanged at IAM for an IAM token and
// then for temporary AK/SK with a security token. Every secret is masked the moment it exists.

/** The job cannot get an ID token: what to change, and why forks cannot. */
class NoIdTokenError extends Error {
    constructor(fromFork, detail, cause) {
        super((fromFork
            ? 'Keyless sign-in (identity_provider) cannot work here: this run is for a pull request from a fork, and GitHub gives such runs no ID token, ' +
                "just as it withholds secrets from them, so that a fork cannot act with the base repository's cloud identity. "
            : "Keyless sign-in (identity_provider) needs the workflow's ID token, and this job cannot get one. " +
                'Add `permissions: id-token: write` to the job (or the workflow); it lets the job ask GitHub for an OpenID Connect token, nothing more. ') +
            'Otherwise give access_key_id and secret_access_key.' +
            (detail ? ` (${detail})` : ''), cause === undefined ? undefined : { cause });
        this.name = 'NoIdTokenError';
    }
}
async function signInWithIdToken(options) {
    const { iam, mask } = options;
    if (!options.hasIdTokenService)
        throw new NoIdTokenError(options.fromFork);
    let idToken;
    try {
        idToken = await options.getIdToken(options.audience);
    }
    catch (error) {
        throw new NoIdTokenError(options.fromFork, `the runner answered: ${(0,_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).replace(/\s+/g, ' ').trim()}`, error);
    }
    mask(idToken);
    const hint = `Check IAM identity provider "${options.identityProvider}": its protocol must be OpenID Connect, its client ID "${options.audience}" ` +
        '(the oidc_audience input), its issuer https://token.actions.githubusercontent.com, and its mapping rules must admit this ' +
        "workflow's token (its sub claim, e.g. repo:<owner>/<repo>:pull_request).";
    const explained = (error) => {
        throw error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && error.status >= 400 && error.status < 500
            ? new Error(`${error.message.replace(/\.$/, '')}. ${hint}`, { cause: error })
            : error;
    };
    const subjectToken = await iam.createTokenWithIdToken(options.identityProvider, idToken).catch(explained);
    mask(subjectToken);
    const credential = await iam.createTemporaryAccessKeyByToken(subjectToken, options.durationSeconds ?? 900).catch(explained);
    mask(credential.secret);
    mask(credential.securitytoken);
    iam.retry.log.info(`Signed in with the workflow's ID token through identity provider "${options.identityProvider}": temporary keys until ${credential.expires_at}.`);
    return {
        accessKeyId: credential.access,
        secretAccessKey: credential.secret,
        securityToken: credential.securitytoken,
        expiresAt: credential.expires_at,
    };
}


/***/ })

};
