import { PROBABILITY_BUCKETS, probabilityShade } from './probabilityBucket';

/** Representative probability of each band, for the legend's samples. */
const SAMPLE_P = [0.75, 0.3, 0.05, 0.005];

/** Explains the shading and underline of generated tokens, band by band. */
export function ProbabilityLegend() {
  return (
    <div className="ts-legend">
      <span className="ts-legend-title">Probability when chosen (shade and underline):</span>
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
            {b.label}
          </li>
        ))}
      </ul>
      <p className="ts-legend-context">
        <mark className="ts-in-context">boxed</mark>: the tokens the model sees now (its context
        window); the rest of the text no longer matters to the next prediction.
      </p>
    </div>
  );
}
