/**
 * Hands out Float64Arrays of one length in rotation, so a store that replaces its derived arrays
 * on every step or slider move reuses a few buffers instead of allocating ~400 KB each time (at
 * V = 50 257 that garbage set off a full GC every dozen steps). A buffer comes back only after
 * `generations − 1` others: long enough for any view still rendering the previous states.
 */
export function bufferRing(generations = 4): (length: number) => Float64Array {
  let buffers: Float64Array[] = [];
  let next = 0;
  return (length) => {
    if (buffers.length === 0 || buffers[0].length !== length) {
      buffers = Array.from({ length: generations }, () => new Float64Array(length));
      next = 0;
    }
    const buffer = buffers[next];
    next = (next + 1) % generations;
    return buffer;
  };
}
