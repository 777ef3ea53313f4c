import type { Explorer } from '../../store/types';

/** One outcome of the exported distribution. */
export interface DistributionRow {
  rank: number;
  token: string;
  id: number;
  /** Probability in the distribution the next token is drawn from (temperature, mask, filters). */
  probability: number;
  /** The model's logit, ln p at T = 1. */
  logit: number;
}

/** Every outcome of the vocabulary, by rank (1 = most likely). */
export function distributionRows(
  s: Pick<Explorer, 'model' | 'order' | 'probs' | 'logits'>,
): DistributionRow[] {
  return Array.from(s.order, (id, i) => ({
    rank: i + 1,
    token: s.model.vocab[id],
    id,
    probability: s.probs[id],
    logit: s.logits[id],
  }));
}
