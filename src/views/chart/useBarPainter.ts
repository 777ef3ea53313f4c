import { type RefObject, useCallback, useEffect, useMemo } from 'react';
import { type BarPaint, paintBars } from './paintBars';
import type { ChartModel } from './useChartModel';
import { useFrameScheduler } from './useFrameScheduler';

/** Repaints the bar canvas in the next animation frame whenever the bars, size or scale change. */
export function useBarPainter(
  canvas: RefObject<HTMLCanvasElement | null>,
  chart: ChartModel,
): void {
  const { bars, columns, frame, y, fill } = chart;
  // `fill` changes identity whenever the column buffers are refilled in place.
  const paint: BarPaint = useMemo(
    () => ({ bars, columns, frame, y, tallest: fill.tallest }),
    [bars, columns, frame, y, fill],
  );
  const draw = useCallback((input: BarPaint) => paintBars(canvas.current, input), [canvas]);
  const markDirty = useFrameScheduler(draw);
  useEffect(() => markDirty(paint), [paint, markDirty]);
}
