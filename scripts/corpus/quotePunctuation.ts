import type { ProseToken } from './joinProseTokens';

/** True for a closing double or single quote token. */
function isClosingQuote(token: ProseToken): boolean {
  return (token.text === '"' || token.text === "'") && token.attachLeft && !token.attachRight;
}

/**
 * Moves a period or comma that follows closing quotes to before them, as American print
 * does (`received," the jury said`); the tagged corpus normalised it to after the quotes.
 * Question and exclamation marks, colons and semicolons stay where they are, and nothing
 * moves after a quotation that already ends in `?` or `!`.
 */
export function movePunctuationInsideQuotes(tokens: readonly ProseToken[]): ProseToken[] {
  const moved = [...tokens];
  for (let i = 1; i < moved.length; i++) {
    const mark = moved[i];
    if (mark.text !== '.' && mark.text !== ',') continue;
    let start = i;
    while (start > 0 && isClosingQuote(moved[start - 1])) start--;
    if (start === i || start === 0 || /[?!]$/.test(moved[start - 1].text)) continue;
    moved.splice(i, 1);
    moved.splice(start, 0, mark);
  }
  return moved;
}
