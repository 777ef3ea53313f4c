import { useMemo, useState } from 'react';
import type { NgramModel } from '../../model/types';
import { formatProbability } from '../../views/format/formatProbability';
import { predictionEntropy } from './predictionEntropy';
import type { ScoredToken } from './scoreText';
import { sparsePrediction } from './sparsePrediction';
import { tokenName } from './tokenLabel';

/** Props of the table of every token. */
export interface TokenTableProps {
  model: NgramModel;
  tokens: readonly ScoredToken[];
}

/** Every scored token as a table row; rows (and their entropies) are built only while open. */
export function TokenTable({ model, tokens }: TokenTableProps) {
  const [open, setOpen] = useState(false);
  const entropies = useMemo(
    () =>
      open
        ? tokens.map((t) =>
            predictionEntropy(model, sparsePrediction(model, t.segmentIds.subarray(0, t.index))),
          )
        : [],
    [open, model, tokens],
  );
  return (
    <details className="ts-scoring-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Every token</summary>
      {open && (
        <table>
          <thead>
            <tr>
              <th scope="col">Position</th>
              <th scope="col">Token</th>
              <th scope="col">Probability</th>
              <th scope="col">Surprisal (bits)</th>
              <th scope="col">Rank</th>
              <th scope="col">Entropy of the prediction (bits)</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t, i) => (
              <tr key={`${t.segment}:${t.index}`}>
                <td>{i + 1}</td>
                <td>{tokenName(t)}</td>
                <td>{formatProbability(t.probability)}</td>
                <td>{t.surprisalBits.toFixed(2)}</td>
                <td>{t.rank}</td>
                <td>{entropies[i]?.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
