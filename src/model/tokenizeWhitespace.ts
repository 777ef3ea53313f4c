/** Splits already-tokenized text on runs of whitespace, dropping the whitespace. */
export function tokenizeWhitespace(text: string): string[] {
  return text.split(/\s+/u).filter((token) => token !== '');
}
