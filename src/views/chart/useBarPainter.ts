import { useCallback, useContext, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { BarColours, BarRecording } from './barRecording';
import { recordBars } from './barRecording';
import { type BarSurface, BarSurfacesContext } from './barSurfaces';
import { type BarPaint, barColours } from './paintBars';
import type { ChartModel } from './useChartModel';
import { useFrameScheduler } from './useFrameScheduler';

/**
 * Repaints a canvas with `record(input)` whenever `input` changes (a new object), or a new canvas
 * is mounted: on the surface the context gives for it (a worker's, drawn at once, or the page's,
 * in the next animation frame). `onLost` is called if that surface can no longer draw the canvas.
 */
export function useRecordingPainter<T>(
  canvas: HTMLCanvasElement | null,
  input: T,
  record: (input: T) => BarRecording,
  style: (canvas: HTMLCanvasElement, input: T) => BarColours,
  onLost: () => void,
): void {
  const surfaces = useContext(BarSurfacesContext);
  const [surface, setSurface] = useState<BarSurface | null>(null);
  // Read when the surface is lost: a new callback does not reopen the surface.
  const lostRef = useRef(onLost);
  lostRef.current = onLost;
  useLayoutEffect(() => {
    if (!canvas) return;
    const opened = surfaces.open(canvas, () => lostRef.current());
    setSurface(opened);
    return () => {
      setSurface(null);
      // Only once the canvas has left the page (not on StrictMode's check, which reopens it).
      queueMicrotask(() => {
        if (!canvas.isConnected) opened.release();
      });
    };
  }, [canvas, surfaces]);
  const draw = useCallback(
    (paint: T) => {
      if (canvas && surface) surface.paint(record(paint), style(canvas, paint));
    },
    [canvas, surface, record, style],
  );
  const markDirty = useFrameScheduler(draw);
  // A worker draws while the page lays out and paints the rest of this frame; the page draws in
  // the next animation frame. One layout effect: no passive effect to flush after every move.
  useLayoutEffect(() => {
    if (!surface) return;
    if (surface.immediate) draw(input);
    else markDirty(input);
  }, [input, surface, draw, markDirty]);
}

const barStyle = (canvas: HTMLCanvasElement, paint: BarPaint) => barColours(canvas, paint.frame);

/** Repaints the bar canvas whenever the bars, size, scale, grid or T = 1 outline change. */
export function useBarPainter(
  canvas: HTMLCanvasElement | null,
  chart: ChartModel,
  onLost: () => void,
): void {
  const { bars, columns, frame, y, fill, modelProbs, order, axis } = chart;
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
      grid: axis.ticks.map((tick) => y(tick.value)),
    }),
    [bars, columns, frame, y, fill, ghost, modelProbs, order, start, end, axis],
  );
  useRecordingPainter(canvas, paint, recordBars, barStyle, onLost);
}
