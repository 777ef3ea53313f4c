import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { FilterCuts } from '../../sampling/filterCuts';
import type { Explorer } from '../../store/types';
import { useExplorer } from '../ExplorerContext';
import { type ColumnBars, createColumnBars } from './ColumnBars';
import { columnMaxima } from './columnMaxima';
import { columnMaximaRanked } from './columnMaximaRanked';
import type { PlotFrame } from './drawBars';
import { labelledRanks } from './labelledRanks';
import { type OutcomeStatus, outcomeStatus } from './outcomeStatus';
import type { ProbabilityAxis } from './probabilityTicks';
import { type BarHeights, useBarHeights } from './useBarHeights';
import { useProbabilityAxis } from './useProbabilityAxis';
import type { RankRange } from './zoomRange';

/** Space around the plot area in CSS pixels (axis labels, rotated token labels when zoomed). */
export const CHART_MARGIN = { left: 66, right: 12, top: 14, bottom: 28, bottomLabelled: 84 };
const MARGIN = CHART_MARGIN;

/** Where the chart draws: from its size and rank view alone, so a slider move keeps it. */
export interface ChartLayout {
  readonly view: RankRange;
  readonly columns: number;
  readonly frame: PlotFrame;
  readonly labels: { readonly every: boolean; readonly ranks: readonly number[] };
  /** Fractional rank position → CSS-pixel x. */
  readonly x: (rank: number) => number;
}

/** What the chart shows of the store: the distribution, its bar heights and each rank's status. */
export interface ChartValues {
  readonly vocab: readonly string[];
  readonly order: Uint32Array;
  /** Bar heights: tempered probabilities, masked ids at what the temperature alone gives them. */
  readonly heights: Float64Array;
  readonly temperedProbs: Float64Array;
  readonly probs: Float64Array;
  readonly modelProbs: Float64Array;
  readonly logits: Float64Array;
  readonly cuts: FilterCuts;
  readonly temperature: number;
  readonly filters: { readonly topK: number; readonly topP: number; readonly minP: number };
  /** The heights with the masked ids and their ranks (new whenever the heights change). */
  readonly shown: BarHeights;
  statusAt(rank: number): OutcomeStatus;
}

/** Everything the chart's canvas, overlay, list and tooltip draw, derived from the store. */
export interface ChartModel extends ChartLayout, ChartValues {
  /** The layout it is drawn in: the same object while the view and size stay. */
  readonly layout: ChartLayout;
  readonly bars: ColumnBars;
  /** A new object whenever `bars` is refilled, so a painter knows to repaint. */
  readonly fill: { readonly tallest: number };
  readonly axis: ProbabilityAxis;
  /** Probability → CSS-pixel y. */
  readonly y: (p: number) => number;
  /** Whether the T = 1 outline is drawn (temperature ≠ 1). */
  readonly ghost: boolean;
}

/** The chart's layout for the visible ranks at a given size; a new object only when they change. */
export function useChartLayout(
  view: RankRange,
  widthPx: number,
  heightPx: number,
  textScale = 1,
): ChartLayout {
  const columns = Math.max(1, widthPx - MARGIN.left - MARGIN.right);
  const { start, end } = view;
  // Room under the axis for the rotated labels, as much more as their text is larger. A new text
  // size therefore makes a new frame, and the bar canvas reads its CSS again (paintBars.ts).
  const labelledBottom = Math.round(MARGIN.bottomLabelled * textScale);
  return useMemo(() => {
    const labels = labelledRanks(start, end, columns, textScale);
    const frame: PlotFrame = {
      widthPx,
      heightPx,
      left: MARGIN.left,
      top: MARGIN.top,
      bottom: heightPx - (labels.every ? labelledBottom : MARGIN.bottom),
      devicePixelRatio: typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1,
    };
    const span = end - start;
    return {
      view: { start, end },
      columns,
      frame,
      labels,
      x: (rank: number) => frame.left + ((rank - start) * columns) / span,
    };
  }, [start, end, columns, widthPx, heightPx, textScale, labelledBottom]);
}

/** The distribution as the chart shows it, from the store: a new object on every change. */
export function useChartValues(): ChartValues {
  // One subscription, not one per field: each is a store listener and a hook per render.
  const picked = useExplorer(useShallow(pickValues));
  const shown = useBarHeights(picked);
  const { model, order, temperedProbs, probs, modelProbs, logits, cuts, temperature } = picked;
  const { topK, topP, minP } = picked;
  const { heights, maskedIds } = shown;
  return {
    vocab: model.vocab,
    order,
    heights,
    temperedProbs,
    probs,
    modelProbs,
    logits,
    cuts,
    temperature,
    filters: { topK, topP, minP },
    shown,
    statusAt: (rank) => outcomeStatus(rank, order[rank], probs, temperedProbs, maskedIds, cuts),
  };
}

/** The fields of the store the chart reads. */
const pickValues = (s: Explorer) => ({
  model: s.model,
  order: s.order,
  temperedProbs: s.temperedProbs,
  probs: s.probs,
  modelProbs: s.modelProbs,
  logits: s.logits,
  cuts: s.cuts,
  temperature: s.temperature,
  topK: s.topK,
  topP: s.topP,
  minP: s.minP,
  maskUnk: s.maskUnk,
});

/** Derives the chart model for a layout and scale; O(V) only when its inputs change. */
export function useChartModel(layout: ChartLayout, log: boolean): ChartModel {
  const values = useChartValues();
  const { shown, order, probs, temperature, cuts, modelProbs } = values;
  const { columns, frame } = layout;
  const { start, end } = layout.view;
  const bars = useMemo(() => createColumnBars(columns), [columns]);
  const keptEnd = cuts.minP.rankEnd;
  // Fills the preallocated column buffers; the returned object's identity marks a repaint.
  const fill = useMemo(() => {
    const h = shown.heights;
    // Above T = 0 the heights fall along `order`, so each column needs only its first ranks.
    const tallest =
      temperature > 0
        ? columnMaximaRanked(h, order, start, end, columns, keptEnd, shown.maskRanks, bars)
        : columnMaxima(h, probs, order, start, end, columns, bars);
    return { tallest };
  }, [shown, probs, order, start, end, columns, bars, temperature, keptEnd]);
  const ghost = temperature !== 1;
  const ghostTallest = ghost ? modelProbs[order[start]] : 0;
  const { axis, y } = useProbabilityAxis(log, Math.max(fill.tallest, ghostTallest), frame);
  return { ...layout, ...values, layout, bars, fill, axis, y, ghost };
}
