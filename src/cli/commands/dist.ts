import { distribution } from '../../model/distribution';
import { encodeText } from '../../model/encodeText';
import { lastSegment } from '../../model/lastSegment';
import { rankByProbability } from '../../model/rankByProbability';
import { samplingView } from '../../sampling/samplingView';
import type { CliIo } from '../CliIo';
import { loadModelFile } from '../loadModelFile';
import { numberOption, parseCommandLine, requireOption } from '../parseCommandLine';

const OPTIONS = {
  model: { type: 'string' },
  context: { type: 'string' },
  temperature: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** `dist`: every outcome after a context, most likely first, with probability and logit. */
export function dist(args: string[], io: CliIo): void {
  const values = parseCommandLine(args, OPTIONS, 'dist');
  const model = loadModelFile(io, requireOption(values, 'model', 'dist'));
  const context = typeof values.context === 'string' ? values.context : '';
  const temperature = numberOption(
    values,
    'temperature',
    1,
    (t) => t >= 0 && Number.isFinite(t),
    'a number ≥ 0',
  );
  const { ids } = encodeText(model, lastSegment(context));
  const modelProbs = distribution(model, ids);
  const order = rankByProbability(model, ids, modelProbs);
  const logits = modelProbs.map(Math.log);
  const view = samplingView(modelProbs, logits, order, { temperature, maskedIds: [] });
  const probs = view.probs;
  // Temperature keeps the ranking, but T = 0 puts every other outcome at 0: sort them by the model.
  const outcomes = Array.from(order, (id) => ({
    token: model.vocab[id],
    id,
    p: probs[id],
    logit: logits[id],
  }));
  const entropy = view.entropyBits;
  if (values.json) {
    io.out(
      `${JSON.stringify({ vocabSize: model.vocab.length, entropyBits: entropy, outcomes })}\n`,
    );
    return;
  }
  const lines = [
    `# ${model.vocab.length} outcomes, entropy ${entropy.toFixed(4)} bits; rank\tp\tlogit\tid\ttoken`,
  ];
  outcomes.forEach((o, rank) => {
    lines.push(
      `${rank + 1}\t${o.p.toPrecision(6)}\t${o.logit.toFixed(6)}\t${o.id}\t${JSON.stringify(o.token)}`,
    );
  });
  io.out(`${lines.join('\n')}\n`);
}
