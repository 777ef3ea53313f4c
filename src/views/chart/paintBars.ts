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
  /** The probability axis's grid lines under the bars: their CSS-pixel y. */
  readonly grid: readonly number[];
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

type StyleCache = WeakMap<HTMLCanvasElement, { frame: PlotFrame; colours: BarColours }>;

/**
 * `read(style, value)` of the canvas's computed style, read again only with a new frame: a
 * resize, or a new text size (presenter mode's theme), which useChartModel makes a new frame.
 */
function cachedStyle(
  cache: StyleCache,
  canvas: HTMLCanvasElement,
  frame: PlotFrame,
  read: (
    style: CSSStyleDeclaration,
    value: (name: string, fallback: string) => string,
  ) => BarColours,
): BarColours {
  const cached = cache.get(canvas);
  if (cached && cached.frame === frame) return cached.colours;
  const style = getComputedStyle(canvas);
  const colours = read(style, (name, fallback) => style.getPropertyValue(name).trim() || fallback);
  cache.set(canvas, { frame, colours });
  return colours;
}

const barCache: StyleCache = new WeakMap();
const labelCache: StyleCache = new WeakMap();

/** The canvas's --ts-bar, --ts-masked and --ts-ghost styles. */
export function barColours(canvas: HTMLCanvasElement, frame: PlotFrame): BarColours {
  return cachedStyle(barCache, canvas, frame, (_, read) => ({
    kept: read('--ts-bar', '#2f5f9e'),
    masked: read('--ts-masked', '#9aa1ab'),
    ghost: read('--ts-ghost', '#1b1b1b'),
    ghostWidth: Number(read('--ts-ghost-width', '1')) || 1,
    grid: read('--ts-border', '#c9ced6'),
  }));
}

/** The label canvas's font, colour, --ts-muted and --ts-background (its halo). */
export function labelColours(canvas: HTMLCanvasElement, frame: PlotFrame): BarColours {
  return cachedStyle(labelCache, canvas, frame, (style, read) => ({
    ...barColours(canvas, frame),
    label: {
      font: `${style.fontWeight || 'normal'} ${Number.parseFloat(style.fontSize) || 11}px ${style.fontFamily || 'sans-serif'}`,
      text: style.color || '#1b1b1b',
      muted: read('--ts-muted', '#5b6470'),
      halo: read('--ts-background', '#ffffff'),
    },
  }));
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
