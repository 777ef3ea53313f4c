import type { EntropyRow } from './EntropyRow';
import { formatBits } from './formatBits';

/** The comparison's numbers as a table: the chart's text alternative. */
export function EntropyTable({ rows }: { rows: readonly EntropyRow[] }) {
  return (
    <table className="ts-entropy-table">
      <caption>Entropy by context, in numbers</caption>
      <thead>
        <tr>
          <th scope="col">Text</th>
          <th scope="col">Predictions</th>
          <th scope="col">Mean entropy (bits)</th>
          <th scope="col">Bits per token</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            <td>{row.measure.events}</td>
            <td>{formatBits(row.measure.meanEntropyBits)}</td>
            <td>{formatBits(row.measure.bitsPerToken)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
