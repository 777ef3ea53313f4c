import { en } from '../../i18n/en';
import type { Messages } from '../../i18n/Messages';
import type { Explanation } from '../../model/explainPrediction';
import { orderName } from './orderName';

/** One slice of the probability mass: an order's counts, or the uniform floor. */
export interface ShareRow {
  /** Stable key: the order, or 0 for the uniform floor. */
  order: number;
  /** "trigram", …, or "uniform floor". */
  name: string;
  /** Context ids the order looked up (empty for the unigram and the floor). */
  context: readonly number[];
  /** Whether the order found its context; the floor always counts as found. */
  seen: boolean;
  /** The context's total count T_k(h). */
  total: number;
  /** γ_k(h): the share of this order's mass passed down. */
  gamma: number;
  /** Share of the whole distribution's mass from this slice. */
  share: number;
}

/** The slices of an explanation, highest order first, then the uniform floor (named in `m`). */
export function shareRows(explanation: Explanation, m: Messages = en): ShareRow[] {
  const rows: ShareRow[] = explanation.orders.map((o) => ({
    order: o.order,
    name: orderName(o.order, m),
    context: o.context,
    seen: o.seen,
    total: o.total,
    gamma: o.gamma,
    share: o.share,
  }));
  rows.push({
    order: 0,
    name: m.uniformFloor,
    context: [],
    seen: true,
    total: 0,
    gamma: 0,
    share: explanation.uniformShare,
  });
  return rows;
}

/** What a row's lookup found, in words: "seen", or "unseen → backs off to bigram". */
export function lookupText(row: ShareRow, m: Messages = en): string {
  if (row.order === 0) return m.lookupUniform;
  if (row.seen) return m.lookupSeen;
  return m.lookupBacksOff(row.order > 1 ? orderName(row.order - 1, m) : m.uniformFloor);
}

/** A fill for a slice: darker for higher orders, hatched for the uniform floor. */
export function shareFill(index: number, row: ShareRow): string {
  if (row.order === 0) {
    return 'repeating-linear-gradient(45deg, var(--ts-masked) 0 3px, var(--ts-surface) 3px 6px)';
  }
  const strength = [100, 70, 45, 28, 18, 12][index] ?? 10;
  // Mixed toward the page in the light theme and toward the text in the dark one (--ts-share-base),
  // so the slice text (--ts-share-ink) keeps its contrast in both.
  return `color-mix(in srgb, var(--ts-accent) ${strength}%, var(--ts-share-base, var(--ts-background)))`;
}
