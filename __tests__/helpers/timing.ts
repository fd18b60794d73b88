import type { Timing } from '../../src/huawei/retry.js';

/** A clock that only moves when the code sleeps, and records each sleep. */
export function fakeTiming(random = 0.5): Timing & { sleeps: number[] } {
  let t = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
    random: () => random,
  };
}
