import { useMessages } from '../../i18n/LocaleContext';
import { RANK_BUCKETS } from './rankBucket';

/** Explains the shade and underline of scored tokens, band by band. */
export function RankLegend() {
  const m = useMessages();
  return (
    <div className="ts-legend">
      <span className="ts-legend-title">{m.rankLegendTitle}</span>
      <ul>
        {RANK_BUCKETS.map((b) => (
          <li key={b.index}>
            <span className={`ts-token ts-token--sample ts-rank-b${b.index}`} aria-hidden="true">
              abc
            </span>{' '}
            {m.rankLegendItem(m[b.label], m[b.underline])}
          </li>
        ))}
        <li>{m.segmentEndScored}</li>
      </ul>
    </div>
  );
}
