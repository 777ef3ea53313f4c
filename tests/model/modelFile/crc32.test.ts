import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/model/modelFile/crc32';
import { propertyRuns } from '../../propertyRuns';

const ascii = (text: string) => new TextEncoder().encode(text);

/** The textbook bit-at-a-time CRC-32, to compare the table-driven one against. */
function bitwiseCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe('crc32', () => {
  it('crc32("123456789") is the standard check value 0xCBF43926', () => {
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
  });

  it('crc32 of no bytes is 0', () => {
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('crc32 of "The quick brown fox jumps over the lazy dog" is 0x414FA339', () => {
    expect(crc32(ascii('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });

  it('crc32(bytes, start, end) checks only that range', () => {
    expect(crc32(ascii('xx123456789yyy'), 2, 11)).toBe(0xcbf43926);
  });

  it('crc32(bytes) agrees with the bit-at-a-time definition for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(crc32(bytes)).toBe(bitwiseCrc32(bytes));
      }),
      { seed: 1, numRuns: propertyRuns(100) },
    );
  });
});
