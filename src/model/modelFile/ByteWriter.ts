import { MAX_VARINT_BYTES, writeVarint } from './varint';

/** A growable byte buffer that appends varints, little-endian integers and raw bytes. */
export class ByteWriter {
  private buffer: Uint8Array;
  private length = 0;

  constructor(initialCapacity = 1024) {
    this.buffer = new Uint8Array(Math.max(16, initialCapacity));
  }

  /** Number of bytes written so far. */
  get byteLength(): number {
    return this.length;
  }

  /** Appends `value` (an integer in [0, 2^32)) as an unsigned LEB128 varint. */
  writeVarint(value: number): void {
    this.reserve(MAX_VARINT_BYTES);
    this.length = writeVarint(this.buffer, this.length, value);
  }

  /** Appends `value` as a little-endian unsigned 16-bit integer. */
  writeU16LE(value: number): void {
    this.reserve(2);
    this.buffer[this.length++] = value & 0xff;
    this.buffer[this.length++] = (value >>> 8) & 0xff;
  }

  /** Appends `value` as a little-endian unsigned 32-bit integer. */
  writeU32LE(value: number): void {
    this.reserve(4);
    for (let shift = 0; shift < 32; shift += 8)
      this.buffer[this.length++] = (value >>> shift) & 0xff;
  }

  /** Appends `bytes` as they are. */
  writeBytes(bytes: Readonly<Uint8Array>): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** The bytes written so far, as a view that later writes may invalidate. */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  /** A copy of the bytes written so far, in a buffer of exactly that size. */
  toBytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2));
    grown.set(this.view());
    this.buffer = grown;
  }
}
