import { useExplorer } from '../ExplorerContext';
import { formatProbability } from '../format/formatProbability';
import { contextChipText } from './contextChipText';
import { groupDigits } from './groupDigits';
import { lookupText, type ShareRow, shareFill } from './shareRows';

/** Per order: the context looked up, whether it was seen, its count and its share of the mass. */
export function ShareTable({ rows }: { rows: readonly ShareRow[] }) {
  const vocab = useExplorer((s) => s.model.vocab);
  return (
    <table className="ts-share-table">
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">Context</th>
          <th scope="col">Lookup</th>
          <th scope="col">Context count</th>
          <th scope="col">Passed down</th>
          <th scope="col">Share of the mass</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={row.order} className={row.seen ? undefined : 'ts-share-unseen'}>
            <th scope="row">
              <span className="ts-share-swatch" style={{ background: shareFill(i, row) }} />
              {row.order === 0 ? row.name : `${row.name} counts`}
            </th>
            <td>
              {row.context.length === 0 ? (
                '—'
              ) : (
                <code>{row.context.map((id) => contextChipText(vocab, id)).join(' ')}</code>
              )}
            </td>
            <td>{lookupText(row)}</td>
            <td>{row.order === 0 ? '—' : groupDigits(row.total)}</td>
            <td>{row.order === 0 ? '—' : formatProbability(row.gamma)}</td>
            <td>{formatProbability(row.share)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
