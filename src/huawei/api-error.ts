// What a failed Huawei Cloud call means, in the words a user needs: status, service code and
// message, request id, and what to do next when the code is a known one.

/** An error's message, or the thrown value as text: for every message that quotes a failure. */
export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class ApiError extends Error {
  constructor(
    readonly operation: string,
    readonly status: number,
    readonly code: string | undefined,
    readonly detail: string,
    readonly requestId: string | undefined,
    /** The Retry-After header, as sent. */
    readonly retryAfter?: string,
    /** The header the request id came in: X-Request-Id from the API gateway, X-IAM-Trace-Id from IAM. */
    readonly requestIdHeader = 'X-Request-Id',
  ) {
    super(formatApiError(operation, status, code, detail, requestId, requestIdHeader));
    this.name = 'ApiError';
  }

  /** A 2xx answer without what the action needs: `expected` says what that was; the body is quoted unless it may hold a secret. */
  static malformed(
    operation: string,
    answer: { status: number; requestId: string | undefined; requestIdHeader: string; text: string },
    expected: string,
    quote = true,
  ): ApiError {
    const detail = `expected ${expected}${quote ? `; ${quoteBody(answer.text)}` : ''}`;
    return new ApiError(operation, answer.status, undefined, detail, answer.requestId, undefined, answer.requestIdHeader);
  }
}

/** A hint chosen by the message as well as the code: the gateway says "signature expired" for clock skew. */
const MESSAGE_HINTS: { code: string; pattern: RegExp; hint: string }[] = [
  {
    code: 'APIGW.0301',
    pattern: /expired/i,
    hint:
      "The signature's date (X-Sdk-Date) is more than 15 minutes off the gateway's clock, or temporary keys have expired: " +
      "check the runner's clock, and for keyless sign-in that the keys were issued for long enough. " +
      'Not retried: five failed attempts in a row lock the AK for five minutes.',
  },
];

const HINTS: Record<string, string> = {
  'APIGW.0301':
    'The gateway rejected the signature or the credentials: check the AK/SK (and the security token for temporary keys). ' +
    'Not retried: five failed attempts in a row lock the AK for five minutes, so fix the keys before re-running.',
  'APIGW.0303': "The request date is more than 15 minutes off the gateway's clock: check the runner's clock.",
  'APIGW.0101': 'The gateway does not know this API: check the endpoint and the region.',
  'APIGW.0308': 'The API is throttled: wait a few seconds and try again.',
  'SVCSTG.CPTS.4031009': 'CodeArts PerfTest is not enabled for this account in this region: enable it in the console.',
  'SVCSTG.CPTS.4032002':
    'The service knows no such task or PerfTest project in this region project, or it is not yours: check task_id and project, ' +
    'and that region and project_id name the region where they were made.',
};

function formatApiError(
  operation: string,
  status: number,
  code: string | undefined,
  detail: string,
  requestId: string | undefined,
  requestIdHeader: string,
): string {
  const parts = [`${operation} failed: HTTP ${status}`];
  if (code) parts.push(` ${code}`);
  if (detail) parts.push(`: ${detail}`);
  parts.push(requestId ? ` (${requestIdHeader} ${requestId})` : ` (no ${requestIdHeader} in the response)`);
  const hint = code ? (MESSAGE_HINTS.find((h) => h.code === code && h.pattern.test(detail))?.hint ?? HINTS[code]) : undefined;
  if (hint) parts.push(`. ${hint}`);
  else if (status === 401 || status === 403) parts.push('. Check the credentials and their permissions.');
  return parts.join('');
}

/** The first 300 characters of a body, quoted, for bodies that are not the JSON we expected. */
export function quoteBody(text: string): string {
  if (text.trim() === '') return 'empty body';
  const chars = [...text];
  return `body ${JSON.stringify(chars.length > 300 ? chars.slice(0, 300).join('') + '…' : text)}`;
}

/**
 * Finds the service's error code and message the way Huawei's SDKs do: `error_code`/`error_msg`,
 * `errorCode`/`errorMsg`, `code`/`message`, then one nested object (IAM's `{error: {...}}`).
 */
export function errorFields(body: unknown): { code?: string; message?: string } | undefined {
  if (!isRecord(body)) return undefined;
  return pairFields(body) ?? Object.values(body).filter(isRecord).map(pairFields).find(Boolean);
}

function pairFields(record: Record<string, unknown>): { code?: string; message?: string } | undefined {
  const pairs = [
    ['error_code', 'error_msg'],
    ['errorCode', 'errorMsg'],
    ['code', 'message'],
  ] as const;
  for (const [codeKey, messageKey] of pairs) {
    const code = asText(record[codeKey]);
    const message = asText(record[messageKey]);
    if (code || message) return { code, message };
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** No HTTP answer at all (refused, reset, timed out); the request may or may not have been handled. */
export class TransportError extends Error {
  constructor(
    readonly operation: string,
    readonly url: string,
    readonly reason: string,
    /** The system error code (ECONNRESET, ECONNREFUSED, ...), when there is one. */
    readonly code?: string,
    cause?: unknown,
  ) {
    super(`${operation} failed: no answer from ${url}: ${reason}`, { cause });
    this.name = 'TransportError';
  }
}
