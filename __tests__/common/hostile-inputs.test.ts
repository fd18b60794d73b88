// Hostile or odd inputs at the HTTP layer (issue 12): credentials in an endpoint never reach the log
// or the wire, and an IPv6 loopback endpoint is reached with its Host header intact.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CptsClient } from '../../src/cpts/client.js';
import { send, type Logger } from '../../src/huawei/http.js';
import { parseEndpoint } from '../../src/common/validate.js';
import { DEMO, startEmulator } from '../../emulator/index.js';
import { oneAttempt } from '../helpers/client.js';
import { officialAuthorizationFor } from '../helpers/official-signer.js';
import { canListenOn } from '../helpers/ipv6.js';

const lines: string[] = [];
const log: Logger = { debug: (m) => lines.push(m), info: (m) => lines.push(m), warning: (m) => lines.push(m) };
beforeEach(() => {
  lines.length = 0;
});

const IPV6 = await canListenOn('::1');

test('an endpoint carrying user:password@ is neither sent to nor written to the debug log', async () => {
  const received: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    received.push(req);
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"task_id":1}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const endpoint = { origin: `http://user:s3cret@127.0.0.1:${port}`, host: `127.0.0.1:${port}` };
    const request = { operation: 'CreateNewTask', method: 'POST', path: '/v1/p/test-suites/1/tasks', body: {} } as const;
    await expect(send(endpoint, undefined, request, { userAgent: 'test', log })).rejects.toThrow(
      /^CreateNewTask was not sent: its endpoint carries credentials \(a user name and password before "@"\), which are not allowed\.$/,
    );
    expect(lines.join('\n')).not.toContain('s3cret');
    expect(received).toHaveLength(0);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

(IPV6 ? describe : describe.skip)(`IPv6 loopback endpoint${IPV6 ? '' : ' (skipped: this machine cannot listen on ::1)'}`, () => {
  test('http://[::1]:PORT reaches a server on ::1, signed with Host [::1]:PORT', async () => {
    const emulator = await startEmulator({ host: '::1' });
    try {
      // The emulator's own url lacks the brackets; the endpoint is built as a user writes it.
      const endpoint = parseEndpoint('endpoint', `http://[::1]:${emulator.port}`);
      expect(endpoint).toEqual({ origin: `http://[::1]:${emulator.port}`, host: `[::1]:${emulator.port}` });
      const key = { accessKeyId: DEMO.ak, secretAccessKey: DEMO.sk };
      const client = new CptsClient(endpoint, key, DEMO.projectId, { userAgent: 'test', log }, oneAttempt(log)).singleAttempt(60_000);
      const created = await client.createNewTask({
        name: 'ipv6',
        parallel: false,
        project_id: DEMO.perftestProject,
        operate_mode: 2,
        case_id_list: [...DEMO.cases],
      });
      expect(created.task_id).toBe(emulator.tasks()[0].id);
      const [received] = emulator.received;
      expect(received.headers.host).toBe(`[::1]:${emulator.port}`);
      expect(received.status).toBe(201);
      expect(officialAuthorizationFor(received, DEMO.ak, DEMO.sk)).toBe(received.headers.authorization);
    } finally {
      await emulator.stop();
    }
  });
});
