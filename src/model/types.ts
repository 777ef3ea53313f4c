/** How training text and contexts are cut into tokens. */
export type TokenizerKind = 'word' | 'char' | 'whitespace';

/** How counts become probabilities (see ARCHITECTURE.md, "The model"). */
export type Smoothing = 'kn' | 'mkn' | 'mle' | 'addk';

/** Everything that decides how a model is trained; stored in the model file. */
export interface ModelSettings {
  /** Tokenizer applied to each segment. */
  tokenizer: TokenizerKind;
  /** n, the n-gram order: 1 to 6. */
  order: number;
  /** Smoothing method. */
  smoothing: Smoothing;
  /** The single discount D of `kn`, in [0, 1]. */
  discount: number;
  /** The pseudo-count k of `addk`, > 0. */
  k: number;
  /** N, the number of most frequent tokens kept; the vocabulary has N + 2 outcomes. */
  vocabSize: number;
  /** Entries of orders ≥ 2 with a count below this are pruned (1 keeps everything). */
  minCount: number;
}

/**
 * The counts of one order k: contexts of k − 1 ids (sorted ascending, row-major), each with
 * its successors. For `kn`/`mkn` the counts below the top order are continuation counts.
 */
export interface OrderTable {
  /** k, from 1 to n. */
  order: number;
  /** C × (k − 1) context ids, rows in ascending lexicographic order. */
  contextIds: Uint32Array;
  /** T_k(h) for each context, counted before pruning. */
  contextTotals: Uint32Array;
  /** N1, N2, N3+ of each context before pruning, 3 per context. */
  contextCountsOfCounts: Uint32Array;
  /** C + 1 offsets into `words` and `counts`. */
  entryStart: Uint32Array;
  /** Successor ids, ascending within each context. */
  words: Uint32Array;
  /** c_k(h w) of each successor. */
  counts: Uint32Array;
  /** D1, D2, D3+ of this order (all equal for `kn`; unused by `mle`/`addk`). */
  discounts: Float64Array;
}

/** A trained n-gram model: everything `distribution(context)` needs. */
export interface NgramModel {
  /** Training settings. */
  settings: ModelSettings;
  /** Outcomes by id: the N frequent tokens, then `<unk>` (id N) and `<eos>` (id N + 1). */
  vocab: string[];
  /** Tables for orders 1..n, at index k − 1. */
  tables: OrderTable[];
  /** Free-form description (name, source, training statistics), stored in the file. */
  meta: Record<string, string>;
}

/** Name shown for the unknown-token outcome. */
export const UNK = '<unk>';
/** Name shown for the end-of-segment outcome. */
export const EOS = '<eos>';
/** Name of the left padding, which is never predicted. */
export const BOS = '<bos>';
