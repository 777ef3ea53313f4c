/** Describes why a vocabulary of `length` entries is impossible, or returns undefined. */
export function findVocabLengthProblem(length: number): string | undefined {
  // At least <unk> and <eos>; <bos> takes id `length`, which must still fit in 32 bits.
  if (length >= 2 && length < 0xffffffff) return undefined;
  return `the vocabulary has ${length} entries, but it needs <unk> and <eos> at the end`;
}
