import { surprisalBits } from '../../sampling/surprisalBits';
import type { Step } from '../../store/types';

/** One step on the timeline. */
export interface TimelinePoint {
  /** 1-based step number. */
  step: number;
  /** Entropy in bits of the distribution the token was chosen from. */
  entropyBits: number;
  /** −log2 p of the chosen token in that distribution (Infinity when p = 0). */
  surprisalBits: number;
}

/** Entropy and surprisal of every step. */
export function timelinePoints(steps: readonly Step[]): TimelinePoint[] {
  return steps.map((s, i) => ({
    step: i + 1,
    entropyBits: s.entropyBits,
    // Renormalising can leave p a hair above 1.
    surprisalBits: surprisalBits(Math.min(1, Math.max(0, s.p))),
  }));
}
