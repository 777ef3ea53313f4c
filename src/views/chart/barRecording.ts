import { drawBars, type PlotFrame } from './drawBars';
import type { BarPaint } from './paintBars';
import { traceGhost } from './traceGhost';

/**
 * One paint of the bar canvas as plain numbers: what drawBars and traceGhost would draw, recorded
 * so it can be drawn later on any 2D context — the page's, or a worker's OffscreenCanvas (a
 * recording is structured-cloneable and its buffer transferable).
 */
export interface BarRecording {
  /** The canvas's size in device pixels. */
  readonly width: number;
  readonly height: number;
  /** Opcodes and their arguments (OP below). */
  readonly ops: Float32Array;
  /** The text of the label opcodes, by index (token labels). */
  readonly texts?: readonly string[];
}

/** How a recording's labels are drawn: the label canvas's CSS font and colours. */
export interface LabelStyle {
  /** A canvas font such as `11px system-ui, sans-serif`. */
  readonly font: string;
  readonly text: string;
  /** Masked outcomes' labels (italic, in this colour). */
  readonly muted: string;
  /** The halo around each label, so it reads over the bars. */
  readonly halo: string;
}

/** The colours a recording is drawn with (the canvas's --ts-bar, --ts-masked and --ts-ghost). */
export interface BarColours {
  readonly kept: string;
  readonly masked: string;
  readonly ghost: string;
  readonly ghostWidth: number;
  /** The probability axis's grid lines. */
  readonly grid: string;
  /** How labels are drawn; a recording with labels and no style draws none. */
  readonly label?: LabelStyle;
}

/** Opcodes, each followed by its arguments. */
const OP = {
  /** a: the scale (devicePixelRatio) for both axes */
  scale: 1,
  /** w, h */
  clear: 2,
  /** 0 kept, 1 masked */
  fill: 3,
  /** x, y, w, h */
  rect: 4,
  /** x, y */
  moveTo: 5,
  lineTo: 6,
  /** strokes the traced outline */
  stroke: 7,
  /** x, y, i (texts[i] the token, texts[i + 1] what follows it), flags (LABEL_*) */
  label: 8,
  /** y, x0, x1: a dashed grid line */
  grid: 9,
} as const;

/** A masked outcome's label. */
const LABEL_MASKED = 1;
/** A label read upwards, ending at (x, y) and centred on it across. */
const LABEL_ROTATED = 2;
/** A probability axis's tick label, ending at (x, y): muted, no halo. */
const LABEL_AXIS = 4;

/** The grid lines' dash: 2 px drawn, 3 px apart. */
const GRID_DASH = [2, 3];

const FILL_KEPT = 'kept';
const FILL_MASKED = 'masked';

/**
 * A growing buffer of opcodes and arguments, kept between paints (a plain array, or a new buffer
 * per paint, cost more on every slider move); `done` copies out what one paint recorded.
 */
class OpWriter {
  private ops = new Float32Array(4096);
  private length = 0;
  /** Starts a new recording in the same buffer. */
  reset(): this {
    this.length = 0;
    return this;
  }
  /** Appends an opcode and up to four arguments (`count` of a, b, c, d). */
  push(op: number, count: number, a = 0, b = 0, c = 0, d = 0): void {
    if (this.length + 5 > this.ops.length) {
      const grown = new Float32Array(this.ops.length * 2);
      grown.set(this.ops);
      this.ops = grown;
    }
    const ops = this.ops;
    let at = this.length;
    ops[at++] = op;
    if (count > 0) ops[at++] = a;
    if (count > 1) ops[at++] = b;
    if (count > 2) ops[at++] = c;
    if (count > 3) ops[at++] = d;
    this.length = at;
  }
  /** The recorded opcodes, in a buffer of their own (transferable). */
  done(): Float32Array {
    return this.ops.slice(0, this.length);
  }
}

const writer = new OpWriter();

/** One token label: its place (CSS px), token and the text after it (e.g. its probability). */
export interface LabelItem {
  /** Where the label starts, or for a rotated label where it ends. */
  readonly x: number;
  /** The middle of its line. */
  readonly y: number;
  readonly token: string;
  readonly after: string;
  readonly masked: boolean;
}

/** A tick label of the probability axis: its text ends at (x, y), the middle of its line. */
export interface AxisLabel {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/** What one paint of the label canvas needs. */
export interface LabelPaint {
  readonly frame: PlotFrame;
  /** Read upwards under the axis (every bar labelled), or level beside the bars. */
  readonly rotated: boolean;
  readonly items: readonly LabelItem[];
  /** The probability axis's tick labels, left of the plot. */
  readonly axis: readonly AxisLabel[];
}

/** Records a paint of the labels: a clear canvas, the axis's tick labels, then each token label. */
export function recordLabels(paint: LabelPaint): BarRecording {
  const { frame } = paint;
  const ops = writer.reset();
  const texts: string[] = [];
  ops.push(OP.scale, 1, frame.devicePixelRatio);
  ops.push(OP.clear, 2, frame.widthPx, frame.heightPx);
  for (const tick of paint.axis) {
    ops.push(OP.label, 4, tick.x, tick.y, texts.length, LABEL_AXIS);
    texts.push(tick.text, '');
  }
  for (const item of paint.items) {
    const flags = (item.masked ? LABEL_MASKED : 0) | (paint.rotated ? LABEL_ROTATED : 0);
    ops.push(OP.label, 4, item.x, item.y, texts.length, flags);
    texts.push(item.token, item.after);
  }
  return {
    width: Math.round(frame.widthPx * frame.devicePixelRatio),
    height: Math.round(frame.heightPx * frame.devicePixelRatio),
    ops: ops.done(),
    texts,
  };
}

/**
 * Records a paint of the bar canvas: the probability axis's grid lines, the bars over them, and
 * the T = 1 outline over the bars.
 */
export function recordBars(paint: BarPaint): BarRecording {
  const { frame } = paint;
  const ops = writer.reset();
  ops.push(OP.scale, 1, frame.devicePixelRatio);
  ops.push(OP.clear, 2, frame.widthPx, frame.heightPx);
  // In a CSS pixel's middle, so a 1 px line is crisp (one row, or two at devicePixelRatio 2).
  const right = frame.left + paint.columns;
  for (const y of paint.grid) ops.push(OP.grid, 3, Math.floor(y) + 0.5, frame.left, right);
  const recorder = {
    fillRect: (x: number, y: number, w: number, h: number) => ops.push(OP.rect, 4, x, y, w, h),
    set fillStyle(style: unknown) {
      ops.push(OP.fill, 1, style === FILL_MASKED ? 1 : 0);
    },
    get fillStyle(): string {
      return '';
    },
    moveTo: (x: number, y: number) => ops.push(OP.moveTo, 2, x, y),
    lineTo: (x: number, y: number) => ops.push(OP.lineTo, 2, x, y),
  };
  drawBars(
    recorder as unknown as Parameters<typeof drawBars>[0],
    paint.bars,
    paint.columns,
    frame,
    paint.y,
    { kept: FILL_KEPT, masked: FILL_MASKED },
  );
  const { ghost } = paint;
  if (ghost) {
    traceGhost(
      recorder,
      ghost.modelProbs,
      ghost.order,
      ghost.start,
      ghost.end,
      paint.columns,
      frame.left,
      paint.y,
    );
    ops.push(OP.stroke, 0);
  }
  return {
    width: Math.round(frame.widthPx * frame.devicePixelRatio),
    height: Math.round(frame.heightPx * frame.devicePixelRatio),
    ops: ops.done(),
  };
}

/** The 2D context calls a replay makes: the page's canvas or an OffscreenCanvas's. */
export type ReplayContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'fillRect'
  | 'fillStyle'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'stroke'
  | 'strokeStyle'
  | 'lineWidth'
  | 'setLineDash'
  | 'globalAlpha'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'lineJoin'
  | 'fillText'
  | 'strokeText'
  | 'measureText'
  | 'save'
  | 'restore'
  | 'translate'
  | 'rotate'
>;

/**
 * Draws one label: the token, then what follows it, each with a halo under it. The token and the
 * rest are separate runs of text, so bidi controls in a token cannot reorder the probability.
 */
function drawLabel(
  ctx: ReplayContext,
  style: LabelStyle,
  x: number,
  y: number,
  token: string,
  after: string,
  flags: number,
): void {
  if (flags & LABEL_AXIS) {
    ctx.font = style.font;
    ctx.fillStyle = style.muted;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    ctx.fillText(token, x, y);
    return;
  }
  const masked = (flags & LABEL_MASKED) !== 0;
  ctx.font = masked ? `italic ${style.font}` : style.font;
  ctx.fillStyle = masked ? style.muted : style.text;
  ctx.strokeStyle = style.halo;
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  ctx.textBaseline = 'middle';
  const run = (text: string, at: number) => {
    ctx.strokeText(text, at, 0);
    ctx.fillText(text, at, 0);
  };
  ctx.save();
  ctx.translate(x, y);
  if (flags & LABEL_ROTATED) {
    ctx.rotate(-Math.PI / 2);
    ctx.textAlign = 'right';
    run(token, 0);
  } else {
    ctx.textAlign = 'left';
    run(token, 0);
    if (after) run(after, ctx.measureText(token).width);
  }
  ctx.restore();
}

/**
 * Draws a recording: kept bars in `colours.kept`, masked ones in `maskedFill` (a hatch, so they
 * differ by texture as well as colour), the outline in `colours.ghost` at 80 % opacity.
 * Returns how many rectangles it drew.
 */
export function replayBars(
  ctx: ReplayContext,
  recording: BarRecording,
  colours: BarColours,
  maskedFill: string | CanvasPattern,
): number {
  const { ops } = recording;
  let rects = 0;
  let path = false;
  for (let i = 0; i < ops.length; ) {
    switch (ops[i]) {
      case OP.scale:
        ctx.setTransform(ops[i + 1], 0, 0, ops[i + 1], 0, 0);
        i += 2;
        break;
      case OP.clear:
        ctx.clearRect(0, 0, ops[i + 1], ops[i + 2]);
        i += 3;
        break;
      case OP.fill:
        ctx.fillStyle = ops[i + 1] === 1 ? maskedFill : colours.kept;
        i += 2;
        break;
      case OP.rect:
        ctx.fillRect(ops[i + 1], ops[i + 2], ops[i + 3], ops[i + 4]);
        rects++;
        i += 5;
        break;
      case OP.moveTo:
        if (!path) ctx.beginPath();
        path = true;
        ctx.moveTo(ops[i + 1], ops[i + 2]);
        i += 3;
        break;
      case OP.lineTo:
        ctx.lineTo(ops[i + 1], ops[i + 2]);
        i += 3;
        break;
      case OP.grid:
        ctx.strokeStyle = colours.grid;
        ctx.lineWidth = 1;
        ctx.setLineDash(GRID_DASH);
        ctx.beginPath();
        ctx.moveTo(ops[i + 2], ops[i + 1]);
        ctx.lineTo(ops[i + 3], ops[i + 1]);
        ctx.stroke();
        ctx.setLineDash([]);
        i += 4;
        break;
      case OP.stroke:
        ctx.strokeStyle = colours.ghost;
        ctx.lineWidth = colours.ghostWidth;
        ctx.globalAlpha = 0.8;
        ctx.stroke();
        ctx.globalAlpha = 1;
        path = false;
        i += 1;
        break;
      case OP.label: {
        const at = ops[i + 3];
        const texts = recording.texts ?? [];
        if (colours.label) {
          drawLabel(
            ctx,
            colours.label,
            ops[i + 1],
            ops[i + 2],
            texts[at] ?? '',
            texts[at + 1] ?? '',
            ops[i + 4],
          );
        }
        i += 5;
        break;
      }
      default:
        throw new Error(`bar recording: unknown opcode ${ops[i]} at ${i}`);
    }
  }
  return rects;
}
