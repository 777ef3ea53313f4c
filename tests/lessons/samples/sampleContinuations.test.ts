import { describe, expect, it } from 'vitest';
import { generateTokens } from '../../../src/cli/generateTokens';
import { sampleContinuations } from '../../../src/lessons/samples/sampleContinuations';
import { gptModel, wordsModel } from '../../views/text/fixtures';

const settings = { count: 40, length: 6, temperature: 1, seed: 5 };
const key = (ids: readonly number[]) => ids.join(',');

describe('sampleContinuations', () => {
  it('sampleContinuations(…)[j] is exactly generateTokens(…, seed + j)', () => {
    for (const [model, prompt] of [
      [wordsModel, 'the'],
      [gptModel, 'The cat'],
    ] as const) {
      for (const temperature of [0, 0.7, 1, 2]) {
        const drawn = sampleContinuations(model, prompt, { ...settings, temperature });
        expect(drawn).toHaveLength(settings.count);
        drawn.forEach((ids, j) => {
          const reference = generateTokens(model, prompt, 6, { temperature }, settings.seed + j);
          expect(ids).toEqual(reference.map((s) => s.id));
        });
      }
    }
  });

  it('sampleContinuations at T = 0 gives one continuation, the same every time', () => {
    const drawn = sampleContinuations(wordsModel, 'the', { ...settings, temperature: 0 });
    expect(new Set(drawn.map(key)).size).toBe(1);
  });

  it('sampleContinuations at T = 1 gives several distinct continuations and never <unk>', () => {
    const drawn = sampleContinuations(wordsModel, 'the', settings);
    expect(new Set(drawn.map(key)).size).toBeGreaterThan(1);
    const unkId = wordsModel.vocab.length - 2;
    expect(drawn.flat()).not.toContain(unkId);
  });

  it('sampleContinuations repeats for the same seed and changes with it', () => {
    const a = sampleContinuations(wordsModel, 'the', settings);
    expect(sampleContinuations(wordsModel, 'the', settings)).toEqual(a);
    expect(sampleContinuations(wordsModel, 'the', { ...settings, seed: 6 })).not.toEqual(a);
    // Continuation j of seed s is continuation j − 1 of seed s + 1.
    const shifted = sampleContinuations(wordsModel, 'the', { ...settings, seed: 6 });
    expect(shifted.slice(0, -1)).toEqual(a.slice(1));
  });

  it('sampleContinuations continues only the prompt’s last segment', () => {
    const fresh = sampleContinuations(wordsModel, 'the', settings);
    expect(sampleContinuations(wordsModel, 'a zebra\n\nthe', settings)).toEqual(fresh);
  });
});
