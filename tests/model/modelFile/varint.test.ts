import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteReader } from '../../../src/model/modelFile/ByteReader';
import { ByteWriter } from '../../../src/model/modelFile/ByteWriter';
import { ModelFileError } from '../../../src/model/modelFile/ModelFileError';
import { varintByteLength, writeVarint } from '../../../src/model/modelFile/varint';
import { propertyRuns } from '../../propertyRuns';
import { thrownBy } from './fileSurgery';

const KNOWN: readonly [number, number[]][] = [
  [0, [0x00]],
  [1, [0x01]],
  [127, [0x7f]],
  [128, [0x80, 0x01]],
  [300, [0xac, 0x02]],
  [16_383, [0xff, 0x7f]],
  [16_384, [0x80, 0x80, 0x01]],
  [2 ** 31, [0x80, 0x80, 0x80, 0x80, 0x08]],
  [2 ** 32 - 1, [0xff, 0xff, 0xff, 0xff, 0x0f]],
];

function encode(value: number): number[] {
  const writer = new ByteWriter(1);
  writer.writeVarint(value);
  return [...writer.toBytes()];
}

function decodeError(bytes: number[]): unknown {
  return thrownBy(() => new ByteReader(Uint8Array.from(bytes)).readVarint());
}

describe('varint', () => {
  it.each(KNOWN)('writeVarint(%i) gives the LEB128 bytes %j', (value, bytes) => {
    expect(encode(value)).toEqual(bytes);
    expect(varintByteLength(value)).toBe(bytes.length);
  });

  it.each(KNOWN)('readVarint() of the bytes of %i gives it back', (value, bytes) => {
    const reader = new ByteReader(Uint8Array.from(bytes));
    expect(reader.readVarint()).toBe(value);
    expect(reader.remaining).toBe(0);
  });

  it('readVarint() reads back any 32-bit value written by writeVarint', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 ** 32 - 1 })), (values) => {
        const writer = new ByteWriter(1);
        for (const value of values) writer.writeVarint(value);
        const reader = new ByteReader(writer.toBytes());
        expect(values.map(() => reader.readVarint())).toEqual(values);
        expect(reader.remaining).toBe(0);
      }),
      { seed: 1, numRuns: propertyRuns(100) },
    );
  });

  it('writeVarint throws a RangeError for a negative, fractional or too large value', () => {
    for (const value of [-1, 1.5, 2 ** 32, Number.NaN]) {
      expect(() => writeVarint(new Uint8Array(8), 0, value)).toThrow(RangeError);
    }
  });

  it('readVarint() past the end throws a "truncated" ModelFileError', () => {
    for (const bytes of [[], [0x80], [0xff, 0xff, 0xff, 0xff]]) {
      const error = decodeError(bytes);
      expect(error).toBeInstanceOf(ModelFileError);
      expect(error).toMatchObject({ code: 'truncated' });
    }
  });

  it('readVarint() rejects overlong, zero-padded and over-32-bit encodings as "invalid"', () => {
    const cases = [
      [0x80, 0x00],
      [0xff, 0xff, 0xff, 0xff, 0xff, 0x01],
      [0x80, 0x80, 0x80, 0x80, 0x10],
    ];
    for (const bytes of cases) expect(decodeError(bytes)).toMatchObject({ code: 'invalid' });
  });
});
