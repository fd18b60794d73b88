// The emulator's command line as a user starts it (`npm run emulator`), from the committed bundle.
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { NODE } from '../../emulator/harness/run-step.js';

const CLI = fileURLToPath(new URL('../../dist/emulator/index.js', import.meta.url));

test('a port in use: one clear line on stderr, no stack trace, exit code 2', async () => {
  const taken: Server = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const { port } = taken.address() as AddressInfo;
  try {
    const result = spawnSync(NODE, [CLI, '--port', String(port)], { encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(`Port ${port} is in use: choose another with --port, or --port 0 for a free one.`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  } finally {
    await new Promise<void>((resolve) => taken.close(() => resolve()));
  }
});
