import { useCallback, useMemo, useState } from 'react';
import { panToRank, type RankRange, rangeBetween, zoomRange } from './zoomRange';

/** The smallest number of ranks one can zoom in to. */
export const MIN_SPAN = 5;
/** How much one press of "Zoom in" / "Zoom out" scales the visible rank range. */
export const ZOOM_STEP = 4;

/** The visible rank range and the ways to change it. */
export interface RankView extends RankRange {
  readonly total: number;
  zoomAround(anchor: number, factor: number): void;
  zoomTo(a: number, b: number): void;
  showRank(rank: number): void;
  showAll(): void;
}

/** The chart's zoom state over `total` ranks; it shows everything again when `total` changes. */
export function useRankView(total: number): RankView {
  const [state, setState] = useState({ total, start: 0, end: total });
  const current = state.total === total ? state : { total, start: 0, end: total };
  const update = useCallback(
    (change: (range: RankRange) => RankRange) =>
      setState((s) => {
        const base = s.total === total ? s : { start: 0, end: total };
        return { total, ...change(base) };
      }),
    [total],
  );
  const { start, end } = current;
  // One object while the range stays put, so what takes the view re-renders only when it moves.
  return useMemo(
    () => ({
      total,
      start,
      end,
      zoomAround: (anchor, factor) => update((r) => zoomRange(r, anchor, factor, total, MIN_SPAN)),
      zoomTo: (a, b) => update(() => rangeBetween(a, b, total, MIN_SPAN)),
      showRank: (rank) => update((r) => panToRank(r, rank)),
      showAll: () => update(() => ({ start: 0, end: total })),
    }),
    [total, start, end, update],
  );
}
