// When and how long to wait before trying a call again: capped exponential backoff with full
// jitter, Retry-After honoured, everything inside one overall deadline. Pure apart from the
// injected timing, so tests control the clock and the dice.
import { ApiError, TransportError, errorMessage } from './api-error.js';
import type { Logger } from './http.js';

export interface Timing {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** In [0, 1). */
  random(): number;
}

export const realTiming: Timing = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

export interface RetryPolicy {
  maxAttempts: number;
  /** Epoch milliseconds by which all network work must be done. */
  deadline: number;
  baseMs: number;
  capMs: number;
  /** The longest Retry-After honoured. */
  retryAfterCapMs: number;
  /** What the user calls the deadline, for messages (an input such as timeout_seconds). */
  bound: string;
}

export const BACKOFF = { baseMs: 1000, capMs: 20_000, retryAfterCapMs: 60_000 } as const;

export interface RetryDecision {
  retry: boolean;
  /** The request may have been handled: a POST may have had its effect. */
  outcomeUnknown: boolean;
  /** What the server asked for (Retry-After), in milliseconds. */
  waitMs?: number;
  reason: string;
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
/** Errors raised before a request can have reached the server. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export function decideRetry(error: unknown, now: number): RetryDecision {
  if (error instanceof TransportError) {
    // A name that does not resolve is a wrong endpoint or region, not a hiccup.
    if (error.code === 'ENOTFOUND') return { retry: false, outcomeUnknown: false, reason: error.reason };
    return { retry: true, outcomeUnknown: !NOT_SENT.has(error.code ?? ''), reason: error.reason };
  }
  if (error instanceof ApiError) {
    const reason = `HTTP ${error.status}${error.code ? ` ${error.code}` : ''}`;
    if (!RETRYABLE_STATUS.has(error.status)) return { retry: false, outcomeUnknown: false, reason };
    // A throttled request was refused before it was handled; a 5xx may have been handled.
    const waitMs = error.retryAfter === undefined ? undefined : parseRetryAfter(error.retryAfter, now);
    return { retry: true, outcomeUnknown: error.status !== 429, waitMs, reason };
  }
  return { retry: false, outcomeUnknown: false, reason: String(error) };
}

/** Retry-After as delta-seconds or an HTTP date, in milliseconds from now; undefined when unreadable. */
export function parseRetryAfter(value: string, now: number): number | undefined {
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Full jitter: uniform in [0, min(cap, base * 2^(attempt-1))], at least what the server asked for (capped). */
export function backoffMs(attempt: number, policy: RetryPolicy, random: number, waitMs?: number): number {
  const jittered = Math.floor(random * Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1)));
  return waitMs === undefined ? jittered : Math.min(policy.retryAfterCapMs, Math.max(waitMs, jittered));
}

/** The retry settings of a real step: Huawei's backoff, the real clock, one deadline. */
export function retrySettings(maxAttempts: number, deadline: number, log: Logger, bound: string): RetrySettings {
  return { policy: { ...BACKOFF, maxAttempts, deadline, bound }, timing: realTiming, log };
}

/** Each request's own timeout; the overall deadline may cut it shorter. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** Less time than this left: no request is worth sending. */
export const MIN_REQUEST_MS = 1000;

/** What every retried call shares: the policy, the clock and the log. */
export interface RetrySettings {
  policy: RetryPolicy;
  timing: Timing;
  log: Logger;
  requestTimeoutMs?: number;
}

/** A call that failed on every attempt it was allowed, or ran out of time. */
export class RetriesExhausted extends Error {
  constructor(
    readonly operation: string,
    readonly attempts: string[],
    readonly lastError: unknown,
    readonly lastDecision: RetryDecision,
    limit: string,
  ) {
    super(
      `${operation} failed after ${attempts.length} attempt${attempts.length === 1 ? '' : 's'} (${limit}): ` +
        `${attempts.join('; ')}. Last error: ${errorMessage(lastError)}`,
    );
    this.name = 'RetriesExhausted';
  }
}

export interface RetryOptions<T> extends RetrySettings {
  operation: string;
  /**
   * Called after a failure whose outcome is unknown, before waiting to retry: a result ends the
   * loop with it (the effect happened after all), undefined goes on retrying.
   */
  recover?: (error: unknown) => Promise<T | undefined>;
}

export async function withRetries<T>(options: RetryOptions<T>, call: (requestTimeoutMs: number) => Promise<T>): Promise<T> {
  const { operation, policy, timing, log } = options;
  const tried: string[] = [];
  const started = timing.now();
  const elapsed = () => `${((timing.now() - started) / 1000).toFixed(1)} s`;
  for (let attempt = 1; ; attempt++) {
    const remaining = policy.deadline - timing.now();
    if (remaining < MIN_REQUEST_MS) {
      throw new Error(
        `${operation} was not sent: the time allowed for the step's network work ran out${tried.length ? ` after ${tried.join('; ')}` : ''}.`,
      );
    }
    try {
      return await call(Math.min(options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS, remaining));
    } catch (error) {
      const decision = decideRetry(error, timing.now());
      if (!decision.retry) throw error;
      tried.push(`attempt ${attempt}: ${decision.reason}`);
      if (decision.outcomeUnknown && options.recover) {
        const recovered = await options.recover(error);
        if (recovered !== undefined) return recovered;
      }
      if (attempt >= policy.maxAttempts) {
        throw new RetriesExhausted(operation, tried, error, decision, `max_attempts ${policy.maxAttempts}, ${elapsed()}`);
      }
      const wait = backoffMs(attempt, policy, timing.random(), decision.waitMs);
      if (timing.now() + wait + MIN_REQUEST_MS > policy.deadline) {
        throw new RetriesExhausted(operation, tried, error, decision, `${policy.bound} reached after ${elapsed()}`);
      }
      log.warning(
        `${operation} attempt ${attempt} of ${policy.maxAttempts} failed: ${errorMessage(error)}; ` +
          `retrying in ${(wait / 1000).toFixed(1)} s${decision.waitMs === undefined ? '' : ' (Retry-After)'}.`,
      );
      await timing.sleep(wait);
    }
  }
}
