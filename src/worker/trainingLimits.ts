/** The largest training text the page accepts, in bytes of UTF-8 (20 MB). */
export const MAX_TRAINING_BYTES = 20_000_000;

/** The largest vocabulary the page trains: the explorer stays quick up to about this many outcomes. */
export const MAX_PAGE_VOCAB_SIZE = 100_000;
