import { describe, expect, it } from 'vitest';
import type { FilterCuts } from '../../../src/sampling/filterCuts';
import { formatCount } from '../../../src/views/chart/formatCount';
import {
  isChoosable,
  type OutcomeStatus,
  outcomeStatus,
} from '../../../src/views/chart/outcomeStatus';
import { shownProbs } from '../../../src/views/chart/shownProbs';
import { tailMass } from '../../../src/views/chart/tailMass';

describe('shownProbs', () => {
  const logits = Float64Array.from([0.5, 0.3, 0.2].map(Math.log));
  const order = Uint32Array.from([0, 1, 2]);

  it('shownProbs(...) gives a masked id the probability the temperature alone gives it', () => {
    // With id 0 masked, the tempered distribution renormalizes 0.3 and 0.2 to 0.6 and 0.4.
    const tempered = Float64Array.from([0, 0.6, 0.4]);
    const shown = shownProbs(tempered, logits, order, [0], 1);
    expect(shown[0]).toBeCloseTo(0.5, 12);
    expect(Array.from(shown.subarray(1))).toEqual([0.6, 0.4]);
    // At T = 2: √0.5 / (√0.5 + √0.3 + √0.2) = 0.707107 / 1.702044 = 0.415446.
    const atTwo = Float64Array.from([0, Math.sqrt(0.3), Math.sqrt(0.2)]);
    const sum = atTwo[1] + atTwo[2];
    atTwo[1] /= sum;
    atTwo[2] /= sum;
    expect(shownProbs(atTwo, logits, order, [0], 2)[0]).toBeCloseTo(0.415446, 6);
  });

  it('shownProbs(...) copies the tempered distribution when nothing is masked or T = 0', () => {
    const tempered = Float64Array.from([0.5, 0.3, 0.2]);
    expect(Array.from(shownProbs(tempered, logits, order, [], 1))).toEqual([0.5, 0.3, 0.2]);
    const greedy = Float64Array.from([0, 1, 0]);
    expect(Array.from(shownProbs(greedy, logits, order, [0], 0))).toEqual([0, 1, 0]);
  });

  it('shownProbs(..., out) writes into `out` and returns it', () => {
    const out = new Float64Array(3);
    const result = shownProbs(Float64Array.from([0, 0.6, 0.4]), logits, order, [0], 1, out);
    expect(result).toBe(out);
    expect(out[0]).toBeCloseTo(0.5, 12);
  });
});

describe('outcomeStatus', () => {
  const tempered = Float64Array.from([0.4, 0.3, 0.2, 0.1, 0, 0]);
  const probs = Float64Array.from([1, 0, 0, 0, 0, 0]);
  const cuts: FilterCuts = {
    mask: { kept: 5, rankEnd: 5 },
    topK: { kept: 4, rankEnd: 4 },
    topP: { kept: 3, rankEnd: 3 },
    minP: { kept: 1, rankEnd: 1 },
  };
  const status = (rank: number) => outcomeStatus(rank, rank, probs, tempered, [5], cuts);

  it('outcomeStatus(...) names the filter that removed an outcome, or the mask', () => {
    expect([0, 1, 2, 3, 4, 5].map(status)).toEqual([
      'kept',
      'min-p',
      'min-p',
      'top-p',
      'zero',
      'mask',
    ]);
  });

  it('isChoosable(status) allows everything but masked and filtered-out outcomes', () => {
    const all: OutcomeStatus[] = ['kept', 'zero', 'mask', 'top-k', 'top-p', 'min-p'];
    expect(all.map(isChoosable)).toEqual([true, true, false, false, false, false]);
  });
});

describe('tailMass', () => {
  it('tailMass(probs, order, fromRank) sums the probability from that rank on', () => {
    const probs = Float64Array.from([0.1, 0.5, 0.2, 0.2]);
    const order = Uint32Array.from([1, 2, 3, 0]);
    expect(tailMass(probs, order, 2)).toBeCloseTo(0.3, 15);
    expect(tailMass(probs, order, 0)).toBeCloseTo(1, 15);
    expect(tailMass(probs, order, 4)).toBe(0);
  });
});

describe('formatCount', () => {
  it('formatCount(n) groups thousands with a narrow no-break space', () => {
    expect(formatCount(999)).toBe('999');
    expect(formatCount(12002)).toBe('12\u202f002');
    expect(formatCount(1234567)).toBe('1\u202f234\u202f567');
  });
});
