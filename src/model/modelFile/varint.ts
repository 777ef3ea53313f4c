/** Most bytes an unsigned LEB128 varint of a 32-bit value takes. */
export const MAX_VARINT_BYTES = 5;

/** Largest value a varint in a model file may hold: 2^32 − 1. */
export const MAX_VARINT_VALUE = 0xffffffff;

/**
 * Writes `value` (an integer in [0, 2^32)) as an unsigned LEB128 varint at `offset` in `target`,
 * which must have room for it; returns the offset just after it.
 */
export function writeVarint(target: Uint8Array, offset: number, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_VARINT_VALUE) {
    throw new RangeError(`A varint must be an integer in [0, 2^32), got ${value}`);
  }
  let pos = offset;
  let rest = value;
  while (rest >= 0x80) {
    target[pos++] = (rest & 0x7f) | 0x80;
    rest = Math.floor(rest / 0x80);
  }
  target[pos++] = rest;
  return pos;
}

/** Number of bytes `writeVarint` uses for `value`. */
export function varintByteLength(value: number): number {
  let length = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 0x80)) length++;
  return length;
}
