import { useMessages } from '../../i18n/LocaleContext';
import type { Messages } from '../../i18n/Messages';
import { NumbersDetails } from '../NumbersDetails';
import type { OutcomeStatus } from './outcomeStatus';
import { TOP_COUNT } from './TopTokenList';
import { TopTokensTable } from './TopTokensTable';
import { tailMass } from './tailMass';
import { useChartValues } from './useChartModel';

/** Why an outcome cannot be drawn, in a few words; '' when it can. */
function statusNote(status: OutcomeStatus, m: Messages): string {
  if (status === 'mask') return m.noteMasked;
  if (status === 'kept' || status === 'zero') return '';
  return m.noteRemoved(status);
}

/**
 * The distribution chart's numbers, in a disclosure: the most likely outcomes with the heights of
 * their bars, and the share of all the others (as the chart's caption gives it).
 */
export function DistributionNumbers() {
  const m = useMessages();
  // Selects nothing itself: a closed disclosure is not rendered again by a slider move.
  return (
    <NumbersDetails title={m.numbersForDistribution}>{() => <DistributionTable />}</NumbersDetails>
  );
}

/** The open disclosure's table, following the store. */
function DistributionTable() {
  const m = useMessages();
  const chart = useChartValues();
  const temperature = m.temperatureText(chart.temperature);
  return (
    <TopTokensTable
      caption={m.distributionTableCaption(TOP_COUNT, temperature)}
      vocab={chart.vocab}
      order={chart.order}
      probs={chart.heights}
      count={TOP_COUNT}
      tailShare={tailMass(chart.temperedProbs, chart.order, TOP_COUNT)}
      probabilityHeading={m.probability}
      noteAt={(rank) => statusNote(chart.statusAt(rank), m)}
    />
  );
}
