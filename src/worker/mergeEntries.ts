import type { UserModelEntry } from './UserModelEntry';

/** The entries of both lists once each (the later list wins), oldest first. */
export function mergeEntries(
  a: readonly UserModelEntry[],
  b: readonly UserModelEntry[],
): UserModelEntry[] {
  const byId = new Map<string, UserModelEntry>();
  for (const entry of [...a, ...b]) byId.set(entry.id, entry);
  return [...byId.values()].sort((x, y) => x.createdAt - y.createdAt);
}
