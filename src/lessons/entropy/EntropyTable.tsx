import { useMessages } from '../../i18n/LocaleContext';
import type { EntropyRow } from './EntropyRow';
import { formatBits } from './formatBits';

/** The comparison's numbers as a table: the chart's text alternative. */
export function EntropyTable({ rows }: { rows: readonly EntropyRow[] }) {
  const m = useMessages();
  return (
    <table className="ts-entropy-table">
      <caption>{m.entropyTableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.textColumn}</th>
          <th scope="col">{m.predictions}</th>
          <th scope="col">{m.meanEntropyColumn}</th>
          <th scope="col">{m.bitsPerTokenColumn}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            <td>{row.measure.events}</td>
            <td>{formatBits(row.measure.meanEntropyBits, m)}</td>
            <td>{formatBits(row.measure.bitsPerToken, m)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
