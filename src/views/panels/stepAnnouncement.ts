import { en } from '../../i18n/en';
import type { Locale } from '../../i18n/locales';
import type { Messages } from '../../i18n/Messages';
import type { Step } from '../../store/types';
import { formatProbability } from '../format/formatProbability';

/** How a spoken announcement names a token: in quotes, a line break or tab as a word. */
export function spokenToken(token: string, m: Messages = en): string {
  if (token === '<eos>') return m.spokenEos;
  if (token === '<unk>') return m.spokenUnk;
  const spoken = token.replace(/\r?\n/g, m.spokenNewline).replace(/\t/g, m.spokenTab);
  return `'${spoken}'`;
}

/**
 * What a screen reader hears when the generated text changes, e.g.
 * "Step 5: ' the', 42 %, entropy 2.10 bits", in the language of `m` (numbers written as
 * `locale` writes them); null when the steps did not change.
 */
export function stepAnnouncement(
  previous: readonly Step[],
  steps: readonly Step[],
  vocab: readonly string[],
  m: Messages = en,
  locale: Locale = 'en',
): string | null {
  if (previous === steps) return null;
  if (steps.length === 0) return previous.length === 0 ? null : m.announceReset;
  if (steps.length <= previous.length) return m.announceBack(steps.length);
  const step = steps[steps.length - 1];
  const how =
    step.how === 'chosen' ? m.announceChosen : step.how === 'greedy' ? m.announceGreedy : '';
  return m.announceStep(
    steps.length,
    spokenToken(vocab[step.id], m),
    formatProbability(step.p, locale),
    how,
    m.fixed(step.entropyBits, 2),
  );
}
