import type { ProseToken } from './joinProseTokens';

/** Punctuation that closes onto the word before it: `. , ; : ? ! ) ]` and runs of them. */
const CLOSING_PUNCTUATION = /^[.,;:?!)\]}]+$/;

/** Contraction and possessive pieces that belong to the previous word when split off. */
const CLITICS = new Set(["'s", "n't", "'re", "'ve", "'ll", "'d", "'m"]);

/** Opening brackets: no space after them. */
const OPENING_BRACKETS = new Set(['(', '[', '{']);

/** True when a Brown word (tag already dropped) attaches to the word before it. */
function closesLeft(word: string): boolean {
  return word === "''" || CLOSING_PUNCTUATION.test(word) || CLITICS.has(word.toLowerCase());
}

/**
 * Turns the words of one Brown paragraph (tags dropped) into prose tokens. `` and '' become
 * opening and closing double quotes. A bare `'` is Brown's single quote for both ends: it
 * closes when a single quote is open or when nothing but closing punctuation follows it, and
 * opens otherwise. A bare `/` (as in "counts / minute") attaches on both sides.
 */
export function toProseTokens(words: readonly string[]): ProseToken[] {
  let singleQuoteOpen = false;
  return words.map((word, index): ProseToken => {
    if (word === '``') return { text: '"', attachLeft: false, attachRight: true };
    if (word === "''") return { text: '"', attachLeft: true, attachRight: false };
    if (word === "'") {
      const next = words[index + 1];
      const closes = singleQuoteOpen || next === undefined || closesLeft(next);
      singleQuoteOpen = !closes;
      return { text: "'", attachLeft: closes, attachRight: !closes };
    }
    if (word === '/') return { text: word, attachLeft: true, attachRight: true };
    if (OPENING_BRACKETS.has(word)) return { text: word, attachLeft: false, attachRight: true };
    return { text: word, attachLeft: closesLeft(word), attachRight: false };
  });
}
