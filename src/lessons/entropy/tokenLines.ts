import { visibleToken } from '../../views/text/visibleToken';

/**
 * A token as visible lines of running text: each newline ends a line with ⏎, so indentation
 * after it starts the next line; whitespace that would vanish shows as · or →. The end of a
 * segment shows as ¶; an unknown token keeps its own text (the caller marks it as unknown).
 */
export function tokenLines(token: string, special: 'eos' | 'unk' | null): string[] {
  if (special === 'eos') return [visibleToken(token, special).text];
  const pieces = token.replace(/\r\n/g, '\n').split('\n');
  return pieces.map((piece, i) => {
    const shown = piece === '' ? '' : visibleToken(piece, null).text;
    return i < pieces.length - 1 ? `${shown}⏎` : shown;
  });
}
