import { useExplorer } from '../ExplorerContext';
import { NumbersDetails } from '../NumbersDetails';
import { TOP_COUNT } from './TopTokenList';
import { TopTokensTable } from './TopTokensTable';
import { tailMass } from './tailMass';

/** The distribution a draw walks (after temperature, mask and filters), with running totals. */
function CumulativeTable() {
  const vocab = useExplorer((s) => s.model.vocab);
  const order = useExplorer((s) => s.order);
  const probs = useExplorer((s) => s.probs);
  return (
    <TopTokensTable
      caption={`The ${TOP_COUNT} most likely next tokens and all the others, as a draw sees them (after the mask and filters), with running totals`}
      vocab={vocab}
      order={order}
      probs={probs}
      count={TOP_COUNT}
      tailShare={tailMass(probs, order, TOP_COUNT)}
      probabilityHeading="Probability"
      cumulative
      ranks={false}
    />
  );
}

/** The cumulative chart's numbers, in a disclosure: read from the store only while open. */
export function CumulativeNumbers() {
  return (
    <NumbersDetails title="Numbers for the cumulative chart">
      {() => <CumulativeTable />}
    </NumbersDetails>
  );
}
