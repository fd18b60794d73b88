// The HTTP plumbing under the emulator: node:http on a host and port, each request's body read whole
// before it is handled, and a stop that ends open connections at once instead of waiting for them.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RequestHandler {
  handle(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void>;
  /** Answers a request whose handling threw. */
  crashed(res: ServerResponse, error: unknown): void;
}

export interface Listening {
  port: number;
  stop(): Promise<void>;
}

export async function listen(port: number, host: string, handler: RequestHandler): Promise<Listening> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      handler.handle(req, res, Buffer.concat(chunks)).catch((error: unknown) => handler.crashed(res, error));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}

/** Scripted delays; cancel() drops the pending ones when the emulator stops (they never resolve). */
export class Delays {
  private readonly timers = new Set<NodeJS.Timeout>();

  sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  cancel(): void {
    this.timers.forEach(clearTimeout);
  }
}
