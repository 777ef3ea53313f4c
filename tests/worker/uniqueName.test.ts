import { describe, expect, it } from 'vitest';
import { uniqueName } from '../../src/worker/uniqueName';

describe('uniqueName', () => {
  it('uniqueName(name, taken) keeps a free name and numbers a taken one', () => {
    expect(uniqueName('corpus.txt', [])).toBe('corpus.txt');
    expect(uniqueName('corpus.txt', ['corpus.txt'])).toBe('corpus.txt (2)');
    expect(uniqueName('corpus.txt', ['corpus.txt', 'corpus.txt (2)'])).toBe('corpus.txt (3)');
  });
});
