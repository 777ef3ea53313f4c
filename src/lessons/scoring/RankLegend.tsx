import { RANK_BUCKETS } from './rankBucket';

/** Explains the shade and underline of scored tokens, band by band. */
export function RankLegend() {
  return (
    <div className="ts-legend">
      <span className="ts-legend-title">
        Rank of the actual token in the prediction (shade and underline):
      </span>
      <ul>
        {RANK_BUCKETS.map((b) => (
          <li key={b.index}>
            <span className={`ts-token ts-token--sample ts-rank-b${b.index}`} aria-hidden="true">
              abc
            </span>{' '}
            {b.label} ({b.underline} underline)
          </li>
        ))}
        <li>¶ marks a segment's end, which is scored too</li>
      </ul>
    </div>
  );
}
