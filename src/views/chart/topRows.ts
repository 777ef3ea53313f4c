import type { Explorer } from '../../store/types';
import { isChoosable, outcomeStatus } from './outcomeStatus';
import { maskedShares } from './shownProbs';

/** One of the most likely outcomes: its rank, id, bar height and whether it may be chosen. */
export interface TopRow {
  readonly rank: number;
  readonly id: number;
  /** The bar's height (shownProbs): tempered, or for a masked id what the temperature gives it. */
  readonly p: number;
  readonly ok: boolean;
}

/** The fields of the store the top list reads. */
type TopState = Pick<
  Explorer,
  'order' | 'temperedProbs' | 'probs' | 'logits' | 'temperature' | 'cuts'
>;

/**
 * Whether each of the first `count` ranks may be chosen, as one string of '1' and '0': equal
 * strings for states that leave them alone (a selector's value, so most moves render nothing).
 */
export function choosableRanks(
  s: Omit<TopState, 'logits' | 'temperature'>,
  maskedIds: readonly number[],
  count: number,
): string {
  let flags = '';
  for (let rank = 0; rank < Math.min(count, s.order.length); rank++) {
    const status = outcomeStatus(rank, s.order[rank], s.probs, s.temperedProbs, maskedIds, s.cuts);
    flags += isChoosable(status) ? '1' : '0';
  }
  return flags;
}

/** The first `count` ranks of a state of the store, as the top list shows them. */
export function topRows(s: TopState, maskedIds: readonly number[], count: number): TopRow[] {
  const shares = maskedShares(s.temperedProbs, s.logits, s.order, maskedIds, s.temperature);
  const flags = choosableRanks(s, maskedIds, count);
  return Array.from(flags, (flag, rank) => {
    const id = s.order[rank];
    const masked = shares.length > 0 ? maskedIds.indexOf(id) : -1;
    return { rank, id, p: masked >= 0 ? shares[masked] : s.temperedProbs[id], ok: flag === '1' };
  });
}
