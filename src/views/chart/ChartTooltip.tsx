import { formatProbability } from '../format/formatProbability';
import { showToken } from '../format/showToken';
import { describeStatus } from './describeStatus';
import { formatCount } from './formatCount';
import { formatTemperature } from './formatTemperature';
import type { ChartModel } from './useChartModel';

const WIDTH_PX = 270;

/** The details of the outcome at `rank`, as text, next to its bar. */
export function ChartTooltip({ chart, rank, id }: { chart: ChartModel; rank: number; id: string }) {
  const { order, vocab, frame } = chart;
  const token = order[rank];
  const status = chart.statusAt(rank);
  const note = describeStatus(status);
  const { topK, topP, minP } = chart.filters;
  const filtersOn = topK > 0 || topP < 1 || minP > 0;
  const left = Math.min(Math.max(0, chart.x(rank + 1) + 8), Math.max(0, frame.widthPx - WIDTH_PX));
  return (
    <div role="tooltip" id={id} className="ts-chart-tooltip" style={{ left, top: frame.top }}>
      <strong className="ts-chart-tooltip-token">{showToken(vocab[token], true)}</strong>
      <dl>
        <dt>Probability at T = {formatTemperature(chart.temperature)}</dt>
        <dd>{formatProbability(chart.heights[token])}</dd>
        {filtersOn && status === 'kept' && (
          <>
            <dt>After filters</dt>
            <dd>{formatProbability(chart.probs[token])}</dd>
          </>
        )}
        <dt>Model (T = 1)</dt>
        <dd>{formatProbability(chart.modelProbs[token])}</dd>
        <dt>Logit (ln p)</dt>
        <dd>{chart.logits[token].toFixed(3).replace('-', '−')}</dd>
        <dt>Rank</dt>
        <dd>
          {formatCount(rank + 1)} of {formatCount(order.length)}
        </dd>
      </dl>
      {note && <p>{note}</p>}
    </div>
  );
}
