import { showToken } from '../format/showToken';

/** How a generated token is drawn in running text. */
export interface VisibleToken {
  /** Text to show; whitespace that would vanish is replaced by a visible mark. */
  text: string;
  /** Line breaks to draw after the token (its newlines; one after an end of segment). */
  breaks: number;
}

/**
 * Makes a vocabulary entry readable in running text: a leading space stays a real space,
 * a newline shows as ⏎ and then breaks, a tab as →, a token made only of whitespace shows
 * its spaces as ·, `<eos>` as ¶ (then a break) and `<unk>` as ‹unk›.
 */
export function visibleToken(token: string, special: 'eos' | 'unk' | null): VisibleToken {
  if (special === 'eos') return { text: '¶', breaks: 1 };
  if (special === 'unk') return { text: '‹unk›', breaks: 0 };
  const breaks = token.split('\n').length - 1;
  // A token of whitespace alone would vanish: show all of it. Otherwise keep real spaces.
  if (token.trim() === '') return { text: showToken(token), breaks };
  return {
    text: token
      .split(' ')
      .map((part) => showToken(part))
      .join(' '),
    breaks,
  };
}
