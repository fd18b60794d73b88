// A CodeArts PerfTest client for the emulator's demo account.
import { CptsClient } from '../../src/cpts/client.js';
import type { Logger } from '../../src/huawei/http.js';
import type { SigningKey } from '../../src/huawei/signer.js';
import { DEMO, type Emulator } from '../../emulator/index.js';

export const quietLog: Logger = { debug: () => undefined, info: () => undefined, warning: () => undefined };

export function demoClient(emulator: Emulator, options: { log?: Logger; now?: () => number; key?: SigningKey } = {}): CptsClient {
  const { now } = options;
  return new CptsClient(
    { origin: emulator.url, host: new URL(emulator.url).host },
    options.key ?? { accessKeyId: DEMO.ak, secretAccessKey: DEMO.sk },
    DEMO.projectId,
    { userAgent: 'test', log: options.log ?? quietLog, ...(now ? { now: () => new Date(now()) } : {}) },
  );
}
