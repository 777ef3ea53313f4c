/**
 * The distinct masked ids, in first-seen order; throws when an id is not in the vocabulary or
 * every id is masked. Allocates nothing V-sized: the store checks its mask on every step.
 */
export function validMaskedIds(size: number, maskedIds: ArrayLike<number> | undefined): number[] {
  const distinct = new Set<number>();
  for (let i = 0; i < (maskedIds?.length ?? 0); i++) {
    const id = (maskedIds as ArrayLike<number>)[i];
    if (!Number.isInteger(id) || id < 0 || id >= size) {
      throw new RangeError(`masked id ${id} is not a token id of this ${size}-token vocabulary`);
    }
    distinct.add(id);
  }
  if (distinct.size > 0 && distinct.size === size) {
    throw new Error('every token is masked; unmask at least one so there is something to sample');
  }
  return Array.from(distinct);
}

/**
 * One flag per id (1 = masked), or null when nothing is masked; throws when every id is masked
 * or an id is not in the vocabulary.
 */
export function maskFlags(
  size: number,
  maskedIds: ArrayLike<number> | undefined,
): Uint8Array | null {
  const ids = validMaskedIds(size, maskedIds);
  if (ids.length === 0) return null;
  const flags = new Uint8Array(size);
  for (const id of ids) flags[id] = 1;
  return flags;
}
