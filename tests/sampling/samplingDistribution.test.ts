import { describe, expect, it } from 'vitest';
import { rankOrder } from '../../src/sampling/rankOrder';
import { samplingDistribution } from '../../src/sampling/samplingDistribution';

const probs = Float64Array.of(0.5, 0.3, 0.15, 0.05);
const logits = probs.map(Math.log);

describe('samplingDistribution', () => {
  it('samplingDistribution(logits, { temperature: 1 }) gives back the model distribution', () => {
    const out = samplingDistribution(logits, { temperature: 1 }, rankOrder(probs));
    for (let i = 0; i < 4; i++) expect(out[i]).toBeCloseTo(probs[i], 12);
  });

  it('samplingDistribution(logits, { temperature: 0, maskedIds: [top] }) picks the best unmasked id', () => {
    const out = samplingDistribution(logits, { temperature: 0, maskedIds: [0] }, rankOrder(probs));
    expect(Array.from(out)).toEqual([0, 1, 0, 0]);
  });

  it('samplingDistribution(logits, { topK: 2, maskedIds }) keeps k unmasked outcomes', () => {
    const out = samplingDistribution(
      logits,
      { temperature: 1, topK: 2, maskedIds: [1] },
      rankOrder(probs),
    );
    expect(out[0]).toBeCloseTo(0.5 / 0.65, 12);
    expect(out[2]).toBeCloseTo(0.15 / 0.65, 12);
    expect(out[1]).toBe(0);
    expect(out[3]).toBe(0);
  });

  it('samplingDistribution(logits, { temperature: 2 }) flattens toward uniform', () => {
    const out = samplingDistribution(logits, { temperature: 2 }, rankOrder(probs));
    const roots = Array.from(probs, Math.sqrt);
    const total = roots.reduce((a, b) => a + b, 0);
    for (let i = 0; i < 4; i++) expect(out[i]).toBeCloseTo(roots[i] / total, 12);
  });
});
