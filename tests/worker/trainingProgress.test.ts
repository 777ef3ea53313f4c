import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/model/defaultSettings';
import { encodeModel } from '../../src/model/modelFile';
import { splitSegments } from '../../src/model/splitSegments';
import type { TrainingProgress } from '../../src/model/trainingProgress';
import { trainModel } from '../../src/model/trainModel';
import { sampleText } from './sampleText';

describe('trainModel(…, onProgress)', () => {
  const segments = splitSegments(sampleText(300));

  it('trainModel(segments, settings, meta, onProgress) trains the same model as without it', () => {
    const reports: TrainingProgress[] = [];
    const withProgress = trainModel(segments, defaultSettings, {}, (p) => reports.push(p));
    const without = trainModel(segments, defaultSettings);
    expect(Buffer.from(encodeModel(withProgress)).equals(Buffer.from(encodeModel(without)))).toBe(
      true,
    );
    expect(reports.length).toBeGreaterThan(3);
  });

  it('trainModel(…, onProgress) tokenizes up to every code unit, then counts, then smooths each order', () => {
    const reports: TrainingProgress[] = [];
    trainModel(segments, { ...defaultSettings, order: 4 }, {}, (p) => reports.push(p));
    const total = segments.reduce((sum, s) => sum + s.length, 0);
    const tokenizing = reports.filter((p) => p.phase === 'tokenizing');
    expect(tokenizing.at(-1)).toEqual({ phase: 'tokenizing', done: total, total });
    expect(tokenizing.length).toBeLessThanOrEqual(102);
    expect(reports.slice(tokenizing.length)).toEqual([
      { phase: 'counting', done: 0, total: 1 },
      { phase: 'smoothing', done: 0, total: 4 },
      { phase: 'smoothing', done: 1, total: 4 },
      { phase: 'smoothing', done: 2, total: 4 },
      { phase: 'smoothing', done: 3, total: 4 },
    ]);
  });
});
