import { useLessonMessages } from '../messages/useLessonMessages';
import type { ContinuationGroup } from './groupContinuations';

/** The distinct continuations, most frequent first, each with its count, as text. */
export function ContinuationList({ groups }: { groups: readonly ContinuationGroup[] }) {
  const lm = useLessonMessages();
  return (
    // Focusable: the list scrolls, and keyboard users must be able to scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs keyboard access
    <ol className="ts-samples-list" aria-label={lm.continuations} tabIndex={0}>
      {groups.map((group) => (
        <li key={group.ids.join(',')}>
          <code className="ts-samples-text">{group.text}</code>{' '}
          <span className="ts-samples-count">× {group.count}</span>
        </li>
      ))}
    </ol>
  );
}
