import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSegments } from '../../src/model/splitSegments';
import { tokenize } from '../../src/model/tokenize';
import { propertyRuns } from '../propertyRuns';

describe('tokenize', () => {
  it("tokenize(text, 'word') follows the GPT-2 pattern and keeps leading spaces", () => {
    expect(tokenize("Hello world's 123 !!", 'word')).toEqual([
      'Hello',
      ' world',
      "'s",
      ' 123',
      ' !!',
    ]);
    expect(tokenize('a  b\n\n{"x": 1}', 'word')).toEqual([
      'a',
      ' ',
      ' b',
      '\n',
      '\n',
      '{"',
      'x',
      '":',
      ' 1',
      '}',
    ]);
  });

  it("tokenize(text, 'char') keeps grapheme clusters whole", () => {
    expect(tokenize('e\u0301🇫🇷a', 'char')).toEqual(['e\u0301', '🇫🇷', 'a']);
  });

  it("tokenize(text, 'whitespace') splits on runs of whitespace", () => {
    expect(tokenize('  the  jury\tsaid\n', 'whitespace')).toEqual(['the', 'jury', 'said']);
  });

  it("tokenize(text, 'word' | 'char') joins back to the text for any Unicode string", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom('word', 'char'),
        (text, kind) => {
          expect(tokenize(text, kind as 'word' | 'char').join('')).toBe(text);
        },
      ),
      { seed: 1, numRuns: propertyRuns(300) },
    );
  });
});

describe('splitSegments', () => {
  it('splitSegments(text) splits at blank lines and keeps indentation', () => {
    expect(splitSegments('a\n\n\nb\n  \t\nc')).toEqual(['a', 'b', 'c']);
    expect(splitSegments('  if (x)\n    y();\n\nnext\r\n\r\nlast\n')).toEqual([
      '  if (x)\n    y();',
      'next',
      'last',
    ]);
  });

  it('splitSegments(text) drops segments with nothing visible', () => {
    expect(splitSegments('\n\n   \n\n')).toEqual([]);
  });
});

describe('tokenize char fast path', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const pieces = [
    'a',
    'b',
    ' ',
    '\r',
    '\n',
    '\r\n',
    'e\u0301',
    '\u0301',
    '👍🏽',
    '👨‍👩‍👧',
    '🇫🇷',
    '\u0600',
    '한',
    'x\u200d',
  ];

  it("tokenize(text, 'char') agrees with Intl.Segmenter over the whole text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const expected = Array.from(segmenter.segment(text), (s) => s.segment);
        expect(tokenize(text, 'char')).toEqual(expected);
      }),
      { seed: 3, numRuns: propertyRuns(500) },
    );
  });
});
