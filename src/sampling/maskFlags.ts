/**
 * One flag per id (1 = masked), or null when nothing is masked; throws when every id is masked
 * or an id is not in the vocabulary.
 */
export function maskFlags(
  size: number,
  maskedIds: ArrayLike<number> | undefined,
): Uint8Array | null {
  if (maskedIds === undefined || maskedIds.length === 0) return null;
  const flags = new Uint8Array(size);
  let maskedCount = 0;
  for (let i = 0; i < maskedIds.length; i++) {
    const id = maskedIds[i];
    if (!Number.isInteger(id) || id < 0 || id >= size) {
      throw new RangeError(`masked id ${id} is not a token id of this ${size}-token vocabulary`);
    }
    if (flags[id] === 0) maskedCount++;
    flags[id] = 1;
  }
  if (maskedCount === size) {
    throw new Error('every token is masked; unmask at least one so there is something to sample');
  }
  return flags;
}
