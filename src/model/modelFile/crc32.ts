const POLYNOMIAL = 0xedb88320;
const SLICES = 8;

/** Slicing-by-8 tables: TABLES[0] is the classic byte table; TABLES[j] also skips j zero bytes. */
const TABLES = makeTables();

function makeTables(): Uint32Array[] {
  const tables = Array.from({ length: SLICES }, () => new Uint32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let bit = 0; bit < 8; bit++) c = c & 1 ? POLYNOMIAL ^ (c >>> 1) : c >>> 1;
    tables[0][n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    for (let j = 1; j < SLICES; j++) {
      const previous = tables[j - 1][n];
      tables[j][n] = (tables[0][previous & 0xff] ^ (previous >>> 8)) >>> 0;
    }
  }
  return tables;
}

/** CRC-32 (IEEE 802.3, as in zip and PNG) of `bytes[start, end)`, as an unsigned 32-bit integer. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = TABLES;
  let crc = 0xffffffff;
  let i = start;
  // Eight bytes per step: the first four are folded into the CRC, the next four looked up as is.
  for (const stop = end - 7; i < stop; i += 8) {
    crc ^= bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    crc =
      t7[crc & 0xff] ^
      t6[(crc >>> 8) & 0xff] ^
      t5[(crc >>> 16) & 0xff] ^
      t4[crc >>> 24] ^
      t3[bytes[i + 4]] ^
      t2[bytes[i + 5]] ^
      t1[bytes[i + 6]] ^
      t0[bytes[i + 7]];
  }
  for (; i < end; i++) crc = t0[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
