/** A mode of the page: the explorer or one of the lessons. */
export type Mode = 'explore' | 'loop' | 'score' | 'entropy' | 'samples';

/** One entry of the lesson gallery. */
export interface Lesson {
  mode: Mode;
  title: string;
  /** One sentence on what it shows. */
  shows: string;
}

/** The gallery, in the order it appears on the landing page. */
export const LESSONS: readonly Lesson[] = [
  {
    mode: 'explore',
    title: 'Explore',
    shows:
      'A prediction is a distribution over the whole vocabulary: reshape it with temperature and step through generation.',
  },
  {
    mode: 'loop',
    title: 'Loop lab',
    shows:
      'Greedy decoding feeds each choice back into the context and falls into a cycle; sampling escapes it.',
  },
  {
    mode: 'score',
    title: 'Scoring a text',
    shows:
      'Training sees one actual token at a time, yet the prediction that scores best hedges its bets.',
  },
  {
    mode: 'entropy',
    title: 'Entropy by context',
    shows: 'The model is nearly certain inside JSON and code and unsure in open prose.',
  },
  {
    mode: 'samples',
    title: 'Many samples',
    shows:
      'A hundred continuations from one point show how temperature trades sameness for variety.',
  },
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
