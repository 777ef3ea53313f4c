import { describe, expect, it } from 'vitest';
import { trainModel } from '../../../src/model/trainModel';
import type { Step } from '../../../src/store/types';
import { currentText } from '../../../src/views/controls/currentText';
import { tinyModel } from '../../fixtures/tinyModel';

const step = (id: number): Step => ({
  id,
  how: 'chosen',
  u: null,
  p: 1,
  modelP: 1,
  entropyBits: 0,
  alternatives: [],
});

describe('currentText', () => {
  it('currentText(model, prompt, steps) joins word tokens as written and ends a segment with a blank line', () => {
    const model = trainModel(['The cat sat.'], { ...tinyModel(['a']).settings, tokenizer: 'word' });
    const id = (t: string) => model.vocab.indexOf(t);
    const eos = model.vocab.length - 1;
    expect(
      currentText(model, 'The', [step(id(' cat')), step(id(' sat')), step(eos), step(id('The'))]),
    ).toBe('The cat sat\n\nThe');
  });

  it('currentText(model, prompt, steps) puts spaces between whitespace tokens', () => {
    const model = tinyModel(['the cat sat']);
    const id = (t: string) => model.vocab.indexOf(t);
    expect(currentText(model, 'the', [step(id('cat')), step(id('sat'))])).toBe('the cat sat');
  });
});
