/** The 8 bytes every model file starts with: ASCII `TOKSCOPE`. */
export const MAGIC_BYTES: Readonly<Uint8Array> = new TextEncoder().encode('TOKSCOPE');

/** The format version this code writes and reads (a little-endian u16 after the magic). */
export const FORMAT_VERSION = 1;

/** Bytes before the header: the magic and the u16 version. */
export const PREFIX_BYTE_LENGTH = MAGIC_BYTES.length + 2;

/** Bytes of the trailing CRC-32. */
export const CRC_BYTE_LENGTH = 4;
