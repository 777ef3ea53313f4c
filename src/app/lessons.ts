import { en } from '../i18n/en';
import type { TextKey } from '../i18n/Messages';

/** A mode of the page: the explorer or one of the lessons. */
export type Mode = 'explore' | 'loop' | 'score' | 'entropy' | 'samples';

/** One entry of the lesson gallery. */
export interface Lesson {
  mode: Mode;
  title: string;
  /** One sentence on what it shows. */
  shows: string;
  /** The catalogue keys of the title and the sentence, for the page's language. */
  keys: { title: TextKey; shows: TextKey };
}

/** A gallery entry from its catalogue keys (title and sentence in English, the source language). */
const lesson = (mode: Mode, title: TextKey, shows: TextKey): Lesson => ({
  mode,
  title: en[title],
  shows: en[shows],
  keys: { title, shows },
});

/** The gallery, in the order it appears on the landing page. */
export const LESSONS: readonly Lesson[] = [
  lesson('explore', 'lessonExplore', 'lessonExploreShows'),
  lesson('loop', 'lessonLoop', 'lessonLoopShows'),
  lesson('score', 'lessonScore', 'lessonScoreShows'),
  lesson('entropy', 'lessonEntropy', 'lessonEntropyShows'),
  lesson('samples', 'lessonSamples', 'lessonSamplesShows'),
];

/** The mode named in a URL hash such as `#mode=loop`; the explorer when absent or unknown. */
export function modeFromHash(hash: string): Mode {
  const mode = new URLSearchParams(hash.replace(/^#/, '')).get('mode');
  return LESSONS.some((l) => l.mode === mode) ? (mode as Mode) : 'explore';
}

/** The `prompt` a lesson link carries (`#mode=samples&prompt=…`), if any. */
export function promptFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('prompt');
}

/** The hash that opens a mode (the explorer's is empty). */
export function hashForMode(mode: Mode): string {
  return mode === 'explore' ? '#' : `#mode=${mode}`;
}
