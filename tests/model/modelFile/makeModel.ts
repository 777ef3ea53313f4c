import type { ModelSettings, NgramModel, OrderTable } from '../../../src/model/types';
import { EOS, UNK } from '../../../src/model/types';

/** An n-gram and its count: k − 1 context ids then the word id. */
export type NgramCount = readonly [ids: readonly number[], count: number];

/** What a test model is made of; the helper sorts, groups and totals it consistently. */
export interface ModelSpec {
  /** The N frequent tokens; `<unk>` and `<eos>` are appended. */
  tokens: readonly string[];
  /** For each order k = 1..n (at index k − 1), its n-grams of k ids; duplicates add up. */
  ngrams: readonly (readonly NgramCount[])[];
  /** Settings other than `order` and `vocabSize`, which follow from the rest. */
  settings?: Partial<Omit<ModelSettings, 'order' | 'vocabSize'>>;
  /** D1, D2, D3+ per order; defaults to the settings' discount three times. */
  discounts?: readonly (readonly number[])[];
  meta?: Record<string, string>;
}

/**
 * A valid NgramModel from a spec: contexts and words sorted, T and N1, N2, N3+ counted from all
 * n-grams, then entries of orders ≥ 2 below `minCount` pruned (contexts stay, maybe empty).
 */
export function makeModel(spec: ModelSpec): NgramModel {
  const settings: ModelSettings = {
    tokenizer: 'word',
    smoothing: 'kn',
    discount: 0.75,
    k: 1,
    minCount: 1,
    ...spec.settings,
    order: spec.ngrams.length,
    vocabSize: spec.tokens.length,
  };
  const tables = spec.ngrams.map((ngrams, index) => {
    const discounts = spec.discounts?.[index] ?? [
      settings.discount,
      settings.discount,
      settings.discount,
    ];
    const minCount = index === 0 ? 1 : settings.minCount;
    return makeTable(index + 1, ngrams, Float64Array.from(discounts), minCount);
  });
  return { settings, vocab: [...spec.tokens, UNK, EOS], tables, meta: spec.meta ?? {} };
}

function makeTable(
  order: number,
  ngrams: readonly NgramCount[],
  discounts: Float64Array,
  minCount: number,
): OrderTable {
  const byContext = new Map<string, { context: number[]; counts: Map<number, number> }>();
  for (const [ids, count] of ngrams) {
    if (ids.length !== order) throw new Error(`an order-${order} n-gram needs ${order} ids`);
    const context = ids.slice(0, -1);
    const key = context.join(',');
    const group = byContext.get(key) ?? { context, counts: new Map<number, number>() };
    byContext.set(key, group);
    const word = ids[order - 1];
    group.counts.set(word, (group.counts.get(word) ?? 0) + count);
  }
  const groups = [...byContext.values()].sort((a, b) => compareIds(a.context, b.context));
  const contextIds: number[] = [];
  const totals: number[] = [];
  const countsOfCounts: number[] = [];
  const entryStart = [0];
  const words: number[] = [];
  const counts: number[] = [];
  for (const group of groups) {
    contextIds.push(...group.context);
    const entries = [...group.counts].sort(([a], [b]) => a - b);
    totals.push(entries.reduce((sum, [, count]) => sum + count, 0));
    countsOfCounts.push(
      entries.filter(([, c]) => c === 1).length,
      entries.filter(([, c]) => c === 2).length,
      entries.filter(([, c]) => c >= 3).length,
    );
    for (const [word, count] of entries) {
      if (count < minCount) continue;
      words.push(word);
      counts.push(count);
    }
    entryStart.push(words.length);
  }
  return {
    order,
    contextIds: Uint32Array.from(contextIds),
    contextTotals: Uint32Array.from(totals),
    contextCountsOfCounts: Uint32Array.from(countsOfCounts),
    entryStart: Uint32Array.from(entryStart),
    words: Uint32Array.from(words),
    counts: Uint32Array.from(counts),
    discounts,
  };
}

function compareIds(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** A small hand-made trigram model over "the cat sat", with a pruned entry and `<bos>` contexts. */
export function makeSmallModel(): NgramModel {
  // ids: the 0, cat 1, sat 2, <unk> 3, <eos> 4, <bos> 5
  return makeModel({
    tokens: ['the', ' cat', ' sat'],
    settings: { smoothing: 'mkn', minCount: 2 },
    discounts: [
      [0.5, 1.0, 1.5],
      [0.6, 1.1, 1.4],
      [0.1 + 0.2, Math.PI / 3, 2 ** -30],
    ],
    meta: { name: 'small', source: 'hand-made\nfixture' },
    ngrams: [
      [
        [[0], 2],
        [[1], 2],
        [[2], 1],
        [[4], 1],
      ],
      [
        [[5, 0], 2],
        [[0, 1], 2],
        [[1, 2], 1],
        [[2, 4], 1],
      ],
      [
        [[5, 5, 0], 2],
        [[5, 0, 1], 2],
        [[0, 1, 2], 1],
        [[1, 2, 4], 1],
      ],
    ],
  });
}
