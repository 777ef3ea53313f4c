import { describe, expect, it } from 'vitest';
import { rankOrder } from '../../src/sampling/rankOrder';
import { samplingView } from '../../src/sampling/samplingView';

const probs = Float64Array.of(0.5, 0.3, 0.15, 0.05);
const logits = probs.map(Math.log);

describe('samplingView by hand', () => {
  it('samplingView(probs, logits, order, { temperature: 1 }) gives back the model distribution', () => {
    const out = samplingView(probs, logits, rankOrder(probs), {
      maskedIds: [],
      temperature: 1,
    }).probs;
    for (let i = 0; i < 4; i++) expect(out[i]).toBeCloseTo(probs[i], 12);
  });

  it('samplingView(probs, logits, order, { temperature: 0, maskedIds: [top] }) picks the best unmasked id', () => {
    const out = samplingView(probs, logits, rankOrder(probs), {
      temperature: 0,
      maskedIds: [0],
    }).probs;
    expect(Array.from(out)).toEqual([0, 1, 0, 0]);
  });

  it('samplingView(probs, logits, order, { topK: 2, maskedIds }) keeps k unmasked outcomes', () => {
    const out = samplingView(probs, logits, rankOrder(probs), {
      temperature: 1,
      topK: 2,
      maskedIds: [1],
    }).probs;
    expect(out[0]).toBeCloseTo(0.5 / 0.65, 12);
    expect(out[2]).toBeCloseTo(0.15 / 0.65, 12);
    expect(out[1]).toBe(0);
    expect(out[3]).toBe(0);
  });

  it('samplingView(probs, logits, order, { temperature: 2 }) flattens toward uniform', () => {
    const out = samplingView(probs, logits, rankOrder(probs), {
      maskedIds: [],
      temperature: 2,
    }).probs;
    const roots = Array.from(probs, Math.sqrt);
    const total = roots.reduce((a, b) => a + b, 0);
    for (let i = 0; i < 4; i++) expect(out[i]).toBeCloseTo(roots[i] / total, 12);
  });
});
