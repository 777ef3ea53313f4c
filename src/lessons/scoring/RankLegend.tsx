import { useLessonMessages } from '../messages/useLessonMessages';
import { RANK_BUCKETS } from './rankBucket';

/** Explains the shade and underline of scored tokens, band by band. */
export function RankLegend() {
  const lm = useLessonMessages();
  return (
    <div className="ts-legend">
      <span className="ts-legend-title">{lm.rankLegendTitle}</span>
      <ul>
        {RANK_BUCKETS.map((b) => (
          <li key={b.index}>
            <span className={`ts-token ts-token--sample ts-rank-b${b.index}`} aria-hidden="true">
              abc
            </span>{' '}
            {lm.rankLegendItem(lm[b.label], lm[b.underline])}
          </li>
        ))}
        <li>{lm.segmentEndScored}</li>
      </ul>
    </div>
  );
}
