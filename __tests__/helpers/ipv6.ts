// Whether this machine can listen on the IPv6 loopback (containers without IPv6 cannot): tests of
// `[::1]` endpoints skip, saying so, where it cannot.
import { createServer } from 'node:net';

export async function canListenOn(host: string): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(0, host, () => server.close(() => resolve(true)));
  });
}
