import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/CliIo';
import { runCli } from '../../src/cli/runCli';

describe('runCli with a gzip-compressed model', () => {
  it('runCli(dist --model m.tsm.gz) reads the compressed file like the plain one', () => {
    const files = new Map<string, Uint8Array>([
      ['c.txt', new TextEncoder().encode('a b a c\n\nb a b\n')],
    ]);
    let out = '';
    const io: CliIo = {
      out: (t) => {
        out += t;
      },
      err: () => {},
      readFile: (p) => {
        const bytes = files.get(p);
        if (!bytes) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
        return bytes;
      },
      writeFile: (p, b) => {
        files.set(p, b);
      },
    };
    expect(runCli(['build', '--input', 'c.txt', '--out', 'm.tsm'], io)).toBe(0);
    files.set('m.tsm.gz', gzipSync(files.get('m.tsm') ?? new Uint8Array()));
    runCli(['dist', '--model', 'm.tsm', '--context', 'a', '--json'], io);
    const plain = out;
    out = '';
    expect(runCli(['dist', '--model', 'm.tsm.gz', '--context', 'a', '--json'], io)).toBe(0);
    expect(out).toBe(plain);
  });
});
