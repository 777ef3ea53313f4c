import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { propertyRuns } from '../propertyRuns';
import { fakeIo } from './fakeIo';

const CORPUS = 'the cat sat on the mat.\n\nthe dog sat on the log.\n\nthe cat ate the fish.\n';

/** A file system with a corpus and a model built from it (and a gzipped copy). */
function filesWithModel() {
  const env = fakeIo({ 'corpus.txt': CORPUS });
  expect(runCli(['build', '--input', 'corpus.txt', '--out', 'm.tsm'], env.io)).toBe(0);
  const model = env.store.get('m.tsm') ?? new Uint8Array();
  return { 'corpus.txt': CORPUS, 'm.tsm': model, 'm.tsm.gz': gzipSync(model) };
}
const files = filesWithModel();

const OPTION_NAMES = [
  'input',
  'out',
  'tokenizer',
  'order',
  'smoothing',
  'discount',
  'k',
  'vocab-size',
  'min-count',
  'name',
  'model',
  'context',
  'temperature',
  'json',
  'prompt',
  'steps',
  'seed',
  'top-k',
  'top-p',
  'min-p',
  'wat',
];
/** Values a person might type: numbers in odd spellings, paths, words, any Unicode. */
const value = fc.oneof(
  fc.constantFrom(
    'corpus.txt',
    'm.tsm',
    'm.tsm.gz',
    'missing.txt',
    'out.tsm',
    '0',
    '1',
    '3',
    '-1',
    '2.5',
    '1e2',
    '0x10',
    ' 7 ',
    '',
    'NaN',
    'Infinity',
    '٣',
    'word',
    'char',
    'whitespace',
    'kn',
    'mkn',
    'mle',
    'addk',
    '--',
    '-x',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const argument = fc.oneof(
  fc.constantFrom(...OPTION_NAMES).map((name) => `--${name}`),
  fc.tuple(fc.constantFrom(...OPTION_NAMES), value).map(([name, v]) => `--${name}=${v}`),
  value,
);
const commandLine = fc.tuple(
  fc.constantFrom('build', 'dist', 'score', 'generate', 'help', 'frobnicate'),
  fc.array(argument, { maxLength: 8 }),
);

/** Runs a command line; the exit code and what it printed. */
function run(argv: string[]) {
  const env = fakeIo(files);
  const code = runCli(argv, env.io);
  return { code, ...env.output };
}

describe('command-line options', () => {
  it('runCli(any argv) succeeds or exits 2 with one line and no stack trace', () => {
    fc.assert(
      fc.property(commandLine, ([command, args]) => {
        const { code, err } = run([command, ...args]);
        // 1 is "unexpected failure": a bug, never an answer to bad input.
        expect([0, 2]).toContain(code);
        if (code === 2) {
          expect(err.endsWith('\n')).toBe(true);
          expect(err.trimEnd().split('\n')).toHaveLength(1);
          expect(err).toMatch(/^tokenscope[ :]/);
          expect(err).not.toMatch(/\n\s+at |Error:/);
        }
      }),
      { seed: 31, numRuns: propertyRuns(300) },
    );
  });

  it('runCli(build --order|--vocab-size|--min-count N) accepts exactly the whole numbers in range', () => {
    const rules: Record<string, (n: number) => boolean> = {
      order: (n) => n >= 1 && n <= 6,
      'vocab-size': (n) => n >= 1 && n <= 2 ** 24,
      'min-count': (n) => n >= 1 && n <= 2 ** 31,
    };
    const numberText = fc.oneof(
      value,
      fc.integer({ min: -3, max: 40 }).map(String),
      fc.double({ noNaN: true }).map(String),
    );
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(rules)), numberText, (name, text) => {
        const { code, err } = run([
          'build',
          '--input',
          'corpus.txt',
          '--out',
          'x.tsm',
          `--${name}=${text}`,
        ]);
        const n = text.trim() === '' ? Number.NaN : Number(text);
        const valid = Number.isInteger(n) && rules[name](n);
        expect(code).toBe(valid ? 0 : 2);
        if (!valid) expect(err).toContain(`--${name} must be`);
        // The message states the range the check applies.
        if (!valid && name !== 'order')
          expect(err).toContain(`1 to ${2 ** (name === 'vocab-size' ? 24 : 31)}`);
      }),
      { seed: 32, numRuns: propertyRuns(200) },
    );
  });

  it('runCli(generate --prompt TEXT --seed S) continues any Unicode prompt the same way twice', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.integer(),
        fc.constantFrom('m.tsm', 'm.tsm.gz'),
        (prompt, seed, model) => {
          // The --name=VALUE form takes any value, also one that starts with a dash.
          const argv = ['generate', '--model', model, `--prompt=${prompt}`, '--steps', '5'];
          const first = run([...argv, `--seed=${seed}`, '--json']);
          expect(first.code).toBe(0);
          expect(JSON.parse(first.out).steps).toHaveLength(5);
          expect(run([...argv, `--seed=${seed}`, '--json']).out).toBe(first.out);
        },
      ),
      { seed: 33, numRuns: propertyRuns(100) },
    );
  });

  it('runCli(dist --model FILE) on a damaged or cut model file exits 2 with one line naming the file', () => {
    const damaged = fc
      .tuple(
        fc.constantFrom('m.tsm', 'm.tsm.gz'),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.option(fc.nat(), { nil: undefined }),
      )
      .map(([name, hits, cut]) => {
        const bytes = (files[name as keyof typeof files] as Uint8Array).slice();
        for (const [at, mask] of hits) bytes[at % bytes.length] ^= mask;
        return cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length);
      });
    fc.assert(
      fc.property(damaged, (bytes) => {
        const env = fakeIo({ 'bad.tsm': bytes });
        const code = runCli(['dist', '--model', 'bad.tsm', '--context', 'the'], env.io);
        expect(code).toBe(2);
        expect(env.output.err).toMatch(/^tokenscope dist: Cannot use model bad\.tsm: .+\n$/);
      }),
      { seed: 34, numRuns: propertyRuns(200) },
    );
  });
});
