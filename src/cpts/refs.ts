// How a user names things: by id or by name, as the console shows them; and lists of them in messages.

/** Something the console shows by name and the API needs by id. */
export type Ref = { id: number } | { name: string };

export const refText = (ref: Ref): string => ('id' in ref ? String(ref.id) : `"${ref.name}"`);

/** Items for a message, at most `max` of them, then how many more: a long list stays one short line. */
export function listSome(items: readonly string[], max = 10): string {
  return items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');
}
