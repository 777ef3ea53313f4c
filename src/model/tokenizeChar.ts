const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Whether a grapheme boundary is certain before index i: two ASCII characters, not CR LF. */
function isAsciiBreak(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  return before < 0x80 && after < 0x80 && !(before === 0x0d && after === 0x0a);
}

/**
 * Splits text into Unicode grapheme clusters; joining them gives back the text. A boundary
 * between two ASCII characters (other than CR LF) is certain under UAX #29, so ASCII runs are
 * split directly and only the stretches around other characters go through Intl.Segmenter.
 */
export function tokenizeChar(text: string): string[] {
  const tokens: string[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && !isAsciiBreak(text, i)) continue;
    if (i - start === 1) tokens.push(text[start]);
    else for (const { segment } of segmenter.segment(text.slice(start, i))) tokens.push(segment);
    start = i;
  }
  return tokens;
}
