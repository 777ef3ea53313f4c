import type { CliIo } from '../../src/cli/CliIo';

/** An in-memory file system for runCli, with everything it printed. */
export function fakeIo(files: Record<string, string | Uint8Array> = {}) {
  const store = new Map<string, Uint8Array>();
  for (const [path, content] of Object.entries(files)) {
    store.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }
  const output = { out: '', err: '' };
  const io: CliIo = {
    out: (text) => {
      output.out += text;
    },
    err: (text) => {
      output.err += text;
    },
    readFile: (path) => {
      const bytes = store.get(path);
      if (!bytes) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return bytes;
    },
    writeFile: (path, bytes) => {
      store.set(path, bytes);
    },
  };
  return { io, output, store };
}
