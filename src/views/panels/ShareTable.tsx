import { useLocale, useMessages } from '../../i18n/LocaleContext';
import { formatProbability } from '../format/formatProbability';
import { contextChipText } from './contextChipText';
import { groupDigits } from './groupDigits';
import { lookupText, type ShareRow, shareFill } from './shareRows';

/** Per order: the context looked up, whether it was seen, its count and its share of the mass. */
export function ShareTable({
  rows,
  vocab,
}: {
  rows: readonly ShareRow[];
  vocab: readonly string[];
}) {
  const m = useMessages();
  const locale = useLocale();
  return (
    <table className="ts-share-table">
      <thead>
        <tr>
          <th scope="col">{m.source}</th>
          <th scope="col">{m.context}</th>
          <th scope="col">{m.lookup}</th>
          <th scope="col">{m.contextCount}</th>
          <th scope="col">{m.passedDown}</th>
          <th scope="col">{m.shareOfMass}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={row.order} className={row.seen ? undefined : 'ts-share-unseen'}>
            <th scope="row">
              <span className="ts-share-swatch" style={{ background: shareFill(i, row) }} />
              {row.order === 0 ? row.name : m.orderCounts(row.name)}
            </th>
            <td>
              {row.context.length === 0 ? (
                '—'
              ) : (
                <code>
                  {row.context.map((id) => contextChipText(vocab, id, m.contextStart)).join(' ')}
                </code>
              )}
            </td>
            <td>{lookupText(row, m)}</td>
            <td>{row.order === 0 ? '—' : groupDigits(row.total)}</td>
            <td>{row.order === 0 ? '—' : formatProbability(row.gamma, locale)}</td>
            <td>{formatProbability(row.share, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
