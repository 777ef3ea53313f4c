import { useLocale, useMessages } from '../../i18n/LocaleContext';
import { formatProbability } from '../format/formatProbability';
import { showToken } from '../format/showToken';
import { describeStatus } from './describeStatus';
import { formatCount } from './formatCount';
import type { ChartModel } from './useChartModel';

const WIDTH_PX = 270;

/** The details of the outcome at `rank`, as text, next to its bar. */
export function ChartTooltip({ chart, rank, id }: { chart: ChartModel; rank: number; id: string }) {
  const m = useMessages();
  const locale = useLocale();
  const { order, vocab, frame } = chart;
  const token = order[rank];
  const status = chart.statusAt(rank);
  const note = describeStatus(status, m);
  const { topK, topP, minP } = chart.filters;
  const filtersOn = topK > 0 || topP < 1 || minP > 0;
  const left = Math.min(Math.max(0, chart.x(rank + 1) + 8), Math.max(0, frame.widthPx - WIDTH_PX));
  return (
    <div role="tooltip" id={id} className="ts-chart-tooltip" style={{ left, top: frame.top }}>
      <strong className="ts-chart-tooltip-token">{showToken(vocab[token], true)}</strong>
      <dl>
        <dt>{m.tooltipProbability(m.temperatureText(chart.temperature))}</dt>
        <dd>{formatProbability(chart.heights[token], locale)}</dd>
        {filtersOn && status === 'kept' && (
          <>
            <dt>{m.afterFilters}</dt>
            <dd>{formatProbability(chart.probs[token], locale)}</dd>
          </>
        )}
        <dt>{m.modelAtOne}</dt>
        <dd>{formatProbability(chart.modelProbs[token], locale)}</dd>
        <dt>{m.logit}</dt>
        <dd>{m.fixed(chart.logits[token], 3).replace('-', '−')}</dd>
        <dt>{m.rank}</dt>
        <dd>{m.rankOf(formatCount(rank + 1), formatCount(order.length))}</dd>
      </dl>
      {note && <p>{note}</p>}
    </div>
  );
}
