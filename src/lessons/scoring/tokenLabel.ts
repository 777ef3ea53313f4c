import { formatProbability } from '../../views/format/formatProbability';
import { showToken } from '../../views/format/showToken';
import type { ScoredToken } from './scoreText';

/** How a scored token is named in words: its text, or "end of segment". */
export function tokenName(token: ScoredToken): string {
  if (token.kind === 'eos') return 'end of segment';
  const shown = `"${showToken(token.text)}"`;
  return token.kind === 'unk' ? `${shown} (unknown, scored as <unk>)` : shown;
}

/** A scored token's accessible label: token, probability, surprisal in bits and rank. */
export function tokenLabel(token: ScoredToken): string {
  const bits = Number.isFinite(token.surprisalBits) ? token.surprisalBits.toFixed(2) : '∞';
  return `${tokenName(token)}: probability ${formatProbability(token.probability)}, surprisal ${bits} bits, rank ${token.rank}`;
}
