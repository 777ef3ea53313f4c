/** The comparison's two series, told apart by fill pattern and marker shape as well as colour. */
export function EntropyLegend({ patternId }: { patternId: string }) {
  return (
    <ul className="ts-entropy-legend">
      <li>
        <svg width="24" height="12" aria-hidden="true">
          <rect className="ts-entropy-bar-mean" x="0" y="1" width="24" height="10" />
        </svg>{' '}
        Mean entropy (solid): how unsure the model is before each token, on average
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
        Bits per token (striped): −log₂ p of the token that actually came, on average
      </li>
    </ul>
  );
}
