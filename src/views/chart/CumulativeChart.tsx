import { memo, type RefObject, useDeferredValue, useMemo, useRef } from 'react';
import { useLocale, useMessages } from '../../i18n/LocaleContext';

import type { Step } from '../../store/types';
import { useExplorerSettled } from '../useExplorerSettled';
import { useOnScreen } from '../useOnScreen';
import { CumulativeNumbers } from './CumulativeNumbers';
import { cdfSampleRanks } from './cdfSampleRanks';
import { cumulativeAt } from './cumulativeAt';
import { cumulativeSummary } from './cumulativeSummary';
import type { DartSnapshot } from './DartSnapshot';
import { dartCaption } from './dartCaption';
import { formatCount } from './formatCount';
import { linearScale, logScale } from './scales';
import { stepPath } from './stepPath';
import { useElementSize } from './useElementSize';
import { useLastDart } from './useLastDart';
import './CumulativeChart.css';

const MARGIN = { left: 40, right: 12, top: 10, bottom: 34 };
const U_TICKS = [0, 0.25, 0.5, 0.75, 1];

/** Props of the cumulative chart. */
export interface CumulativeChartProps {
  /** Height in CSS pixels; the width follows the container. */
  heightPx?: number;
}

/**
 * The cumulative distribution in rank order — the curve inverse-CDF sampling walks — on a log
 * rank axis: solid for the next step; dashed, with the dart, for the one the last draw walked.
 */
export function CumulativeChart({ heightPx = 220 }: CumulativeChartProps) {
  const figureRef = useRef<HTMLElement>(null);
  const live = useOnScreen(figureRef);
  // Out of sight, a drag or autoplay renders it once, when it settles (see useExplorerSettled).
  const state = useExplorerSettled(live);
  // A secondary view: during a slider drag React draws it after the bars, skipping stale values.
  // Only in view: out of it nothing is drawn, and a deferred render would be a task per move.
  const probs = useDeferredValue(live ? state.probs : null) ?? state.probs;
  const order = useDeferredValue(live ? state.order : null) ?? state.order;
  const { steps, lastU } = state;
  // With the rest: a settled state of one model is never shown with another model's tokens.
  const vocab = state.model.vocab;
  // Always here, so every draw's curve is kept at its step, seen or not.
  const dart = useLastDart(state);
  const shown = useMemo(
    () => ({ probs, order, steps, lastU, dart, vocab }),
    [probs, order, steps, lastU, dart, vocab],
  );
  // The urgent render (still the old values) stops here; the plot renders once, when they change.
  return <CumulativePlot heightPx={heightPx} data={shown} figureRef={figureRef} />;
}

/** What the plot draws: a distribution `probs` ranked by `order`, and the session's last dart. */
interface PlotData {
  probs: Float64Array;
  order: Uint32Array;
  steps: readonly Step[];
  lastU: number | null;
  dart: DartSnapshot | null;
  vocab: readonly string[];
}

/** The chart itself. */
const CumulativePlot = memo(function CumulativePlot({
  heightPx,
  data,
  figureRef,
}: {
  heightPx: number;
  data: PlotData;
  figureRef: RefObject<HTMLElement | null>;
}) {
  const { probs, order, steps, lastU, dart, vocab } = data;
  const m = useMessages();
  const locale = useLocale();
  const [ref, widthPx] = useElementSize<HTMLDivElement>(480);
  const ranks = useMemo(() => cdfSampleRanks(order.length), [order.length]);
  const cumulative = useMemo(() => cumulativeAt(probs, order, ranks), [probs, order, ranks]);

  const right = Math.max(MARGIN.left + 10, widthPx - MARGIN.right);
  const bottom = heightPx - MARGIN.bottom;
  const total = order.length;
  const { x, y } = useMemo(
    () => ({
      x: logScale([1, Math.max(2, total)], [MARGIN.left, right]),
      y: linearScale([0, 1], [bottom, MARGIN.top]),
    }),
    [total, right, bottom],
  );
  const curve = useMemo(() => stepPath(ranks, cumulative, x, y), [ranks, cumulative, x, y]);
  const dartCurve = useMemo(
    () => (dart ? stepPath(dart.ranks, dart.cumulative, x, y) : ''),
    [dart, x, y],
  );
  const rankTicks = [1, 10, 100, 1000, 10000, 100000].filter((r) => r <= total);
  const landing = dart?.landing;

  return (
    <figure ref={figureRef} className="ts-cdf" aria-label={m.cumulativeDistribution}>
      <div ref={ref} className="ts-cdf-plot">
        <svg
          width={widthPx}
          height={heightPx}
          role="img"
          aria-label={cumulativeSummary(ranks, cumulative, m, locale)}
        >
          {U_TICKS.map((u) => (
            <g key={u} className="ts-cdf-tick">
              <line x1={MARGIN.left} x2={right} y1={y(u)} y2={y(u)} />
              <text x={MARGIN.left - 6} y={y(u)} textAnchor="end" dominantBaseline="middle">
                {u}
              </text>
            </g>
          ))}
          {rankTicks.map((rank) => (
            <text
              key={rank}
              className="ts-cdf-rank"
              x={x(rank)}
              y={bottom + 14}
              // The last tick sits at the right edge: anchored at its end, it is not clipped.
              textAnchor={x(rank) > right - 20 ? 'end' : 'middle'}
            >
              {formatCount(rank)}
            </text>
          ))}
          <text className="ts-cdf-rank" x={right} y={bottom + 28} textAnchor="end">
            {m.rankLogScale}
          </text>
          {dart && <path className="ts-cdf-dart-curve" d={dartCurve} />}
          <path className="ts-cdf-curve" d={curve} />
          {dart && landing && (
            <g className="ts-cdf-dart">
              <line x1={MARGIN.left} x2={x(landing.rank + 1)} y1={y(dart.u)} y2={y(dart.u)} />
              <line
                className="ts-cdf-dart-rise"
                x1={x(landing.rank + 1)}
                x2={x(landing.rank + 1)}
                y1={y(landing.before)}
                y2={y(landing.after)}
              />
              <circle cx={x(landing.rank + 1)} cy={y(dart.u)} r={4} />
            </g>
          )}
        </svg>
      </div>
      <CumulativeNumbers />
      <figcaption className="ts-cdf-caption">
        {dartCaption(steps, lastU, dart, vocab, m)}
      </figcaption>
    </figure>
  );
});
