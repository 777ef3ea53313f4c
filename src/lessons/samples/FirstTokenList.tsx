import { useLessonMessages } from '../messages/useLessonMessages';
import type { ContinuationGroup } from './groupContinuations';

/** How the draws split at the first token: each first token with its count and a proportional bar. */
export function FirstTokenList({
  groups,
  total,
}: {
  groups: readonly ContinuationGroup[];
  total: number;
}) {
  const lm = useLessonMessages();
  return (
    // Focusable: the list scrolls, and keyboard users must be able to scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs keyboard access
    <ul className="ts-samples-first" aria-label={lm.firstTokens} tabIndex={0}>
      {groups.map((group) => (
        <li key={group.ids.join(',')}>
          <span
            className="ts-samples-first-bar"
            aria-hidden="true"
            style={{ width: `${(100 * group.count) / Math.max(total, 1)}%` }}
          />
          <code>{group.text}</code> <span className="ts-samples-count">× {group.count}</span>
        </li>
      ))}
    </ul>
  );
}
