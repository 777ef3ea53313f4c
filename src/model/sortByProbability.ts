/** Whether id a ranks before id b: higher probability first, then the lower id. */
export function ranksBefore(a: number, b: number, probs: Float64Array): boolean {
  return probs[a] > probs[b] || (probs[a] === probs[b] && a < b);
}

/**
 * Sorts ids in place by probability, highest first, ties by ascending id. Large arrays avoid a
 * comparator: each id becomes a float64 key, −p with its low 32 mantissa bits replaced by the id
 * (so the engine's native numeric sort breaks exact ties by id), then one insertion pass
 * restores full precision among values that agreed in their high bits.
 */
export function sortByProbability(ids: Uint32Array, probs: Float64Array): Uint32Array {
  if (ids.length < 512) {
    return ids.sort((a, b) => (probs[a] > probs[b] ? -1 : probs[a] < probs[b] ? 1 : a - b));
  }
  const keys = new Float64Array(ids.length);
  const words = new Uint32Array(keys.buffer);
  const low = new Uint32Array(1);
  // Little-endian float64: word 0 holds the low mantissa bits (checked once below).
  low[0] = 1;
  const lowFirst = new Uint8Array(low.buffer)[0] === 1;
  const lowWord = lowFirst ? 0 : 1;
  for (let i = 0; i < ids.length; i++) {
    keys[i] = -probs[ids[i]];
    // For negative keys a larger low word sorts earlier, so the lower id gets the larger word.
    words[2 * i + lowWord] = 0xffffffff - ids[i];
  }
  keys.sort();
  for (let i = 0; i < ids.length; i++) ids[i] = 0xffffffff - words[2 * i + lowWord];
  // Keys that agreed in every bit but the replaced ones may be out of order: fix them up.
  for (let i = 1; i < ids.length; i++) {
    const id = ids[i];
    let j = i - 1;
    while (j >= 0 && ranksBefore(id, ids[j], probs)) {
      ids[j + 1] = ids[j];
      j--;
    }
    ids[j + 1] = id;
  }
  return ids;
}
