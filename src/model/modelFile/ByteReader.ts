import { invalidModelFile, truncatedModelFile } from './ModelFileError';

// Copies of varint.ts's limits: module-local constants keep the hot loop free of import lookups.
const MAX_VARINT_BYTES = 5;
const MAX_VARINT_VALUE = 0xffffffff;

/** Reads varints and raw bytes from `bytes[start, end)`, throwing `ModelFileError` on bad data. */
export class ByteReader {
  /** The bytes being read. */
  readonly bytes: Uint8Array;
  /** Index of the next byte to read. */
  pos: number;
  /** Index just past the last readable byte. */
  readonly end: number;

  constructor(bytes: Uint8Array, start = 0, end = bytes.length) {
    this.bytes = bytes;
    this.pos = start;
    this.end = end;
  }

  /** Bytes left to read. */
  get remaining(): number {
    return this.end - this.pos;
  }

  /** Reads an unsigned LEB128 varint of at most 32 bits, rejecting overlong encodings. */
  readVarint(): number {
    // Small enough for V8 to inline in the decoding loops; most ids and counts take one byte.
    const pos = this.pos;
    if (pos < this.end) {
      const byte = this.bytes[pos];
      if (byte < 0x80) {
        this.pos = pos + 1;
        return byte;
      }
    }
    return this.readLongVarint();
  }

  private readLongVarint(): number {
    const bytes = this.bytes;
    const end = this.end;
    let pos = this.pos;
    let value = 0;
    let scale = 1;
    for (let index = 0; ; index++) {
      if (pos >= end) throw truncatedModelFile();
      const byte = bytes[pos++];
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) {
        // A zero last byte means the number has a shorter encoding, which the writer always uses.
        if (byte === 0 && index > 0) throw invalidModelFile('a number is padded with zero bytes');
        break;
      }
      if (index === MAX_VARINT_BYTES - 1) throw invalidModelFile('a number is longer than 5 bytes');
      scale *= 0x80;
    }
    if (value > MAX_VARINT_VALUE) throw invalidModelFile('a number does not fit in 32 bits');
    this.pos = pos;
    return value;
  }

  /** Reads a little-endian unsigned 16-bit integer. */
  readU16LE(): number {
    if (this.remaining < 2) throw truncatedModelFile();
    const value = this.bytes[this.pos] | (this.bytes[this.pos + 1] << 8);
    this.pos += 2;
    return value;
  }

  /** Returns the next `length` bytes as a view (not a copy). */
  readBytes(length: number): Uint8Array {
    if (length > this.remaining) throw truncatedModelFile();
    const start = this.pos;
    this.pos += length;
    return this.bytes.subarray(start, this.pos);
  }
}
