import { nice, ticks } from 'd3';
import { memo, useId, useMemo, useRef } from 'react';
import { useMessages } from '../../i18n/LocaleContext';
import { linearScale } from '../chart/scales';

import { useExplorer } from '../ExplorerContext';
import { useOnScreen } from '../useOnScreen';
import { useSettledUnless } from '../useSettledUnless';
import { TimelineLegend } from './TimelineLegend';
import { TimelineTable } from './TimelineTable';
import { type TimelineSeries, timelineSeries } from './timelineSeries';
import { traceColumns } from './traceColumns';
import './Timeline.css';

const WIDTH = 600;
const HEIGHT = 180;
const MARGIN = { top: 12, right: 12, bottom: 36, left: 44 };
/** Above this many steps the chart draws only the lines (markers would overlap anyway). */
const MARKER_LIMIT = 256;

/** A coordinate rounded to a tenth of a pixel. */
const tenth = (v: number) => Math.round(v * 10) / 10;

/** The largest finite value among the first `count`. */
function finiteMax(values: Float64Array, count: number): number {
  let top = 0;
  for (let i = 0; i < count; i++) if (values[i] > top && values[i] !== Infinity) top = values[i];
  return top;
}

/** One step's marker on a series: where it sits, and its value for its title. */
interface MarkerProps {
  step: number;
  bits: number;
  cx: number;
  cy: number;
  r: number;
}

/**
 * A step's entropy marker. Memoised, as is the surprisal marker: a new step re-renders only its
 * own markers (and all of them only when the scale changes), not one per earlier step.
 */
const EntropyMarker = memo(function EntropyMarker({ step, bits, cx, cy, r }: MarkerProps) {
  const m = useMessages();
  return (
    <circle cx={cx} cy={cy} r={r}>
      <title>{m.stepEntropy(step, m.fixed(bits, 2))}</title>
    </circle>
  );
});

/** A step's surprisal marker (∞ when the token had probability 0). */
const SurprisalMarker = memo(function SurprisalMarker({ step, bits, cx, cy, r }: MarkerProps) {
  const m = useMessages();
  return (
    <rect x={cx - r} y={cy - r} width={r * 2} height={r * 2}>
      <title>{m.stepSurprisal(step, Number.isFinite(bits) ? m.fixed(bits, 2) : '∞')}</title>
    </rect>
  );
});

/**
 * Entropy and surprisal per generated step, as a small chart with a table of the numbers. Each
 * step costs the same late in a long session: the series grow in place and the lines are drawn
 * through at most four points per pixel column.
 */
export function Timeline() {
  const headingId = useId();
  const m = useMessages();
  const sectionRef = useRef<HTMLElement>(null);
  // Out of sight, it follows autoplay when it settles (see useSettledUnless).
  const steps = useSettledUnless(
    useExplorer((s) => s.steps),
    useOnScreen(sectionRef),
  );
  const cache = useRef<TimelineSeries | null>(null);
  const series = useMemo(() => {
    cache.current = timelineSeries(cache.current, steps);
    return cache.current;
  }, [steps]);
  const count = steps.length;

  const chart = useMemo(() => {
    // The x axis grows in doublings, so a new step moves no existing point (no DOM writes).
    const capacity = 2 ** Math.ceil(Math.log2(Math.max(count, 16)));
    const x = linearScale([1, capacity], [MARGIN.left, WIDTH - MARGIN.right]);
    const top = Math.max(
      finiteMax(series.entropyBits, count),
      finiteMax(series.surprisalBits, count),
      1,
    );
    const [yBottom, yTop] = nice(0, top, 10);
    const y = linearScale([yBottom, yTop], [HEIGHT - MARGIN.bottom, MARGIN.top]);
    // An infinite surprisal (p = 0: a token picked outside the sampling distribution) is pinned to the top.
    const yOf = (bits: number) => y(Math.min(bits, yTop));
    const spanPx = x(Math.max(count, 2)) - MARGIN.left;
    // Built by hand at 0.1 px (d3's line writes every digit, and this runs on every step).
    const path = (values: Float64Array) => {
      const points = traceColumns(values, count, Math.ceil(spanPx) + 1);
      let d = '';
      for (let k = 0; k < points.length; k++) {
        const i = points[k];
        d += `${k === 0 ? 'M' : 'L'}${tenth(x(i + 1))},${tenth(yOf(values[i]))}`;
      }
      return d;
    };
    const xTicks = ticks(1, capacity, 8).filter(Number.isInteger);
    const r = Math.min(3.5, Math.max(1.2, (WIDTH - MARGIN.left - MARGIN.right) / capacity / 3));
    const markers =
      count <= MARKER_LIMIT
        ? Array.from({ length: count }, (_, i) => ({
            step: i + 1,
            entropyBits: series.entropyBits[i],
            surprisalBits: series.surprisalBits[i],
          }))
        : [];
    return {
      x,
      yOf,
      r,
      xTicks,
      yTicks: ticks(yBottom, yTop, 4),
      markers,
      entropy: path(series.entropyBits),
      surprisal: path(series.surprisalBits),
    };
  }, [series, count]);

  const bottom = HEIGHT - MARGIN.bottom;
  return (
    <section ref={sectionRef} className="ts-timeline" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.timeline}</h2>
      {count === 0 ? (
        <p className="ts-timeline-empty">{m.timelineEmpty}</p>
      ) : (
        <>
          <TimelineLegend />
          <svg
            className="ts-timeline-chart"
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            role="img"
            aria-label={m.timelineChart(count)}
          >
            {chart.yTicks.map((t) => (
              <g key={t} className="ts-tick" transform={`translate(0,${chart.yOf(t)})`}>
                <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} />
                <text x={MARGIN.left - 6} dy="0.32em" textAnchor="end">
                  {t}
                </text>
              </g>
            ))}
            {chart.xTicks.map((t) => (
              <text key={t} className="ts-tick" x={chart.x(t)} y={bottom + 14} textAnchor="middle">
                {t}
              </text>
            ))}
            <line
              className="ts-axis"
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={bottom}
              y2={bottom}
            />
            <text
              className="ts-axis-label"
              x={(MARGIN.left + WIDTH - MARGIN.right) / 2}
              y={HEIGHT - 4}
              textAnchor="middle"
            >
              {m.axisStep}
            </text>
            <text
              className="ts-axis-label"
              transform={`translate(12,${(MARGIN.top + bottom) / 2}) rotate(-90)`}
              textAnchor="middle"
            >
              {m.axisBits}
            </text>
            <g className="ts-series-entropy" data-series="entropy">
              <path d={chart.entropy} />
              {chart.markers.map((p) => (
                <EntropyMarker
                  key={p.step}
                  step={p.step}
                  bits={p.entropyBits}
                  cx={chart.x(p.step)}
                  cy={chart.yOf(p.entropyBits)}
                  r={chart.r}
                />
              ))}
            </g>
            <g className="ts-series-surprisal" data-series="surprisal">
              <path d={chart.surprisal} />
              {chart.markers.map((p) => (
                <SurprisalMarker
                  key={p.step}
                  step={p.step}
                  bits={p.surprisalBits}
                  cx={chart.x(p.step)}
                  cy={chart.yOf(p.surprisalBits)}
                  r={chart.r}
                />
              ))}
            </g>
          </svg>
          <TimelineTable steps={steps} />
        </>
      )}
    </section>
  );
}
