import { ByteReader } from '../../../src/model/modelFile/ByteReader';
import { ByteWriter } from '../../../src/model/modelFile/ByteWriter';
import { crc32 } from '../../../src/model/modelFile/crc32';
import { type FileHeader, makeHeader } from '../../../src/model/modelFile/FileHeader';
import { FORMAT_VERSION, MAGIC_BYTES } from '../../../src/model/modelFile/fileFormat';
import { ModelFileError } from '../../../src/model/modelFile/ModelFileError';
import { writeOrderTable } from '../../../src/model/modelFile/writeOrderTable';
import { writeVocab } from '../../../src/model/modelFile/writeVocab';
import type { NgramModel } from '../../../src/model/types';

/** A copy of `bytes` whose last 4 bytes are the correct CRC-32 of the rest again. */
export function withRecomputedCrc(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const crcAt = copy.length - 4;
  new DataView(copy.buffer).setUint32(crcAt, crc32(copy, 0, crcAt), true);
  return copy;
}

/** The parsed JSON header of a model file. */
export function readFileHeader(bytes: Uint8Array): unknown {
  const reader = new ByteReader(bytes, MAGIC_BYTES.length + 2);
  return JSON.parse(new TextDecoder().decode(reader.readBytes(reader.readVarint())));
}

/** Options for writing a file the way `encodeModel` would, but without its validation. */
export interface AssembleOptions {
  /** Turns the header into whatever JSON value should be written instead. */
  editHeader?: (header: FileHeader) => unknown;
  /** Bytes appended after the tables (counted in bodyByteLength). */
  extraBody?: Uint8Array;
  /** The version written after the magic. */
  version?: number;
}

/** A file with a correct CRC for `model`, however inconsistent the model or header is. */
export function assembleFile(model: NgramModel, options: AssembleOptions = {}): Uint8Array {
  const body = new ByteWriter();
  writeVocab(body, model.vocab);
  for (const table of model.tables) writeOrderTable(body, table);
  if (options.extraBody) body.writeBytes(options.extraBody);
  const header = makeHeader(model, body.byteLength);
  const json = options.editHeader ? options.editHeader(header) : header;
  const headerBytes = new TextEncoder().encode(JSON.stringify(json));
  const file = new ByteWriter();
  file.writeBytes(MAGIC_BYTES);
  file.writeU16LE(options.version ?? FORMAT_VERSION);
  file.writeVarint(headerBytes.length);
  file.writeBytes(headerBytes);
  file.writeBytes(body.view());
  file.writeU32LE(crc32(file.view()));
  return file.toBytes();
}

/** The error `run` throws (failing the test when it throws nothing). */
export function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, but nothing was thrown');
}

/** The message of the 'invalid' ModelFileError that `decode(bytes)` throws; fails otherwise. */
export function invalidFileMessage(
  decode: (bytes: Uint8Array) => unknown,
  bytes: Uint8Array,
): string {
  const error = thrownBy(() => decode(bytes));
  if (!(error instanceof ModelFileError) || error.code !== 'invalid') {
    throw new Error(`expected an 'invalid' ModelFileError, got ${error}`);
  }
  return error.message;
}
