import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../../src/views/panels/groupDigits';
import { orderName } from '../../../src/views/panels/orderName';

describe('orderName', () => {
  it('orderName(k) uses plain words for the common orders', () => {
    expect([1, 2, 3, 4, 6].map((k) => orderName(k))).toEqual([
      'unigram',
      'bigram',
      'trigram',
      '4-gram',
      '6-gram',
    ]);
  });
});

describe('groupDigits', () => {
  it('groupDigits(n) sets thousands apart with narrow no-break spaces', () => {
    expect(groupDigits(12002)).toBe('12\u202f002');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(1234567.4)).toBe('1\u202f234\u202f567');
  });
});
