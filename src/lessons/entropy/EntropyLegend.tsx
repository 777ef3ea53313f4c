import { useLessonMessages } from '../messages/useLessonMessages';

/** The comparison's two series, told apart by fill pattern and marker shape as well as colour. */
export function EntropyLegend({ patternId }: { patternId: string }) {
  const lm = useLessonMessages();
  return (
    <ul className="ts-entropy-legend">
      <li>
        <svg width="24" height="12" aria-hidden="true">
          <rect className="ts-entropy-bar-mean" x="0" y="1" width="24" height="10" />
        </svg>{' '}
        {lm.legendMeanEntropy}
      </li>
      <li>
        <svg width="24" height="12" aria-hidden="true">
          <rect
            className="ts-entropy-bar-cross"
            x="0"
            y="1"
            width="24"
            height="10"
            fill={`url(#${patternId})`}
          />
        </svg>{' '}
        {lm.legendBitsPerToken}
      </li>
    </ul>
  );
}
