/** The word of a tagged Brown item `word/tag`: the text before its last `/` (all of it if none). */
export function brownWord(item: string): string {
  const slash = item.lastIndexOf('/');
  return slash < 0 ? item : item.slice(0, slash);
}

/** The tag of a tagged Brown item: the text after its last `/` (empty if there is none). */
export function brownTag(item: string): string {
  const slash = item.lastIndexOf('/');
  return slash < 0 ? '' : item.slice(slash + 1);
}

/** The whitespace-separated items of a line (none for a blank line). */
export function brownItems(line: string): string[] {
  const trimmed = line.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/);
}
