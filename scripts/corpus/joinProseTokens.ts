/** A word of restored prose and whether it attaches to its neighbours without a space. */
export interface ProseToken {
  /** The text as it should be printed. */
  text: string;
  /** No space before it (closing punctuation, a closing quote). */
  attachLeft: boolean;
  /** No space after it (an opening bracket, an opening quote). */
  attachRight: boolean;
}

/** Joins prose tokens with single spaces, except where a token attaches to its neighbour. */
export function joinProseTokens(tokens: readonly ProseToken[]): string {
  let text = '';
  let previous: ProseToken | undefined;
  for (const token of tokens) {
    const glued = previous === undefined || previous.attachRight || token.attachLeft;
    text += glued ? token.text : ` ${token.text}`;
    previous = token;
  }
  return text;
}
