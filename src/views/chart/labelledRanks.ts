/** Zoomed to this many outcomes or fewer (with room for the text), every bar gets its token. */
export const LABEL_EVERY_MAX = 60;
/** How many of the view's first ranks are labelled when the bars are too thin for one each. */
export const LABEL_TOP = 3;
/** Horizontal room one rotated token label needs, in CSS pixels. */
const LABEL_WIDTH_PX = 12;

/**
 * Which ranks get a token label: every bar when there is room, otherwise the view's first few.
 * `textScale` is how much larger than usual the labels are (1.5 in presenter mode).
 */
export function labelledRanks(
  rankStart: number,
  rankEnd: number,
  columns: number,
  textScale = 1,
): { every: boolean; ranks: number[] } {
  const span = rankEnd - rankStart;
  const every = span <= LABEL_EVERY_MAX && columns / span >= LABEL_WIDTH_PX * textScale;
  const count = every ? span : Math.min(LABEL_TOP, span);
  return { every, ranks: Array.from({ length: count }, (_, i) => rankStart + i) };
}
