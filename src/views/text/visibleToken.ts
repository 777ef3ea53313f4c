import { showToken } from '../format/showToken';

/** How a generated token is drawn in running text. */
export interface VisibleToken {
  /** Text to show; whitespace that would vanish is replaced by a visible mark. */
  text: string;
  /** Line breaks to draw after the token (its newlines; one after an end of segment). */
  breaks: number;
}

/** Text that draws nothing: whitespace and default-ignorable characters (joiners, bidi controls…). */
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\s]+$/u;

/** A character's code point as U+XXXX. */
function codePoint(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Makes a vocabulary entry readable in running text: a leading space stays a real space,
 * a newline shows as ⏎ and then breaks, a tab as →, a token made only of whitespace shows
 * its spaces as ·, one made only of invisible characters (a zero-width joiner, a bidi control)
 * as their codes (U+200D), `<eos>` as ¶ (then a break) and `<unk>` as ‹unk›.
 */
export function visibleToken(token: string, special: 'eos' | 'unk' | null): VisibleToken {
  if (special === 'eos') return { text: '¶', breaks: 1 };
  if (special === 'unk') return { text: '‹unk›', breaks: 0 };
  const breaks = token.split('\n').length - 1;
  // A token of whitespace alone would vanish: show all of it. Otherwise keep real spaces.
  if (token.trim() === '') return { text: showToken(token), breaks };
  if (INVISIBLE.test(token)) {
    const text = Array.from(token, (c) => (/\s/u.test(c) ? showToken(c) : codePoint(c))).join('');
    return { text, breaks };
  }
  return {
    text: token
      .split(' ')
      .map((part) => showToken(part))
      .join(' '),
    breaks,
  };
}
