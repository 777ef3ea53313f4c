import { NumbersDetails } from '../NumbersDetails';
import { formatTemperature } from './formatTemperature';
import type { OutcomeStatus } from './outcomeStatus';
import { TOP_COUNT } from './TopTokenList';
import { TopTokensTable } from './TopTokensTable';
import { tailMass } from './tailMass';
import type { ChartModel } from './useChartModel';

/** Why an outcome cannot be drawn, in a few words; '' when it can. */
function statusNote(status: OutcomeStatus): string {
  if (status === 'mask') return 'masked: never drawn';
  if (status === 'kept' || status === 'zero') return '';
  return `removed by ${status}`;
}

/**
 * The distribution chart's numbers, in a disclosure: the most likely outcomes with the heights of
 * their bars, and the share of all the others (as the chart's caption gives it).
 */
export function DistributionNumbers({ chart }: { chart: ChartModel }) {
  const temperature = formatTemperature(chart.temperature);
  return (
    <NumbersDetails title="Numbers for the distribution">
      {() => (
        <TopTokensTable
          caption={`The ${TOP_COUNT} most likely next tokens and all the others, at T = ${temperature}`}
          vocab={chart.vocab}
          order={chart.order}
          probs={chart.heights}
          count={TOP_COUNT}
          tailShare={tailMass(chart.temperedProbs, chart.order, TOP_COUNT)}
          probabilityHeading="Probability"
          noteAt={(rank) => statusNote(chart.statusAt(rank))}
        />
      )}
    </NumbersDetails>
  );
}
