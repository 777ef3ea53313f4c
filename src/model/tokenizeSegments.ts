import { tokenize } from './tokenize';
import type { OnTrainingProgress } from './trainingProgress';
import type { TokenizerKind } from './types';

/** Reports per tokenizing pass at most this many times, so progress costs nothing measurable. */
const REPORTS = 100;

/** Tokenizes every segment, reporting the code units done so far when `onProgress` is given. */
export function tokenizeSegments(
  segments: readonly string[],
  kind: TokenizerKind,
  onProgress?: OnTrainingProgress,
): string[][] {
  if (!onProgress) return segments.map((segment) => tokenize(segment, kind));
  let total = 0;
  for (const segment of segments) total += segment.length;
  const every = Math.max(1, Math.ceil(total / REPORTS));
  const tokenized: string[][] = [];
  let done = 0;
  let reported = 0;
  onProgress({ phase: 'tokenizing', done, total });
  for (const segment of segments) {
    tokenized.push(tokenize(segment, kind));
    done += segment.length;
    if (done - reported >= every) {
      onProgress({ phase: 'tokenizing', done, total });
      reported = done;
    }
  }
  if (reported < total) onProgress({ phase: 'tokenizing', done, total });
  return tokenized;
}
