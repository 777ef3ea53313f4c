import { useLocale, useMessages } from '../../i18n/LocaleContext';
import { formatProbability } from '../format/formatProbability';
import { showToken } from '../format/showToken';
import { isChoosable } from './outcomeStatus';
import { stackLabels } from './stackLabels';
import { truncateLabel } from './truncateLabel';
import type { ChartModel } from './useChartModel';

/** A label's line height in CSS px at the usual font size (DistributionChart.css). */
export const LABEL_LINE_PX = 13;

/**
 * Token labels: under every bar when zoomed in far enough, else beside the view's first bars.
 * HTML over the plot, each placed by a transform, not SVG text: a slider move changes their
 * numbers and places, and a moved or rewritten SVG label lays out and repaints the whole SVG.
 * `lineHeightPx` is the height of the invisible probe label beside them (larger in presenter mode).
 */
export function ChartLabels({ chart, lineHeightPx }: { chart: ChartModel; lineHeightPx: number }) {
  const m = useMessages();
  const locale = useLocale();
  const { labels, order, vocab, heights, frame, x, y } = chart;
  const name = (rank: number) => truncateLabel(showToken(vocab[order[rank]], true), 14);
  const masked = (rank: number) => !isChoosable(chart.statusAt(rank));
  const className = (rank: number) =>
    masked(rank) ? 'ts-chart-label ts-chart-label-masked' : 'ts-chart-label';
  if (labels.every) {
    return (
      <div className="ts-chart-labels" aria-hidden="true">
        {labels.ranks.map((rank) => (
          <span
            key={rank}
            className={className(rank)}
            // Read upwards, ending just under the axis, centred on the bar.
            style={{
              transform: `translate(${x(rank + 0.5).toFixed(1)}px,${frame.bottom + 6}px) rotate(-90deg) translate(-100%,-50%)`,
            }}
          >
            {name(rank)}
          </span>
        ))}
      </div>
    );
  }
  // Each label's box ends just above its bar, pushed apart by one line and kept in the plot.
  const bottoms = stackLabels(
    labels.ranks.map((rank) => y(heights[order[rank]])),
    lineHeightPx,
    frame.top + lineHeightPx,
    frame.bottom - 1,
  );
  return (
    <div className="ts-chart-labels" aria-hidden="true">
      {labels.ranks.map((rank, i) => (
        <span
          key={rank}
          className={className(rank)}
          style={{
            transform: `translate(${(Math.max(x(rank + 1), frame.left) + 4).toFixed(1)}px,${(bottoms[i] - lineHeightPx).toFixed(1)}px)`,
          }}
        >
          {/* The token isolated: its bidi controls must not reorder the probability beside it. */}
          <span className="ts-bidi-isolate">{name(rank)}</span>
          {` ${formatProbability(heights[order[rank]], locale)}${masked(rank) ? m.maskedLabelSuffix : ''}`}
        </span>
      ))}
    </div>
  );
}
