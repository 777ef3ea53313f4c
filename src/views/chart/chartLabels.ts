import type { Locale } from '../../i18n/locales';
import type { Messages } from '../../i18n/Messages';
import { formatProbability } from '../format/formatProbability';
import { showToken } from '../format/showToken';
import type { LabelPaint } from './barRecording';
import { isChoosable } from './outcomeStatus';
import { stackLabels } from './stackLabels';
import { truncateLabel } from './truncateLabel';
import type { ChartModel } from './useChartModel';

/** A label's line height in CSS px at the usual font size (DistributionChart.css). */
export const LABEL_LINE_PX = 13;

/**
 * The probability axis's tick labels and the token labels, drawn on the label canvas over the
 * bars. The token labels go under every bar, read upwards, when
 * zoomed in far enough; else beside the view's first bars, each with its probability, its line
 * just above its bar and pushed apart by one line (`lineHeightPx`, larger in presenter mode).
 */
export function chartLabels(
  chart: ChartModel,
  lineHeightPx: number,
  m: Messages,
  locale: Locale,
): LabelPaint {
  const { labels, order, vocab, heights, frame, x, y } = chart;
  // Left of the plot, each ending 6 px before it, in the middle of its grid line.
  const axis = chart.axis.ticks.map((tick) => ({
    x: frame.left - 6,
    y: y(tick.value),
    text: tick.label,
  }));
  const name = (rank: number) => truncateLabel(showToken(vocab[order[rank]], true), 14);
  const masked = (rank: number) => !isChoosable(chart.statusAt(rank));
  if (labels.every) {
    return {
      frame,
      axis,
      rotated: true,
      // Each ends just under the axis, centred on its bar.
      items: labels.ranks.map((rank) => ({
        x: x(rank + 0.5),
        y: frame.bottom + 6,
        token: name(rank),
        after: '',
        masked: masked(rank),
      })),
    };
  }
  const bottoms = stackLabels(
    labels.ranks.map((rank) => y(heights[order[rank]])),
    lineHeightPx,
    frame.top + lineHeightPx,
    frame.bottom - 1,
  );
  return {
    frame,
    axis,
    rotated: false,
    items: labels.ranks.map((rank, i) => ({
      x: Math.max(x(rank + 1), frame.left) + 4,
      y: bottoms[i] - lineHeightPx / 2,
      token: name(rank),
      after: ` ${formatProbability(heights[order[rank]], locale)}${masked(rank) ? m.maskedLabelSuffix : ''}`,
      masked: masked(rank),
    })),
  };
}
