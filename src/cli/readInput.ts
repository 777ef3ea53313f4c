import { CliError } from './CliError';
import type { CliIo } from './CliIo';

/** Reads a file named on the command line, with a message that says what to check. */
export function readInput(io: CliIo, path: string, what: string): Uint8Array {
  try {
    return io.readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : 'it cannot be read';
    throw new CliError(`Cannot read ${what} ${path}: ${reason}. Check the path.`);
  }
}

/** Decodes UTF-8 text, refusing binary files rather than training on garbage. */
export function decodeText(bytes: Uint8Array, path: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${path} is not UTF-8 text. Give a plain-text file saved as UTF-8.`);
  }
  if (text.includes('\u0000')) {
    throw new CliError(`${path} contains NUL bytes, so it looks binary. Give a plain-text file.`);
  }
  return text;
}
