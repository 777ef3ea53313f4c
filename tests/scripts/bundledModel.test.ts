import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distribution } from '../../src/model/distribution';
import { encodeText, tokenIndex } from '../../src/model/encodeText';
import { decodeModel } from '../../src/model/modelFile';
import { rankByProbability } from '../../src/model/rankByProbability';
import { entropyBits } from '../../src/sampling/entropyBits';
import { rankOrder } from '../../src/sampling/rankOrder';

// Built by `npm run models` (npm test runs it first when the models are missing or stale).
const model = decodeModel(
  new Uint8Array(gunzipSync(readFileSync('public/models/brown-word.tsm.gz'))),
);
const index = tokenIndex(model);

/** Mean entropy in bits of the predictions after each token of the text. */
function meanEntropy(text: string): number {
  const { ids } = encodeText(model, text, index);
  let total = 0;
  for (let i = 1; i <= ids.length; i++)
    total += entropyBits(distribution(model, ids.subarray(0, i)));
  return total / ids.length;
}

describe('the bundled default model', () => {
  it('ranks outcomes by merging with the unigram order exactly as a full sort does', () => {
    for (const text of [
      'The jury said that the',
      '{\n  "id":',
      'export function',
      '',
      'zzzz qqqq',
    ]) {
      const { ids } = encodeText(model, text, index);
      const probs = distribution(model, ids);
      expect(Array.from(rankByProbability(model, ids, probs))).toEqual(
        Array.from(rankOrder(probs)),
      );
    }
  });

  it('is a cased word-level model with at least 8 000 tokens', () => {
    expect(model.settings.tokenizer).toBe('word');
    expect(model.vocab.length).toBeGreaterThanOrEqual(8002);
    expect(model.vocab).toContain(' The');
    expect(model.vocab).toContain(' the');
  });

  it('is far more certain inside JSON and code than in prose', () => {
    const json = meanEntropy(
      '{\n  "id": 42,\n  "name": "Ada Park",\n  "email": "ada@example.com",\n  "is_active": true\n}',
    );
    const code = meanEntropy(
      'export function getActiveUsers(users: User[]): User[] {\n  return users.filter((user) => user.isActive);\n}',
    );
    const prose = meanEntropy(
      'She walked down to the river in the evening, thinking of the letter her brother had sent.',
    );
    expect(json).toBeLessThan(prose / 2);
    expect(code).toBeLessThan(prose / 2);
  });
});
