import type { ModelSettings, NgramModel } from '../types';

/** What the header says about one order's table: its size and discounts. */
export interface TableHeader {
  /** k, from 1 to n. */
  order: number;
  /** Number of contexts C. */
  contextCount: number;
  /** Number of (context, word) entries. */
  entryCount: number;
  /** D1, D2, D3+ of this order. */
  discounts: number[];
}

/** The JSON header of a model file: everything but the vocabulary and the tables. */
export interface FileHeader {
  /** Training settings. */
  settings: ModelSettings;
  /** Free-form description, keys in ascending order. */
  meta: Record<string, string>;
  /** Number of vocabulary entries, N + 2. */
  vocabLength: number;
  /** Bytes between the header and the CRC: the vocabulary and the tables. */
  bodyByteLength: number;
  /** Sizes and discounts of orders 1..n, at index k − 1. */
  tables: TableHeader[];
}

/** The header of `model`'s file, keys in a fixed order so that equal models give equal bytes. */
export function makeHeader(model: NgramModel, bodyByteLength: number): FileHeader {
  const { tokenizer, order, smoothing, discount, k, vocabSize, minCount } = model.settings;
  const metaKeys = Object.keys(model.meta).sort();
  return {
    settings: { tokenizer, order, smoothing, discount, k, vocabSize, minCount },
    meta: Object.fromEntries(metaKeys.map((key) => [key, model.meta[key]])),
    vocabLength: model.vocab.length,
    bodyByteLength,
    tables: model.tables.map((table) => ({
      order: table.order,
      contextCount: table.contextTotals.length,
      entryCount: table.words.length,
      discounts: Array.from(table.discounts),
    })),
  };
}

/** The fewest body bytes a file with this header can have: lying sizes fail before allocating. */
export function minimumBodyByteLength(header: FileHeader): number {
  let total = header.vocabLength;
  for (const table of header.tables) {
    // Per context: k − 1 ids, T, N1, N2, N3+ and the entry count; per entry: word delta and count.
    total += table.contextCount * (table.order - 1 + 5) + table.entryCount * 2;
  }
  return total;
}
