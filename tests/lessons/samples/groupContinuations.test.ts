import { describe, expect, it } from 'vitest';
import { groupContinuations } from '../../../src/lessons/samples/groupContinuations';

const letters = (ids: readonly number[]) => ids.map((id) => 'abcd'[id]).join('');

describe('groupContinuations', () => {
  it('groupContinuations counts identical id sequences, most frequent first, ties by text', () => {
    const draws = [[1, 2], [0, 3], [1, 2], [2], [0, 3], [1, 2], [0]];
    expect(
      groupContinuations(draws, letters).map((g) => [g.text, g.count, g.ids.join(',')]),
    ).toEqual([
      ['bc', 3, '1,2'],
      ['ad', 2, '0,3'],
      ['a', 1, '0'],
      ['c', 1, '2'],
    ]);
  });

  it('groupContinuations keeps different ids apart even when they read the same', () => {
    const same = () => 'x';
    const groups = groupContinuations([[1], [0], [1]], same);
    expect(groups.map((g) => [g.ids.join(','), g.count])).toEqual([
      ['1', 2],
      ['0', 1],
    ]);
  });

  it('groupContinuations([]) is empty', () => {
    expect(groupContinuations([], letters)).toEqual([]);
  });
});
