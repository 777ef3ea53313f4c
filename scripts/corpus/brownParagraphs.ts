import { brownItems, brownTag, brownWord } from './brownItem';

/** True when the item carries a letter or digit (a word rather than bare punctuation). */
function hasWordCharacter(item: string): boolean {
  return /[\p{L}\p{N}]/u.test(brownWord(item));
}

/** True for a headline line: every word is tagged `…-hl` (bare punctuation may be untagged). */
export function isBrownHeadline(line: string): boolean {
  if (!line.includes('-hl')) return false;
  const words = brownItems(line).filter(hasWordCharacter);
  return words.length > 0 && words.every((item) => brownTag(item).includes('-hl'));
}

/**
 * Splits a tagged Brown file into paragraphs of non-blank lines. Blank lines separate
 * paragraphs; a headline line (a section title, a dateline, a book title in a review) sits
 * inside a block in the corpus but is made a paragraph of its own so it does not run into prose.
 */
export function splitBrownParagraphs(text: string): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current);
    current = [];
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      flush();
    } else if (isBrownHeadline(line)) {
      flush();
      current.push(line);
      flush();
    } else {
      current.push(line);
    }
  }
  flush();
  return paragraphs;
}
