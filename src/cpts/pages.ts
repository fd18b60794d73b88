// Reading every page of a paged list (offset/limit); each page is one call, retried by the client.
// The service promises no page size: the offset moves by what was received, and an empty page ends it.

/** What each page asks for; the service may give fewer. */
export const PAGE = 100;

export async function allPages<T extends { id: number }>(page: (offset: number, limit: number) => Promise<T[]>): Promise<T[]> {
  const all: T[] = [];
  const seen = new Set<number>();
  for (let offset = 0; ;) {
    const items = await page(offset, PAGE);
    const fresh = items.filter((item) => !seen.has(item.id));
    fresh.forEach((item) => seen.add(item.id));
    all.push(...fresh);
    // An empty page is the end; a page of nothing new means the service ignores the offset.
    if (items.length === 0 || fresh.length === 0) return all;
    offset += items.length;
  }
}
