import type { UserModelEntry } from './UserModelEntry';

/** The Model picker's choices for the person's models: name, tokenizer and order. */
export function pickerChoices(entries: readonly UserModelEntry[]): { id: string; name: string }[] {
  return entries.map((entry) => ({
    id: entry.id,
    name: `${entry.name} (${entry.tokenizer} ${entry.order}-gram)`,
  }));
}
