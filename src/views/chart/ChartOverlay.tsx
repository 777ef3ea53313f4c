import { memo } from 'react';
import { cutMarkers } from './cutMarkers';
import { formatCount } from './formatCount';
import { spacedRankTicks } from './rankTicks';
import type { ChartLayout, ChartModel } from './useChartModel';

/**
 * The rank axis's labels: memoized on the layout, which a slider move keeps.
 */
const RankTicks = memo(function RankTicks({
  layout,
  textScale,
}: {
  layout: ChartLayout;
  textScale: number;
}) {
  const { view, columns, frame, x } = layout;
  // Ticks at least 60 px apart at the usual text size, so labels such as "12 000" never overlap.
  const ranks = spacedRankTicks(view.start, view.end, columns, 60 * textScale);
  const right = frame.left + columns;
  return ranks.map((rank) => (
    <text
      key={rank}
      className="ts-chart-rank-tick"
      x={x(rank - 0.5)}
      y={frame.bottom + 16}
      textAnchor={x(rank - 0.5) > right - 20 ? 'end' : 'middle'}
    >
      {formatCount(rank)}
    </text>
  ));
});

/**
 * The SVG over the bar canvas: the rank axis, filter cuts, cursor and brush. The probability
 * axis, which a slider move changes, is on the canvases: its grid under the bars, its labels on
 * the label canvas (as SVG, its ticks moving on a move's new axis top cost the whole frame about
 * 0.3 ms on average). The T = 1 outline is on the bar canvas too.
 */
export function ChartOverlay({
  chart,
  cursor,
  brush,
  textScale = 1,
}: {
  chart: ChartModel;
  cursor: number | null;
  brush: readonly [number, number] | null;
  /** How much larger than usual the chart's text is (1.5 in presenter mode): ticks space out. */
  textScale?: number;
}) {
  const { frame, columns, view, x } = chart;
  const right = frame.left + columns;
  const markers = cutMarkers(chart.cuts, chart.filters).filter(
    (m) => m.rankEnd >= view.start && m.rankEnd <= view.end,
  );
  const barWidth = Math.max(1, columns / (view.end - view.start));
  return (
    <svg
      className="ts-chart-overlay"
      width={frame.widthPx}
      height={frame.heightPx}
      aria-hidden="true"
    >
      <line
        className="ts-chart-axis"
        x1={frame.left}
        x2={right}
        y1={frame.bottom}
        y2={frame.bottom}
      />
      {!chart.labels.every && <RankTicks layout={chart.layout} textScale={textScale} />}
      {markers.map((m, i) => {
        const at = x(m.rankEnd);
        const flip = at > right - 70;
        return (
          <g key={m.label} className="ts-chart-cut">
            <line x1={at} x2={at} y1={frame.top} y2={frame.bottom} />
            <text
              x={flip ? at - 4 : at + 4}
              y={frame.top + 10 + i * 13}
              textAnchor={flip ? 'end' : 'start'}
            >
              {m.label}
            </text>
          </g>
        );
      })}
      {cursor !== null && cursor >= view.start && cursor < view.end && (
        <rect
          className="ts-chart-cursor"
          x={x(cursor)}
          width={barWidth}
          y={frame.top}
          height={frame.bottom - frame.top}
        />
      )}
      {brush && (
        <rect
          className="ts-chart-brush"
          x={frame.left + Math.min(brush[0], brush[1])}
          width={Math.abs(brush[1] - brush[0])}
          y={frame.top}
          height={frame.bottom - frame.top}
        />
      )}
    </svg>
  );
}
