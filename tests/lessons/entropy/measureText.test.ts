import { describe, expect, it } from 'vitest';
import { measureText } from '../../../src/lessons/entropy/measureText';
import { encodeText } from '../../../src/model/encodeText';
import { scoreSegments } from '../../../src/model/scoreSegments';
import { tinyModel } from '../../fixtures/tinyModel';
import { gptModel } from '../../views/text/fixtures';

describe('measureText', () => {
  it('measureText(model, text) splits at blank lines and measures every token and each <eos>', () => {
    const model = tinyModel(['a b', 'a c'], { smoothing: 'mle' });
    const measure = measureText(model, 'a b\n\n\na c');
    expect(measure.events).toBe(6);
    expect(measure.tokens.map((t) => [t.token, t.special, t.entropyBits])).toEqual([
      ['a', null, 0],
      ['b', null, 1],
      ['', 'eos', 0],
      ['a', null, 0],
      ['c', null, 1],
      ['', 'eos', 0],
    ]);
    expect(measure.meanEntropyBits).toBeCloseTo(2 / 6, 12);
    // Each fork costs 1 bit (p = ½), every other event 0: 2 bits over 6 events.
    expect(measure.bitsPerToken).toBeCloseTo(1 / 3, 12);
  });

  it('measureText bits per token equal scoreSegments of the same segments, unknown tokens as <unk>', () => {
    const text = 'The dog sat.\nThe cat purred.\n\nA zebra ran home.';
    const measure = measureText(gptModel, text);
    const segments = ['The dog sat.\nThe cat purred.', 'A zebra ran home.'].map(
      (s) => encodeText(gptModel, s).ids,
    );
    const score = scoreSegments(gptModel, segments);
    expect(measure.bitsPerToken).toBe(score.crossEntropyBits);
    expect(measure.events).toBe(score.events);
    expect(measure.tokens.filter((t) => t.special === 'unk').map((t) => t.token)).toEqual([
      ' purred',
      ' zebra',
    ]);
  });

  it('measureText(model, "") measures nothing', () => {
    const measure = measureText(gptModel, '  \n\n ');
    expect(measure).toEqual({ events: 0, meanEntropyBits: 0, bitsPerToken: 0, tokens: [] });
  });
});
