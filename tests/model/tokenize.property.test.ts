import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeText } from '../../src/model/encodeText';
import { splitSegments } from '../../src/model/splitSegments';
import { tokenize } from '../../src/model/tokenize';
import { trainModel } from '../../src/model/trainModel';
import { propertyRuns } from '../propertyRuns';

/** Text people paste: markup, bidi controls, joiners, emoji, lone surrogates, any code point. */
const hostilePiece = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '</script>',
  '\u202Eevil\u202C',
  '\u2066iso\u2069',
  '\u200D',
  '\u200B',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  'e\u0301',
  '\uD800',
  '\uDFFF',
  '\uFFFE',
  '\0',
  '\r\n',
  '\n\n',
  '\t',
  ' ',
  '=SUM(A1)',
);
const anyText = fc
  .array(
    fc.oneof(
      hostilePiece,
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(''));

describe('tokenizers on arbitrary text', () => {
  it("tokenize(text, 'word' | 'char') joins back to any text, lone surrogates included", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('word' as const, 'char' as const), (text, kind) => {
        const tokens = tokenize(text, kind);
        expect(tokens.join('')).toBe(text);
        expect(tokens.every((t) => t !== '')).toBe(true);
      }),
      { seed: 21, numRuns: propertyRuns(500) },
    );
  });

  it("tokenize(text, 'whitespace') keeps every non-space character, in order, in tokens without spaces", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenize(text, 'whitespace');
        expect(tokens.every((t) => t !== '' && !/\s/u.test(t))).toBe(true);
        expect(tokens.join('')).toBe(text.replace(/\s+/gu, ''));
      }),
      { seed: 22, numRuns: propertyRuns(500) },
    );
  });

  it('splitSegments(text) loses no visible character and leaves no blank line inside a segment', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const segments = splitSegments(text);
        expect(segments.join('').replace(/\s+/gu, '')).toBe(text.replace(/\s+/gu, ''));
        for (const s of segments) expect(s).not.toMatch(/\n[^\S\r\n]*\r?\n/u);
      }),
      { seed: 23, numRuns: propertyRuns(500) },
    );
  });

  it('encodeText(model, text) finds every token of a word model’s own training text, joining back to it', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        fc.pre(splitSegments(text).length > 0);
        const model = trainModel(splitSegments(text), {
          tokenizer: 'word',
          order: 2,
          smoothing: 'kn',
          discount: 0.75,
          k: 1,
          vocabSize: 10_000,
          minCount: 1,
        });
        const segment = splitSegments(text)[0];
        const { tokens, ids } = encodeText(model, segment);
        expect(tokens.join('')).toBe(segment);
        const unk = model.vocab.length - 2;
        expect(Array.from(ids, (id) => (id === unk ? null : model.vocab[id]))).toEqual(tokens);
      }),
      { seed: 24, numRuns: propertyRuns(200) },
    );
  });
});
