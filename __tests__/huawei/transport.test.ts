// The HTTP exchange on its two paths: direct (node:http, no proxy variable) and through a proxy
// named by http_proxy (by @actions/http-client), against real servers on 127.0.0.1.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { exchange, proxyFor } from '../../src/huawei/transport.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let service: Server;
let servicePort: number;
const seen: Seen[] = [];

/** A CONNECT proxy that sends every tunnel to the service, whatever host it names (no DNS here). */
let proxy: Server;
let proxyPort: number;
const tunnels: string[] = [];

const listen = (server: Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

beforeAll(async () => {
  service = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      if (req.url === '/slow') return; // never answers
      res.writeHead(201, { 'X-Request-Id': 'rid-1', 'Set-Cookie': ['a=1', 'b=2'] });
      res.end(JSON.stringify({ ok: 'é' }));
    });
  });
  servicePort = await listen(service);
  proxy = createServer();
  proxy.on('connect', (req: IncomingMessage, client: Socket) => {
    tunnels.push(req.url!);
    const upstream = connect(servicePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  proxyPort = await listen(proxy);
});

afterAll(async () => {
  service.closeAllConnections();
  proxy.closeAllConnections();
  await Promise.all([service, proxy].map((s) => new Promise((resolve) => s.close(resolve))));
});

beforeEach(() => {
  seen.length = 0;
  tunnels.length = 0;
});

const PROXY_VARS = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY'];
function withEnv(vars: Record<string, string>): void {
  for (const name of PROXY_VARS) delete process.env[name];
  Object.assign(process.env, vars);
}
afterEach(() => withEnv({}));

const post = (origin: string, host: string, path = '/v3/p/tasks') =>
  exchange({
    method: 'POST',
    url: `${origin}${path}`,
    body: '{"name":"ü"}',
    headers: { Host: host, 'Content-Type': 'application/json' },
    userAgent: 'codearts-perftest-action/test',
    timeoutMs: 2000,
  });

describe('proxyFor', () => {
  test('takes the variable of the URL scheme, lower case first', () => {
    const env = { http_proxy: 'http://a:1', HTTP_PROXY: 'http://b:1', HTTPS_PROXY: 'http://c:1' };
    expect(proxyFor(new URL('http://x'), env)).toBe('http://a:1');
    expect(proxyFor(new URL('https://x'), env)).toBe('http://c:1');
    expect(proxyFor(new URL('https://x'), {})).toBeUndefined();
  });
});

describe('direct exchange', () => {
  test('sends method, path, headers and body as given and reads status, headers and UTF-8 text', async () => {
    withEnv({});
    const origin = `http://127.0.0.1:${servicePort}`;
    const response = await post(origin, `127.0.0.1:${servicePort}`, '/v3/p/tasks?limit=1');
    expect(response).toEqual({
      status: 201,
      headers: expect.objectContaining({ 'x-request-id': 'rid-1', 'set-cookie': 'a=1' }),
      text: '{"ok":"é"}',
    });
    expect(seen).toEqual([
      {
        method: 'POST',
        url: '/v3/p/tasks?limit=1',
        headers: expect.objectContaining({
          host: `127.0.0.1:${servicePort}`,
          'user-agent': 'codearts-perftest-action/test',
          'content-length': String(Buffer.byteLength('{"name":"ü"}')),
        }),
        body: '{"name":"ü"}',
      },
    ]);
  });

  test('an answer that does not come within the idle timeout fails with the path, as http-client words it', async () => {
    withEnv({});
    const origin = `http://127.0.0.1:${servicePort}`;
    await expect(post(origin, `127.0.0.1:${servicePort}`, '/slow')).rejects.toThrow('Request timeout: /slow');
  });

  test('a refused connection fails with its code', async () => {
    withEnv({});
    const closed = createServer();
    const port = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    await expect(post(`http://127.0.0.1:${port}`, `127.0.0.1:${port}`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});

describe('through a proxy (http_proxy)', () => {
  test('a host the proxy must resolve is reached through a CONNECT tunnel, headers and body intact', async () => {
    withEnv({ http_proxy: `http://127.0.0.1:${proxyPort}` });
    const response = await post(`http://cpts.service.test:${servicePort}`, `cpts.service.test:${servicePort}`);
    expect(tunnels).toEqual([`cpts.service.test:${servicePort}`]);
    expect(response.status).toBe(201);
    expect(response.text).toBe('{"ok":"é"}');
    expect(seen[0]).toMatchObject({ method: 'POST', body: '{"name":"ü"}', headers: { host: `cpts.service.test:${servicePort}` } });
  });

  test('no_proxy exempts a host: no tunnel is asked for', async () => {
    withEnv({ http_proxy: `http://127.0.0.1:${proxyPort}`, no_proxy: 'service.test' });
    await expect(post(`http://cpts.service.test:${servicePort}`, `cpts.service.test:${servicePort}`)).rejects.toThrow();
    expect(tunnels).toEqual([]);
  });

  test('loopback hosts bypass the proxy', async () => {
    withEnv({ http_proxy: `http://127.0.0.1:${proxyPort}` });
    const response = await post(`http://127.0.0.1:${servicePort}`, `127.0.0.1:${servicePort}`);
    expect(response.status).toBe(201);
    expect(tunnels).toEqual([]);
  });
});
