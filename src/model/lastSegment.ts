import { BLANK_LINES } from './splitSegments';

/** The text after the last blank line: the segment a context continues (empty after a blank line). */
export function lastSegment(text: string): string {
  const parts = text.split(BLANK_LINES);
  return parts[parts.length - 1];
}
