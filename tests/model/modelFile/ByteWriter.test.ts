import { describe, expect, it } from 'vitest';
import { ByteReader } from '../../../src/model/modelFile/ByteReader';
import { ByteWriter } from '../../../src/model/modelFile/ByteWriter';

describe('ByteWriter', () => {
  it('writeU16LE and writeU32LE write little-endian bytes that ByteReader reads back', () => {
    const writer = new ByteWriter(1);
    writer.writeU16LE(0x0102);
    writer.writeU32LE(0xcbf43926);
    expect([...writer.toBytes()]).toEqual([0x02, 0x01, 0x26, 0x39, 0xf4, 0xcb]);
    expect(new ByteReader(writer.toBytes()).readU16LE()).toBe(0x0102);
  });

  it('writeBytes grows the buffer past its initial capacity and keeps every byte', () => {
    const writer = new ByteWriter(16);
    const chunk = Uint8Array.from({ length: 100 }, (_, i) => i);
    for (let i = 0; i < 50; i++) writer.writeBytes(chunk);
    const bytes = writer.toBytes();
    expect(bytes.length).toBe(5000);
    expect(writer.byteLength).toBe(5000);
    expect(bytes[4999]).toBe(99);
    expect(bytes.buffer.byteLength).toBe(5000);
  });
});
