/** One or more blank (or whitespace-only) lines: the end of a segment. */
export const BLANK_LINES = /\r?\n(?:[^\S\r\n]*\r?\n)+/u;

/**
 * Splits training text into segments at blank lines. Trailing whitespace of a segment is
 * dropped (it carries nothing but the line break before the blank line); leading indentation is
 * kept. Segments with no visible character are skipped.
 */
export function splitSegments(text: string): string[] {
  const segments: string[] = [];
  for (const part of text.split(BLANK_LINES)) {
    const segment = part.trimEnd();
    if (segment.trim() !== '') segments.push(segment);
  }
  return segments;
}
