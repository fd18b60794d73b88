// Huawei's official Node signer (dev dependency), driven the way its SDK drives it.
import sdkSigner from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import type { Received } from '../../emulator/index.js';

const { AKSKSigner } = sdkSigner;

export interface OfficialRequest {
  /** `host[:port]`. */
  host: string;
  method: string;
  /** Decoded path. */
  path: string;
  query?: ReadonlyArray<readonly [string, string]>;
  /** Headers to sign besides host; the date must be under the exact key `X-Sdk-Date`. */
  headers: Record<string, string>;
  /** The body as an object: the official signer hashes JSON.stringify(data). */
  data?: unknown;
}

export function officialAuthorization(request: OfficialRequest, ak: string, sk: string): string {
  const queryParams: Record<string, string | string[]> = {};
  for (const [name, value] of request.query ?? []) {
    const previous = queryParams[name];
    queryParams[name] = previous === undefined ? value : [previous, value].flat();
  }
  const result = AKSKSigner.sign(
    {
      endpoint: `https://${request.host}${request.path}`,
      method: request.method,
      headers: request.headers,
      queryParams,
      data: request.data,
    } as never,
    new BasicCredentials().withAk(ak).withSk(sk),
  ) as Record<string, string>;
  return result.Authorization;
}

/** What the official signer computes for a request as a server received it. */
export function officialAuthorizationFor(received: Received, ak: string, sk: string): string {
  const signedNames = /SignedHeaders=([^,]+)/.exec(String(received.headers.authorization ?? ''))?.[1]?.split(';') ?? [];
  const headers: Record<string, string> = {};
  for (const name of signedNames) {
    if (name === 'host') continue; // the official signer takes it from the endpoint
    headers[name === 'x-sdk-date' ? 'X-Sdk-Date' : name] = String(received.headers[name]);
  }
  const url = new URL(received.target, 'http://placeholder');
  return officialAuthorization(
    {
      host: String(received.headers.host),
      method: received.method,
      path: decodeURIComponent(url.pathname),
      query: [...url.searchParams.entries()],
      headers,
      data: received.body === '' ? undefined : JSON.parse(received.body),
    },
    ak,
    sk,
  );
}
