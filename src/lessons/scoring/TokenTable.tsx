import { useMemo, useState } from 'react';
import { useLocale, useMessages } from '../../i18n/LocaleContext';
import type { NgramModel } from '../../model/types';
import { formatProbability } from '../../views/format/formatProbability';
import { useLessonMessages } from '../messages/useLessonMessages';
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
  const m = useMessages();
  const lm = useLessonMessages();
  const locale = useLocale();
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
      <summary>{lm.everyToken}</summary>
      {open && (
        <table>
          <thead>
            <tr>
              <th scope="col">{lm.position}</th>
              <th scope="col">{m.token}</th>
              <th scope="col">{m.probability}</th>
              <th scope="col">{m.surprisalBitsColumn}</th>
              <th scope="col">{m.rank}</th>
              <th scope="col">{lm.predictionEntropyColumn}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t, i) => (
              <tr key={`${t.segment}:${t.index}`}>
                <td>{i + 1}</td>
                <td>{tokenName(t, lm)}</td>
                <td>{formatProbability(t.probability, locale)}</td>
                <td>{m.fixed(t.surprisalBits, 2)}</td>
                <td>{t.rank}</td>
                <td>{entropies[i] === undefined ? undefined : m.fixed(entropies[i], 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
