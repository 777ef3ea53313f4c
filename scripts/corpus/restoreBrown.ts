import { readFileSync } from 'node:fs';
import { listBrownFiles } from './brownFiles';
import { brownItems, brownWord } from './brownItem';
import { splitBrownParagraphs } from './brownParagraphs';
import { joinProseTokens } from './joinProseTokens';
import { toProseTokens } from './proseTokens';
import { movePunctuationInsideQuotes } from './quotePunctuation';

/** Sentence-final marks that the corpus doubles at the end of a line (`;/. ;/.`, `?/. ?/.`). */
const DOUBLED_AT_END = new Set([';', '?', '!', ':', '.']);

/** Marks that never legitimately repeat but that the corpus doubles after numbers (`3 , ,`). */
const DOUBLED_ANYWHERE = new Set([',', '(', ')']);

/** Quote words the corpus places between a sentence's last word and its period. */
const QUOTES = new Set(["''", "'"]);

/** True for a word like `Jr.` or `U.S.`, whose own period also ends the sentence in print. */
function endsWithAbbreviation(word: string | undefined): boolean {
  if (word === undefined) return false;
  return word.endsWith('.') && /[\p{L}\p{N}]/u.test(word);
}

/** Drops a sentence period that follows an abbreviation, even across closing quotes. */
function dropAbbreviationPeriods(words: readonly string[]): string[] {
  return words.filter((word, i) => {
    if (word !== '.') return true;
    let before = i - 1;
    while (before >= 0 && QUOTES.has(words[before])) before--;
    return !endsWithAbbreviation(words[before]);
  });
}

/** Drops the tags of one tagged line and undoes the corpus's doubled punctuation. */
function lineWords(line: string): string[] {
  const words = brownItems(line).map(brownWord);
  const kept = words.filter(
    (word, i) => !(i > 0 && word === words[i - 1] && DOUBLED_ANYWHERE.has(word)),
  );
  const last = kept.length - 1;
  if (last > 0 && kept[last] === kept[last - 1] && DOUBLED_AT_END.has(kept[last])) kept.pop();
  return kept;
}

/** A measurement in inches, which the corpus writes `1/8''` and follows with a stray `''`. */
const INCHES = /^[\d./-]+''$/;

/** Writes inch marks as `"` and drops the stray closing-quote token the corpus adds after them. */
function restoreInchMarks(words: readonly string[]): string[] {
  const restored: string[] = [];
  words.forEach((word, i) => {
    if (word === "''" && i > 0 && INCHES.test(words[i - 1])) return;
    restored.push(INCHES.test(word) ? `${word.slice(0, -2)}"` : word);
  });
  return restored;
}

/**
 * Restores one tagged Brown paragraph (its non-blank lines, one sentence each) to natural
 * spelling: tags dropped, case kept, punctuation attached as in print, `` and '' as quotes.
 * Sentences are joined by one space; quotes may open in one sentence and close in the next.
 */
export function restoreBrownParagraph(lines: readonly string[]): string {
  const words = restoreInchMarks(dropAbbreviationPeriods(lines.flatMap(lineWords)));
  return joinProseTokens(movePunctuationInsideQuotes(toProseTokens(words)));
}

/** Reads the whole Brown corpus as restored prose, one string per paragraph, in file order. */
export function readBrownProse(dir?: string): string[] {
  const paragraphs: string[] = [];
  for (const path of listBrownFiles(dir)) {
    for (const lines of splitBrownParagraphs(readFileSync(path, 'utf8'))) {
      const prose = restoreBrownParagraph(lines);
      if (prose !== '') paragraphs.push(prose);
    }
  }
  return paragraphs;
}
