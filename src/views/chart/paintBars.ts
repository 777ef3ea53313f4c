import { type BarColours, type BarRecording, replayBars } from './barRecording';
import type { ColumnBars } from './ColumnBars';
import type { PlotFrame } from './drawBars';

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

/** A 2D context of the page's canvas or of an OffscreenCanvas (in a worker). */
type AnyContext2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const patterns = new WeakMap<AnyContext2D, { colour: string; pattern: CanvasPattern }>();

/** A 6 × 6 canvas for the hatch's tile: an OffscreenCanvas where there is one (workers). */
function tileCanvas(): HTMLCanvasElement | OffscreenCanvas {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(6, 6);
  const tile = document.createElement('canvas');
  tile.width = 6;
  tile.height = 6;
  return tile;
}

/** Diagonal hatching in `colour`, so masked bars differ by texture as well as colour. */
function hatch(ctx: AnyContext2D, colour: string): string | CanvasPattern {
  const cached = patterns.get(ctx);
  if (cached && cached.colour === colour) return cached.pattern;
  const t = tileCanvas().getContext('2d') as AnyContext2D | null;
  if (!t) return colour;
  t.strokeStyle = colour;
  t.lineWidth = 2;
  t.beginPath();
  t.moveTo(-1, 7);
  t.lineTo(7, -1);
  t.stroke();
  const pattern = ctx.createPattern(t.canvas, 'repeat');
  if (!pattern) return colour;
  patterns.set(ctx, { colour, pattern });
  return pattern;
}

const colourCache = new WeakMap<HTMLCanvasElement, { frame: PlotFrame; colours: BarColours }>();

/**
 * The canvas's --ts-bar, --ts-masked and --ts-ghost styles, read again only with a new frame: a
 * resize, or a new text size (presenter mode's theme), which useChartModel makes a new frame.
 */
export function barColours(canvas: HTMLCanvasElement, frame: PlotFrame): BarColours {
  const cached = colourCache.get(canvas);
  if (cached && cached.frame === frame) return cached.colours;
  const style = getComputedStyle(canvas);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const colours = {
    kept: read('--ts-bar', '#2f5f9e'),
    masked: read('--ts-masked', '#9aa1ab'),
    ghost: read('--ts-ghost', '#1b1b1b'),
    ghostWidth: Number(read('--ts-ghost-width', '1')) || 1,
  };
  colourCache.set(canvas, { frame, colours });
  return colours;
}

const labelCache = new WeakMap<HTMLCanvasElement, { frame: PlotFrame; colours: BarColours }>();

/**
 * The label canvas's font, colour, --ts-muted and --ts-background (its halo), read again only
 * with a new frame (a resize or a new text size, as barColours).
 */
export function labelColours(canvas: HTMLCanvasElement, frame: PlotFrame): BarColours {
  const cached = labelCache.get(canvas);
  if (cached && cached.frame === frame) return cached.colours;
  const style = getComputedStyle(canvas);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const size = Number.parseFloat(style.fontSize) || 11;
  const colours: BarColours = {
    ...barColours(canvas, frame),
    label: {
      font: `${style.fontWeight || 'normal'} ${size}px ${style.fontFamily || 'sans-serif'}`,
      text: style.color || '#1b1b1b',
      muted: read('--ts-muted', '#5b6470'),
      halo: read('--ts-background', '#ffffff'),
    },
  };
  labelCache.set(canvas, { frame, colours });
  return colours;
}

/**
 * Sizes a canvas (the page's, or an OffscreenCanvas in a worker) for a recording and draws it:
 * the bars, then the T = 1 outline over them. Does nothing without a 2D context.
 */
export function drawRecording(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  recording: BarRecording,
  colours: BarColours,
): void {
  if (canvas.width !== recording.width) canvas.width = recording.width;
  if (canvas.height !== recording.height) canvas.height = recording.height;
  const ctx = canvas.getContext('2d') as AnyContext2D | null;
  if (!ctx) return;
  // The outline is on the canvas, not the SVG: a slider move below T = 1 rescales it, and a new
  // SVG path cost a layout and a repaint of the whole overlay.
  replayBars(ctx, recording, colours, hatch(ctx, colours.masked));
}
