import type { ColumnBars } from './ColumnBars';

/** Where the bars go, in CSS pixels, and how many device pixels each CSS pixel has. */
export interface PlotFrame {
  readonly widthPx: number;
  readonly heightPx: number;
  /** Plot area inside the canvas. */
  readonly left: number;
  readonly top: number;
  readonly bottom: number;
  readonly devicePixelRatio: number;
}

/** Fill styles: a colour for kept bars, a hatch (or colour) for masked ones. */
export interface BarFills {
  readonly kept: string | CanvasPattern;
  readonly masked: string | CanvasPattern;
}

/** The canvas calls drawBars makes (a real 2D context, or a recording fake in tests). */
export type BarContext = Pick<CanvasRenderingContext2D, 'fillRect' | 'fillStyle'>;

/**
 * Paints one rectangle per pixel column (one per bar when zoomed so far in that a rank spans
 * several columns, with a 1 px gap once bars are 4 px wide): masked bars first, kept ones over
 * them, in CSS pixels (the caller scales for devicePixelRatio and clears the canvas). `y` maps a
 * probability to a CSS-pixel y. Returns how many rectangles it drew.
 */
export function drawBars(
  ctx: BarContext,
  bars: ColumnBars,
  columns: number,
  frame: PlotFrame,
  y: (p: number) => number,
  fills: BarFills,
): number {
  const { left, bottom } = frame;
  let drawn = 0;
  const paint = (values: Float64Array, fill: string | CanvasPattern) => {
    ctx.fillStyle = fill;
    let column = 0;
    while (column < columns) {
      let run = 1;
      while (column + run < columns && bars.firstRank[column + run] === bars.firstRank[column]) {
        run++;
      }
      const value = values[column];
      const top = value > 0 ? Math.max(frame.top, y(value)) : bottom;
      if (top < bottom) {
        ctx.fillRect(left + column, top, run >= 4 ? run - 1 : run, bottom - top);
        drawn++;
      }
      column += run;
    }
  };
  paint(bars.masked, fills.masked);
  paint(bars.kept, fills.kept);
  return drawn;
}
