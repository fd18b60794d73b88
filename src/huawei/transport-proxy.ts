// The exchange through a proxy, by @actions/http-client (loaded only when a proxy variable is set):
// it tunnels through http(s)_proxy, honours no_proxy, and bypasses the proxy for loopback hosts.
import { Agent } from 'node:http';
import { HttpClient } from '@actions/http-client';
import type { Exchange, RawResponse } from './exchange.js';

type RequestHandler = NonNullable<ConstructorParameters<typeof HttpClient>[1]>[number];

export async function exchangeViaHttpClient(request: Exchange): Promise<RawResponse> {
  const client = new HttpClient(request.userAgent, [unbracketIpv6], {
    allowRedirects: false,
    allowRetries: false,
    socketTimeout: request.timeoutMs,
  });
  try {
    const response = await client.request(request.method, request.url, request.body || null, request.headers);
    const headers = Object.fromEntries(Object.entries(response.message.headers).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
    return { status: response.message.statusCode ?? 0, headers, text: await response.readBody() };
  } finally {
    client.dispose();
  }
}

/**
 * http-client connects to `URL.hostname`, which keeps an IPv6 literal's brackets (`[::1]`), and Node
 * then looks `[::1]` up as a name (ENOTFOUND). A proxy's tunnel agent needs them for its CONNECT,
 * so only direct connections (a host that no_proxy or loopback exempts) are changed.
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
