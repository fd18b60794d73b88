// A few calls at once, not all: the per-case and baseline reports read four at a time, well short of
// what the API gateway throttles.

/**
 * `work` on each item, at most `limit` at once; the results in the items' order. After a failure no
 * new item is started, and the first failure is thrown once the calls under way have settled.
 */
export async function inParallel<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const i = next++;
      results[i] = await work(items[i]).catch((error: unknown) => {
        failed = true;
        throw error;
      });
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) throw failure.reason;
  return results;
}
