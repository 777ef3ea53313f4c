/** Whether the context row of `width` ids at `row` comes strictly after the row before it. */
export function rowIsAfter(ids: Uint32Array, row: number, width: number): boolean {
  for (let j = 0; j < width; j++) {
    const current = ids[row + j];
    const previous = ids[row - width + j];
    if (current !== previous) return current > previous;
  }
  return false;
}
