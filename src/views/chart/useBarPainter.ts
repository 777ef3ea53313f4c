import { useCallback, useEffect, useMemo } from 'react';
import { type BarPaint, paintBars } from './paintBars';
import type { ChartModel } from './useChartModel';
import { useFrameScheduler } from './useFrameScheduler';

/**
 * Repaints the bar canvas in the next animation frame whenever the bars, size, scale or T = 1
 * outline change, or a new canvas is mounted.
 */
export function useBarPainter(canvas: HTMLCanvasElement | null, chart: ChartModel): void {
  const { bars, columns, frame, y, fill, modelProbs, order } = chart;
  const { start, end } = chart.view;
  const ghost = chart.ghost;
  // `fill` changes identity whenever the column buffers are refilled in place.
  const paint: BarPaint = useMemo(
    () => ({
      bars,
      columns,
      frame,
      y,
      tallest: fill.tallest,
      ghost: ghost ? { modelProbs, order, start, end } : null,
    }),
    [bars, columns, frame, y, fill, ghost, modelProbs, order, start, end],
  );
  const draw = useCallback((input: BarPaint) => paintBars(canvas, input), [canvas]);
  const markDirty = useFrameScheduler(draw);
  useEffect(() => {
    if (canvas) markDirty(paint);
  }, [paint, markDirty, canvas]);
}
