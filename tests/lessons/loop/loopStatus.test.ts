import { describe, expect, it } from 'vitest';
import { loopStatus } from '../../../src/lessons/loop/loopStatus';

describe('loopStatus', () => {
  it('loopStatus(ids, 1) gives the period, the tail start and where the last token came before', () => {
    // 9 | 1 2 3 | 1 2 3: state "3" was first reached at index 3
    expect(loopStatus([9, 1, 2, 3, 1, 2, 3], 1)).toEqual({
      period: 3,
      start: 1,
      stateRevisitedAt: 3,
    });
  });

  it('loopStatus(ids, 1) names the earliest visit of the state, not the latest', () => {
    expect(loopStatus([9, 1, 2, 3, 1, 2, 3, 1, 2, 3], 1)?.stateRevisitedAt).toBe(3);
  });

  it('loopStatus(ids, 2) compares the last two tokens', () => {
    expect(loopStatus(Uint32Array.of(9, 1, 2, 3, 1, 2, 3), 2)).toEqual({
      period: 3,
      start: 1,
      stateRevisitedAt: 3,
    });
  });

  it('loopStatus(ids, width) is null while a state wider than the period has not come back', () => {
    // Last 4 ids 3 1 2 3 never occurred before, although the tail repeats twice.
    expect(loopStatus([9, 1, 2, 3, 1, 2, 3], 4)).toBeNull();
    // One more token: 1 2 3 1 ends at index 4 and at index 7.
    expect(loopStatus([9, 1, 2, 3, 1, 2, 3, 1], 4)).toEqual({
      period: 3,
      start: 1,
      stateRevisitedAt: 4,
    });
  });

  it('loopStatus(ids, width) is null when the tail does not repeat twice, even if a state recurs', () => {
    expect(loopStatus([1, 2, 3, 1], 1)).toBeNull();
    expect(loopStatus([], 2)).toBeNull();
    expect(loopStatus([1, 2, 3], 2)).toBeNull();
  });

  it('loopStatus(ids, 0) treats a unigram model as having one state, seen from the first token', () => {
    expect(loopStatus([4, 4], 0)).toEqual({ period: 1, start: 0, stateRevisitedAt: 0 });
  });
});
