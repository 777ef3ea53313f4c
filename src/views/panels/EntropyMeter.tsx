import { type CSSProperties, useId } from 'react';
import { useMessages } from '../../i18n/LocaleContext';
import type { Messages } from '../../i18n/Messages';
import { effectiveChoices } from '../../sampling/effectiveChoices';
import { useExplorer } from '../ExplorerContext';
import { groupDigits } from './groupDigits';
import './EntropyMeter.css';

const WIDTH = 320;
const HEIGHT = 44;
const BAR_Y = 8;
const BAR_HEIGHT = 14;

/** 2^H for an entropy in bits: "1.0", "9.9", "43", "31 194" ("1,0" in German). */
function choicesNumber(bits: number, m: Messages): string {
  const choices = effectiveChoices(bits);
  return choices < 9.95 ? m.fixed(choices, 1) : groupDigits(choices);
}

/** A box for 2^H, which is at most V: wide enough for "1 000 000". */
const CHOICES_BOX = { '--ts-chars': 9 } as CSSProperties;

/**
 * The current entropy in bits (the "Entropy" status), what it means as 2^H effective choices,
 * the ceiling log2 V, and the model's own entropy (T = 1) when temperature or filters reshape it.
 */
export function EntropyMeter() {
  const m = useMessages();
  const headingId = useId();
  const bits = useExplorer((s) => s.entropyBits);
  const modelBits = useExplorer((s) => s.modelEntropyBits);
  const reshaped = useExplorer(
    (s) => s.temperature !== 1 || s.topK > 0 || s.topP < 1 || s.minP > 0,
  );
  const outcomes = useExplorer((s) => s.model.vocab.length);
  const maxBits = Math.log2(outcomes);
  // Bits → x on the meter, 0 to log2 V, clamped (plain arithmetic: this renders on every move).
  const x = (b: number) => 1 + (WIDTH - 2) * Math.min(1, Math.max(0, b / Math.max(maxBits, 1e-9)));
  return (
    <section className="ts-entropy" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.entropy}</h2>
      <p role="status" aria-label={m.entropy} className="ts-entropy-value">
        {m.bits(m.fixed(bits, 2))}
      </p>
      <svg className="ts-entropy-meter" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
        <rect className="ts-entropy-track" x={1} y={BAR_Y} width={WIDTH - 2} height={BAR_HEIGHT} />
        <rect className="ts-entropy-fill" x={1} y={BAR_Y} width={x(bits) - 1} height={BAR_HEIGHT} />
        {reshaped && (
          <g className="ts-entropy-model" transform={`translate(${x(modelBits)},0)`}>
            <line y1={BAR_Y - 6} y2={BAR_Y + BAR_HEIGHT + 2} />
            <path d={`M-4,${BAR_Y - 8}h8l-4,6z`} />
          </g>
        )}
        <text x={1} y={HEIGHT - 4} textAnchor="start">
          0
        </text>
        <text x={WIDTH - 1} y={HEIGHT - 4} textAnchor="end">
          {m.bits(m.fixed(maxBits, 2))}
        </text>
      </svg>
      {/* The one number that changes with temperature comes last, in a box of fixed size. */}
      <p className="ts-entropy-detail">
        {m.entropyAtMost(m.fixed(maxBits, 2), groupDigits(outcomes))}{' '}
        <span className="ts-fixed-number" style={CHOICES_BOX}>
          {choicesNumber(bits, m)}
        </span>
      </p>
      {reshaped && (
        <p className="ts-entropy-detail">
          <span aria-hidden="true">▼ </span>
          {m.modelItself}{' '}
          {m.modelItselfValue(
            m.fixed(modelBits, 2),
            m.effectiveChoices(choicesNumber(modelBits, m)),
          )}
        </p>
      )}
    </section>
  );
}
