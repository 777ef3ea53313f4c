import { useMessages } from '../../i18n/LocaleContext';
import { PROBABILITY_BUCKETS, probabilityShade } from './probabilityBucket';

/** Representative probability of each band, for the legend's samples. */
const SAMPLE_P = [0.75, 0.3, 0.05, 0.005];

/** Explains the shading and underline of generated tokens, band by band. */
export function ProbabilityLegend() {
  const m = useMessages();
  return (
    <div className="ts-legend">
      <span className="ts-legend-title">{m.legendTitle}</span>
      <ul>
        {PROBABILITY_BUCKETS.map((b) => (
          <li key={b.index}>
            <span
              className={`ts-token ts-token--sample ts-p-b${b.index}`}
              style={{ backgroundColor: probabilityShade(SAMPLE_P[b.index]) }}
              aria-hidden="true"
            >
              abc
            </span>{' '}
            {m[b.labelKey]}
          </li>
        ))}
      </ul>
      <p className="ts-legend-context">
        <mark className="ts-in-context">{m.legendBoxed}</mark>
        {m.legendBoxedMeans}
      </p>
    </div>
  );
}
