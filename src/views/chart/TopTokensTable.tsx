import { useLocale, useMessages } from '../../i18n/LocaleContext';
import { formatProbability } from '../format/formatProbability';
import { showToken } from '../format/showToken';
import { formatCount } from './formatCount';

/** Props of the table of the most likely outcomes. */
export interface TopTokensTableProps {
  caption: string;
  vocab: readonly string[];
  /** Outcome ids, most likely first. */
  order: Uint32Array;
  /** The probability shown for each id. */
  probs: Float64Array;
  /** How many outcomes get a row of their own; the rest share the last row. */
  count: number;
  /** The probability held by all the outcomes after the first `count`. */
  tailShare: number;
  /** Heading of the probability column. */
  probabilityHeading: string;
  /** Why the outcome at a rank cannot be drawn, or '' when it can. */
  noteAt?: (rank: number) => string;
  /** Adds a column with the running total from rank 1. */
  cumulative?: boolean;
  /** Whether the rows start with their rank (else their order says it, in less width). */
  ranks?: boolean;
}

/**
 * The most likely outcomes with their probabilities, and a last row for all the others with their
 * share: a chart's numbers as a table. Tokens are text, whatever they hold.
 */
export function TopTokensTable({
  caption,
  vocab,
  order,
  probs,
  count,
  tailShare,
  probabilityHeading,
  noteAt,
  cumulative = false,
  ranks = true,
}: TopTokensTableProps) {
  const m = useMessages();
  const locale = useLocale();
  const shown = Math.min(count, order.length);
  const others = order.length - shown;
  let running = 0;
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {ranks && <th scope="col">{m.rank}</th>}
          <th scope="col" className="ts-numbers-text">
            {m.token}
          </th>
          <th scope="col">{probabilityHeading}</th>
          {cumulative && <th scope="col">{m.cumulativeColumn}</th>}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: shown }, (_, rank) => {
          const id = order[rank];
          const note = noteAt?.(rank) ?? '';
          running += probs[id];
          return (
            <tr key={id}>
              {ranks && <td>{rank + 1}</td>}
              <th scope="row" className="ts-numbers-text">
                <code>{showToken(vocab[id], true)}</code>
                {note && <span className="ts-numbers-note"> ({note})</span>}
              </th>
              <td>{formatProbability(probs[id], locale)}</td>
              {cumulative && <td>{formatProbability(Math.min(1, running), locale)}</td>}
            </tr>
          );
        })}
        {others > 0 && (
          <tr>
            {ranks && (
              <td>
                {shown + 1}–{formatCount(order.length)}
              </td>
            )}
            <th scope="row" className="ts-numbers-text">
              {m.otherOutcomes(others, formatCount(others))}
            </th>
            <td>{formatProbability(tailShare, locale)}</td>
            {cumulative && <td>{formatProbability(Math.min(1, running + tailShare), locale)}</td>}
          </tr>
        )}
      </tbody>
    </table>
  );
}
