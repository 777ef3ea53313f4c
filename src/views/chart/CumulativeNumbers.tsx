import { useMessages } from '../../i18n/LocaleContext';
import { useExplorer } from '../ExplorerContext';
import { NumbersDetails } from '../NumbersDetails';
import { TOP_COUNT } from './TopTokenList';
import { TopTokensTable } from './TopTokensTable';
import { tailMass } from './tailMass';

/** The distribution a draw walks (after temperature, mask and filters), with running totals. */
function CumulativeTable() {
  const m = useMessages();
  const vocab = useExplorer((s) => s.model.vocab);
  const order = useExplorer((s) => s.order);
  const probs = useExplorer((s) => s.probs);
  return (
    <TopTokensTable
      caption={m.cumulativeTableCaption(TOP_COUNT)}
      vocab={vocab}
      order={order}
      probs={probs}
      count={TOP_COUNT}
      tailShare={tailMass(probs, order, TOP_COUNT)}
      probabilityHeading={m.probability}
      cumulative
      ranks={false}
    />
  );
}

/** The cumulative chart's numbers, in a disclosure: read from the store only while open. */
export function CumulativeNumbers() {
  const m = useMessages();
  return (
    <NumbersDetails title={m.numbersForCumulative}>{() => <CumulativeTable />}</NumbersDetails>
  );
}
