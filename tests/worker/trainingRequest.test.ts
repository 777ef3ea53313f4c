import { describe, expect, it } from 'vitest';
import { DEFAULT_FORM, trainingRequest } from '../../src/worker/trainingRequest';

const text = { kind: 'text', text: 'hi' } as const;

describe('trainingRequest', () => {
  it('trainingRequest(default form) uses the command line’s defaults', () => {
    const request = trainingRequest(DEFAULT_FORM, text);
    expect(request).toMatchObject({
      name: 'pasted text',
      settings: { tokenizer: 'word', order: 3, smoothing: 'mkn', vocabSize: 8000, minCount: 1 },
    });
  });

  it('trainingRequest(form, file) names the model after the file unless a name is given', () => {
    const file = { kind: 'file', file: new Blob(['x']), fileName: 'corpus.txt' } as const;
    expect(trainingRequest(DEFAULT_FORM, file)).toMatchObject({ name: 'corpus.txt' });
    expect(trainingRequest({ ...DEFAULT_FORM, name: ' Mine ' }, file)).toMatchObject({
      name: 'Mine',
    });
  });

  it('trainingRequest(bad vocabulary size) says what sizes are allowed', () => {
    for (const vocabSize of ['', '0', '2.5', 'ten', '100001']) {
      expect(trainingRequest({ ...DEFAULT_FORM, vocabSize }, text)).toMatch(
        /^Vocabulary size must be a whole number from 1 to 100,000/,
      );
    }
  });
});
