import { buildModelFile } from '../../model/buildModelFile';
import { defaultSettings } from '../../model/defaultSettings';
import { EmptyTextError } from '../../model/EmptyTextError';
import { TrainingError } from '../../model/trainModel';
import type { ModelSettings, Smoothing, TokenizerKind } from '../../model/types';
import { CliError } from '../CliError';
import type { CliIo } from '../CliIo';
import { numberOption, parseCommandLine, requireOption } from '../parseCommandLine';
import { decodeText, readInput } from '../readInput';

const OPTIONS = {
  input: { type: 'string' },
  out: { type: 'string' },
  tokenizer: { type: 'string' },
  order: { type: 'string' },
  smoothing: { type: 'string' },
  discount: { type: 'string' },
  k: { type: 'string' },
  'vocab-size': { type: 'string' },
  'min-count': { type: 'string' },
  name: { type: 'string' },
} as const;

/** `build`: trains a model on a text file and writes the model file. */
export function build(args: string[], io: CliIo): void {
  const values = parseCommandLine(args, OPTIONS, 'build');
  const input = requireOption(values, 'input', 'build');
  const out = requireOption(values, 'out', 'build');
  const tokenizer = choice(values.tokenizer, ['word', 'char', 'whitespace'], 'tokenizer');
  const smoothing = choice(values.smoothing, ['kn', 'mkn', 'mle', 'addk'], 'smoothing');
  const settings: ModelSettings = {
    tokenizer: (tokenizer ?? defaultSettings.tokenizer) as TokenizerKind,
    smoothing: (smoothing ?? defaultSettings.smoothing) as Smoothing,
    order: numberOption(
      values,
      'order',
      defaultSettings.order,
      isIntIn(1, 6),
      'a whole number from 1 to 6',
    ),
    discount: numberOption(
      values,
      'discount',
      defaultSettings.discount,
      (d) => d >= 0 && d <= 1,
      'between 0 and 1',
    ),
    k: numberOption(
      values,
      'k',
      defaultSettings.k,
      (k) => k > 0 && Number.isFinite(k),
      'a number above 0',
    ),
    vocabSize: numberOption(
      values,
      'vocab-size',
      defaultSettings.vocabSize,
      isIntIn(1, 2 ** 24),
      'a whole number from 1 to 16777216',
    ),
    minCount: numberOption(
      values,
      'min-count',
      defaultSettings.minCount,
      isIntIn(1, 2 ** 31),
      'a whole number from 1 to 2147483648',
    ),
  };
  const started = performance.now();
  const text = decodeText(readInput(io, input, 'training text'), input);
  const name = typeof values.name === 'string' ? values.name : input.replace(/^.*[\\/]/, '');
  let bytes: Uint8Array;
  let segmentCount: number;
  try {
    ({ bytes, segmentCount } = buildModelFile(text, settings, { name }));
  } catch (error) {
    if (error instanceof EmptyTextError) {
      throw new CliError(`${input} has no text to learn from (it is empty or only whitespace).`);
    }
    if (error instanceof TrainingError) throw new CliError(error.message);
    throw error;
  }
  try {
    io.writeFile(out, bytes);
  } catch {
    throw new CliError(`Cannot write ${out}: check that its folder exists and is writable.`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  io.err(
    `Built a ${settings.tokenizer} ${settings.smoothing} ${settings.order}-gram from ${segmentCount} segments ` +
      `in ${seconds} s: ${bytes.length} bytes → ${out}\n`,
  );
}

function choice(value: string | boolean | undefined, allowed: string[], name: string) {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && allowed.includes(value)) return value;
  throw new CliError(`--${name} must be one of ${allowed.join(', ')}, got "${String(value)}".`);
}

function isIntIn(min: number, max: number) {
  return (n: number) => Number.isInteger(n) && n >= min && n <= max;
}
