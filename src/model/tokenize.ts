import { tokenizeChar } from './tokenizeChar';
import { tokenizeWhitespace } from './tokenizeWhitespace';
import { tokenizeWord } from './tokenizeWord';
import type { TokenizerKind } from './types';

/** Splits text into tokens with the named tokenizer. */
export function tokenize(text: string, kind: TokenizerKind): string[] {
  switch (kind) {
    case 'word':
      return tokenizeWord(text);
    case 'char':
      return tokenizeChar(text);
    case 'whitespace':
      return tokenizeWhitespace(text);
  }
}
