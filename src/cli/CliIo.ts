/** What a command may touch outside itself; the real one is Node's, tests pass fakes. */
export interface CliIo {
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** Reads a whole file. */
  readFile(path: string): Uint8Array;
  /** Writes a whole file. */
  writeFile(path: string, bytes: Uint8Array): void;
}
