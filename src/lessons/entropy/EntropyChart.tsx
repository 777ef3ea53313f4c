import { max, scaleBand, scaleLinear } from 'd3';
import { useId, useMemo } from 'react';
import { useMessages } from '../../i18n/LocaleContext';
import { useLessonMessages } from '../messages/useLessonMessages';
import { EntropyLegend } from './EntropyLegend';
import type { EntropyRow } from './EntropyRow';
import { formatBits } from './formatBits';

const WIDTH = 640;
const ROW_HEIGHT = 44;
const MARGIN = { top: 8, right: 56, bottom: 28, left: 96 };

/**
 * Horizontal bars, one row per text: mean entropy (solid) above bits per token (striped), each
 * with its value as a text label. d3 computes the scales; React renders the marks.
 */
export function EntropyChart({ rows }: { rows: readonly EntropyRow[] }) {
  const m = useMessages();
  const lm = useLessonMessages();
  const patternId = `ts-entropy-stripes-${useId().replace(/[^\w-]/g, '')}`;
  const height = MARGIN.top + MARGIN.bottom + ROW_HEIGHT * rows.length;
  const chart = useMemo(() => {
    const top = max(rows, (r) => Math.max(r.measure.meanEntropyBits, r.measure.bitsPerToken)) ?? 0;
    const x = scaleLinear()
      .domain([0, Math.max(top, 1)])
      .nice()
      .range([MARGIN.left, WIDTH - MARGIN.right]);
    const y = scaleBand<string>()
      .domain(rows.map((r) => r.id))
      .range([MARGIN.top, height - MARGIN.bottom])
      .paddingInner(0.25);
    return { x, y, ticks: x.ticks(6) };
  }, [rows, height]);
  const { x, y, ticks } = chart;
  const bar = y.bandwidth() / 2;
  const bottom = height - MARGIN.bottom;
  return (
    <figure className="ts-entropy-figure">
      <EntropyLegend patternId={patternId} />
      <svg
        className="ts-entropy-chart"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={m.lessonEntropy}
        aria-describedby={`${patternId}-note`}
      >
        <defs>
          <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect className="ts-entropy-stripe-ground" width="6" height="6" />
            <path className="ts-entropy-stripe" d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" />
          </pattern>
        </defs>
        {ticks.map((t) => (
          <g key={t} className="ts-tick" transform={`translate(${x(t)},0)`}>
            <line y1={MARGIN.top} y2={bottom} />
            <text y={bottom + 14} textAnchor="middle">
              {m.plain(t)}
            </text>
          </g>
        ))}
        <text className="ts-axis-label" x={WIDTH - MARGIN.right} y={bottom + 26} textAnchor="end">
          {m.axisBits}
        </text>
        {rows.map((row) => {
          const top = y(row.id) ?? 0;
          const { meanEntropyBits: mean, bitsPerToken: cross } = row.measure;
          return (
            <g key={row.id} className="ts-entropy-row" data-row={row.id}>
              <text
                className="ts-entropy-row-label"
                x={MARGIN.left - 8}
                y={top + bar}
                dy="0.32em"
                textAnchor="end"
              >
                {row.label}
              </text>
              <rect
                className="ts-entropy-bar-mean"
                x={x(0)}
                y={top}
                width={x(mean) - x(0)}
                height={bar - 1}
              />
              <text className="ts-entropy-value" x={x(mean) + 4} y={top + bar / 2} dy="0.32em">
                {formatBits(mean, m)}
              </text>
              <rect
                className="ts-entropy-bar-cross"
                x={x(0)}
                y={top + bar}
                width={x(cross) - x(0)}
                height={bar - 1}
                fill={`url(#${patternId})`}
              />
              <text className="ts-entropy-value" x={x(cross) + 4} y={top + bar * 1.5} dy="0.32em">
                {formatBits(cross, m)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id={`${patternId}-note`}>{lm.entropyChartNote}</figcaption>
    </figure>
  );
}
