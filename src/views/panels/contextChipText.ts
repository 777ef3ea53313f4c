import { showToken } from '../format/showToken';

/**
 * How a context id reads on a chip: `<bos>` padding (id vocab.length) shows as `start`
 * ("⟨start⟩" in English).
 */
export function contextChipText(vocab: readonly string[], id: number, start = '⟨start⟩'): string {
  if (id >= vocab.length) return start;
  return showToken(vocab[id], id >= vocab.length - 2);
}
