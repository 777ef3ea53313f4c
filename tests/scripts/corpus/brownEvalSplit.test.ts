import { describe, expect, it } from 'vitest';
import { brownSentences, readBrownEvalSplit } from '../../../scripts/corpus/brownEvalSplit';
import { BROWN_NAMES, nonBlankLines } from './corpusDir';

/** Whitespace-separated items of a line. */
const items = (line: string): string[] => line.split(/\s+/).filter((item) => item !== '');

describe('readBrownEvalSplit', () => {
  const split = readBrownEvalSplit();
  const heldOutNames = BROWN_NAMES.filter((_, index) => index % 10 === 9);
  const trainNames = BROWN_NAMES.filter((_, index) => index % 10 !== 9);

  it('readBrownEvalSplit() holds out every tenth file: 50 files, ca10 first', () => {
    expect(heldOutNames).toHaveLength(50);
    expect(heldOutNames.slice(0, 3)).toEqual(['ca10', 'ca20', 'ca30']);
    const heldOutLines = heldOutNames.flatMap(nonBlankLines);
    expect(split.heldOut).toHaveLength(heldOutLines.length);
    const firstWords = items(heldOutLines[0]).map((item) => item.replace(/\/[^/]*$/, ''));
    expect(split.heldOut[0]).toBe(firstWords.join(' ').toLowerCase());
  });

  it('readBrownEvalSplit() gives one train sentence per non-blank line of the other 450 files', () => {
    expect(trainNames).toHaveLength(450);
    expect(split.train).toHaveLength(trainNames.flatMap(nonBlankLines).length);
    expect(split.train[0]).toMatch(/^the fulton county grand jury said friday an investigation of/);
    expect(split.train[0]).toMatch(
      /produced `` no evidence '' that any irregularities took place \.$/,
    );
  });

  it('readBrownEvalSplit() keeps one token per tagged item, lowercased and without tags', () => {
    const tokenCount = (sentences: string[]): number =>
      sentences.reduce((sum, sentence) => sum + sentence.split(' ').length, 0);
    const itemCount = (names: string[]): number =>
      names.flatMap(nonBlankLines).reduce((sum, line) => sum + items(line).length, 0);
    expect(tokenCount(split.train)).toBe(itemCount(trainNames));
    expect(tokenCount(split.heldOut)).toBe(itemCount(heldOutNames));
    expect(split.train.some((sentence) => /[A-Z]/.test(sentence))).toBe(false);
  });
});

describe('brownSentences', () => {
  it('brownSentences(text) splits at the last slash and keeps items without one whole', () => {
    const text = "\n\n\tAtlanta's/np$ 1/2/cd and/or/cc Mr./np X ./.\n  \n\tIt/pps ran/vbd ./.\n";
    expect(brownSentences(text)).toEqual(["atlanta's 1/2 and/or mr. x .", 'it ran .']);
  });
});
