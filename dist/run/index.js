import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(278);
var tls = __nccwpck_require__(756);
var http = __nccwpck_require__(611);
var https = __nccwpck_require__(692);
var events = __nccwpck_require__(434);
var assert = __nccwpck_require__(613);
var util = __nccwpck_require__(23);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 515:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NG: () => (/* binding */ ENV_SOURCES),
/* harmony export */   uR: () => (/* binding */ SECRET_ENV_NAMES),
/* harmony export */   z8: () => (/* binding */ resolveCredentials)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(922);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('security_token', 'Input "security_token" is given without "access_key_id" and "secret_access_key": a security token only works ' +
            'with the temporary AK/SK it was issued with; give all three inputs, or none to use the environment.');
    }
    for (const source of ENV_SOURCES) {
        const found = pick(source.label, source, (n) => env[n] ?? '');
        if (found)
            return found;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('access_key_id', 'No credentials: give "identity_provider" for keyless sign-in with the workflow\'s ID token, or the "access_key_id" and "secret_access_key" inputs (from repository secrets), ' +
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeSource */ .B6)(name)} ${message}`);
    };
    if (!sk)
        fail(names.sk, `is empty but ${names.ak} is set: an AK needs its SK (secret access key).`);
    if (!ak)
        fail(names.ak, `is empty but ${names.sk} is set: an SK needs its AK (access key id).`);
    if (!/^[A-Za-z0-9]{1,128}$/.test(ak)) {
        fail(names.ak, `must be an access key id of letters and digits; got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(ak, 40)}.`);
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


/***/ }),

/***/ 922:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ describeSource),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   hD: () => (/* binding */ quote)
/* harmony export */ });
/* unused harmony exports INVISIBLE, codePoint */
// One error type per layer: InputError for what the user gave, ApiError (huawei/api-error.ts) for
// what the cloud answered.
/** A bad or missing input; the message names the input and says what is expected. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(message);
        this.input = input;
        this.name = 'InputError';
    }
}
/** Invisible characters that change how text renders: format characters (bidi overrides, zero-width) and line separators. */
const INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}]/gu;
/** `U+202E` for a character (a code point). */
const codePoint = (char) => `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
/** Quotes a user-given value for a message: JSON-escaped so blanks, control and invisible characters show. */
function quote(value, max = 80) {
    const cut = [...value];
    const json = JSON.stringify(cut.length > max ? cut.slice(0, max).join('') + '…' : value);
    // JSON.stringify leaves these as they are; escaped, a log line shows them instead of obeying them.
    return json.replace(INVISIBLE, (char) => Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}
/** How a message names where a value came from: an input, or an environment variable (upper case). */
function describeSource(name) {
    return /^[A-Z][A-Z0-9_]*$/.test(name) ? `Environment variable ${name}` : `Input "${name}"`;
}


/***/ }),

/***/ 295:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* binding */ CONNECTION_DECLARATIONS),
/* harmony export */   W5: () => (/* binding */ COMMENT_DECLARATIONS),
/* harmony export */   vj: () => (/* binding */ inputNames)
/* harmony export */ });
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


/***/ }),

/***/ 184:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* unused harmony export SECRET_INPUTS */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(170);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(515);
/* harmony import */ var _input_declarations_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(295);
// The one place that reads the actions' inputs. Secrets are masked the moment they are read.



/** The inputs declared secret; only shared inputs may be (OwnInputDeclaration has no secret flag). */
const SECRET_INPUTS = new Set(Object.entries({ ..._input_declarations_js__WEBPACK_IMPORTED_MODULE_2__/* .CONNECTION_DECLARATIONS */ .Tc, ..._input_declarations_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMENT_DECLARATIONS */ .W5 })
    .filter(([, declaration]) => declaration.secret)
    .map(([name]) => name));
/** The texts of `names` as the runner gives them, secrets (and secret environment variables) masked. */
function readInputs(names, env) {
    const raw = {};
    for (const name of names) {
        // `name` keeps its blanks so that a blank name is an error rather than silently generated.
        const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput(name, { trimWhitespace: name !== 'name' });
        if (SECRET_INPUTS.has(name))
            mask(value);
        raw[name] = value;
    }
    for (const name of _credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .SECRET_ENV_NAMES */ .uR)
        mask(env[name]);
    return raw;
}
function mask(value) {
    const secret = value?.trim();
    if (secret)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(secret);
}


/***/ }),

/***/ 476:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f: () => (/* binding */ openSession)
});

// EXTERNAL MODULE: ./src/huawei/api-error.ts
var api_error = __nccwpck_require__(762);
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
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
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(data).digest('hex');
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
    const signature = (0,external_node_crypto_namespaceObject.createHmac)('sha256', key.secretAccessKey).update(stringToSign).digest('hex');
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
        return (await __nccwpck_require__.e(/* import() */ 893).then(__nccwpck_require__.bind(__nccwpck_require__, 893))).exchangeViaHttpClient(request);
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
    const body = request.body === undefined ? '' : JSON.stringify(request.body);
    // Every cpts call in Huawei's SDKs carries Content-Type: application/json, GETs included.
    const headers = { 'Content-Type': 'application/json', ...request.headers };
    if (request.projectId)
        headers['X-Project-Id'] = request.projectId;
    let pathAndQuery;
    let sent;
    if (key) {
        const signed = sign({ method: request.method, host: endpoint.host, path: request.path, query: request.query, headers, body }, key, (options.now ?? (() => new Date()))());
        const redact = (text) => (key.securityToken ? text.split(key.securityToken).join('***') : text);
        options.log.debug(`Canonical request:\n${redact(signed.canonicalRequest)}`);
        options.log.debug(`String to sign:\n${signed.stringToSign}`);
        pathAndQuery = signed.pathAndQuery;
        sent = signed.headers;
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
    options.log.debug(`${request.operation}: ${request.method} ${url}`);
    const timeoutMs = options.timeoutMs ?? 30_000;
    const response = await exchange({ method: request.method, url, body, headers: sent, userAgent: options.userAgent, timeoutMs }).catch((error) => {
        throw new api_error/* TransportError */.wX(request.operation, url, describe(error), error.code);
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

// EXTERNAL MODULE: ./src/huawei/retry.ts
var retry = __nccwpck_require__(207);
// EXTERNAL MODULE: ./src/cpts/types.ts
var types = __nccwpck_require__(759);
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
const isId = (value) => Number.isInteger(value) && value >= 0 && value <= types/* MAX_ID */.rc;
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
            return read(operation, await send(this.endpoint, this.key, request, { ...this.http, timeoutMs }), parse);
        };
        const { requestTimeoutMs = retry/* REQUEST_TIMEOUT_MS */.j2, timing } = this.retry;
        if (this.singleAttemptDeadline !== undefined)
            return attempt(Math.min(requestTimeoutMs, this.singleAttemptDeadline - timing.now()));
        return (0,retry/* withRetries */.LH)({ ...this.retry, operation, recover: parts.recover }, attempt);
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
;// CONCATENATED MODULE: ./src/huawei/iam.ts
// Typed IAM operations: the region project lookup (signed) and the OIDC federation calls (unsigned).



/** The id and name of each project in a Keystone project list; every other field may be anything. */
function projectsOf(response, operation) {
    const projects = response.json?.projects;
    if (!Array.isArray(projects) || !projects.every((p) => typeof p?.id === 'string' && typeof p?.name === 'string')) {
        throw api_error/* ApiError */.hD.malformed(operation, response, 'a projects array with id and name');
    }
    return projects.map((p) => ({ id: p.id, name: p.name }));
}
/** The IAM token, which comes as a header whatever the body. */
function subjectTokenOf(response, operation) {
    const token = response.headers['x-subject-token'];
    if (!token)
        throw api_error/* ApiError */.hD.malformed(operation, response, 'an X-Subject-Token header');
    return token;
}
function credentialOf(response, operation) {
    const credential = response.json?.credential;
    if (!credential || ![credential.access, credential.secret, credential.securitytoken].every((v) => typeof v === 'string' && v)) {
        // Never quote this body: it may hold half a credential.
        throw api_error/* ApiError */.hD.malformed(operation, response, 'a credential with access, secret and securitytoken', false);
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
        return (0,retry/* withRetries */.LH)({ ...this.retry, operation }, async (timeoutMs) => read(await send(this.endpoint, key, request, { ...this.http, timeoutMs }), operation));
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
    const { log } = iam.retry;
    let reachable = [];
    let refusal;
    try {
        reachable = await iam.keystoneListAuthProjects(key);
    }
    catch (error) {
        // Refused or unknown to this IAM endpoint: the lookup by name may still work.
        if (!(error instanceof api_error/* ApiError */.hD) || error.status < 400 || error.status >= 500)
            throw error;
        refusal = error;
        log.debug(`GET /v3/auth/projects was refused (${error.message}); trying GET /v3/projects?name=${region}.`);
    }
    const found = reachable.filter((p) => p.name === region);
    if (found.length === 1) {
        log.info(`project_id for region ${region} -> ${found[0].id} (GET /v3/auth/projects)`);
        return found[0].id;
    }
    if (found.length > 1)
        throw ambiguous(region, found);
    const named = await iam.keystoneListProjects(key, region).catch((error) => {
        throw error instanceof api_error/* ApiError */.hD && error.status === 403 ? needsListProjects(error, region, refusal) : error;
    });
    const matches = named.filter((p) => p.name === region);
    if (matches.length !== 1) {
        if (matches.length > 1)
            throw ambiguous(region, matches);
        throw new Error(`Looking up the IAM project of region ${region} found none. ` +
            'Give "project_id" (console > My Credentials > API Credentials > Projects), and check that the account has a project in that region.');
    }
    log.info(`project_id for region ${region} -> ${matches[0].id} (GET /v3/projects)`);
    return matches[0].id;
}
/** KeystoneListProjects refused: the permission it needs, or project_id instead. */
const needsListProjects = (error, region, refusal) => new Error(`${error.message.replace(/\.$/, '')}. Looking up the IAM project of region ${region} needs the IAM permission ${LIST_PROJECTS_ACTION} ` +
    `once the projects these credentials reach (GET /v3/auth/projects${refusal ? `, refused: HTTP ${refusal.status}` : ''}) do not include it. ` +
    'Give "project_id" instead (console > My Credentials > API Credentials > Projects), or grant that permission.', { cause: error });
const ambiguous = (region, projects) => new Error(`Looking up the IAM project of region ${region} found ${projects.length}: ${projects.map((p) => p.id).join(', ')}. ` +
    'Give "project_id" (console > My Credentials > API Credentials > Projects).');

// EXTERNAL MODULE: ./src/common/sign-in.ts + 1 modules
var sign_in = __nccwpck_require__(18);
;// CONCATENATED MODULE: ./src/common/version.ts
// Kept equal to package.json's version by a test; sent in the User-Agent.
const VERSION = '0.1.0';
const USER_AGENT = `codearts-perftest-action/${VERSION}`;

;// CONCATENATED MODULE: ./src/common/session.ts





/** Signs in and binds a client to the region's IAM project; every call of both retries under `retry`. */
async function openSession(config, retry, options = {}) {
    const http = { userAgent: USER_AGENT, log: retry.log };
    const iam = config.iamEndpoint && new IamClient(config.iamEndpoint, http, retry);
    const key = await (0,sign_in/* signIn */.Jv)(config, iam, options.run ?? (0,context/* readRunContext */.$)(), options.keyLifetimeSeconds);
    // Connection guarantees a region, and so an IAM endpoint, whenever project_id is to be looked up.
    const iamProjectId = config.projectId ?? (await findRegionProjectId(iam, key, config.region));
    return { client: new CptsClient(config.endpoint, key, iamProjectId, http, retry), key, iamProjectId };
}


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  l3: () => (/* binding */ KEYS_EXPIRE_AT),
  Jv: () => (/* binding */ signIn)
});

// UNUSED EXPORTS: exportCredentials

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var lib_core = __nccwpck_require__(170);
// EXTERNAL MODULE: ./src/huawei/api-error.ts
var api_error = __nccwpck_require__(762);
;// CONCATENATED MODULE: ./src/huawei/keyless.ts
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
        throw new NoIdTokenError(options.fromFork, `the runner answered: ${error instanceof Error ? error.message.replace(/\s+/g, ' ').trim() : String(error)}`, error);
    }
    mask(idToken);
    const hint = `Check IAM identity provider "${options.identityProvider}": its protocol must be OpenID Connect, its client ID "${options.audience}" ` +
        '(the oidc_audience input), its issuer https://token.actions.githubusercontent.com, and its mapping rules must admit this ' +
        "workflow's token (its sub claim, e.g. repo:<owner>/<repo>:pull_request).";
    const explained = (error) => {
        throw error instanceof api_error/* ApiError */.hD && error.status >= 400 && error.status < 500
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

;// CONCATENATED MODULE: ./src/common/sign-in.ts
// The key every request is signed with: access keys as given, or temporary keys from keyless
// sign-in, which can also be handed to later steps.


async function signIn(config, iam, run, durationSeconds) {
    const { auth } = config;
    if (auth.kind === 'keys') {
        lib_core.info(`Using access keys from ${auth.credentials.source}.`);
        return auth.credentials.key;
    }
    return signInWithIdToken({
        identityProvider: auth.identityProvider,
        audience: auth.audience,
        iam: iam, // config guarantees an IAM endpoint for keyless sign-in
        getIdToken: (audience) => lib_core.getIDToken(audience),
        mask: (secret) => lib_core.setSecret(secret),
        hasIdTokenService: run.hasIdTokenService,
        fromFork: run.fromFork,
        durationSeconds,
    });
}
/** When exported temporary keys expire (ISO 8601): the run step warns when they would not outlast its wait. */
const KEYS_EXPIRE_AT = 'HUAWEI_CLOUD_SECURITY_TOKEN_EXPIRES_AT';
/** Hands the temporary keys to later steps under huaweicloud/auth-action's names (already masked). */
function exportCredentials(key, region, iamProjectId) {
    core.exportVariable('HUAWEI_CLOUD_ACCESS_KEY_ID', key.accessKeyId);
    core.exportVariable('HUAWEI_CLOUD_SECRET_ACCESS_KEY', key.secretAccessKey);
    if (key.securityToken)
        core.exportVariable('HUAWEI_CLOUD_SECURITY_TOKEN', key.securityToken);
    if (key.expiresAt)
        core.exportVariable(KEYS_EXPIRE_AT, key.expiresAt);
    if (region)
        core.exportVariable('HUAWEI_CLOUD_REGION', region);
    core.exportVariable('HUAWEI_CLOUD_PROJECT_ID', iamProjectId);
    core.info('Exported the temporary keys to later steps as HUAWEI_CLOUD_ACCESS_KEY_ID, HUAWEI_CLOUD_SECRET_ACCESS_KEY and HUAWEI_CLOUD_SECURITY_TOKEN' +
        (key.expiresAt ? `, valid until ${key.expiresAt} (${KEYS_EXPIRE_AT}).` : '.'));
}


/***/ }),

/***/ 759:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ RUN_STATUS),
/* harmony export */   K2: () => (/* binding */ STATUS_CHANGE),
/* harmony export */   rc: () => (/* binding */ MAX_ID)
/* harmony export */ });
/* unused harmony exports DIRECTORY_ENTRY, CASE_STATUS */
// Request and response shapes of CodeArts PerfTest, named as the API names them. Each says which
// model of the contract (contract/cpts.json) it mirrors; answers keep only the fields the actions
// read, since the parsers (parse.ts) demand nothing else.
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
        pullRequestNumber: Number.isInteger(pullRequest?.number) ? pullRequest.number : undefined,
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
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   jg: () => (/* binding */ quoteBody),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
// What a failed Huawei Cloud call means, in the words a user needs: status, service code and
// message, request id, and what to do next when the code is a known one.
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
    code) {
        super(`${operation} failed: no answer from ${url}: ${reason}`);
        this.operation = operation;
        this.url = url;
        this.reason = reason;
        this.code = code;
        this.name = 'TransportError';
    }
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
            `${attempts.join('; ')}. Last error: ${lastError instanceof Error ? lastError.message : String(lastError)}`);
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
            log.warning(`${operation} attempt ${attempt} of ${policy.maxAttempts} failed: ${error instanceof Error ? error.message : String(error)}; ` +
                `retrying in ${(wait / 1000).toFixed(1)} s${decision.waitMs === undefined ? '' : ' (Retry-After)'}.`);
            await timing.sleep(wait);
        }
    }
}


/***/ }),

/***/ 902:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qT: () => (/* binding */ RUN_INPUTS),
  y9: () => (/* binding */ resolveRunConfig)
});

// UNUSED EXPORTS: MIN_TIMEOUT_MINUTES

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __nccwpck_require__(922);
// EXTERNAL MODULE: ./src/common/credentials.ts
var credentials = __nccwpck_require__(515);
// EXTERNAL MODULE: ./src/common/input-declarations.ts
var input_declarations = __nccwpck_require__(295);
// EXTERNAL MODULE: ./src/cpts/types.ts
var types = __nccwpck_require__(759);
;// CONCATENATED MODULE: ./src/common/validate.ts
// Pure validators: each takes an input's name and text and returns a typed value or throws an
// InputError that names the input, quotes the value (never a secret) and says what is expected.



const MAX_NAME_LENGTH = 42;
function parseId(input, text, what) {
    if (!/^\d+$/.test(text) || Number(text) > types/* MAX_ID */.rc) {
        throw new errors/* InputError */.dz(input, `${(0,errors/* describeSource */.B6)(input)} must be ${what}: an integer from 0 to ${types/* MAX_ID */.rc}; got ${(0,errors/* quote */.hD)(text)}.`);
    }
    return Number(text);
}
/** An id (digits) or a name (with at least one letter); anything else, `-1` or `1.5` say, is an error. */
function parseRef(input, text, what, inList = false) {
    const value = text.trim();
    if (/^\d+$/.test(value) && Number(value) <= types/* MAX_ID */.rc)
        return { id: Number(value) };
    if (!/\p{L}/u.test(value) || /\p{Cc}/u.test(value)) {
        throw new errors/* InputError */.dz(input, inList
            ? `${(0,errors/* describeSource */.B6)(input)} must list ${what} by id (an integer from 0 to ${types/* MAX_ID */.rc}) or name, separated by commas, spaces or newlines; ${(0,errors/* quote */.hD)(value)} is neither.`
            : `${(0,errors/* describeSource */.B6)(input)} must be ${what} id (an integer from 0 to ${types/* MAX_ID */.rc}) or name; got ${(0,errors/* quote */.hD)(value)}.`);
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
    throw new errors/* InputError */.dz(input, `${(0,errors/* describeSource */.B6)(input)} must be true or false; got ${(0,errors/* quote */.hD)(text)}.`);
}
function parseRegion(input, text) {
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(text)) {
        throw new errors/* InputError */.dz(input, `${(0,errors/* describeSource */.B6)(input)} must be a Huawei Cloud region id such as cn-north-4 or ap-southeast-1; got ${(0,errors/* quote */.hD)(text)}.`);
    }
    return text;
}
const PROJECT_ID_HELP = "It is the 32-character id of the region's IAM project: Huawei Cloud console > My Credentials > " +
    'API Credentials > Projects, the row of your region. It is not the PerfTest project id, which goes in "project".';
function parseProjectId(input, text) {
    if (!/^[0-9a-f]{32}$/.test(text)) {
        throw new errors/* InputError */.dz(input, `${(0,errors/* describeSource */.B6)(input)} must be 32 lower-case hex characters; got ${(0,errors/* quote */.hD)(text)}. ${PROJECT_ID_HELP}`);
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
    return bare === text ? (0,errors/* quote */.hD)(text) : `${(0,errors/* quote */.hD)(bare)} (query or fragment not shown)`;
}
/**
 * An endpoint origin: https://host[:port], or http:// for loopback hosts (local emulators, tests).
 * Messages never show userinfo, a query, or a value that is not a URL: any of them may hold a secret.
 */
function parseEndpoint(input, text) {
    const source = (0,errors/* describeSource */.B6)(input);
    // Any "@" is refused before parsing: an origin never holds one, and whatever precedes it may be a password.
    if (text.includes('@')) {
        throw new errors/* InputError */.dz(input, `${source} must not carry credentials (it holds "@", which sets off a user name and password): credentials in the URL are not allowed; ` +
            'give keys through access_key_id/secret_access_key, and the endpoint as scheme, host and port only (value not shown).');
    }
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* InputError */.dz(input, `${source} ${ENDPOINT_EXPECTED}; got a value that is not a URL: ${notAUrl(text)} (value not shown).`);
    }
    const loopback = url.hostname === 'localhost' || url.hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        throw new errors/* InputError */.dz(input, `${source} ${ENDPOINT_EXPECTED}; got ${shownUrl(text)}.`);
    }
    if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
        throw new errors/* InputError */.dz(input, `${source} must be the endpoint's scheme, host and optional port only, without a path or query; got ${shownUrl(text)}.`);
    }
    return { origin: url.origin, host: url.host };
}
/** An integer within bounds; empty gives `fallback`. */
function parseBoundedInt(input, text, min, max, fallback, what) {
    if (text === '')
        return fallback;
    if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
        throw new errors/* InputError */.dz(input, `${(0,errors/* describeSource */.B6)(input)} must be ${what}: an integer from ${min} to ${max}; got ${(0,errors/* quote */.hD)(text)}.`);
    }
    return Number(text);
}
/** One of a fixed set of words; empty gives `fallback`. */
function parseChoice(input, text, choices, fallback) {
    if (text === '')
        return fallback;
    if (!choices.includes(text)) {
        throw new errors/* InputError */.dz(input, `${(0,errors/* describeSource */.B6)(input)} must be one of ${choices.join(', ')}; got ${(0,errors/* quote */.hD)(text)}.`);
    }
    return text;
}

;// CONCATENATED MODULE: ./src/common/connection.ts
// The settings both actions share: where to send requests (region, endpoints, region project) and
// how to sign them (keys or keyless sign-in). Pure, like the rest of the input validation.




const CONNECTION_INPUTS = (0,input_declarations/* inputNames */.vj)(input_declarations/* CONNECTION_DECLARATIONS */.Tc);
/** The pull-request comment, which both actions can keep up to date. */
const COMMENT_INPUTS = (0,input_declarations/* inputNames */.vj)(input_declarations/* COMMENT_DECLARATIONS */.W5);
function resolveComment(raw) {
    const enabled = parseBoolean('comment_on_pr', raw.comment_on_pr, input_declarations/* COMMENT_DECLARATIONS */.W5.comment_on_pr.default);
    if (enabled && raw.github_token === '') {
        throw new errors/* InputError */.dz('github_token', 'Input "github_token" is empty but "comment_on_pr" is true: leave it at its default, ${{ github.token }}, or give a token that may write pull requests.');
    }
    return { enabled, token: raw.github_token };
}
/** The audience asked for when oidc_audience is empty: the identity provider's client ID in IAM. */
const DEFAULT_OIDC_AUDIENCE = input_declarations/* CONNECTION_DECLARATIONS */.Tc.oidc_audience.default;
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
        throw new errors/* InputError */.dz('region', 'Input "region" is required (e.g. cn-north-4), unless "endpoint" is given; it may also come from HUAWEI_CLOUD_REGION or HUAWEICLOUD_SDK_REGION.');
    }
    const projectIdSource = firstSet(raw, env, 'project_id');
    const projectId = projectIdSource && parseProjectId(projectIdSource.name, projectIdSource.value);
    if (!projectId && !region) {
        throw new errors/* InputError */.dz('project_id', `Input "project_id" is required when "region" is not given, since the lookup goes by region name. ${PROJECT_ID_HELP}`);
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
        throw new errors/* InputError */.dz('iam_endpoint', 'Keyless sign-in needs IAM: give "region" (for https://iam.{region}.myhuaweicloud.com) or "iam_endpoint".');
    }
    const maxAttempts = parseBoundedInt('max_attempts', raw.max_attempts, 1, 20, input_declarations/* CONNECTION_DECLARATIONS */.Tc.max_attempts.default, 'the number of attempts per call');
    return { region, projectId, endpoint, iamEndpoint, auth, maxAttempts, notices };
}
/** Keys from inputs or the environment, or keyless sign-in when identity_provider is given. */
function resolveAuth(raw, env, notices) {
    if (raw.identity_provider === '') {
        // action.yml gives the default whenever the input is left out, so only another value was given on purpose.
        if (raw.oidc_audience !== '' && raw.oidc_audience !== DEFAULT_OIDC_AUDIENCE) {
            notices.push('Input "oidc_audience" is only used with "identity_provider"; ignoring it.');
        }
        return { kind: 'keys', credentials: (0,credentials/* resolveCredentials */.z8)(raw, env) };
    }
    const given = ['access_key_id', 'secret_access_key', 'security_token'].filter((n) => raw[n] !== '');
    if (given.length > 0) {
        throw new errors/* InputError */.dz(given[0], `Give either "identity_provider" (keyless sign-in) or access keys, not both: drop ${given.map((n) => `"${n}"`).join(', ')} ` +
            'to sign in with the workflow\'s ID token, or drop "identity_provider" to use the keys.');
    }
    const inEnv = credentials/* ENV_SOURCES */.NG.flatMap((s) => [s.ak, s.sk]).filter((n) => env[n]?.trim());
    if (inEnv.length > 0)
        notices.push(`Signing in keyless through identity provider "${raw.identity_provider}"; not using ${inEnv.join(', ')} from the environment.`);
    if (/[\s\p{Cc}]/u.test(raw.identity_provider)) {
        throw new errors/* InputError */.dz('identity_provider', `Input "identity_provider" must be the IAM identity provider's id, without blanks; got ${JSON.stringify(raw.identity_provider)}.`);
    }
    return { kind: 'oidc', identityProvider: raw.identity_provider, audience: raw.oidc_audience || DEFAULT_OIDC_AUDIENCE };
}
/** The input when given, else the first environment variable of the same meaning that is set. */
function firstSet(raw, env, input) {
    if (raw[input] !== '')
        return { name: input, value: raw[input] };
    for (const source of credentials/* ENV_SOURCES */.NG) {
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
const RUN_DECLARATIONS = { ...RUN_ONLY, ...input_declarations/* CONNECTION_DECLARATIONS */.Tc, ...input_declarations/* COMMENT_DECLARATIONS */.W5 };

// EXTERNAL MODULE: ./src/run/thresholds.ts
var run_thresholds = __nccwpck_require__(733);
;// CONCATENATED MODULE: ./src/run/config.ts
// The run action's settings, validated like the create action's: pure, one clear error per input.







const RUN_INPUTS = (0,input_declarations/* inputNames */.vj)(RUN_DECLARATIONS);
function resolveRunConfig(raw, env) {
    if (raw.task_id === '')
        throw new errors/* InputError */.dz('task_id', 'Input "task_id" is required: the id of the task to run, e.g. ${{ steps.task.outputs.task_id }}.');
    const taskId = parseId('task_id', raw.task_id, 'a CodeArts PerfTest task id');
    // Optional: ShowTask names the task's PerfTest project; given, it must be the same one.
    const project = raw.project === '' ? undefined : parseRef('project', raw.project, 'a CodeArts PerfTest project');
    const clusterType = parseChoice('cluster_type', raw.cluster_type, ['shared-cluster-internet', 'private-cluster'], RUN_DECLARATIONS.cluster_type.default);
    const clusterId = parseBoundedInt('cluster_id', raw.cluster_id, 0, types/* MAX_ID */.rc, RUN_DECLARATIONS.cluster_id.default, 'the resource group id (0 for the shared group)');
    if (clusterType === 'private-cluster' && clusterId === 0) {
        throw new errors/* InputError */.dz('cluster_id', 'Input "cluster_id" must be the private resource group\'s id when cluster_type is private-cluster; got 0.');
    }
    const wait = parseBoolean('wait', raw.wait, RUN_DECLARATIONS.wait.default);
    const timeoutMinutes = parseTimeoutMinutes('timeout_minutes', raw.timeout_minutes, RUN_DECLARATIONS.timeout_minutes.default);
    const pollSeconds = parseBoundedInt('poll_seconds', raw.poll_seconds, 1, 600, RUN_DECLARATIONS.poll_seconds.default, 'the seconds between status checks');
    const thresholds = (0,run_thresholds/* parseThresholds */.S)('thresholds', raw.thresholds);
    const warnings = [];
    if (!wait && thresholds.length > 0) {
        warnings.push('Input "thresholds" is ignored because "wait" is false: a run that is not waited for is not judged. ' +
            'Set wait to true to judge the run against the thresholds, or leave thresholds out.');
    }
    return {
        ...resolveConnection(raw, env),
        taskId,
        project,
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
        throw new errors/* InputError */.dz(input, `Input "${input}" must be a number of minutes from ${MIN_TIMEOUT_MINUTES} to ${MAX_TIMEOUT_MINUTES}, decimals allowed ` +
            `(e.g. 0.5 or 90); got ${(0,errors/* quote */.hD)(text)}.`);
    }
    if (minutes < MIN_TIMEOUT_MINUTES) {
        throw new errors/* InputError */.dz(input, `Input "${input}" must be at least ${MIN_TIMEOUT_MINUTES} (30 s): the step starts the run and takes a first look at it ` +
            `after up to 10 s, and one request alone may take 30 s; got ${(0,errors/* quote */.hD)(text)}.`);
    }
    return minutes;
}


/***/ }),

/***/ 847:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Er: () => (/* binding */ statusName),
/* harmony export */   Hc: () => (/* binding */ ACTIVE),
/* harmony export */   YP: () => (/* binding */ standingOf),
/* harmony export */   hV: () => (/* binding */ ENDED),
/* harmony export */   ky: () => (/* binding */ runsOf)
/* harmony export */ });
/* unused harmony export RUN_STATUS_NAMES */
/* harmony import */ var _cpts_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(759);

const ACTIVE = [_cpts_types_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_STATUS */ .$H.waiting, _cpts_types_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_STATUS */ .$H.running, _cpts_types_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_STATUS */ .$H.paused];
/** `stopping` is not an end: the report is complete only once the run reads `stopped`. */
const ENDED = [_cpts_types_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_STATUS */ .$H.finished, _cpts_types_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_STATUS */ .$H.abnormal, _cpts_types_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_STATUS */ .$H.stopped];
const RUN_STATUS_NAMES = {
    [_cpts_types_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_STATUS */ .$H.waiting]: 'waiting',
    [_cpts_types_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_STATUS */ .$H.running]: 'running',
    [_cpts_types_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_STATUS */ .$H.paused]: 'paused',
    [_cpts_types_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_STATUS */ .$H.finished]: 'finished',
    [_cpts_types_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_STATUS */ .$H.abnormal]: 'ended abnormally',
    [_cpts_types_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_STATUS */ .$H.stopped]: 'stopped by user',
    [_cpts_types_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_STATUS */ .$H.stopping]: 'being stopped by user',
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


/***/ }),

/***/ 345:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(170);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(121);
/* harmony import */ var _post_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(839);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(352);




// One bundle for both steps: the main step leaves a mark in the state that the post step reads.
if (_actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(_state_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE */ .c.isPost) === 'true') {
    await (0,_post_js__WEBPACK_IMPORTED_MODULE_2__/* .post */ .b)();
}
else {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(_state_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE */ .c.isPost, 'true');
    await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 650:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NJ: () => (/* binding */ kpisOf),
/* harmony export */   qm: () => (/* binding */ successRateBasis),
/* harmony export */   r4: () => (/* binding */ KPI_FIELDS)
/* harmony export */ });
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


/***/ }),

/***/ 121:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: run

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __nccwpck_require__(170);
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
const onCancel = processSignals.onCancel;

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
var types = __nccwpck_require__(759);
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
async function resolveProject(client, ref) {
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

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __nccwpck_require__(922);
// EXTERNAL MODULE: ./src/huawei/retry.ts
var huawei_retry = __nccwpck_require__(207);
// EXTERNAL MODULE: ./src/common/inputs.ts
var inputs = __nccwpck_require__(184);
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
        s.project !== undefined ? `| PerfTest project | \`${s.project}\` |` : '',
        s.projectId !== undefined ? `| Region project id | \`${s.projectId}\` |` : '',
        s.startTime ? `| Started | ${s.startTime} |` : '',
        s.endTime ? `| Ended | ${s.endTime} |` : '',
        // Two figures that differ by design: start to end includes the wait for load generators.
        Number.isFinite(wall) && wall >= 0 ? `| Wall time (started to ended) | ${format(wall)} s |` : '',
        s.durationSeconds !== undefined ? `| Load duration (time under load, from the report) | ${s.durationSeconds} s |` : '',
    ].filter(Boolean);
    lines.push('| | |', '|---|---|', ...rows, '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/github/job-summary.ts
// The job summary: markdown appended to the file the runner gives (GITHUB_STEP_SUMMARY).

/** Appends markdown to the job summary, when the runner gives one. */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return core.debug('GITHUB_STEP_SUMMARY is not set: no job summary.');
    await core.summary.addRaw(markdown).write();
}

// EXTERNAL MODULE: ./src/common/session.ts + 8 modules
var session = __nccwpck_require__(476);
// EXTERNAL MODULE: ./src/common/sign-in.ts + 1 modules
var sign_in = __nccwpck_require__(18);
// EXTERNAL MODULE: ./src/run/config.ts + 3 modules
var run_config = __nccwpck_require__(902);
// EXTERNAL MODULE: ./src/run/identity.ts
var identity = __nccwpck_require__(847);
// EXTERNAL MODULE: ./src/run/kpis.ts
var run_kpis = __nccwpck_require__(650);
// EXTERNAL MODULE: ./src/run/start.ts
var start = __nccwpck_require__(1);
// EXTERNAL MODULE: ./src/run/state.ts
var state = __nccwpck_require__(352);
// EXTERNAL MODULE: ./src/run/thresholds.ts
var run_thresholds = __nccwpck_require__(733);
;// CONCATENATED MODULE: ./src/run/verdict.ts
// The verdict on a run that was followed: its status from how it ended, its report and the
// thresholds, and the message that fails the step.




/** The verdict on a run, from how it ended and its report. */
function judgeRun(end, outline, thresholds) {
    const kpis = outline ? (0,run_kpis/* kpisOf */.NJ)(outline) : {};
    // When only the run's record told of its end, the report says how it ended.
    const runStatus = end.runStatus ?? outline?.task_basic_execution_data?.task_status;
    if (end.kind === 'timed_out')
        return { status: 'timed_out', kpis, verdicts: [], runStatus };
    const verdicts = (0,run_thresholds/* judgeThresholds */.w)(thresholds, kpis);
    const status = runStatus !== types/* RUN_STATUS */.$H.finished ? 'aborted' : verdicts.every((v) => v.passed) ? 'passed' : 'failed';
    return { status, kpis, verdicts, runStatus };
}
/** Why the step fails, or undefined when the run passed. */
function failureMessage({ status, runStatus, verdicts }, runId, timeoutMs) {
    if (status === 'timed_out') {
        const state = runStatus === undefined ? 'going' : (0,identity/* statusName */.Er)(runStatus);
        return `Run ${runId} was still ${state} after timeout_minutes (${timeoutMs / 60_000}); the post step stops it.`;
    }
    if (status === 'aborted') {
        if (runStatus === undefined)
            return `Run ${runId} ended, but neither the task nor the run's report says how (no run_status): not judged as passed.`;
        return `Run ${runId} ${(0,identity/* statusName */.Er)(runStatus)} (run_status ${runStatus}).`;
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
            const seen = readStanding(await (0,identity/* standingOf */.YP)(look, taskId, runId), seenActive, options.runsBefore);
            failures = 0;
            delay = options.pollMs;
            if (seen.runStatus !== undefined) {
                last = seen.runStatus;
                seenActive ||= identity/* ACTIVE */.Hc.includes(seen.runStatus);
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
        const text = standing.runStatus === undefined ? 'ended' : (0,identity/* statusName */.Er)(standing.runStatus);
        return { text, end: { kind: 'ended', runStatus: standing.runStatus } };
    }
    if (standing.kind === 'current') {
        const status = standing.runStatus;
        // An end never seen coming is only the task's word (it may lag our start): the run's own record settles it.
        if (identity/* ENDED */.hV.includes(status) && !seenActive) {
            return { text: `${(0,identity/* statusName */.Er)(status)}, as the task says; waiting for the run's own record to confirm it` };
        }
        return { text: (0,identity/* statusName */.Er)(status), runStatus: status, end: identity/* ENDED */.hV.includes(status) ? { kind: 'ended', runStatus: status } : undefined };
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
// The run action: start the task, follow the run, judge it, report. The post step (post.ts) stops
// the run only if this step started it, was waiting, and never saw it end.


















/** Time allowed for the report after the run ends, beyond timeout_minutes. */
const REPORT_GRACE_MS = 60_000;
async function main() {
    // What is known so far, for the summary of a step that fails before the run is judged, and for a cancellation.
    const known = { phase: 'before' };
    try {
        const config = (0,run_config/* resolveRunConfig */.y9)((0,inputs/* readInputs */.K)(run_config/* RUN_INPUTS */.qT, process.env), process.env);
        known.taskId = config.taskId;
        known.comment = config.comment;
        config.notices.forEach((n) => core.info(n));
        config.warnings.forEach((w) => core.warning(w));
        onCancel((signal) => {
            const message = cancelledMessage(signal, known, config.taskId, config.wait);
            reportErrorSync(known, message);
            core.setFailed(message);
            process.exit(1);
        });
        const deadline = Date.now() + config.timeoutMs;
        const retry = (0,huawei_retry/* retrySettings */.wP)(config.maxAttempts, deadline, core, 'timeout_minutes');
        // Keyless keys must outlast the wait: ask for the wait plus ten minutes (IAM allows 900 s to a day).
        const keyLifetime = Math.min(86_400, Math.max(900, Math.ceil(config.timeoutMs / 1000) + 600));
        const { client, iamProjectId } = await (0,session/* openSession */.f)(config, retry, { keyLifetimeSeconds: keyLifetime });
        known.projectId = iamProjectId;
        warnIfKeysExpireFirst(config, deadline + REPORT_GRACE_MS);
        const task = await client.showTask(config.taskId);
        const project = await projectOfTask(client, config, task.testSuiteId);
        known.project = project;
        const ref = { testSuiteId: project, taskId: config.taskId };
        const before = await (0,identity/* runsOf */.ky)(client, config.taskId, task);
        core.saveState(state/* STATE */.c.project, String(project));
        core.saveState(state/* STATE */.c.runsBefore, [...before].join(','));
        if (config.wait)
            core.saveState(state/* STATE */.c.waiting, 'true');
        known.phase = 'starting';
        const started = await (0,start/* startRun */.AD)(client, ref, { type: config.clusterType, id: config.clusterId }, before).catch((error) => {
            // Refused outright: no run exists, and the post step has nothing to look after.
            if (!(error instanceof start/* RunMayExist */.oU))
                core.saveState(state/* STATE */.c.waiting, '');
            throw error;
        });
        const { runId } = started;
        known.taskRunId = runId;
        known.phase = 'started';
        core.saveState(state/* STATE */.c.runId, String(runId));
        core.saveState(state/* STATE */.c.statusApi, started.api);
        core.setOutput('task_run_id', String(runId));
        core.info(`Started run ${runId} of task ${config.taskId} in PerfTest project ${project} (${started.api}).`);
        const ids = { taskId: config.taskId, taskRunId: runId, project, projectId: iamProjectId };
        if (!config.wait) {
            core.setOutput('status', 'started');
            known.judged = true;
            core.info('wait is false: not waiting for the run, which goes on after this job.');
            return await report(config.comment, { status: 'started', ...ids, kpis: {}, verdicts: [] });
        }
        const end = await waitForRun(client, config.taskId, runId, { deadline, pollMs: config.pollMs, runsBefore: before });
        if (end.kind === 'ended')
            core.saveState(state/* STATE */.c.ended, 'true');
        const outline = await client
            .withRetry((0,huawei_retry/* retrySettings */.wP)(config.maxAttempts, Date.now() + REPORT_GRACE_MS, core, 'the 60 s allowed for the report'))
            .showMergeReportLogsOutline(runId)
            .catch((error) => {
            core.warning(`No report for run ${runId}: ${error instanceof Error ? error.message : String(error)}`);
            return undefined;
        });
        const judged = judgeRun(end, outline, config.thresholds);
        core.setOutput('status', judged.status);
        known.judged = true;
        // Figures of a run that did not end are partial: shown, never handed on as outputs.
        if (judged.status !== 'timed_out') {
            for (const field of ['success_rate', 'rps', 'avg_response_time', 'request_count', 'error_request_count']) {
                if (judged.kpis[field] !== undefined)
                    core.setOutput(field, String(judged.kpis[field]));
            }
        }
        const basics = outline?.task_basic_execution_data;
        await report(config.comment, {
            ...ids,
            status: judged.status,
            ending: judged.runStatus === undefined ? undefined : (0,identity/* statusName */.Er)(judged.runStatus),
            detail: judged.status === 'timed_out' ? (judged.runStatus === undefined ? 'going' : (0,identity/* statusName */.Er)(judged.runStatus)) : undefined,
            kpis: judged.kpis,
            verdicts: judged.verdicts,
            successRate: outline && (0,run_kpis/* successRateBasis */.qm)(outline),
            startTime: basics?.start_time || undefined,
            endTime: basics?.end_time || undefined,
            durationSeconds: basics?.duration,
        });
        const failure = failureMessage(judged, runId, config.timeoutMs);
        if (failure)
            core.setFailed(failure);
        else
            core.info(`Run ${runId} passed${judged.verdicts.length ? `: ${judged.verdicts.map((v) => v.threshold.text).join(', ')}` : ''}.`);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // Once the run is judged, its status and summary stand; a later failure (the comment) is only reported.
        if (!known.judged)
            await reportError(known, message).catch((e) => core.warning(`Could not write the summary: ${String(e)}`));
        core.setFailed(message);
    }
}
/** The summary of a failed step (`status: error`), with whatever ids were known. */
function errorSummary(known, message) {
    if (known.taskId === undefined)
        return undefined; // an input error: the log says it all
    return {
        status: 'error',
        detail: message,
        taskId: known.taskId,
        taskRunId: known.taskRunId,
        project: known.project,
        projectId: known.projectId,
        kpis: {},
        verdicts: [],
    };
}
async function reportError(known, message) {
    core.setOutput('status', 'error');
    const summary = errorSummary(known, message);
    if (summary)
        await report(known.comment ?? { enabled: false, token: '' }, summary);
}
/** On a cancellation there is no time for promises: the summary file is appended to at once. */
function reportErrorSync(known, message) {
    core.setOutput('status', 'error');
    const summary = errorSummary(known, message);
    if (summary && process.env.GITHUB_STEP_SUMMARY)
        (0,external_node_fs_.appendFileSync)(process.env.GITHUB_STEP_SUMMARY, renderRunSummary(summary) + '\n');
}
/**
 * The task's PerfTest project: from the task itself (ShowTask's project_id); when "project" is given
 * too, it must name the same one.
 */
async function projectOfTask(client, config, fromTask) {
    if (config.project === undefined) {
        if (fromTask === undefined) {
            throw new errors/* InputError */.dz('project', `Task ${config.taskId}'s answer does not say which PerfTest project it belongs to: give input "project" (its id or name).`);
        }
        core.info(`PerfTest project of task ${config.taskId} -> ${fromTask}`);
        return fromTask;
    }
    const given = await resolveProject(client, config.project);
    if (fromTask !== undefined && given !== fromTask) {
        throw new errors/* InputError */.dz('project', `Input "project" names PerfTest project ${given}, but task ${config.taskId} belongs to PerfTest project ${fromTask}: give ${fromTask}, or leave "project" empty.`);
    }
    return given;
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
/** Temporary keys handed over by an earlier step (export_credentials) that expire before the wait's bound. */
function warnIfKeysExpireFirst(config, bound) {
    if (config.auth.kind !== 'keys' || !config.auth.credentials.key.securityToken)
        return;
    const expiry = Date.parse(process.env[sign_in/* KEYS_EXPIRE_AT */.l3] ?? '');
    if (Number.isNaN(expiry) || expiry >= bound)
        return;
    core.warning(`The temporary keys from ${config.auth.credentials.source} expire at ${new Date(expiry).toISOString()}, before this step's bound ` +
        `(timeout_minutes ${config.timeoutMs / 60_000} ends at ${new Date(bound).toISOString()} with the report's minute): ` +
        'once they expire the wait fails and the post step cannot stop the run. Give this step "identity_provider" so that it signs in ' +
        'itself with keys for the whole wait, or lower timeout_minutes.');
}
/** The job summary, and the same in the pull-request comment when asked for. */
async function report(comment, summary) {
    const markdown = renderRunSummary(summary);
    await writeSummary(markdown);
    if (comment.enabled) {
        const { upsertPrComment } = await __nccwpck_require__.e(/* import() */ 809).then(__nccwpck_require__.bind(__nccwpck_require__, 809));
        await upsertPrComment({ token: comment.token, taskId: summary.taskId, section: 'run', content: markdown, log: core });
    }
}
/** The name @github/local-action looks for. */



/***/ }),

/***/ 839:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(170);
/* harmony import */ var _huawei_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(207);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(184);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(902);
/* harmony import */ var _common_session_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(476);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(847);
/* harmony import */ var _start_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(352);
// The run action's post step: stop our run only when the main step started it (or may have), was
// waiting for it, and never saw it end (the job was cancelled or timed out), and only after
// confirming that the task's current run is ours. With wait: false the run goes on.








/** The post step's own bound: it runs after a cancellation, when little time is left. */
const POST_TIMEOUT_MS = 60_000;
async function post() {
    if (_actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(_state_js__WEBPACK_IMPORTED_MODULE_7__/* .STATE */ .c.waiting) !== 'true' || _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(_state_js__WEBPACK_IMPORTED_MODULE_7__/* .STATE */ .c.ended) === 'true') {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.debug('Nothing to stop: the run was not started, not waited for, or seen to end.');
        return;
    }
    const saved = _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(_state_js__WEBPACK_IMPORTED_MODULE_7__/* .STATE */ .c.runId);
    let config;
    try {
        config = (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveRunConfig */ .y9)((0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInputs */ .K)(_config_js__WEBPACK_IMPORTED_MODULE_3__/* .RUN_INPUTS */ .qT, process.env), process.env);
        const retry = (0,_huawei_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retrySettings */ .wP)(config.maxAttempts, Date.now() + POST_TIMEOUT_MS, _actions_core__WEBPACK_IMPORTED_MODULE_0__, "the post step's 60 s");
        const { client } = await (0,_common_session_js__WEBPACK_IMPORTED_MODULE_4__/* .openSession */ .f)(config, retry);
        const ref = { testSuiteId: Number(_actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(_state_js__WEBPACK_IMPORTED_MODULE_7__/* .STATE */ .c.project)), taskId: config.taskId };
        // The task's runs before our start, as the main step noted them.
        const before = new Set(_actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(_state_js__WEBPACK_IMPORTED_MODULE_7__/* .STATE */ .c.runsBefore).split(',').filter(Boolean).map(Number));
        const runId = saved ? Number(saved) : await runOfLostStart(client, ref, before);
        if (runId === undefined)
            return;
        const api = (_actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(_state_js__WEBPACK_IMPORTED_MODULE_7__/* .STATE */ .c.statusApi) || undefined);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(await stopIfOurs(client, ref, runId, before, api));
    }
    catch (error) {
        const which = saved ? `run ${saved}` : `the run task ${config?.taskId ?? '(unknown)'} may have started`;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(`Could not stop ${which}: ${error instanceof Error ? error.message : String(error)}. Stop it in the CodeArts PerfTest console.`);
    }
}
/** How often, and how far apart, ShowTask is asked again while it does not show our run yet. */
const LAG_CHECKS = 10;
const LAG_CHECK_MS = 2000;
/** The run a start of unknown outcome began: one not among the runs noted before it, if any. */
async function runOfLostStart(client, ref, before) {
    const fresh = [...(await (0,_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .runsOf */ .ky)(client, ref.taskId))].filter((id) => !before.has(id));
    if (fresh.length === 0) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`No run of task ${ref.taskId} began from the start whose answer was lost: nothing to stop.`);
        return undefined;
    }
    const runId = Math.max(...fresh);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Run ${runId} of task ${ref.taskId} began from the start whose answer was lost.`);
    return runId;
}
/** Stops our run if it is the task's current one and still going; otherwise says what it left alone. */
async function stopIfOurs(client, ref, runId, before, api) {
    let standing = await (0,_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .standingOf */ .YP)(client, ref.taskId, runId);
    // Right after a start, ShowTask may still show the run before ours (or none): give it a few seconds.
    for (let i = 0; i < LAG_CHECKS && standing.kind === 'unsettled' && (standing.current === undefined || before.has(standing.current)); i++) {
        await client.retry.timing.sleep(LAG_CHECK_MS);
        standing = await (0,_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .standingOf */ .YP)(client, ref.taskId, runId);
    }
    if (standing.kind === 'ended') {
        const current = standing.task.latestRunId;
        const theirs = current !== undefined && current !== runId && !before.has(current) && _identity_js__WEBPACK_IMPORTED_MODULE_5__/* .ACTIVE */ .Hc.includes(standing.task.run_status);
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
    if (!_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .ACTIVE */ .Hc.includes(standing.runStatus)) {
        return `Run ${runId} of task ${ref.taskId} is ${(0,_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .statusName */ .Er)(standing.runStatus)} already: nothing to stop.`;
    }
    const outcome = await (0,_start_js__WEBPACK_IMPORTED_MODULE_6__/* .stopRun */ .KV)(client, ref, runId, api);
    return outcome === 'stopped'
        ? `Stopped run ${runId} of task ${ref.taskId}: the job ended while waiting for it.`
        : `Run ${runId} of task ${ref.taskId} was over by the time it was stopped: nothing more to do.`;
}


/***/ }),

/***/ 1:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ startRun),
/* harmony export */   KV: () => (/* binding */ stopRun),
/* harmony export */   oU: () => (/* binding */ RunMayExist)
/* harmony export */ });
/* harmony import */ var _cpts_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(759);
/* harmony import */ var _huawei_api_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(762);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(847);



/** A start whose outcome is unknown: a run may exist, and nobody knows its id. */
class RunMayExist extends Error {
    constructor(ref, cause) {
        super(`${cause instanceof Error ? cause.message.replace(/\.$/, '') : String(cause)}. A run of task ${ref.taskId} may have started ` +
            `(PerfTest project ${ref.testSuiteId}) although its answer was lost: check the task in the CodeArts PerfTest console before re-running.`, { cause });
        this.name = 'RunMayExist';
    }
}
/**
 * The start or stop call itself refused outright (not a failure on the way, and not a refusal of the
 * look at the task that follows a lost answer): nothing happened.
 */
function refusedOutright(error, operations) {
    return (error instanceof _huawei_api_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD &&
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
        client.retry.log.info(`BatchUpdateTaskStatus (the new edition's ${status === _cpts_types_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_CHANGE */ .K2.start ? 'start' : 'stop'}) was refused: ${error.message.replace(/\.$/, '')}. Using UpdateTaskStatus (old edition) instead.`);
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
        const fresh = [...(await (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .runsOf */ .ky)(client, ref.taskId))].filter((id) => !before.has(id));
        if (fresh.length === 0)
            return undefined;
        const runId = Math.max(...fresh);
        client.retry.log.info(`The answer to the start was lost, but run ${runId} of task ${ref.taskId} began: following it instead of starting another.`);
        return runId;
    };
    try {
        return await changeStatus(client, ref, _cpts_types_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_CHANGE */ .K2.start, cluster, recover);
    }
    catch (error) {
        // An answer that cannot be read still means the start was taken: look for the run once.
        if (error instanceof _huawei_api_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD && error.status >= 200 && error.status < 300) {
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
        const standing = await (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .standingOf */ .YP)(client, ref.taskId, runId);
        return standing.kind === 'ended' || (standing.kind === 'current' && !_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTIVE */ .Hc.includes(standing.runStatus));
    };
    // Huawei's own tooling stops with the shared group and cluster -1.
    const cluster = { type: 'shared-cluster-internet', id: -1 };
    try {
        await changeStatus(client, ref, _cpts_types_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_CHANGE */ .K2.stop, cluster, async () => ((await over()) ? runId : undefined), api);
        return 'stopped';
    }
    catch (error) {
        if (refusedOutright(error, ['BatchUpdateTaskStatus', 'UpdateTaskStatus']) && (await over()))
            return 'already-over';
        throw error;
    }
}


/***/ }),

/***/ 352:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ STATE)
/* harmony export */ });
// What the main step leaves for the post step (core.saveState), by name.
const STATE = {
    isPost: 'isPost',
    /** Our run's id, once known. */
    runId: 'task_run_id',
    project: 'project',
    /** Set (with wait: true) just before the start is sent: from then on the post step looks after the run. */
    waiting: 'waiting',
    /** The task's runs before the start, comma-separated: after a start of unknown outcome, a run not among them is ours. */
    runsBefore: 'runs_before',
    /** The API the start went through (BatchUpdateTaskStatus or UpdateTaskStatus); the stop takes the same. */
    statusApi: 'status_api',
    /** Set when the main step saw the run end. */
    ended: 'ended',
};


/***/ }),

/***/ 733:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ parseThresholds),
/* harmony export */   w: () => (/* binding */ judgeThresholds)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(922);
/* harmony import */ var _kpis_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(650);
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
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `Input "${input}" must list rules like "success_rate >= 99.5" (a field, one of ${OPERATORS.join(' ')}, a number), separated by commas or newlines; ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(part)} is not one.`);
        }
        const [, field, operator, value] = m;
        if (!_kpis_js__WEBPACK_IMPORTED_MODULE_1__/* .KPI_FIELDS */ .r4.includes(field)) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `Input "${input}" names an unknown field ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(field)}; the fields are ${_kpis_js__WEBPACK_IMPORTED_MODULE_1__/* .KPI_FIELDS */ .r4.join(', ')}.`);
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


/***/ }),

/***/ 363:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   hd: () => (/* binding */ fetch),
/* harmony export */   kT: () => (/* binding */ ProxyAgent)
/* harmony export */ });
/* unused harmony export undiciPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
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


/***/ }),

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

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

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ExitCode: () => (/* binding */ ExitCode),
  addPath: () => (/* binding */ addPath),
  debug: () => (/* binding */ debug),
  endGroup: () => (/* binding */ endGroup),
  error: () => (/* binding */ error),
  exportVariable: () => (/* binding */ exportVariable),
  getBooleanInput: () => (/* binding */ getBooleanInput),
  getIDToken: () => (/* binding */ getIDToken),
  getInput: () => (/* binding */ getInput),
  getMultilineInput: () => (/* binding */ getMultilineInput),
  getState: () => (/* binding */ getState),
  group: () => (/* binding */ group),
  info: () => (/* binding */ info),
  isDebug: () => (/* binding */ isDebug),
  markdownSummary: () => (/* reexport */ markdownSummary),
  notice: () => (/* binding */ notice),
  platform: () => (/* reexport */ platform_namespaceObject),
  saveState: () => (/* binding */ saveState),
  setCommandEcho: () => (/* binding */ setCommandEcho),
  setFailed: () => (/* binding */ setFailed),
  setOutput: () => (/* binding */ setOutput),
  setSecret: () => (/* binding */ setSecret),
  startGroup: () => (/* binding */ startGroup),
  summary: () => (/* reexport */ summary),
  toPlatformPath: () => (/* reexport */ toPlatformPath),
  toPosixPath: () => (/* reexport */ toPosixPath),
  toWin32Path: () => (/* reexport */ toWin32Path),
  warning: () => (/* binding */ warning)
});

// NAMESPACE OBJECT: ./node_modules/@actions/core/lib/platform.js
var platform_namespaceObject = {};
__nccwpck_require__.r(platform_namespaceObject);
__nccwpck_require__.d(platform_namespaceObject, {
  arch: () => (arch),
  getDetails: () => (getDetails),
  isLinux: () => (isLinux),
  isMacOS: () => (isMacOS),
  isWindows: () => (isWindows),
  platform: () => (platform)
});

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __nccwpck_require__(942);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new lib/* HttpClient */.Qq('actions/oidc-client', [new BearerCredentialHandler(OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = _summary;
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, external_path_namespaceObject.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${external_path_namespaceObject.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient)
});

// UNUSED EXPORTS: Headers, HttpClientError, HttpClientResponse, HttpCodes, MediaTypes, getProxyUrl, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
// EXTERNAL MODULE: ./src/vendor/undici-lazy.ts
var undici_lazy = __nccwpck_require__(363);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new undici_lazy/* ProxyAgent */.kT(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

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
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(345);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
