import { readBrownProse } from './corpus/restoreBrown';
import { generateStructuredText } from './corpus/structuredText';

/** The seed of the generated JSON and code, fixed so that builds are byte-for-byte repeatable. */
export const STRUCTURED_SEED = 20261130;

/** The training segments of the bundled models: Brown paragraphs, then JSON and code documents. */
export function trainingSegments(): { prose: string[]; structured: string[] } {
  return { prose: readBrownProse(), structured: generateStructuredText(STRUCTURED_SEED) };
}

/** Every `stride`-th item, starting with the first. */
export function everyNth<T>(items: readonly T[], stride: number): T[] {
  return items.filter((_, i) => i % stride === 0);
}
