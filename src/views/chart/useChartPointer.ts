import { type PointerEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { columnArgmax } from './columnArgmax';
import { columnFirstRank } from './columnFirstRank';
import type { ChartLayout, ChartModel } from './useChartModel';
import type { RankView } from './useRankView';

/** A drag shorter than this many pixels is a click. */
const CLICK_SLOP_PX = 4;
/** Wheel zoom speed: the span scales by e^(deltaY · this) per wheel event (in pixels). */
const WHEEL_SPEED = 0.002;

/** The plot-area pixel column under a pointer at `clientX`. */
function columnAtPointer(element: HTMLElement | null, clientX: number, plotLeft: number): number {
  return clientX - (element?.getBoundingClientRect().left ?? 0) - plotLeft;
}

/**
 * Pointer behaviour of the plot: hover picks the tallest bar of the column under the pointer,
 * a click chooses it, a drag brushes a rank range to zoom to, the wheel zooms around the pointer.
 * Touch has no hover: a tap shows the bar's tooltip, and a second tap on it chooses it.
 */
export function useChartPointer(
  plot: RefObject<HTMLDivElement | null>,
  chart: ChartLayout,
  /** The model last drawn: the heights under the pointer. */
  model: RefObject<ChartModel | null>,
  view: RankView,
  onHover: (rank: number | null) => void,
  onChoose: (rank: number) => void,
) {
  const [brush, setBrush] = useState<readonly [number, number] | null>(null);
  // The rank whose tooltip the last tap showed (it shows while the plot keeps the focus).
  const tapped = useRef<number | null>(null);
  const latest = useRef({ chart, view });
  useEffect(() => {
    latest.current = { chart, view };
  });
  const columnAt = (clientX: number) =>
    columnAtPointer(plot.current, clientX, latest.current.chart.frame.left);
  const rankAt = (column: number) => {
    const { chart: c, view: v } = latest.current;
    const drawn = model.current;
    if (!drawn) return -1;
    return columnArgmax(drawn.heights, drawn.order, v.start, v.end, c.columns, column);
  };
  const clampColumn = (column: number) => Math.min(Math.max(column, 0), chart.columns - 1);

  useEffect(() => {
    const element = plot.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      const { chart: c, view: v } = latest.current;
      const column = columnAtPointer(element, event.clientX, c.frame.left);
      if (column < 0 || column >= c.columns) return;
      event.preventDefault();
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
      const anchor = v.start + (column / c.columns) * (v.end - v.start);
      v.zoomAround(anchor, Math.exp(event.deltaY * unit * WHEEL_SPEED));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [plot]);

  return {
    brush,
    onPointerDown: (event: PointerEvent) => {
      const column = columnAt(event.clientX);
      if (event.button !== 0 || column < 0 || column >= chart.columns) return;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      setBrush([column, column]);
    },
    onPointerMove: (event: PointerEvent) => {
      const column = columnAt(event.clientX);
      if (brush) setBrush([brush[0], clampColumn(column)]);
      const rank = rankAt(column);
      onHover(rank >= 0 ? rank : null);
    },
    onPointerUp: (event: PointerEvent) => {
      if (!brush) return;
      setBrush(null);
      const end = clampColumn(columnAt(event.clientX));
      const [a, b] = [Math.min(brush[0], end), Math.max(brush[0], end)];
      if (b - a < CLICK_SLOP_PX) {
        const rank = rankAt(brush[0]);
        if (rank < 0) return;
        const showing = tapped.current === rank && plot.current?.matches(':focus');
        tapped.current = null;
        if (event.pointerType !== 'touch' || showing) onChoose(rank);
        else {
          tapped.current = rank;
          onHover(rank);
        }
        return;
      }
      const firstOf = (column: number) =>
        columnFirstRank(Math.floor(column), view.start, view.end, chart.columns);
      view.zoomTo(firstOf(a), Math.max(firstOf(b), firstOf(b + 1) - 1));
    },
    // A lifted finger leaves too: its tooltip stays until the plot loses the focus.
    onPointerLeave: (event: PointerEvent) => {
      if (!brush && event.pointerType !== 'touch') onHover(null);
    },
    onPointerCancel: () => setBrush(null),
  };
}
