// SDK-HMAC-SHA256 request signing (Huawei Cloud API gateway). Pure: no I/O, the date is passed in.
//
// The signer also produces the request line and the header values to send, so what goes on the
// wire is by construction what was signed (encoded path, sorted query, trimmed header values).
import { createHash, createHmac } from 'node:crypto';

export const ALGORITHM = 'SDK-HMAC-SHA256';

export interface SigningKey {
  accessKeyId: string;
  secretAccessKey: string;
  /** Present for temporary credentials; sent and signed as X-Security-Token. */
  securityToken?: string;
}

export interface RequestToSign {
  method: string;
  /** The endpoint's authority, `host[:port]`, default port omitted. */
  host: string;
  /** The decoded path, e.g. `/v3/0123abcd/tasks`; each segment is percent-encoded here. */
  path: string;
  /** Decoded query parameters in any order; a name may repeat. */
  query?: ReadonlyArray<readonly [string, string]>;
  /** Headers to sign besides Host, X-Sdk-Date and X-Security-Token. */
  headers?: Readonly<Record<string, string>>;
  /** The exact body bytes that will be sent. */
  body?: string | Uint8Array;
}

export interface SignedRequest {
  /** Encoded path and query for the request line. */
  pathAndQuery: string;
  /** Every signed header, trimmed, plus Authorization: send exactly these. */
  headers: Record<string, string>;
  canonicalRequest: string;
  stringToSign: string;
  signedHeaders: string;
  signature: string;
}

export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** `YYYYMMDDTHHMMSSZ` in UTC. */
export function formatSdkDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Percent-encodes everything but `A-Z a-z 0-9 - _ . ~`, UTF-8, upper-case hex. */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** The encoded path as sent on the request line (no trailing slash added). */
export function encodePath(path: string): string {
  const encoded = path.split('/').map(encodeRfc3986).join('/');
  return encoded.startsWith('/') ? encoded : '/' + encoded;
}

export function canonicalUri(path: string): string {
  const encoded = encodePath(path);
  return encoded.endsWith('/') ? encoded : encoded + '/';
}

// Code-unit order, as the gateway and the SDKs sort; localeCompare would not be stable across hosts.
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function canonicalQuery(query: ReadonlyArray<readonly [string, string]> = []): string {
  return [...query]
    .sort(([an, av], [bn, bv]) => byCodeUnit(an, bn) || byCodeUnit(av, bv))
    .map(([name, value]) => `${encodeRfc3986(name)}=${encodeRfc3986(value)}`)
    .join('&');
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function sign(request: RequestToSign, key: SigningKey, date: Date): SignedRequest {
  const toSign = new Map<string, [string, string]>(); // lower-case name -> [name as given, trimmed value]
  const add = (name: string, value: string): void => {
    const lower = name.toLowerCase();
    if (toSign.has(lower)) throw new Error(`header ${name} is given twice`);
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
  if (key.securityToken) add('X-Security-Token', key.securityToken);

  const names = [...toSign.keys()].sort(byCodeUnit);
  const signedHeaders = names.join(';');
  const canonicalHeaders = names.map((n) => `${n}:${toSign.get(n)![1]}\n`).join('');
  const query = canonicalQuery(request.query);
  const method = request.method.toUpperCase();
  const canonicalRequest = [method, canonicalUri(request.path), query, canonicalHeaders, signedHeaders, sha256Hex(request.body ?? '')].join(
    '\n',
  );
  const stringToSign = `${ALGORITHM}\n${sdkDate}\n${sha256Hex(canonicalRequest)}`;
  const signature = createHmac('sha256', key.secretAccessKey).update(stringToSign).digest('hex');

  const headers: Record<string, string> = {};
  for (const [name, value] of toSign.values()) headers[name] = value;
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
