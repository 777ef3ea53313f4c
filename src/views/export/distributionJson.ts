import type { Explorer } from '../../store/types';
import type { DistributionRow } from './distributionRows';

/** The distribution as JSON, with the settings and context that produced it. */
export function distributionJson(s: Explorer, rows: readonly DistributionRow[]): string {
  const context = Array.from(s.contextIds, (id) => s.model.vocab[id] ?? '<bos>');
  return JSON.stringify({
    model: s.modelId,
    prompt: s.prompt,
    generated: s.steps.map((step) => s.model.vocab[step.id]),
    context,
    temperature: s.temperature,
    topK: s.topK,
    topP: s.topP,
    minP: s.minP,
    maskUnk: s.maskUnk,
    vocabSize: rows.length,
    entropyBits: s.entropyBits,
    outcomes: rows.map((r) => ({ ...r, logit: Number.isFinite(r.logit) ? r.logit : null })),
  });
}
