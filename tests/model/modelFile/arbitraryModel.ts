import fc from 'fast-check';
import type { NgramModel } from '../../../src/model/types';
import { makeModel, type NgramCount } from './makeModel';

const awkwardToken = fc.constantFrom(
  '',
  '\n',
  '\r\n\t',
  '\0',
  '\uFEFFbom',
  '<img src=x>',
  '"quoted" \\ back',
  '😀',
  '👩‍👩‍👧',
  ' é',
  '<unk>',
);

/** A token: any well-formed Unicode (emoji, NUL, newlines, markup) or a known awkward one. */
export const tokenArbitrary = fc.oneof(
  awkwardToken,
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

function ngramsArbitrary(order: number, vocabLength: number): fc.Arbitrary<NgramCount[]> {
  const contextId = fc.nat({ max: vocabLength }); // vocabLength is <bos>
  const word = fc.nat({ max: vocabLength - 1 });
  const ngram = fc.tuple(fc.array(contextId, { minLength: order - 1, maxLength: order - 1 }), word);
  const count = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 1_000_000 }));
  return fc.array(
    fc.tuple(ngram, count).map(([[context, w], c]): NgramCount => [[...context, w], c]),
    { maxLength: 25 },
  );
}

/** A random valid model: orders 1..4, any vocabulary, sorted tables, pruning, any settings. */
export const modelArbitrary: fc.Arbitrary<NgramModel> = fc
  .record({
    tokens: fc.uniqueArray(tokenArbitrary, { maxLength: 12 }),
    order: fc.integer({ min: 1, max: 4 }),
    settings: fc.record({
      tokenizer: fc.constantFrom('word' as const, 'char' as const, 'whitespace' as const),
      smoothing: fc.constantFrom('kn' as const, 'mkn' as const, 'mle' as const, 'addk' as const),
      discount: fc.double({ min: 0, max: 1, noNaN: true }),
      k: fc.double({ min: 2 ** -20, max: 100, noNaN: true }),
      minCount: fc.integer({ min: 1, max: 3 }),
    }),
    meta: fc.dictionary(fc.string(), fc.string({ unit: 'grapheme' }), { maxKeys: 4 }),
  })
  .chain(({ tokens, order, settings, meta }) => {
    const orders = Array.from({ length: order }, (_, i) => i + 1);
    const discounts = fc.array(fc.double({ min: 0, max: 3, noNaN: true }), {
      minLength: 3,
      maxLength: 3,
    });
    return fc
      .tuple(
        fc.tuple(...orders.map((k) => ngramsArbitrary(k, tokens.length + 2))),
        fc.tuple(...orders.map(() => discounts)),
      )
      .map(([ngrams, tableDiscounts]) =>
        makeModel({ tokens, ngrams, settings, meta, discounts: tableDiscounts }),
      );
  });
