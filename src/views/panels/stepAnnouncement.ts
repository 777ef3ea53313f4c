import type { Step } from '../../store/types';
import { formatProbability } from '../format/formatProbability';

/** How a spoken announcement names a token: in quotes, a line break or tab as a word. */
export function spokenToken(token: string): string {
  if (token === '<eos>') return 'end of text';
  if (token === '<unk>') return 'unknown token';
  const spoken = token.replace(/\r?\n/g, ' newline ').replace(/\t/g, ' tab ');
  return `'${spoken}'`;
}

/**
 * What a screen reader hears when the generated text changes, e.g.
 * "Step 5: ' the', 42 %, entropy 2.10 bits"; null when the steps did not change.
 */
export function stepAnnouncement(
  previous: readonly Step[],
  steps: readonly Step[],
  vocab: readonly string[],
): string | null {
  if (previous === steps) return null;
  if (steps.length === 0) return previous.length === 0 ? null : 'Reset: no generated tokens.';
  if (steps.length <= previous.length) return `Back to step ${steps.length}.`;
  const step = steps[steps.length - 1];
  const how = step.how === 'chosen' ? ', chosen by you' : step.how === 'greedy' ? ', greedy' : '';
  return (
    `Step ${steps.length}: ${spokenToken(vocab[step.id])}, ${formatProbability(step.p)}` +
    `${how}, entropy ${step.entropyBits.toFixed(2)} bits`
  );
}
