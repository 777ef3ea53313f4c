import { useMemo } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { maskedIds } from '../../store/deriveStep';
import type { Explorer } from '../../store/types';
import { useExplorerStore } from '../ExplorerContext';
import { shownProbs } from './shownProbs';

/** The bar heights and the masked ids with their ranks, from the store. */
export interface BarHeights {
  /** Tempered probabilities, masked ids at what the temperature alone gives them. */
  readonly heights: Float64Array;
  readonly maskedIds: readonly number[];
  /** Ascending ranks of the masked ids. */
  readonly maskRanks: readonly number[];
}

/** The ids the mask removes from sampling (`<unk>` when `maskUnk`), whatever the filters. */
export function useMaskedIds(model: Explorer['model'], maskUnk: boolean): readonly number[] {
  return useMemo(
    () => maskedIds(model, { temperature: 1, topK: 0, topP: 1, minP: 0, maskUnk }),
    [model, maskUnk],
  );
}

/** The last heights computed for a store, and what they were computed from. */
interface Shared {
  readonly from: readonly unknown[];
  readonly result: BarHeights;
  readonly buffer: Float64Array;
}
const sharedByStore = new WeakMap<StoreApi<Explorer>, Shared>();

/**
 * The bar heights of a state of the store, refilled in place on each temperature change (a memcpy, no 8·V-byte
 * allocation); the returned object is new whenever they change, so dependants can key on it.
 * The views of one store share one computation: the chart, its top list and its numbers each ask.
 */
export function useBarHeights({
  model,
  order,
  temperedProbs,
  logits,
  temperature,
  maskUnk,
}: Pick<
  Explorer,
  'model' | 'order' | 'temperedProbs' | 'logits' | 'temperature' | 'maskUnk'
>): BarHeights {
  const store = useExplorerStore();
  const masked = useMaskedIds(model, maskUnk);
  const maskRanks = useMemo(
    () => masked.map((id) => order.indexOf(id)).sort((a, b) => a - b),
    [masked, order],
  );
  const from = [temperedProbs, logits, order, model, maskUnk, temperature];
  const last = sharedByStore.get(store);
  if (last && from.every((value, i) => Object.is(value, last.from[i]))) return last.result;
  const buffer =
    last && last.buffer.length === order.length ? last.buffer : new Float64Array(order.length);
  const result = {
    heights: shownProbs(temperedProbs, logits, order, masked, temperature, buffer),
    maskedIds: masked,
    maskRanks,
  };
  sharedByStore.set(store, { from, result, buffer });
  return result;
}
