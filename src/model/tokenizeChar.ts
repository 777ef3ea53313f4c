const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Splits text into Unicode grapheme clusters; joining them gives back the text. */
export function tokenizeChar(text: string): string[] {
  const tokens: string[] = [];
  for (const { segment } of segmenter.segment(text)) tokens.push(segment);
  return tokens;
}
