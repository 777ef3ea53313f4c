import type { CliIo } from '../CliIo';
import { generateTokens } from '../generateTokens';
import { loadModelFile } from '../loadModelFile';
import { numberOption, parseCommandLine, requireOption } from '../parseCommandLine';

const OPTIONS = {
  model: { type: 'string' },
  prompt: { type: 'string' },
  steps: { type: 'string' },
  temperature: { type: 'string' },
  seed: { type: 'string' },
  'top-k': { type: 'string' },
  'top-p': { type: 'string' },
  'min-p': { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** `generate`: continues a prompt for N tokens with a seeded sampler. */
export function generate(args: string[], io: CliIo): void {
  const values = parseCommandLine(args, OPTIONS, 'generate');
  const model = loadModelFile(io, requireOption(values, 'model', 'generate'));
  const prompt = typeof values.prompt === 'string' ? values.prompt : '';
  const steps = numberOption(
    values,
    'steps',
    20,
    (n) => Number.isInteger(n) && n >= 0 && n <= 100000,
    'a whole number from 0 to 100000',
  );
  const sampler = {
    temperature: numberOption(
      values,
      'temperature',
      1,
      (t) => t >= 0 && Number.isFinite(t),
      'a number ≥ 0',
    ),
    topK: numberOption(
      values,
      'top-k',
      0,
      (k) => Number.isInteger(k) && k >= 0,
      'a whole number ≥ 0 (0 is off)',
    ),
    topP: numberOption(
      values,
      'top-p',
      1,
      (p) => p > 0 && p <= 1,
      'above 0 and at most 1 (1 is off)',
    ),
    minP: numberOption(values, 'min-p', 0, (p) => p >= 0 && p <= 1, 'from 0 to 1 (0 is off)'),
  };
  const seed = numberOption(values, 'seed', 0, Number.isSafeInteger, 'a whole number');
  const generated = generateTokens(model, prompt, steps, sampler, seed);
  if (values.json) {
    io.out(`${JSON.stringify({ steps: generated })}\n`);
    return;
  }
  const separator = model.settings.tokenizer === 'whitespace' ? ' ' : '';
  const eos = model.vocab.length - 1;
  io.out(`${generated.map((s) => (s.id === eos ? '\n\n' : s.token)).join(separator)}\n`);
}
