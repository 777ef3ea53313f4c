import { describe, expect, it } from 'vitest';
import type { FilterCuts } from '../../../src/sampling/filterCuts';
import { cutMarkers } from '../../../src/views/chart/cutMarkers';
import { labelledRanks } from '../../../src/views/chart/labelledRanks';
import { stackLabels } from '../../../src/views/chart/stackLabels';
import { summarizeTop } from '../../../src/views/chart/summarizeTop';
import { truncateLabel } from '../../../src/views/chart/truncateLabel';

describe('labelledRanks', () => {
  it('labelledRanks(start, end, columns) labels every bar when at most 60 have 12 px each', () => {
    expect(labelledRanks(0, 28, 572)).toEqual({
      every: true,
      ranks: Array.from({ length: 28 }, (_, i) => i),
    });
    expect(labelledRanks(100, 103, 572)).toEqual({ every: true, ranks: [100, 101, 102] });
  });

  it('labelledRanks(start, end, columns, textScale) wants room for larger text', () => {
    // 28 bars in 572 px are 20 px each: room for 11 px labels and 16 px ones, not 22 px ones.
    expect(labelledRanks(0, 28, 572, 1).every).toBe(true);
    expect(labelledRanks(0, 28, 572, 1.5).every).toBe(true);
    expect(labelledRanks(0, 28, 572, 2).every).toBe(false);
  });

  it('labelledRanks(start, end, columns) labels only the first three ranks of a wider view', () => {
    expect(labelledRanks(0, 50257, 800)).toEqual({ every: false, ranks: [0, 1, 2] });
    expect(labelledRanks(40, 100, 600)).toEqual({ every: false, ranks: [40, 41, 42] });
  });
});

describe('stackLabels', () => {
  it('stackLabels(baselines, lineHeight, minY) pushes overlapping labels down one line at a time', () => {
    expect(stackLabels([50, 45, 80], 13, 10, 200)).toEqual([50, 63, 80]);
    expect(stackLabels([5, 6], 13, 10, 200)).toEqual([10, 23]);
  });

  it('stackLabels(baselines, lineHeight, minY, maxY) lifts a stack that would run past maxY', () => {
    expect(stackLabels([90, 95, 99], 13, 10, 100)).toEqual([74, 87, 100]);
    expect(stackLabels([20, 99], 13, 10, 100)).toEqual([20, 99]);
  });
});

describe('truncateLabel', () => {
  it('truncateLabel(text, max) cuts long labels with an ellipsis, counting characters not UTF-16 units', () => {
    expect(truncateLabel('·extraordinary', 8)).toBe('·extrao…');
    expect(truncateLabel('😀😀😀', 3)).toBe('😀😀😀');
    expect(truncateLabel('😀😀😀😀', 3)).toBe('😀😀…');
  });
});

describe('summarizeTop', () => {
  it('summarizeTop(probs, order, vocab, count) names the most likely outcomes that have probability', () => {
    const probs = Float64Array.from([0.1, 0.6, 0, 0.3]);
    const order = Uint32Array.from([1, 2, 3, 0]);
    const vocab = ['a', ' b', '<unk>', '<eos>'];
    expect(summarizeTop(probs, order, vocab, 2)).toBe(
      'Top next tokens: ·b 60.0 %, ‹end› 30.0 %; 4 outcomes',
    );
  });
});

describe('cutMarkers', () => {
  const cuts: FilterCuts = {
    mask: { kept: 9, rankEnd: 10 },
    topK: { kept: 5, rankEnd: 5 },
    topP: { kept: 3, rankEnd: 3 },
    minP: { kept: 2, rankEnd: 2 },
  };

  it('cutMarkers(cuts, filters) marks only the filters that are on, at their rank ends', () => {
    expect(cutMarkers(cuts, { topK: 0, topP: 1, minP: 0 })).toEqual([]);
    expect(cutMarkers(cuts, { topK: 5, topP: 0.9, minP: 0.05 })).toEqual([
      { label: 'top-k 5', rankEnd: 5 },
      { label: 'top-p 0.9', rankEnd: 3 },
      { label: 'min-p 0.05', rankEnd: 2 },
    ]);
  });
});
