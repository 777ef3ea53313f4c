import { describe, expect, it } from 'vitest';
import { type GhostPath, traceGhost } from '../../../src/views/chart/traceGhost';

/** Records the traced calls as SVG path data (M, then H and V for the axis-aligned steps). */
function svgOf(trace: (path: GhostPath) => number): string {
  let d = '';
  let at: [number, number] = [0, 0];
  const segments = trace({
    moveTo: (x, y) => {
      d += `M${x},${y}`;
      at = [x, y];
    },
    lineTo: (x, y) => {
      if (y === at[1]) d += `H${x}`;
      else if (x === at[0]) d += `V${y}`;
      else throw new Error(`a diagonal from ${at} to ${[x, y]}`);
      at = [x, y];
    },
  });
  expect(segments).toBe(d === '' ? 0 : (d.match(/[HV]/g) ?? []).length);
  return d;
}

describe('traceGhost', () => {
  it('traceGhost(...) steps through each bar’s model probability, one run per bar', () => {
    const modelProbs = Float64Array.from([0.2, 0.5, 0.3]);
    const order = Uint32Array.from([1, 2, 0]);
    const y = (p: number) => 100 - 100 * p;
    expect(svgOf((path) => traceGhost(path, modelProbs, order, 0, 2, 2, 0, (p) => p / 3))).toBe(
      'M0,0.2H1V0.1H2',
    );
    expect(svgOf((path) => traceGhost(path, modelProbs, order, 0, 3, 6, 10, y))).toBe(
      'M10,50H12V70H14V80H16',
    );
  });

  it('traceGhost(...) uses each pixel column’s first (most likely) rank when columns hold many ranks', () => {
    const modelProbs = Float64Array.from([0.4, 0.3, 0.2, 0.1]);
    const order = Uint32Array.from([0, 1, 2, 3]);
    expect(svgOf((path) => traceGhost(path, modelProbs, order, 0, 4, 2, 0, (p) => p * 10))).toBe(
      'M0,4H1V2H2',
    );
    expect(svgOf((path) => traceGhost(path, modelProbs, order, 0, 4, 0, 0, (p) => p))).toBe('');
  });
});

describe('traceGhost (flat runs)', () => {
  it('traceGhost(...) merges neighbouring bars of the same height into one run', () => {
    const modelProbs = Float64Array.from([0.5, 0.25, 0.25, 0.25]);
    const order = Uint32Array.from([0, 1, 2, 3]);
    const y = (p: number) => 100 - 100 * p;
    expect(svgOf((path) => traceGhost(path, modelProbs, order, 0, 4, 4, 0, y))).toBe(
      'M0,50H1V75H4',
    );
  });
});
