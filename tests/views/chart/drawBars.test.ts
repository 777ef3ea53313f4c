import { describe, expect, it } from 'vitest';
import { createColumnBars } from '../../../src/views/chart/ColumnBars';
import { type BarContext, drawBars } from '../../../src/views/chart/drawBars';
import { frame, y } from './plotFixture';

/** A stand-in 2D context that records what is drawn. */
function recordingContext() {
  const calls: string[] = [];
  const ctx: BarContext = {
    set fillStyle(style: string | CanvasGradient | CanvasPattern) {
      calls.push(`fillStyle ${String(style)}`);
    },
    get fillStyle() {
      return '';
    },
    fillRect: (x, y, w, h) => {
      calls.push(`fillRect ${x},${y},${w},${h}`);
    },
  };
  return { ctx, calls };
}

const fills = { kept: 'blue', masked: 'hatch' };

describe('drawBars', () => {
  it('drawBars(ctx, ...) draws masked bars under kept ones, one rectangle per column, in CSS pixels', () => {
    const bars = createColumnBars(2);
    bars.kept.set([0.4, 0.15]);
    bars.masked.set([0.5, 0]);
    bars.firstRank.set([0, 2]);
    const { ctx, calls } = recordingContext();
    expect(drawBars(ctx, bars, 2, frame, y, fills)).toBe(3);
    expect(calls).toEqual([
      'fillStyle hatch',
      'fillRect 10,50,1,50',
      'fillStyle blue',
      'fillRect 10,60,1,40',
      'fillRect 11,85,1,15',
    ]);
  });

  it('drawBars(ctx, ...) draws one rectangle per bar when a rank spans several columns, with a gap once 4 px wide', () => {
    const bars = createColumnBars(8);
    bars.kept.set([0.5, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25, 0.25]);
    bars.firstRank.set([0, 0, 0, 0, 1, 1, 1, 1]);
    const { ctx, calls } = recordingContext();
    expect(drawBars(ctx, bars, 8, frame, y, fills)).toBe(2);
    expect(calls.filter((c) => c.startsWith('fillRect'))).toEqual([
      'fillRect 10,50,3,50',
      'fillRect 14,75,3,25',
    ]);
  });

  it('drawBars(ctx, ...) skips empty columns and clips bars taller than the plot', () => {
    const bars = createColumnBars(3);
    bars.kept.set([2, 0, 0.5]);
    bars.firstRank.set([0, 1, 2]);
    const { ctx, calls } = recordingContext();
    drawBars(ctx, bars, 3, { ...frame, top: 20 }, y, fills);
    expect(calls.filter((c) => c.startsWith('fillRect'))).toEqual([
      'fillRect 10,20,1,80',
      'fillRect 12,50,1,50',
    ]);
  });
});
