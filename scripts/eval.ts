/**
 * Held-out perplexity on the Brown split of issue 2: lowercased whitespace tokens, one sentence per
 * segment, every tenth file (by name, index 9 mod 10) held out, the 8 000 most frequent training
 * tokens; then the bundled models' recipes with every tenth segment held out. Usage: npm run eval
 */
import { encodeText, tokenIndex } from '../src/model/encodeText';
import { scoreSegments } from '../src/model/scoreSegments';
import { splitSegments } from '../src/model/splitSegments';
import { trainModel } from '../src/model/trainModel';
import type { Smoothing } from '../src/model/types';
import { recipeText } from './buildBundledModels';
import { BUNDLED_MODELS } from './bundledModels';
import { readBrownEvalSplit } from './corpus';
import { trainingSegments } from './trainingText';

/** Models to evaluate, with the independent reference figures from ARCHITECTURE.md. */
const RUNS: { smoothing: Smoothing; order: number; minCount: number; reference?: number }[] = [
  { smoothing: 'kn', order: 3, minCount: 1, reference: 134.9 },
  { smoothing: 'mkn', order: 3, minCount: 1, reference: 128.8 },
  { smoothing: 'kn', order: 1, minCount: 1, reference: 367.5 },
  { smoothing: 'kn', order: 4, minCount: 1, reference: 141.2 },
  { smoothing: 'mkn', order: 4, minCount: 1, reference: 128.5 },
  { smoothing: 'mkn', order: 3, minCount: 2 },
];

const { train, heldOut } = readBrownEvalSplit();
console.log(`Brown split: ${train.length} training sentences, ${heldOut.length} held out`);
for (const run of RUNS) {
  const started = performance.now();
  const model = trainModel(train, {
    tokenizer: 'whitespace',
    order: run.order,
    smoothing: run.smoothing,
    discount: 0.75,
    k: 1,
    vocabSize: 8000,
    minCount: run.minCount,
  });
  const index = tokenIndex(model);
  const score = scoreSegments(
    model,
    heldOut.map((s) => encodeText(model, s, index).ids),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const pruned = run.minCount > 1 ? ` pruned below count ${run.minCount}` : '';
  const reference = run.reference ? `  (reference ${run.reference})` : '';
  console.log(
    `${run.smoothing.padEnd(3)} ${run.order}-gram${pruned}: perplexity ${score.perplexity.toFixed(2)} over ${score.events} events${reference}  [${seconds} s]`,
  );
}

// The bundled models' recipes, trained without every tenth segment and scored on those.
const { prose, structured } = trainingSegments();
for (const recipe of BUNDLED_MODELS) {
  const started = performance.now();
  const kept = (items: string[]) => splitSegments(recipeText(recipe, items, []));
  const proseSegments = kept(prose);
  const structuredSegments = kept(structured);
  const held = (segments: string[]) => segments.filter((_, i) => i % 10 === 9);
  const notHeld = (segments: string[]) => segments.filter((_, i) => i % 10 !== 9);
  const trainSegments = [...notHeld(proseSegments), ...notHeld(structuredSegments)];
  const model = trainModel(trainSegments, recipe.settings);
  const index = tokenIndex(model);
  const score = (segments: string[]) =>
    scoreSegments(
      model,
      segments.map((s) => encodeText(model, s, index).ids),
    );
  const p = score(held(proseSegments));
  const s = score(held(structuredSegments));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${recipe.file} recipe, every 10th paragraph/document held out: prose perplexity ${p.perplexity.toFixed(2)} (${p.crossEntropyBits.toFixed(3)} bits/token, ${p.events} events), JSON+code ${s.perplexity.toFixed(2)} (${s.crossEntropyBits.toFixed(3)} bits/token, ${s.events} events)  [${seconds} s, ${trainSegments.length} training segments]`,
  );
}
