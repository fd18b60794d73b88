// A CodeArts PerfTest client for the emulator's demo account.
import { CptsClient } from '../../src/cpts/client.js';
import type { Logger } from '../../src/huawei/http.js';
import { BACKOFF, type RetrySettings } from '../../src/huawei/retry.js';
import type { SigningKey } from '../../src/huawei/signer.js';
import { DEMO, type Emulator } from '../../emulator/index.js';
import { fakeTiming } from './timing.js';

export const quietLog: Logger = { debug: () => undefined, info: () => undefined, warning: () => undefined };

/** Retry settings on a fake clock that starts at 0, for clients whose calls are not meant to be retried. */
export function oneAttempt(log: Logger = quietLog): RetrySettings {
  return { policy: { ...BACKOFF, maxAttempts: 1, deadline: 60_000, bound: 'the test' }, timing: fakeTiming(), log };
}

/** The demo account's client, retrying under `retry` and logging requests to its log. */
export function demoClient(emulator: Emulator, retry: RetrySettings, options: { now?: () => number; key?: SigningKey } = {}): CptsClient {
  const { now } = options;
  return new CptsClient(
    { origin: emulator.url, host: new URL(emulator.url).host },
    options.key ?? { accessKeyId: DEMO.ak, secretAccessKey: DEMO.sk },
    DEMO.projectId,
    { userAgent: 'test', log: retry.log, ...(now ? { now: () => new Date(now()) } : {}) },
    retry,
  );
}
