import { en } from '../../i18n/en';
import type { Locale } from '../../i18n/locales';
import type { Messages } from '../../i18n/Messages';
import { formatProbability } from '../../views/format/formatProbability';
import { showToken } from '../../views/format/showToken';
import type { ScoredToken } from './scoreText';

/** How a scored token is named in words, in the language of `m`: its text, or "end of segment". */
export function tokenName(token: ScoredToken, m: Messages = en): string {
  if (token.kind === 'eos') return m.endOfSegment;
  const shown = `"${showToken(token.text)}"`;
  return token.kind === 'unk' ? m.unknownScoredAsUnk(shown) : shown;
}

/**
 * A scored token's accessible label: token, probability, surprisal in bits and rank, in the
 * language of `m` (numbers written as `locale` writes them).
 */
export function tokenLabel(token: ScoredToken, m: Messages = en, locale: Locale = 'en'): string {
  const bits = Number.isFinite(token.surprisalBits) ? m.fixed(token.surprisalBits, 2) : '∞';
  return m.scoredTokenLabel(
    tokenName(token, m),
    formatProbability(token.probability, locale),
    bits,
    token.rank,
  );
}
