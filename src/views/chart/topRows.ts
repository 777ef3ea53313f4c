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

/** The first `count` ranks of a state of the store, as the top list shows them. */
export function topRows(
  s: Pick<Explorer, 'order' | 'temperedProbs' | 'probs' | 'logits' | 'temperature' | 'cuts'>,
  maskedIds: readonly number[],
  count: number,
): TopRow[] {
  const shares = maskedShares(s.temperedProbs, s.logits, s.order, maskedIds, s.temperature);
  const rows: TopRow[] = [];
  for (let rank = 0; rank < Math.min(count, s.order.length); rank++) {
    const id = s.order[rank];
    const masked = shares.length > 0 ? maskedIds.indexOf(id) : -1;
    const status = outcomeStatus(rank, id, s.probs, s.temperedProbs, maskedIds, s.cuts);
    rows.push({
      rank,
      id,
      p: masked >= 0 ? shares[masked] : s.temperedProbs[id],
      ok: isChoosable(status),
    });
  }
  return rows;
}
