import { useMemo } from 'react';
import type { FilterCuts } from '../../sampling/filterCuts';
import { useExplorer } from '../ExplorerContext';
import { type ColumnBars, createColumnBars } from './ColumnBars';
import { columnMaxima } from './columnMaxima';
import { columnMaximaRanked } from './columnMaximaRanked';
import type { PlotFrame } from './drawBars';
import { labelledRanks } from './labelledRanks';
import { type OutcomeStatus, outcomeStatus } from './outcomeStatus';
import type { ProbabilityAxis } from './probabilityTicks';
import { useBarHeights } from './useBarHeights';
import { useProbabilityAxis } from './useProbabilityAxis';
import type { RankRange } from './zoomRange';

/** Space around the plot area in CSS pixels (axis labels, rotated token labels when zoomed). */
export const CHART_MARGIN = { left: 66, right: 12, top: 14, bottom: 28, bottomLabelled: 84 };
const MARGIN = CHART_MARGIN;

/** Everything the chart's canvas, overlay, list and tooltip draw, derived from the store. */
export interface ChartModel {
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
  readonly view: RankRange;
  readonly columns: number;
  readonly frame: PlotFrame;
  readonly bars: ColumnBars;
  /** A new object whenever `bars` is refilled, so a painter knows to repaint. */
  readonly fill: { readonly tallest: number };
  readonly axis: ProbabilityAxis;
  /** Probability → CSS-pixel y. */
  readonly y: (p: number) => number;
  /** Fractional rank position → CSS-pixel x. */
  readonly x: (rank: number) => number;
  readonly labels: { every: boolean; ranks: number[] };
  /** Whether the T = 1 outline is drawn (temperature ≠ 1). */
  readonly ghost: boolean;
  statusAt(rank: number): OutcomeStatus;
}

/** Derives the chart model for the visible ranks at a given size; O(V) only when inputs change. */
export function useChartModel(
  view: RankRange,
  widthPx: number,
  heightPx: number,
  log: boolean,
  textScale = 1,
): ChartModel {
  const vocab = useExplorer((s) => s.model.vocab);
  const order = useExplorer((s) => s.order);
  const temperedProbs = useExplorer((s) => s.temperedProbs);
  const probs = useExplorer((s) => s.probs);
  const modelProbs = useExplorer((s) => s.modelProbs);
  const logits = useExplorer((s) => s.logits);
  const cuts = useExplorer((s) => s.cuts);
  const temperature = useExplorer((s) => s.temperature);
  const topK = useExplorer((s) => s.topK);
  const topP = useExplorer((s) => s.topP);
  const minP = useExplorer((s) => s.minP);
  const shown = useBarHeights();
  const { heights, maskedIds } = shown;

  const columns = Math.max(1, widthPx - MARGIN.left - MARGIN.right);
  const labels = labelledRanks(view.start, view.end, columns, textScale);
  // Room under the axis for the rotated labels, as much more as their text is larger. A new text
  // size therefore makes a new frame, and the bar canvas reads its CSS again (paintBars.ts).
  const labelledBottom = Math.round(MARGIN.bottomLabelled * textScale);
  const frame = useMemo(
    () => ({
      widthPx,
      heightPx,
      left: MARGIN.left,
      top: MARGIN.top,
      bottom: heightPx - (labels.every ? labelledBottom : MARGIN.bottom),
      devicePixelRatio: typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1,
    }),
    [widthPx, heightPx, labels.every, labelledBottom],
  );
  const bars = useMemo(() => createColumnBars(columns), [columns]);
  const keptEnd = cuts.minP.rankEnd;
  const { start, end } = view;
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
  const span = view.end - view.start;
  return {
    vocab,
    order,
    heights,
    temperedProbs,
    probs,
    modelProbs,
    logits,
    cuts,
    temperature,
    filters: { topK, topP, minP },
    view,
    columns,
    frame,
    bars,
    fill,
    axis,
    y,
    x: (rank) => frame.left + ((rank - view.start) * columns) / span,
    labels,
    ghost,
    statusAt: (rank) => outcomeStatus(rank, order[rank], probs, temperedProbs, maskedIds, cuts),
  };
}
