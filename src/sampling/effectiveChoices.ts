/** 2^H: the number of equally likely tokens that would have the same entropy. */
export function effectiveChoices(entropyBits: number): number {
  return 2 ** entropyBits;
}
