import { encodeText, tokenIndex } from '../../model/encodeText';
import { scoreSegments } from '../../model/scoreSegments';
import { splitSegments } from '../../model/splitSegments';
import { CliError } from '../CliError';
import type { CliIo } from '../CliIo';
import { loadModelFile } from '../loadModelFile';
import { parseCommandLine, requireOption } from '../parseCommandLine';
import { decodeText, readInput } from '../readInput';

const OPTIONS = {
  model: { type: 'string' },
  input: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** `score`: cross-entropy in bits per event and perplexity of a model over a text file. */
export function score(args: string[], io: CliIo): void {
  const values = parseCommandLine(args, OPTIONS, 'score');
  const model = loadModelFile(io, requireOption(values, 'model', 'score'));
  const input = requireOption(values, 'input', 'score');
  const segments = splitSegments(decodeText(readInput(io, input, 'text'), input));
  if (segments.length === 0)
    throw new CliError(`${input} has no text to score (it is empty or only whitespace).`);
  const index = tokenIndex(model);
  const result = scoreSegments(
    model,
    segments.map((s) => encodeText(model, s, index).ids),
  );
  if (values.json) {
    // JSON has no Infinity: an impossible event (possible under mle) is reported as null.
    const finite = (x: number) => (Number.isFinite(x) ? x : null);
    io.out(
      `${JSON.stringify({ events: result.events, crossEntropyBits: finite(result.crossEntropyBits), perplexity: finite(result.perplexity) })}\n`,
    );
    return;
  }
  io.out(
    `events ${result.events}\ncross-entropy ${result.crossEntropyBits.toFixed(6)} bits per event\nperplexity ${result.perplexity.toFixed(4)}\n`,
  );
}
