import { describe, expect, it } from 'vitest';
import { ghostPath } from '../../../src/views/chart/ghostPath';

describe('ghostPath', () => {
  it('ghostPath(...) steps through each bar’s model probability, one run per bar', () => {
    const modelProbs = Float64Array.from([0.2, 0.5, 0.3]);
    const order = Uint32Array.from([1, 2, 0]);
    const y = (p: number) => 100 - 100 * p;
    expect(ghostPath(modelProbs, order, 0, 2, 2, 0, (p) => p / 3)).toBe('M0,0.2H1V0.1H2');
    expect(ghostPath(modelProbs, order, 0, 3, 6, 10, y)).toBe('M10,50H12V70H14V80H16');
  });

  it('ghostPath(...) uses each pixel column’s first (most likely) rank when columns hold many ranks', () => {
    const modelProbs = Float64Array.from([0.4, 0.3, 0.2, 0.1]);
    const order = Uint32Array.from([0, 1, 2, 3]);
    expect(ghostPath(modelProbs, order, 0, 4, 2, 0, (p) => p * 10)).toBe('M0,4H1V2H2');
    expect(ghostPath(modelProbs, order, 0, 4, 0, 0, (p) => p)).toBe('');
  });
});

describe('ghostPath (flat runs)', () => {
  it('ghostPath(...) merges neighbouring bars of the same height into one run', () => {
    const modelProbs = Float64Array.from([0.5, 0.25, 0.25, 0.25]);
    const order = Uint32Array.from([0, 1, 2, 3]);
    expect(ghostPath(modelProbs, order, 0, 4, 4, 0, (p) => 100 - 100 * p)).toBe('M0,50H1V75H4');
  });
});
