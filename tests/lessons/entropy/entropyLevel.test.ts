import { describe, expect, it } from 'vitest';
import { entropyLevel } from '../../../src/lessons/entropy/entropyLevel';

describe('entropyLevel', () => {
  it('entropyLevel(bits) steps up at 1, 3, 6 and 9 bits', () => {
    expect([0, 0.99, 1, 2.99, 3, 5.99, 6, 8.99, 9, 13.5].map(entropyLevel)).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3, 4, 4,
    ]);
  });
});
