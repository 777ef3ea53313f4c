import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8ByteLength } from '../../src/worker/utf8ByteLength';

describe('utf8ByteLength', () => {
  it('utf8ByteLength(text) equals the length of TextEncoder’s bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
      }),
    );
  });

  it('utf8ByteLength(text) counts 1, 2, 3 and 4 bytes per character as UTF-8 does', () => {
    expect(utf8ByteLength('aé€😀')).toBe(1 + 2 + 3 + 4);
    expect(utf8ByteLength('\ud800')).toBe(3);
  });
});
