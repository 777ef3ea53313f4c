import { ByteReader } from './ByteReader';
import { crc32 } from './crc32';
import { CRC_BYTE_LENGTH, FORMAT_VERSION, MAGIC_BYTES, PREFIX_BYTE_LENGTH } from './fileFormat';
import {
  BUILD_COMMAND,
  BUILD_HINT,
  ModelFileError,
  REFETCH_HINT,
  truncatedModelFile,
} from './ModelFileError';
import { readHeader } from './readHeader';

/**
 * Checks the magic bytes, the format version and the CRC-32 of a model file, in that order, so
 * that nothing in its body is trusted before the checksum says it arrived intact.
 */
export function checkFileIntegrity(bytes: Uint8Array): void {
  const magicLength = Math.min(bytes.length, MAGIC_BYTES.length);
  for (let i = 0; i < magicLength; i++) {
    if (bytes[i] !== MAGIC_BYTES[i]) throw notAModel();
  }
  if (bytes.length === 0) throw notAModel();
  // A non-empty start of the magic bytes is a model file cut short.
  if (bytes.length < PREFIX_BYTE_LENGTH) throw truncatedModelFile();
  const version = new ByteReader(bytes, MAGIC_BYTES.length).readU16LE();
  if (version !== FORMAT_VERSION) {
    throw new ModelFileError(
      'unsupported-version',
      `This model file has format version ${version}, but this Tokenscope reads version ` +
        `${FORMAT_VERSION}. Update Tokenscope, or build a new one with ${BUILD_COMMAND}.`,
    );
  }
  if (bytes.length < PREFIX_BYTE_LENGTH + CRC_BYTE_LENGTH) throw truncatedModelFile();
  const crcAt = bytes.length - CRC_BYTE_LENGTH;
  const storedCrc = new DataView(bytes.buffer, bytes.byteOffset + crcAt, CRC_BYTE_LENGTH);
  if (storedCrc.getUint32(0, true) === crc32(bytes, 0, crcAt)) return;
  if (looksTruncated(bytes)) throw truncatedModelFile();
  throw new ModelFileError(
    'checksum-mismatch',
    `This model file is corrupted: its checksum does not match its contents. ${REFETCH_HINT}`,
  );
}

/** Whether the header, if readable, describes a file longer than `bytes`. */
function looksTruncated(bytes: Uint8Array): boolean {
  const reader = new ByteReader(bytes, PREFIX_BYTE_LENGTH);
  try {
    const header = readHeader(reader);
    return reader.pos + header.bodyByteLength + CRC_BYTE_LENGTH > bytes.length;
  } catch (error) {
    return error instanceof ModelFileError && error.code === 'truncated';
  }
}

function notAModel(): ModelFileError {
  return new ModelFileError(
    'not-a-model',
    `This is not a Tokenscope model file (wrong magic bytes). ${BUILD_HINT}`,
  );
}
