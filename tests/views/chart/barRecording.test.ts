import { describe, expect, it } from 'vitest';
import {
  type ReplayContext,
  recordBars,
  recordLabels,
  replayBars,
} from '../../../src/views/chart/barRecording';
import { createColumnBars } from '../../../src/views/chart/ColumnBars';
import { drawBars } from '../../../src/views/chart/drawBars';
import type { BarPaint } from '../../../src/views/chart/paintBars';
import { traceGhost } from '../../../src/views/chart/traceGhost';
import { frame, y } from './plotFixture';

/** A stand-in 2D context that logs every call and style it is given. */
function loggingContext() {
  const calls: string[] = [];
  const log =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push(`${name} ${args.join(',')}`);
  const ctx = {
    setTransform: log('setTransform'),
    clearRect: log('clearRect'),
    fillRect: log('fillRect'),
    beginPath: log('beginPath'),
    moveTo: log('moveTo'),
    lineTo: log('lineTo'),
    stroke: log('stroke'),
    setLineDash: log('setLineDash'),
    set fillStyle(style: unknown) {
      calls.push(`fillStyle ${String(style)}`);
    },
    set strokeStyle(style: unknown) {
      calls.push(`strokeStyle ${String(style)}`);
    },
    set lineWidth(width: number) {
      calls.push(`lineWidth ${width}`);
    },
    set globalAlpha(alpha: number) {
      calls.push(`globalAlpha ${alpha}`);
    },
    set font(font: string) {
      calls.push(`font ${font}`);
    },
    set textAlign(align: string) {
      calls.push(`textAlign ${align}`);
    },
    set textBaseline(_: string) {},
    set lineJoin(_: string) {},
    save: log('save'),
    restore: log('restore'),
    translate: log('translate'),
    rotate: log('rotate'),
    fillText: log('fillText'),
    strokeText: log('strokeText'),
    // Six pixels a character, like a monospace font.
    measureText: (text: string) => ({ width: text.length * 6 }),
  };
  return { ctx: ctx as unknown as ReplayContext, calls };
}

const colours = { kept: 'blue', masked: 'grey', ghost: 'black', ghostWidth: 1.5, grid: 'pale' };

function paintOf(withGhost: boolean): BarPaint {
  const bars = createColumnBars(4);
  bars.kept.set([0.4, 0.15, 0.15, 0.05]);
  bars.masked.set([0.5, 0, 0, 0]);
  bars.firstRank.set([0, 2, 3, 5]);
  const modelProbs = Float64Array.from([0.05, 0.3, 0.1, 0.2, 0.25, 0.1]);
  const order = Uint32Array.from([1, 4, 3, 2, 5, 0]);
  return {
    bars,
    columns: 4,
    frame,
    y,
    tallest: 0.5,
    ghost: withGhost ? { modelProbs, order, start: 0, end: 6 } : null,
    grid: [],
  };
}

describe('recordBars and replayBars', () => {
  it('replayBars(ctx, recordBars(paint), ...) draws what drawBars and traceGhost draw, in the given colours', () => {
    const paint = paintOf(true);
    const direct = loggingContext();
    drawBars(direct.ctx, paint.bars, paint.columns, frame, y, { kept: 'blue', masked: 'hatch' });
    direct.ctx.beginPath();
    const g = paint.ghost;
    if (!g) throw new Error('no ghost');
    traceGhost(direct.ctx, g.modelProbs, g.order, g.start, g.end, paint.columns, frame.left, y);
    const replayed = loggingContext();
    const rects = replayBars(replayed.ctx, recordBars(paint), colours, 'hatch');
    // Scaled for devicePixelRatio and cleared, then up to the outline's stroke the calls are the
    // same (Float32 rounding aside: these are exact).
    expect(replayed.calls.slice(0, 2)).toEqual([
      'setTransform 2,0,0,2,0,0',
      'clearRect 0,0,40,120',
    ]);
    const strokeAt = replayed.calls.indexOf('strokeStyle black');
    expect(replayed.calls.slice(2, strokeAt)).toEqual(direct.calls);
    expect(replayed.calls.slice(strokeAt)).toEqual([
      'strokeStyle black',
      'lineWidth 1.5',
      'globalAlpha 0.8',
      'stroke ',
      'globalAlpha 1',
    ]);
    expect(rects).toBe(direct.calls.filter((c) => c.startsWith('fillRect')).length);
    expect(rects).toBe(5);
  });

  it('recordBars(paint) at T = 1 (no outline) records no path, and sizes the canvas in device pixels', () => {
    const recording = recordBars(paintOf(false));
    expect(recording.width).toBe(80);
    expect(recording.height).toBe(240);
    const { ctx, calls } = loggingContext();
    replayBars(ctx, recording, colours, 'hatch');
    expect(calls.some((c) => /^(beginPath|moveTo|lineTo|stroke)/.test(c))).toBe(false);
    expect(calls[0]).toBe('setTransform 2,0,0,2,0,0');
  });

  it('recordBars(paint) draws the grid lines under the bars, dashed and crisp across the plot', () => {
    const recording = recordBars({ ...paintOf(false), grid: [20.3, 75] });
    const { ctx, calls } = loggingContext();
    replayBars(ctx, recording, colours, 'hatch');
    const firstBar = calls.findIndex((c) => c.startsWith('fillStyle'));
    const line = (y: number) => [
      'strokeStyle pale',
      'lineWidth 1',
      'setLineDash 2,3',
      'beginPath ',
      `moveTo 10,${y}`,
      `lineTo 14,${y}`,
      'stroke ',
      'setLineDash ',
    ];
    // In the middle of a CSS pixel, from the plot's left edge to its last column.
    expect(calls.slice(2, firstBar)).toEqual([...line(20.5), ...line(75.5)]);
    expect(calls.slice(firstBar).some((c) => c.startsWith('strokeStyle'))).toBe(false);
  });

  it('recordBars(paint) keeps every rectangle of a chart thousands of columns wide', () => {
    const columns = 3000;
    const bars = createColumnBars(columns);
    for (let c = 0; c < columns; c++) {
      bars.kept[c] = 0.5 / (c + 1);
      bars.firstRank[c] = c;
    }
    const wide = { ...frame, widthPx: columns + 20 };
    const recording = recordBars({ ...paintOf(false), bars, columns, frame: wide });
    expect(replayBars(loggingContext().ctx, recording, colours, 'hatch')).toBe(columns);
  });

  it('replayBars(ctx, recording, ...) refuses a recording it cannot read', () => {
    const bad = { width: 1, height: 1, ops: Float32Array.from([99]) };
    expect(() => replayBars(loggingContext().ctx, bad, colours, 'hatch')).toThrow(/opcode 99/);
  });
});

describe('recordLabels and replayBars', () => {
  const label = { font: '11px sans-serif', text: 'ink', muted: 'grey', halo: 'white' };
  const HOSTILE = '<img src=x onerror=alert(1)>';

  it('draws each label as text, the token then its probability, each over a halo', () => {
    const recording = recordLabels({
      frame,
      rotated: false,
      axis: [],
      items: [
        { x: 14, y: 20, token: '·the', after: ' 23.1 %', masked: false },
        { x: 14, y: 33, token: HOSTILE, after: ' 5.0 % (masked)', masked: true },
      ],
    });
    const { ctx, calls } = loggingContext();
    replayBars(ctx, recording, { ...colours, label }, 'hatch');
    const drawn = calls.filter((c) => /^(fillText|strokeText|font|fillStyle|translate)/.test(c));
    expect(drawn).toEqual([
      'font 11px sans-serif',
      'fillStyle ink',
      'translate 14,20',
      'strokeText ·the,0,0',
      'fillText ·the,0,0',
      // After the token's width: its bidi controls cannot reorder the probability.
      'strokeText  23.1 %,24,0',
      'fillText  23.1 %,24,0',
      'font italic 11px sans-serif',
      'fillStyle grey',
      'translate 14,33',
      `strokeText ${HOSTILE},0,0`,
      `fillText ${HOSTILE},0,0`,
      `strokeText  5.0 % (masked),${HOSTILE.length * 6},0`,
      `fillText  5.0 % (masked),${HOSTILE.length * 6},0`,
    ]);
    expect(calls[0]).toBe('setTransform 2,0,0,2,0,0');
    expect(calls[1]).toBe('clearRect 0,0,40,120');
  });

  it('reads rotated labels upwards, each ending at its place', () => {
    const recording = recordLabels({
      frame,
      rotated: true,
      axis: [],
      items: [{ x: 12.5, y: 106, token: '·a', after: '', masked: false }],
    });
    const { ctx, calls } = loggingContext();
    replayBars(ctx, recording, { ...colours, label }, 'hatch');
    expect(calls.filter((c) => /^(translate|rotate|textAlign|fillText)/.test(c))).toEqual([
      'translate 12.5,106',
      `rotate ${-Math.PI / 2}`,
      'textAlign right',
      'fillText ·a,0,0',
    ]);
  });

  it('draws the probability axis labels first, right-aligned to their place, muted and without a halo', () => {
    const recording = recordLabels({
      frame,
      rotated: false,
      axis: [
        { x: 4, y: 0, text: '50 %' },
        { x: 4, y: 50, text: HOSTILE },
      ],
      items: [{ x: 14, y: 20, token: '·the', after: '', masked: false }],
    });
    const { ctx, calls } = loggingContext();
    replayBars(ctx, recording, { ...colours, label }, 'hatch');
    const drawn = calls.filter((c) => /^(fillText|strokeText|fillStyle|textAlign)/.test(c));
    expect(drawn.slice(0, 6)).toEqual([
      'fillStyle grey',
      'textAlign right',
      'fillText 50 %,4,0',
      'fillStyle grey',
      'textAlign right',
      `fillText ${HOSTILE},4,50`,
    ]);
    // Then the token label, over its halo.
    expect(drawn.slice(6)).toContain('strokeText ·the,0,0');
  });

  it('draws no labels without a label style', () => {
    const recording = recordLabels({
      frame,
      rotated: false,
      axis: [],
      items: [{ x: 14, y: 20, token: '·the', after: ' 23.1 %', masked: false }],
    });
    const { ctx, calls } = loggingContext();
    replayBars(ctx, recording, colours, 'hatch');
    expect(calls.some((c) => c.startsWith('fillText'))).toBe(false);
  });
});
