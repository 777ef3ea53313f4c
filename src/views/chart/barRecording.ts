import { drawBars } from './drawBars';
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
}

/** The colours a recording is drawn with (the canvas's --ts-bar, --ts-masked and --ts-ghost). */
export interface BarColours {
  readonly kept: string;
  readonly masked: string;
  readonly ghost: string;
  readonly ghostWidth: number;
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
} as const;

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

/** Records a paint of the bars and the T = 1 outline. */
export function recordBars(paint: BarPaint): BarRecording {
  const { frame } = paint;
  const ops = writer.reset();
  const recorder = {
    setTransform: (a: number) => ops.push(OP.scale, 1, a),
    clearRect: (_x: number, _y: number, w: number, h: number) => ops.push(OP.clear, 2, w, h),
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
  // drawBars only sets a uniform scale (dpr, 0, 0, dpr, 0, 0); the recorder keeps the first value.
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
  | 'globalAlpha'
>;

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
      case OP.stroke:
        ctx.strokeStyle = colours.ghost;
        ctx.lineWidth = colours.ghostWidth;
        ctx.globalAlpha = 0.8;
        ctx.stroke();
        ctx.globalAlpha = 1;
        path = false;
        i += 1;
        break;
      default:
        throw new Error(`bar recording: unknown opcode ${ops[i]} at ${i}`);
    }
  }
  return rects;
}
