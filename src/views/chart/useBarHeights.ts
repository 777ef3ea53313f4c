import { useMemo } from 'react';
import { maskedIds } from '../../store/deriveStep';
import { useExplorer } from '../ExplorerContext';
import { shownProbs } from './shownProbs';

/** The bar heights and the masked ids with their ranks, from the store. */
export interface BarHeights {
  /** Tempered probabilities, masked ids at what the temperature alone gives them. */
  readonly heights: Float64Array;
  readonly maskedIds: readonly number[];
  /** Ascending ranks of the masked ids. */
  readonly maskRanks: readonly number[];
}

/**
 * The bar heights, refilled in place on each temperature change (a memcpy, no 8·V-byte
 * allocation); the returned object is new whenever they change, so dependants can key on it.
 */
export function useBarHeights(): BarHeights {
  const model = useExplorer((s) => s.model);
  const order = useExplorer((s) => s.order);
  const temperedProbs = useExplorer((s) => s.temperedProbs);
  const logits = useExplorer((s) => s.logits);
  const temperature = useExplorer((s) => s.temperature);
  const maskUnk = useExplorer((s) => s.maskUnk);
  const masked = useMemo(
    () => maskedIds(model, { temperature: 1, topK: 0, topP: 1, minP: 0, maskUnk }),
    [model, maskUnk],
  );
  const maskRanks = useMemo(
    () => masked.map((id) => order.indexOf(id)).sort((a, b) => a - b),
    [masked, order],
  );
  const buffer = useMemo(() => new Float64Array(order.length), [order.length]);
  return useMemo(
    () => ({
      heights: shownProbs(temperedProbs, logits, order, masked, temperature, buffer),
      maskedIds: masked,
      maskRanks,
    }),
    [temperedProbs, logits, order, masked, maskRanks, temperature, buffer],
  );
}
