import { readFileSync } from 'node:fs';
import { listBrownFiles } from './brownFiles';
import { brownItems, brownWord } from './brownItem';

/** Train and held-out sentences of the Brown evaluation split. */
export interface BrownEvalSplit {
  /** Sentences of the files whose index (in name order) is not 9 mod 10. */
  train: string[];
  /** Sentences of every tenth file (index 9, 19, …): 50 files. */
  heldOut: string[];
}

/** One sentence per non-blank line: lowercased words without tags, joined by single spaces. */
export function brownSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split('\n')) {
    const items = brownItems(line);
    if (items.length > 0) sentences.push(items.map(brownWord).join(' ').toLowerCase());
  }
  return sentences;
}

/** Reads the Brown corpus as lowercased sentences, holding out every tenth file by name. */
export function readBrownEvalSplit(dir?: string): BrownEvalSplit {
  const split: BrownEvalSplit = { train: [], heldOut: [] };
  listBrownFiles(dir).forEach((path, index) => {
    const target = index % 10 === 9 ? split.heldOut : split.train;
    for (const sentence of brownSentences(readFileSync(path, 'utf8'))) target.push(sentence);
  });
  return split;
}
