import { describe, expect, it } from 'vitest';
import { scoreText } from '../../../src/lessons/scoring/scoreText';
import { encodeText, tokenIndex } from '../../../src/model/encodeText';
import { scoreSegments } from '../../../src/model/scoreSegments';
import { splitSegments } from '../../../src/model/splitSegments';
import { SCORING_MODELS, SCORING_TEXT } from './scoringModels';

describe('scoreText', () => {
  it("scoreText(model, text).score is exactly the score command's scoreSegments", () => {
    for (const model of Object.values(SCORING_MODELS)) {
      const index = tokenIndex(model);
      const expected = scoreSegments(
        model,
        splitSegments(SCORING_TEXT).map((s) => encodeText(model, s, index).ids),
      );
      expect(scoreText(model, SCORING_TEXT).score).toEqual(expected);
    }
  });

  it('scoreText scores each token and one end per segment, marking unknown tokens', () => {
    const model = SCORING_MODELS['kn trigram'];
    const { tokens, score } = scoreText(model, 'the cat\n\nthe quokka');
    expect(tokens.map((t) => t.text)).toEqual(['the', 'cat', '', 'the', 'quokka', '']);
    expect(tokens.map((t) => t.kind)).toEqual(['token', 'token', 'eos', 'token', 'unk', 'eos']);
    expect(tokens).toHaveLength(score.events);
    const bits = tokens.reduce((sum, t) => sum + t.surprisalBits, 0) / tokens.length;
    expect(bits).toBeCloseTo(score.crossEntropyBits, 12);
  });

  it('scoreText of whitespace only has no events', () => {
    const scored = scoreText(SCORING_MODELS['kn trigram'], '  \n\n\t ');
    expect(scored.tokens).toEqual([]);
    expect(scored.score.events).toBe(0);
  });
});
