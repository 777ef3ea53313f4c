import { trainModel } from '../src/model/trainModel';
import type { NgramModel } from '../src/model/types';
import { createRng } from '../src/sampling/createRng';

/**
 * A whitespace bigram model whose vocabulary has exactly `outcomes` outcomes (a GPT-2-sized
 * 50 257 by default): every token once, then Zipf-distributed draws so the distribution is skewed.
 */
export function syntheticModel(outcomes = 50257, draws = 400_000): NgramModel {
  const size = outcomes - 2;
  const rng = createRng(1);
  const tokens: string[] = [];
  for (let i = 0; i < size; i++) tokens.push(`t${i}`);
  // Inverse-CDF of a Zipf(1) law over ranks 1..size: rank ≈ size^u.
  for (let i = 0; i < draws; i++) tokens.push(`t${Math.floor(size ** rng.nextFloat()) - 1}`);
  const segments: string[] = [];
  for (let i = 0; i < tokens.length; i += 40) segments.push(tokens.slice(i, i + 40).join(' '));
  return trainModel(segments, {
    tokenizer: 'whitespace',
    order: 2,
    smoothing: 'kn',
    discount: 0.75,
    k: 1,
    vocabSize: size,
    minCount: 1,
  });
}
