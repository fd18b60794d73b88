import { ApiError, TransportError } from '../../src/huawei/api-error.js';
import { backoffMs, decideRetry, parseRetryAfter, withRetries, RetriesExhausted, type RetryPolicy } from '../../src/huawei/retry.js';
import { fakeTiming } from '../helpers/timing.js';

const policy = (overrides: Partial<RetryPolicy> = {}): RetryPolicy => ({
  maxAttempts: 5,
  deadline: 1_000_000,
  baseMs: 1000,
  capMs: 20_000,
  retryAfterCapMs: 60_000,
  bound: 'timeout_seconds',
  ...overrides,
});

const apiError = (status: number, retryAfter?: string) => new ApiError('Op', status, undefined, 'x', 'rid', retryAfter);
const quiet = { warning: () => undefined, debug: () => undefined, info: () => undefined };

describe('judge', () => {
  test.each([
    [429, true, false],
    [500, true, true],
    [502, true, true],
    [503, true, true],
    [504, true, true],
    [400, false, false],
    [401, false, false],
    [403, false, false],
    [404, false, false],
    [501, false, false],
  ])('HTTP %i: retry %s, outcome unknown %s', (status, retry, unknown) => {
    expect(decideRetry(apiError(status), 0)).toMatchObject({ retry, outcomeUnknown: unknown });
  });

  test('a refused connection was never sent; a reset or a timeout may have been handled', () => {
    expect(decideRetry(new TransportError('Op', 'u', 'connect ECONNREFUSED', 'ECONNREFUSED'), 0)).toMatchObject({
      retry: true,
      outcomeUnknown: false,
    });
    expect(decideRetry(new TransportError('Op', 'u', 'socket hang up', 'ECONNRESET'), 0)).toMatchObject({
      retry: true,
      outcomeUnknown: true,
    });
    expect(decideRetry(new TransportError('Op', 'u', 'Request timeout: /v3'), 0)).toMatchObject({ retry: true, outcomeUnknown: true });
    expect(decideRetry(new TransportError('Op', 'u', 'getaddrinfo ENOTFOUND x', 'ENOTFOUND'), 0)).toMatchObject({ retry: false });
  });

  test('Retry-After is read from a 429', () => {
    expect(decideRetry(apiError(429, '7'), 0).waitMs).toBe(7000);
  });
});

describe('parseRetryAfter', () => {
  test('seconds, an HTTP date, a date in the past, junk', () => {
    const now = Date.UTC(2026, 10, 28, 4, 0, 0);
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 04:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 03:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('backoffMs: full jitter, capped', () => {
  test('uniform in [0, min(cap, base * 2^(n-1))]', () => {
    expect(backoffMs(1, policy(), 0)).toBe(0);
    expect(backoffMs(1, policy(), 0.999)).toBe(999);
    expect(backoffMs(3, policy(), 0.5)).toBe(2000);
    expect(backoffMs(10, policy(), 0.999)).toBe(19_980);
  });

  test('Retry-After is a floor, itself capped', () => {
    expect(backoffMs(1, policy(), 0, 2000)).toBe(2000);
    expect(backoffMs(1, policy(), 0, 3_600_000)).toBe(60_000);
  });
});

describe('withRetries', () => {
  test('retries transient failures, then returns; one warning per retry', async () => {
    const timing = fakeTiming();
    const warnings: string[] = [];
    let calls = 0;
    const result = await withRetries(
      { operation: 'Op', policy: policy(), timing, log: { ...quiet, warning: (m) => warnings.push(m) } },
      async () => {
        calls++;
        if (calls < 3) throw apiError(503);
        return 'done';
      },
    );
    expect(result).toBe('done');
    expect(calls).toBe(3);
    expect(timing.sleeps).toEqual([500, 1000]);
    expect(warnings).toEqual([
      expect.stringMatching(/^Op attempt 1 of 5 failed: Op failed: HTTP 503: x \(X-Request-Id rid\); retrying in 0\.5 s\.$/),
      expect.stringMatching(/^Op attempt 2 of 5 failed: .*; retrying in 1\.0 s\.$/),
    ]);
  });

  test('429 with Retry-After: 2 waits at least 2 s', async () => {
    const timing = fakeTiming(0);
    let calls = 0;
    await withRetries({ operation: 'Op', policy: policy(), timing, log: quiet }, async () => {
      if (++calls === 1) throw apiError(429, '2');
      return 'ok';
    });
    expect(timing.sleeps).toEqual([2000]);
  });

  test('a non-transient failure is thrown at once', async () => {
    const timing = fakeTiming();
    let calls = 0;
    const error = await withRetries({ operation: 'Op', policy: policy(), timing, log: quiet }, async () => {
      calls++;
      throw apiError(401);
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(calls).toBe(1);
    expect(timing.sleeps).toEqual([]);
  });

  test('gives up after max_attempts, listing what was tried and the last error', async () => {
    let calls = 0;
    const error = (await withRetries(
      { operation: 'Op', policy: policy({ maxAttempts: 3 }), timing: fakeTiming(), log: quiet },
      async () => {
        calls++;
        throw apiError(500);
      },
    ).catch((e: unknown) => e)) as RetriesExhausted;
    expect(calls).toBe(3);
    expect(error).toBeInstanceOf(RetriesExhausted);
    expect(error.message).toMatch(
      /^Op failed after 3 attempts \(max_attempts 3, 1\.5 s\): attempt 1: HTTP 500; attempt 2: HTTP 500; attempt 3: HTTP 500\. Last error: Op failed: HTTP 500/,
    );
  });

  test('gives up when the next wait would pass the deadline', async () => {
    let calls = 0;
    const error = (await withRetries(
      { operation: 'Op', policy: policy({ deadline: 2500 }), timing: fakeTiming(0.999), log: quiet },
      async () => {
        calls++;
        throw apiError(502);
      },
    ).catch((e: unknown) => e)) as RetriesExhausted;
    expect(calls).toBe(2);
    expect(error.message).toMatch(/^Op failed after 2 attempts \(timeout_seconds reached after 1\.0 s\)/);
  });

  test('with less than a second left nothing is sent', async () => {
    let calls = 0;
    const error = await withRetries({ operation: 'Op', policy: policy({ deadline: 500 }), timing: fakeTiming(), log: quiet }, async () => {
      calls++;
      return 'ok';
    }).catch((e: unknown) => e);
    expect(calls).toBe(0);
    expect((error as Error).message).toBe("Op was not sent: the time allowed for the step's network work ran out.");
  });

  test('each request gets the smaller of its own timeout and what is left of the deadline', async () => {
    const timeouts: number[] = [];
    await withRetries(
      { operation: 'Op', policy: policy({ deadline: 10_000 }), timing: fakeTiming(0), log: quiet, requestTimeoutMs: 30_000 },
      async (t) => {
        timeouts.push(t);
        return 'ok';
      },
    );
    expect(timeouts).toEqual([10_000]);
  });

  test('recover ends the loop when the effect happened after all; only for unknown outcomes', async () => {
    const recovered: unknown[] = [];
    const result = await withRetries<string>(
      { operation: 'Op', policy: policy(), timing: fakeTiming(), log: quiet, recover: async (e) => (recovered.push(e), 'found') },
      async () => {
        throw apiError(500);
      },
    );
    expect(result).toBe('found');
    expect(recovered).toHaveLength(1);

    let calls = 0;
    await withRetries<string>(
      { operation: 'Op', policy: policy(), timing: fakeTiming(), log: quiet, recover: async () => 'never' },
      async () => {
        if (++calls === 1) throw apiError(429);
        return 'second';
      },
    ).then((r) => expect(r).toBe('second'));
  });
});
