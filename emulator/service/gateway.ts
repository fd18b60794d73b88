// The API gateway's authentication, recomputed from the bytes received. Deliberately its own
// canonicalisation code (byte-level encoding, its own query parser): it must not share the
// action's signer, or a bug there would be invisible here. Also the gateway's check that a signed
// request's project is the account's, and the gateway's own errors.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { ServiceError } from '../shared/answer.js';
import type { CredentialSeed } from '../shared/seed.js';

/** An error of the API gateway's own, before any service sees the request. */
export class GatewayError extends ServiceError {
  constructor(
    status: number,
    code: string,
    message: string,
    /** Counts towards the AK's lockout. */
    readonly countsAsFailure = false,
    readonly ak?: string,
  ) {
    super(status, code, message, 'gateway');
  }
}

export interface RawRequest {
  method: string;
  /** The request target as received: encoded path and query. */
  target: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const SKEW_MS = 15 * 60 * 1000;
const LOCK_AFTER = 5;
const LOCK_MS = 5 * 60 * 1000;

const UNRESERVED = new Set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~'.split('').map((c) => c.charCodeAt(0)));

function encode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    out += UNRESERVED.has(byte) ? String.fromCharCode(byte) : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

function decode(text: string): string {
  return decodeURIComponent(text);
}

export function canonicalRequestOf(request: RawRequest, signedHeaders: string[]): string {
  const queryStart = request.target.indexOf('?');
  const rawPath = queryStart < 0 ? request.target : request.target.slice(0, queryStart);
  const rawQuery = queryStart < 0 ? '' : request.target.slice(queryStart + 1);
  let uri = rawPath
    .split('/')
    .map((segment) => encode(decode(segment)))
    .join('/');
  if (!uri.endsWith('/')) uri += '/';
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
  const payloadHash = createHash('sha256').update(request.body).digest('hex');
  return [request.method, uri, query, headerBlock, signedHeaders.join(';'), payloadHash].join('\n');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `YYYYMMDDTHHMMSSZ` to epoch milliseconds, or undefined when malformed. */
export function parseSdkDate(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return undefined;
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

const failure = (message: string, ak?: string, countsAsFailure = true): GatewayError =>
  new GatewayError(401, 'APIGW.0301', `Incorrect IAM authentication information: ${message}`, countsAsFailure, ak);

type Checked = { key: CredentialSeed } | { error: GatewayError };

export class Gateway {
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();

  constructor(
    private readonly keys: () => CredentialSeed[],
    private readonly now: () => number,
  ) {}

  /** Checks an AK/SK-signed request; returns the key on success, or the gateway's error. */
  authenticate(request: RawRequest): Checked {
    const result = this.check(request);
    if ('error' in result && result.error.ak && result.error.countsAsFailure) this.recordFailure(result.error.ak);
    if ('key' in result) this.failures.delete(result.key.ak);
    return result;
  }

  isLocked(ak: string): boolean {
    return (this.failures.get(ak)?.lockedUntil ?? 0) > this.now();
  }

  private recordFailure(ak: string): void {
    const entry = this.failures.get(ak) ?? { count: 0, lockedUntil: 0 };
    entry.count += 1;
    if (entry.count >= LOCK_AFTER) {
      entry.lockedUntil = this.now() + LOCK_MS;
      entry.count = 0;
    }
    this.failures.set(ak, entry);
  }

  private check(request: RawRequest): Checked {
    const authorization = String(request.headers.authorization ?? '');
    const m = /^SDK-HMAC-SHA256 Access=([^,\s]+), SignedHeaders=([^,\s]+), Signature=([0-9a-f]{64})$/.exec(authorization);
    if (!m) return { error: failure('Authorization header is missing or malformed', undefined, false) };
    const [, ak, signedHeaderList, signature] = m;
    if (this.isLocked(ak)) return { error: failure('AK access failed to reach the limit,forbidden.', ak, false) };
    const key = this.keys().find((k) => k.ak === ak);
    if (!key) return { error: failure(`Get secretKey failed,ak:${ak},err:ak not exist`, undefined, false) };
    const signedHeaders = signedHeaderList.split(';');
    const wrong =
      signedHeadersError(request, signedHeaders) ??
      this.dateError(request) ??
      signatureError(request, signedHeaders, key, signature) ??
      this.securityTokenError(request, signedHeaders, key);
    return wrong === undefined ? { key } : { error: failure(wrong, ak) };
  }

  /** x-sdk-date within 15 minutes of the server time. */
  private dateError(request: RawRequest): string | undefined {
    const date = parseSdkDate(String(request.headers['x-sdk-date']));
    if (date === undefined) return 'x-sdk-date is malformed';
    if (Math.abs(this.now() - date) > SKEW_MS) return 'signature expired (x-sdk-date is more than 15 minutes from the server time)';
    return undefined;
  }

  /** A temporary key's X-Security-Token: present, signed, its own, and the key not expired. */
  private securityTokenError(request: RawRequest, signedHeaders: string[], key: CredentialSeed): string | undefined {
    if (key.securityToken === undefined) return undefined;
    const token = request.headers['x-security-token'];
    if (token === undefined) return 'a temporary AK needs X-Security-Token';
    if (!signedHeaders.includes('x-security-token')) return 'x-security-token is not signed';
    if (token !== key.securityToken) return 'the security token is invalid';
    if (key.expiresAt !== undefined && key.expiresAt <= this.now()) return 'the temporary AK/SK has expired';
    return undefined;
  }
}

/** SignedHeaders: lower case, sorted, naming x-sdk-date, and each one sent. */
function signedHeadersError(request: RawRequest, signedHeaders: string[]): string | undefined {
  const sorted = [...signedHeaders].sort(compare);
  if (signedHeaders.some((name, i) => name !== sorted[i] || name !== name.toLowerCase())) {
    return 'SignedHeaders must be lower case and sorted';
  }
  if (!signedHeaders.includes('x-sdk-date')) return 'x-sdk-date is not signed';
  const missing = signedHeaders.find((name) => request.headers[name] === undefined);
  return missing ? `signed header ${missing} is missing` : undefined;
}

function signatureError(request: RawRequest, signedHeaders: string[], key: CredentialSeed, signature: string): string | undefined {
  const expected = createHmac('sha256', key.sk)
    .update(
      `SDK-HMAC-SHA256\n${request.headers['x-sdk-date']}\n${createHash('sha256').update(canonicalRequestOf(request, signedHeaders)).digest('hex')}`,
    )
    .digest();
  return timingSafeEqual(expected, Buffer.from(signature, 'hex')) ? undefined : 'verify aksk signature fail';
}

/** A signed request's URL project must be its X-Project-Id and a project of the account. */
export function projectError(
  header: string | string[] | undefined,
  projectId: string,
  projects: { id: string }[],
): GatewayError | undefined {
  if (header !== projectId) {
    const given = header === undefined ? 'is missing' : `"${String(header)}"`;
    return failure(`X-Project-Id ${given} but the URL's project is ${projectId}`);
  }
  if (!projects.some((p) => p.id === projectId)) return failure(`project ${projectId} is not a project of this account`);
  return undefined;
}
