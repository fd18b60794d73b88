// Reading every page of a paged list (offset/limit), each page retried like any other call.
import { withRetries, type Reliability } from '../huawei/retry.js';

export const PAGE = 50;

export async function allPages<T extends { id: number }>(
  operation: string,
  page: (offset: number, limit: number, timeoutMs: number) => Promise<T[]>,
  reliability: Reliability,
): Promise<T[]> {
  const all: T[] = [];
  const seen = new Set<number>();
  for (let offset = 0; ; offset += PAGE) {
    const items = await withRetries({ ...reliability, operation }, (timeoutMs) => page(offset, PAGE, timeoutMs));
    const fresh = items.filter((item) => !seen.has(item.id));
    fresh.forEach((item) => seen.add(item.id));
    all.push(...fresh);
    // A short page is the last; a page of nothing new means the server ignores the offset.
    if (items.length < PAGE || fresh.length === 0) return all;
  }
}
