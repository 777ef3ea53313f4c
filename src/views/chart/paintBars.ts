import type { ColumnBars } from './ColumnBars';
import { type BarFills, drawBars, type PlotFrame } from './drawBars';

/** What one canvas paint needs. */
export interface BarPaint {
  readonly bars: ColumnBars;
  readonly columns: number;
  readonly frame: PlotFrame;
  readonly y: (p: number) => number;
  /** The tallest bar (part of the input, so a refill of `bars` makes a new paint). */
  readonly tallest: number;
}

const colours = new WeakMap<
  HTMLCanvasElement,
  { frame: PlotFrame; kept: string; masked: string }
>();
const patterns = new WeakMap<
  CanvasRenderingContext2D,
  { colour: string; pattern: CanvasPattern }
>();

/** Diagonal hatching in `colour`, so masked bars differ by texture as well as colour. */
function hatch(ctx: CanvasRenderingContext2D, colour: string): string | CanvasPattern {
  const cached = patterns.get(ctx);
  if (cached && cached.colour === colour) return cached.pattern;
  const tile = document.createElement('canvas');
  tile.width = 6;
  tile.height = 6;
  const t = tile.getContext('2d');
  if (!t) return colour;
  t.strokeStyle = colour;
  t.lineWidth = 2;
  t.beginPath();
  t.moveTo(-1, 7);
  t.lineTo(7, -1);
  t.stroke();
  const pattern = ctx.createPattern(tile, 'repeat');
  if (!pattern) return colour;
  patterns.set(ctx, { colour, pattern });
  return pattern;
}

/** The --ts-bar and --ts-masked colours, read again only when the chart is resized. */
function barColours(canvas: HTMLCanvasElement, frame: PlotFrame) {
  const cached = colours.get(canvas);
  if (cached && cached.frame === frame) return cached;
  const style = getComputedStyle(canvas);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const fresh = {
    frame,
    kept: read('--ts-bar', '#2f5f9e'),
    masked: read('--ts-masked', '#9aa1ab'),
  };
  colours.set(canvas, fresh);
  return fresh;
}

/**
 * Sizes the canvas for devicePixelRatio and draws the bars; does nothing where there is no 2D
 * canvas (jsdom, or a browser that refuses a context).
 */
export function paintBars(canvas: HTMLCanvasElement | null, paint: BarPaint): void {
  if (!canvas || typeof CanvasRenderingContext2D === 'undefined') return;
  const { frame } = paint;
  const width = Math.round(frame.widthPx * frame.devicePixelRatio);
  const height = Math.round(frame.heightPx * frame.devicePixelRatio);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const { kept, masked } = barColours(canvas, frame);
  const fills: BarFills = { kept, masked: hatch(ctx, masked) };
  drawBars(ctx, paint.bars, paint.columns, frame, paint.y, fills);
}
