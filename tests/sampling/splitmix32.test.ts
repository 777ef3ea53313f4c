import { describe, expect, it } from 'vitest';
import { splitmix32 } from '../../src/sampling';

describe('splitmix32', () => {
  it('splitmix32(42) yields the known first words', () => {
    const next = splitmix32(42);
    expect([next(), next(), next(), next()]).toEqual([551831576, 144025891, 322543647, 3034809370]);
  });

  it('splitmix32(seed) reduces the seed to uint32', () => {
    const a = splitmix32(-1);
    const b = splitmix32(2 ** 32 - 1);
    expect([a(), a()]).toEqual([b(), b()]);
  });
});
