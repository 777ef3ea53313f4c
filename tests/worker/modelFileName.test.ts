import { describe, expect, it } from 'vitest';
import { modelFileName } from '../../src/worker/modelFileName';

describe('modelFileName', () => {
  it('modelFileName(name) drops a text extension and adds .tsm', () => {
    expect(modelFileName('corpus.txt')).toBe('corpus.tsm');
    expect(modelFileName('pasted text')).toBe('pasted-text.tsm');
  });

  it('modelFileName(name) keeps letters of any script and replaces path characters', () => {
    expect(modelFileName('Café/../x')).toBe('Café-..-x.tsm');
    expect(modelFileName('///')).toBe('model.tsm');
  });
});
