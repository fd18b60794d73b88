// One JSON request to a Huawei Cloud API: sign (unless it is one of IAM's unsigned calls), send,
// read, and turn failures into ApiError.
import { Agent } from 'node:http';
import { HttpClient } from '@actions/http-client';
import { ApiError, TransportError, errorFields, quoteBody } from './api-error.js';
import { canonicalQuery, encodePath, sign, type SigningKey } from './signer.js';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
}

type RequestHandler = NonNullable<ConstructorParameters<typeof HttpClient>[1]>[number];

/** A service endpoint: `origin` for the URL, `host` (authority, default port omitted) for signing. */
export interface Endpoint {
  origin: string;
  host: string;
}

export interface ApiRequest {
  /** The API's operation name, for messages: CreateNewTask, ShowTask, ... */
  operation: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Decoded path; the signer encodes it. */
  path: string;
  query?: ReadonlyArray<readonly [string, string]>;
  /** Sent and signed as X-Project-Id on project-scoped calls. */
  projectId?: string;
  /** More headers to send (and sign, on signed calls). */
  headers?: Readonly<Record<string, string>>;
  /** Serialised with JSON.stringify; those exact bytes are signed and sent. */
  body?: unknown;
}

export interface ApiResponse {
  status: number;
  requestId: string | undefined;
  /** Where the request id came from: X-Request-Id (API gateway) or X-IAM-Trace-Id (IAM). */
  requestIdHeader: string;
  /** The parsed JSON body, or undefined when the body is empty or not JSON. */
  json: unknown;
  text: string;
  /** Response headers, by lower-case name (the first value of repeated ones). */
  headers: Record<string, string | undefined>;
}

export interface HttpOptions {
  userAgent: string;
  log: Logger;
  now?: () => Date;
  /** Idle timeout of one request, in milliseconds. */
  timeoutMs?: number;
}

/** Sends `request`, signed with `key`, or unsigned when `key` is undefined. */
export async function send(
  endpoint: Endpoint,
  key: SigningKey | undefined,
  request: ApiRequest,
  options: HttpOptions,
): Promise<ApiResponse> {
  const body = request.body === undefined ? '' : JSON.stringify(request.body);
  // Every cpts call in Huawei's SDKs carries Content-Type: application/json, GETs included.
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...request.headers };
  if (request.projectId) headers['X-Project-Id'] = request.projectId;
  let pathAndQuery: string;
  let sent: Record<string, string>;
  if (key) {
    const signed = sign(
      { method: request.method, host: endpoint.host, path: request.path, query: request.query, headers, body },
      key,
      (options.now ?? (() => new Date()))(),
    );
    const redact = (text: string): string => (key.securityToken ? text.split(key.securityToken).join('***') : text);
    options.log.debug(`Canonical request:\n${redact(signed.canonicalRequest)}`);
    options.log.debug(`String to sign:\n${signed.stringToSign}`);
    pathAndQuery = signed.pathAndQuery;
    sent = signed.headers;
  } else {
    const query = canonicalQuery(request.query);
    pathAndQuery = encodePath(request.path) + (query ? `?${query}` : '');
    sent = { ...headers, Host: endpoint.host };
  }
  const url = endpoint.origin + pathAndQuery;
  // parseEndpoint refuses userinfo; this keeps it out of the debug log and errors whoever built the endpoint.
  if (/^[^:/?#]*:\/\/[^/?#]*@/.test(url)) {
    throw new Error(
      `${request.operation} was not sent: its endpoint carries credentials (a user name and password before "@"), which are not allowed.`,
    );
  }
  options.log.debug(`${request.operation}: ${request.method} ${url}`);

  const client = new HttpClient(options.userAgent, [unbracketIpv6], {
    allowRedirects: false,
    allowRetries: false,
    socketTimeout: options.timeoutMs ?? 30_000,
  });
  let status: number;
  let requestId: string | undefined;
  let requestIdHeader = 'X-Request-Id';
  let responseHeaders: Record<string, string | undefined>;
  let text: string;
  try {
    const response = await client.request(request.method, url, body || null, sent);
    status = response.message.statusCode ?? 0;
    responseHeaders = Object.fromEntries(Object.entries(response.message.headers).map(([k, v]) => [k, firstHeader(v)]));
    requestId = responseHeaders['x-request-id'];
    if (requestId === undefined && responseHeaders['x-iam-trace-id'] !== undefined) {
      requestId = responseHeaders['x-iam-trace-id'];
      requestIdHeader = 'X-IAM-Trace-Id';
    }
    text = await response.readBody();
  } catch (error) {
    throw new TransportError(request.operation, url, describe(error), (error as NodeJS.ErrnoException).code);
  } finally {
    client.dispose();
  }
  options.log.debug(`${request.operation}: HTTP ${status}, ${requestIdHeader} ${requestId ?? '(none)'}`);

  const json = parseJson(text);
  if (status < 200 || status > 299) {
    const fields = errorFields(json);
    const detail = fields ? (fields.message ?? '') : quoteBody(text);
    throw new ApiError(request.operation, status, fields?.code, detail, requestId, responseHeaders['retry-after'], requestIdHeader);
  }
  return { status, requestId, requestIdHeader, json, text, headers: responseHeaders };
}

/**
 * http-client connects to `URL.hostname`, which keeps an IPv6 literal's brackets (`[::1]`), and Node
 * then looks `[::1]` up as a name (ENOTFOUND). The Host header, signed, keeps them. A proxy's tunnel
 * agent needs them for its CONNECT, so only direct connections are changed.
 */
const unbracketIpv6: RequestHandler = {
  prepareRequest(options) {
    if (options.agent instanceof Agent && options.host?.startsWith('[') && options.host.endsWith(']')) {
      options.host = options.host.slice(1, -1);
    }
  },
  canHandleAuthentication: () => false,
  handleAuthentication: () => Promise.reject(new Error('unused')),
};

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code && !error.message.includes(code) ? `${code} ${error.message}` : error.message;
  }
  return String(error);
}
