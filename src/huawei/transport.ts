// One HTTP exchange, as plain as it can be. Directly through node:http or node:https, loaded by the
// URL's scheme, unless the environment names a proxy for that scheme: then through
// @actions/http-client, which honours https_proxy/http_proxy and no_proxy as the runner's other
// tools do. Hand-written for the direct case because http-client loads tls, assert and a tunnel
// module on every start, which cost the create action a fifth of its start-up (docs/benchmarks.md).
import { createRequire } from 'node:module';
import type * as Http from 'node:http';
import type { Exchange, RawResponse } from './exchange.js';

export type { Exchange, RawResponse };

const require = createRequire(import.meta.url);

/** The proxy variable that applies to `url`, if one is set (no_proxy is http-client's to judge). */
export function proxyFor(url: URL, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const names = url.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
  return names.map((name) => env[name]).find(Boolean);
}

export async function exchange(request: Exchange): Promise<RawResponse> {
  const url = new URL(request.url);
  if (proxyFor(url)) return (await import('./transport-proxy.js')).exchangeViaHttpClient(request);
  const http = require(url.protocol === 'https:' ? 'node:https' : 'node:http') as typeof Http;
  const headers: Record<string, string | number> = { ...request.headers, 'user-agent': request.userAgent };
  if (request.body) headers['Content-Length'] = Buffer.byteLength(request.body, 'utf8');
  return new Promise<RawResponse>((resolve, reject) => {
    const req = http.request(
      {
        method: request.method,
        // An IPv6 literal is connected to without its brackets; the Host header keeps them.
        hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: url.port || undefined,
        path: url.pathname + url.search,
        headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    // The same words as http-client's idle timeout, which messages and docs quote.
    req.setTimeout(request.timeoutMs, () => {
      req.destroy();
      reject(new Error(`Request timeout: ${url.pathname + url.search}`));
    });
    req.on('error', reject);
    req.end(request.body || undefined);
  });
}
