// The API gateway's authentication, recomputed from the bytes received. Deliberately its own
// canonicalisation code (byte-level encoding, its own query parser): it must not share the
// action's signer, or a bug there would be invisible here.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { CredentialSeed } from './fixture.js';

export interface GatewayError {
  status: number;
  error_code: string;
  error_msg: string;
  /** Counts towards the AK's lockout. */
  countsAsFailure: boolean;
  ak?: string;
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

const failure = (error_msg: string, ak?: string, countsAsFailure = true): GatewayError => ({
  status: 401,
  error_code: 'APIGW.0301',
  error_msg,
  countsAsFailure,
  ak,
});

export class Gateway {
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();

  constructor(
    private readonly keys: () => CredentialSeed[],
    private readonly now: () => number,
  ) {}

  /** Checks an AK/SK-signed request; returns the key on success, or the gateway's error. */
  authenticate(request: RawRequest): { key: CredentialSeed } | { error: GatewayError } {
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

  private check(request: RawRequest): { key: CredentialSeed } | { error: GatewayError } {
    const authorization = String(request.headers.authorization ?? '');
    const m = /^SDK-HMAC-SHA256 Access=([^,\s]+), SignedHeaders=([^,\s]+), Signature=([0-9a-f]{64})$/.exec(authorization);
    if (!m)
      return { error: failure('Incorrect IAM authentication information: Authorization header is missing or malformed', undefined, false) };
    const [, ak, signedHeaderList, signature] = m;
    if (this.isLocked(ak)) {
      return { error: failure('Incorrect IAM authentication information: AK access failed to reach the limit,forbidden.', ak, false) };
    }
    const key = this.keys().find((k) => k.ak === ak);
    if (!key)
      return {
        error: failure(`Incorrect IAM authentication information: Get secretKey failed,ak:${ak},err:ak not exist`, undefined, false),
      };

    const signedHeaders = signedHeaderList.split(';');
    const sorted = [...signedHeaders].sort(compare);
    if (signedHeaders.some((name, i) => name !== sorted[i] || name !== name.toLowerCase())) {
      return { error: failure('Incorrect IAM authentication information: SignedHeaders must be lower case and sorted', ak) };
    }
    if (!signedHeaders.includes('x-sdk-date')) {
      return { error: failure('Incorrect IAM authentication information: x-sdk-date is not signed', ak) };
    }
    const missing = signedHeaders.find((name) => request.headers[name] === undefined);
    if (missing) return { error: failure(`Incorrect IAM authentication information: signed header ${missing} is missing`, ak) };

    const date = parseSdkDate(String(request.headers['x-sdk-date']));
    if (date === undefined || Math.abs(this.now() - date) > SKEW_MS) {
      return {
        error: failure(
          date === undefined
            ? 'Incorrect IAM authentication information: x-sdk-date is malformed'
            : 'Incorrect IAM authentication information: signature expired (x-sdk-date is more than 15 minutes from the server time)',
          ak,
        ),
      };
    }

    const expected = createHmac('sha256', key.sk)
      .update(
        `SDK-HMAC-SHA256\n${request.headers['x-sdk-date']}\n${createHash('sha256').update(canonicalRequestOf(request, signedHeaders)).digest('hex')}`,
      )
      .digest();
    if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) {
      return { error: failure('Incorrect IAM authentication information: verify aksk signature fail', ak) };
    }

    if (key.securityToken !== undefined) {
      const token = request.headers['x-security-token'];
      if (token === undefined) {
        return { error: failure('Incorrect IAM authentication information: a temporary AK needs X-Security-Token', ak) };
      }
      if (!signedHeaders.includes('x-security-token')) {
        return { error: failure('Incorrect IAM authentication information: x-security-token is not signed', ak) };
      }
      if (token !== key.securityToken) {
        return { error: failure('Incorrect IAM authentication information: the security token is invalid', ak) };
      }
      if (key.expiresAt !== undefined && key.expiresAt <= this.now()) {
        return { error: failure('Incorrect IAM authentication information: the temporary AK/SK has expired', ak) };
      }
    }
    return { key };
  }
}
