import type { ColumnBars } from './ColumnBars';
import { type BarFills, drawBars, type PlotFrame } from './drawBars';
import { traceGhost } from './traceGhost';

/** The T = 1 outline: the model's probabilities along the view's ranks. */
export interface GhostLine {
  readonly modelProbs: Float64Array;
  readonly order: Uint32Array;
  readonly start: number;
  readonly end: number;
}

/** What one canvas paint needs. */
export interface BarPaint {
  readonly bars: ColumnBars;
  readonly columns: number;
  readonly frame: PlotFrame;
  readonly y: (p: number) => number;
  /** The tallest bar (part of the input, so a refill of `bars` makes a new paint). */
  readonly tallest: number;
  /** The T = 1 outline over the bars, or null at T = 1. */
  readonly ghost: GhostLine | null;
}

interface BarStyle {
  frame: PlotFrame;
  kept: string;
  masked: string;
  ghost: string;
  ghostWidth: number;
}

const styles = new WeakMap<HTMLCanvasElement, BarStyle>();
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

/**
 * The --ts-bar, --ts-masked and --ts-ghost styles, read again only with a new frame: a resize,
 * or a new text size (presenter mode's theme), which useChartModel makes a new frame.
 */
function barStyle(canvas: HTMLCanvasElement, frame: PlotFrame): BarStyle {
  const cached = styles.get(canvas);
  if (cached && cached.frame === frame) return cached;
  const style = getComputedStyle(canvas);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const fresh = {
    frame,
    kept: read('--ts-bar', '#2f5f9e'),
    masked: read('--ts-masked', '#9aa1ab'),
    ghost: read('--ts-ghost', '#1b1b1b'),
    ghostWidth: Number(read('--ts-ghost-width', '1')) || 1,
  };
  styles.set(canvas, fresh);
  return fresh;
}

/**
 * Sizes the canvas for devicePixelRatio and draws the bars, then the T = 1 outline over them;
 * does nothing where there is no 2D canvas (jsdom, or a browser that refuses a context).
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
  const style = barStyle(canvas, frame);
  const fills: BarFills = { kept: style.kept, masked: hatch(ctx, style.masked) };
  drawBars(ctx, paint.bars, paint.columns, frame, paint.y, fills);
  const { ghost } = paint;
  if (!ghost) return;
  // On the canvas, not the SVG: a slider move below T = 1 rescales it, and a new SVG path
  // cost a layout and a repaint of the whole overlay.
  ctx.beginPath();
  traceGhost(
    ctx,
    ghost.modelProbs,
    ghost.order,
    ghost.start,
    ghost.end,
    paint.columns,
    frame.left,
    paint.y,
  );
  ctx.strokeStyle = style.ghost;
  ctx.lineWidth = style.ghostWidth;
  ctx.globalAlpha = 0.8;
  ctx.stroke();
  ctx.globalAlpha = 1;
}
