import { type CSSProperties, memo, useCallback, useId, useLayoutEffect, useRef } from 'react';
import { useMessages } from '../../i18n/LocaleContext';
import type { Messages } from '../../i18n/Messages';
import { effectiveChoices } from '../../sampling/effectiveChoices';
import { useExplorer, useExplorerStore } from '../ExplorerContext';
import { groupDigits } from './groupDigits';
import './EntropyMeter.css';
import { writeText } from '../writeText';

/** 2^H for an entropy in bits: "1.0", "9.9", "43", "31 194" ("1,0" in German). */
function choicesNumber(bits: number, m: Messages): string {
  const choices = effectiveChoices(bits);
  return choices < 9.95 ? m.fixed(choices, 1) : groupDigits(choices);
}

/** A box for 2^H, which is at most V: wide enough for "1 000 000". */
const CHOICES_BOX = { '--ts-chars': 9 } as CSSProperties;

/** The meter's scale, 0 to log2 V: unchanged by a slider move (memoized: not committed again). */
const EntropyScale = memo(function EntropyScale({ maxBits }: { maxBits: number }) {
  const m = useMessages();
  return (
    <div className="ts-entropy-scale">
      <span>0</span>
      <span>{m.bits(m.fixed(maxBits, 2))}</span>
    </div>
  );
});

/**
 * The current entropy in bits (the "Entropy" status), what it means as 2^H effective choices,
 * the ceiling log2 V, and the model's own entropy (T = 1) when temperature or filters reshape it.
 * A slider move does not render it: a store subscription writes the three numbers it changes.
 */
export function EntropyMeter() {
  const m = useMessages();
  const headingId = useId();
  const store = useExplorerStore();
  const modelBits = useExplorer((s) => s.modelEntropyBits);
  const reshaped = useExplorer(
    (s) => s.temperature !== 1 || s.topK > 0 || s.topP < 1 || s.minP > 0,
  );
  const outcomes = useExplorer((s) => s.model.vocab.length);
  const maxBits = Math.log2(outcomes);
  // Bits → the share of the meter, 0 to log2 V, clamped.
  const share = useCallback(
    (b: number) => Math.min(1, Math.max(0, b / Math.max(maxBits, 1e-9))),
    [maxBits],
  );
  const valueRef = useRef<HTMLParagraphElement>(null);
  const fillRef = useRef<HTMLDivElement>(null);
  const choicesRef = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const show = (bits: number) => {
      writeText(valueRef.current, m.bits(m.fixed(bits, 2)));
      fillRef.current?.style.setProperty('inline-size', `${(share(bits) * 100).toFixed(2)}%`);
      writeText(choicesRef.current, choicesNumber(bits, m));
    };
    show(store.getState().entropyBits);
    return store.subscribe((s, before) => {
      if (s.entropyBits !== before.entropyBits) show(s.entropyBits);
    });
  }, [store, m, share]);
  return (
    <section className="ts-entropy" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.entropy}</h2>
      <p ref={valueRef} role="status" aria-label={m.entropy} className="ts-entropy-value" />
      {/* HTML, not SVG (an SVG rect resized its whole SVG on every move): the fill's width lays
          out only the track; the marker, which moves only with the context, by transform. */}
      <div className="ts-entropy-meter" aria-hidden="true">
        <div className="ts-entropy-track">
          <div ref={fillRef} className="ts-entropy-fill" />
          {reshaped && (
            <div
              className="ts-entropy-model"
              style={{ transform: `translateX(${(share(modelBits) * 100).toFixed(3)}%)` }}
            />
          )}
        </div>
        <EntropyScale maxBits={maxBits} />
      </div>
      {/* The one number that changes with temperature comes last, in a box of fixed size. */}
      <p className="ts-entropy-detail">
        {m.entropyAtMost(m.fixed(maxBits, 2), groupDigits(outcomes))}{' '}
        <span ref={choicesRef} className="ts-fixed-number" style={CHOICES_BOX} />
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
