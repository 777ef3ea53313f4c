import { useLocale, useMessages } from '../../i18n/LocaleContext';
import { formatProbability } from '../format/formatProbability';
import { showToken } from '../format/showToken';
import { isChoosable } from './outcomeStatus';
import { stackLabels } from './stackLabels';
import { truncateLabel } from './truncateLabel';
import type { ChartModel } from './useChartModel';

const LINE_HEIGHT_PX = 13;

/** Token labels: under every bar when zoomed in far enough, else beside the view's first bars. */
export function ChartLabels({ chart }: { chart: ChartModel }) {
  const m = useMessages();
  const locale = useLocale();
  const { labels, order, vocab, heights, frame, x, y } = chart;
  const name = (rank: number) => truncateLabel(showToken(vocab[order[rank]], true), 14);
  const masked = (rank: number) => !isChoosable(chart.statusAt(rank));
  const className = (rank: number) =>
    masked(rank) ? 'ts-chart-label ts-chart-label-masked' : 'ts-chart-label';
  if (labels.every) {
    return (
      <g>
        {labels.ranks.map((rank) => (
          <text
            key={rank}
            className={className(rank)}
            transform={`translate(${x(rank + 0.5).toFixed(1)},${frame.bottom + 6}) rotate(-90)`}
            textAnchor="end"
            dominantBaseline="middle"
          >
            {name(rank)}
          </text>
        ))}
      </g>
    );
  }
  const baselines = stackLabels(
    labels.ranks.map((rank) => y(heights[order[rank]]) - 3),
    LINE_HEIGHT_PX,
    frame.top + 10,
    frame.bottom - 4,
  );
  return (
    <g>
      {labels.ranks.map((rank, i) => (
        <text
          key={rank}
          className={className(rank)}
          x={Math.max(x(rank + 1), frame.left) + 4}
          y={baselines[i]}
        >
          {/* The token isolated: its bidi controls must not reorder the probability beside it. */}
          <tspan className="ts-bidi-isolate">{name(rank)}</tspan>
          {` ${formatProbability(heights[order[rank]], locale)}${masked(rank) ? m.maskedLabelSuffix : ''}`}
        </text>
      ))}
    </g>
  );
}
