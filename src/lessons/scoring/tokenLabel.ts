import { en as pageEn } from '../../i18n/en';
import type { Locale } from '../../i18n/locales';
import type { Messages } from '../../i18n/Messages';
import { formatProbability } from '../../views/format/formatProbability';
import { showToken } from '../../views/format/showToken';
import { en } from '../messages/en';
import type { LessonMessages } from '../messages/LessonMessages';
import type { ScoredToken } from './scoreText';

/** How a scored token is named in words, in the language of `lm`: its text, or "end of segment". */
export function tokenName(token: ScoredToken, lm: LessonMessages = en): string {
  if (token.kind === 'eos') return lm.endOfSegment;
  const shown = `"${showToken(token.text)}"`;
  return token.kind === 'unk' ? lm.unknownScoredAsUnk(shown) : shown;
}

/**
 * A scored token's accessible label: token, probability, surprisal in bits and rank, in the
 * language of `lm` and `m` (numbers written as `locale` writes them).
 */
export function tokenLabel(
  token: ScoredToken,
  lm: LessonMessages = en,
  m: Messages = pageEn,
  locale: Locale = 'en',
): string {
  const bits = Number.isFinite(token.surprisalBits) ? m.fixed(token.surprisalBits, 2) : '∞';
  return lm.scoredTokenLabel(
    tokenName(token, lm),
    formatProbability(token.probability, locale),
    bits,
    token.rank,
  );
}
