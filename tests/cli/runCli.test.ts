import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { fakeIo } from './fakeIo';

const TSX = join('node_modules', '.bin', 'tsx');
const CORPUS = 'the cat sat on the mat.\n\nthe dog sat on the log.\n\nthe cat ate the fish.\n';

function builtModel(extra: string[] = []) {
  const env = fakeIo({ 'corpus.txt': CORPUS });
  const code = runCli(['build', '--input', 'corpus.txt', '--out', 'm.bin', ...extra], env.io);
  expect(code).toBe(0);
  return env;
}

describe('runCli', () => {
  it('runCli(build) writes a model and a one-line summary on stderr', () => {
    const { store, output } = builtModel(['--order', '2', '--smoothing', 'kn']);
    expect(store.get('m.bin')?.length).toBeGreaterThan(20);
    expect(output.err).toMatch(/word kn 2-gram from 3 segments/);
  });

  it('runCli(dist --json) lists every outcome, most likely first, summing to 1', () => {
    const env = builtModel();
    env.output.out = '';
    expect(runCli(['dist', '--model', 'm.bin', '--context', 'the cat', '--json'], env.io)).toBe(0);
    const result = JSON.parse(env.output.out);
    expect(result.outcomes).toHaveLength(result.vocabSize);
    const ps: number[] = result.outcomes.map((o: { p: number }) => o.p);
    expect(ps.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect([...ps].sort((a, b) => b - a)).toEqual(ps);
    expect(result.outcomes[0].logit).toBeCloseTo(Math.log(ps[0]), 12);
    const entropy = -ps.reduce((h, p) => h + (p > 0 ? p * Math.log2(p) : 0), 0);
    expect(result.entropyBits).toBeCloseTo(entropy, 12);
  });

  it('runCli(dist --temperature 0) puts all the mass on the top outcome', () => {
    const env = builtModel();
    env.output.out = '';
    runCli(
      ['dist', '--model', 'm.bin', '--context', 'the', '--temperature', '0', '--json'],
      env.io,
    );
    const { outcomes } = JSON.parse(env.output.out);
    expect(outcomes[0].p).toBe(1);
    expect(outcomes.slice(1).every((o: { p: number }) => o.p === 0)).toBe(true);
  });

  it('runCli(score --json) reports events, bits per event and perplexity', () => {
    const env = builtModel();
    env.output.out = '';
    runCli(['score', '--model', 'm.bin', '--input', 'corpus.txt', '--json'], env.io);
    const result = JSON.parse(env.output.out);
    // 3 segments: 7 + 7 + 6 word tokens, plus one <eos> each.
    expect(result.events).toBe(23);
    expect(result.perplexity).toBeCloseTo(2 ** result.crossEntropyBits, 9);
  });

  it('runCli(generate) gives the same text for the same seed and greedy text at T = 0', () => {
    const env = builtModel();
    const run = (args: string[]) => {
      env.output.out = '';
      runCli(['generate', '--model', 'm.bin', '--prompt', 'the', ...args], env.io);
      return env.output.out;
    };
    expect(run(['--steps', '15', '--seed', '7'])).toBe(run(['--steps', '15', '--seed', '7']));
    expect(run(['--steps', '3', '--temperature', '0'])).toBe(' cat sat on\n');
    const steps = JSON.parse(run(['--steps', '4', '--json', '--seed', '1'])).steps;
    expect(steps).toHaveLength(4);
    for (const s of steps) expect(s.p).toBeGreaterThan(0);
  });

  it('runCli(bad input) exits non-zero with one line that says what to do', () => {
    const cases: [string[], RegExp][] = [
      [['dist', '--model', 'missing.bin'], /no such file/],
      [['dist', '--model', 'corpus.txt'], /not a Tokenscope model file/],
      [['build', '--input', 'corpus.txt', '--out', 'x', '--order', '9'], /--order must be/],
      [['build', '--input', 'empty.txt', '--out', 'x'], /no text to learn from/],
      [['build', '--input', 'binary.bin', '--out', 'x'], /not UTF-8 text/],
      [['score', '--model', 'm.bin', '--wat', '1'], /unknown option --wat/],
      [['generate', '--model', 'm.bin', '--prompt', '-x'], /write it as --prompt=VALUE/],
      [['frobnicate'], /unknown command/],
    ];
    for (const [args, message] of cases) {
      const env = fakeIo({
        'corpus.txt': CORPUS,
        'empty.txt': ' \n\n',
        'binary.bin': Uint8Array.of(0xff, 0xfe, 0),
      });
      expect(runCli(args, env.io)).toBeGreaterThan(0);
      expect(env.output.err).toMatch(message);
      expect(env.output.err.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('tokenscope command line', () => {
  it('npm run tokenscope -- dist on a corrupt file exits 2 without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenscope-cli-'));
    writeFileSync(join(dir, 'corpus.txt'), CORPUS);
    execFileSync(
      TSX,
      ['src/cli/main.ts', 'build', '--input', join(dir, 'corpus.txt'), '--out', join(dir, 'm.bin')],
      { stdio: 'pipe' },
    );
    const result = spawnSync(TSX, ['src/cli/main.ts', 'dist', '--model', join(dir, 'corpus.txt')], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^tokenscope dist: .*not a Tokenscope model file/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const ok = spawnSync(
      TSX,
      [
        'src/cli/main.ts',
        'generate',
        '--model',
        join(dir, 'm.bin'),
        '--prompt',
        'the',
        '--steps',
        '2',
        '--temperature',
        '0',
      ],
      { encoding: 'utf8' },
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(' cat sat\n');
  }, 60_000);
});
