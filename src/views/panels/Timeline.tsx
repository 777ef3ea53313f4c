import { line, max, scaleLinear } from 'd3';
import { useId, useMemo } from 'react';
import { useExplorer } from '../ExplorerContext';
import { TimelineLegend } from './TimelineLegend';
import { TimelineTable } from './TimelineTable';
import { type TimelinePoint, timelinePoints } from './timelinePoints';
import './Timeline.css';

const WIDTH = 600;
const HEIGHT = 180;
const MARGIN = { top: 12, right: 12, bottom: 36, left: 44 };

/** Entropy and surprisal per generated step, as a small chart with a table of the numbers. */
export function Timeline() {
  const headingId = useId();
  const steps = useExplorer((s) => s.steps);
  const points = useMemo(() => timelinePoints(steps), [steps]);

  const chart = useMemo(() => {
    // The x axis grows in doublings, so a new step moves no existing point (no DOM writes).
    const capacity = 2 ** Math.ceil(Math.log2(Math.max(points.length, 16)));
    const x = scaleLinear()
      .domain([1, capacity])
      .range([MARGIN.left, WIDTH - MARGIN.right]);
    const finite = points.flatMap((p) =>
      Number.isFinite(p.surprisalBits) ? [p.entropyBits, p.surprisalBits] : [p.entropyBits],
    );
    const y = scaleLinear()
      .domain([0, Math.max(max(finite) ?? 0, 1)])
      .nice()
      .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    const top = y.domain()[1];
    // An infinite surprisal (p = 0: a token picked outside the sampling distribution) is pinned to the top.
    const yOf = (bits: number) => y(Math.min(bits, top));
    const path = (value: (p: TimelinePoint) => number) =>
      line<TimelinePoint>()
        .x((p) => x(p.step))
        .y((p) => yOf(value(p)))(points) ?? '';
    const xTicks = x.ticks(8).filter(Number.isInteger);
    const r = Math.min(3.5, Math.max(1.2, (WIDTH - MARGIN.left - MARGIN.right) / capacity / 3));
    return {
      x,
      yOf,
      r,
      xTicks,
      yTicks: y.ticks(4),
      entropy: path((p) => p.entropyBits),
      surprisal: path((p) => p.surprisalBits),
    };
  }, [points]);

  const bottom = HEIGHT - MARGIN.bottom;
  return (
    <section className="ts-timeline" aria-labelledby={headingId}>
      <h2 id={headingId}>Timeline</h2>
      {points.length === 0 ? (
        <p className="ts-timeline-empty">
          No steps yet: entropy and surprisal appear here, one point per generated token.
        </p>
      ) : (
        <>
          <TimelineLegend />
          <svg
            className="ts-timeline-chart"
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            role="img"
            aria-label={`Entropy and surprisal in bits over ${points.length} step${points.length === 1 ? '' : 's'}; the numbers are in the table below.`}
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
              step
            </text>
            <text
              className="ts-axis-label"
              transform={`translate(12,${(MARGIN.top + bottom) / 2}) rotate(-90)`}
              textAnchor="middle"
            >
              bits
            </text>
            <g className="ts-series-entropy" data-series="entropy">
              <path d={chart.entropy} />
              {points.map((p) => (
                <circle key={p.step} cx={chart.x(p.step)} cy={chart.yOf(p.entropyBits)} r={chart.r}>
                  <title>{`Step ${p.step}: entropy ${p.entropyBits.toFixed(2)} bits`}</title>
                </circle>
              ))}
            </g>
            <g className="ts-series-surprisal" data-series="surprisal">
              <path d={chart.surprisal} />
              {points.map((p) => (
                <rect
                  key={p.step}
                  x={chart.x(p.step) - chart.r}
                  y={chart.yOf(p.surprisalBits) - chart.r}
                  width={chart.r * 2}
                  height={chart.r * 2}
                >
                  <title>{`Step ${p.step}: surprisal ${Number.isFinite(p.surprisalBits) ? p.surprisalBits.toFixed(2) : '∞'} bits`}</title>
                </rect>
              ))}
            </g>
          </svg>
          <TimelineTable steps={steps} points={points} />
        </>
      )}
    </section>
  );
}
