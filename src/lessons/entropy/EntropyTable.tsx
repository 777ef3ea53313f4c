import { useMessages } from '../../i18n/LocaleContext';
import { useLessonMessages } from '../messages/useLessonMessages';
import type { EntropyRow } from './EntropyRow';
import { formatBits } from './formatBits';

/** The comparison's numbers as a table: the chart's text alternative. */
export function EntropyTable({ rows }: { rows: readonly EntropyRow[] }) {
  const m = useMessages();
  const lm = useLessonMessages();
  return (
    <table className="ts-entropy-table">
      <caption>{lm.entropyTableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{lm.textColumn}</th>
          <th scope="col">{lm.predictions}</th>
          <th scope="col">{lm.meanEntropyColumn}</th>
          <th scope="col">{lm.bitsPerTokenColumn}</th>
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
