// One JSON request to a Huawei Cloud API: sign (unless it is one of IAM's unsigned calls), send,
// read, and turn failures into ApiError.
import { ApiError, TransportError, errorFields, quoteBody } from './api-error.js';
import { canonicalQuery, encodePath, sign, type SigningKey } from './signer.js';
import { exchange } from './transport.js';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
}

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
  /** Told of every 2xx answer, by operation: how answers are checked against the contract. */
  onAnswer?: (operation: string, response: ApiResponse) => void;
}

/** Sends `request`, signed with `key`, or unsigned when `key` is undefined. */
export async function send(
  endpoint: Endpoint,
  key: SigningKey | undefined,
  request: ApiRequest,
  options: HttpOptions,
): Promise<ApiResponse> {
  const { url, body, headers } = prepare(endpoint, key, request, options);
  options.log.debug(`${request.operation}: ${request.method} ${url}`);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const response = await exchange({ method: request.method, url, body, headers, userAgent: options.userAgent, timeoutMs }).catch(
    (error: unknown) => {
      throw new TransportError(request.operation, url, describe(error), (error as NodeJS.ErrnoException).code, error);
    },
  );
  const { status, text, headers: responseHeaders } = response;
  // API gateway answers carry X-Request-Id; IAM's carry X-IAM-Trace-Id instead.
  const traced = responseHeaders['x-request-id'] === undefined && responseHeaders['x-iam-trace-id'] !== undefined;
  const requestId = traced ? responseHeaders['x-iam-trace-id'] : responseHeaders['x-request-id'];
  const requestIdHeader = traced ? 'X-IAM-Trace-Id' : 'X-Request-Id';
  options.log.debug(`${request.operation}: HTTP ${status}, ${requestIdHeader} ${requestId ?? '(none)'}`);

  const json = parseJson(text);
  if (status < 200 || status > 299) {
    const fields = errorFields(json);
    const detail = fields ? (fields.message ?? '') : quoteBody(text);
    throw new ApiError(request.operation, status, fields?.code, detail, requestId, responseHeaders['retry-after'], requestIdHeader);
  }
  const answer = { status, requestId, requestIdHeader, json, text, headers: responseHeaders };
  options.onAnswer?.(request.operation, answer);
  return answer;
}

/** The URL, body and headers to send: signed (the signature's inputs logged at debug level), or as they are. */
function prepare(
  endpoint: Endpoint,
  key: SigningKey | undefined,
  request: ApiRequest,
  options: HttpOptions,
): { url: string; body: string; headers: Record<string, string> } {
  const body = request.body === undefined ? '' : JSON.stringify(request.body);
  // Every cpts call in Huawei's SDKs carries Content-Type: application/json, GETs included.
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...request.headers };
  if (request.projectId) headers['X-Project-Id'] = request.projectId;
  let pathAndQuery: string;
  let sent: Record<string, string>;
  if (key) {
    const now = (options.now ?? (() => new Date()))();
    const signed = sign({ method: request.method, host: endpoint.host, path: request.path, query: request.query, headers, body }, key, now);
    const redact = (text: string): string => (key.securityToken ? text.split(key.securityToken).join('***') : text);
    options.log.debug(`Canonical request:\n${redact(signed.canonicalRequest)}`);
    options.log.debug(`String to sign:\n${signed.stringToSign}`);
    ({ pathAndQuery, headers: sent } = signed);
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
  return { url, body, headers: sent };
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
