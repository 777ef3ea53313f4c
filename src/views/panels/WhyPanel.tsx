import { useId, useMemo } from 'react';
import { useLocale, useMessages } from '../../i18n/LocaleContext';
import { useExplorer } from '../ExplorerContext';
import { formatProbability } from '../format/formatProbability';
import { ScrollBox } from '../ScrollBox';
import { ContextChips } from './ContextChips';
import { ShareBar } from './ShareBar';
import { ShareTable } from './ShareTable';
import { shareRows } from './shareRows';
import './WhyPanel.css';

/**
 * "Why this distribution": the context window the model used, which orders found that
 * context (and where it backed off), and how much of the mass each order and the uniform
 * floor contributed.
 */
export function WhyPanel() {
  const headingId = useId();
  const explanation = useExplorer((s) => s.explanation);
  const m = useMessages();
  const locale = useLocale();
  const rows = useMemo(() => shareRows(explanation, m), [explanation, m]);
  const summary = rows
    .map((row) => {
      const share = formatProbability(row.share, locale);
      if (row.order === 0) return `${row.name} ${share}`;
      return row.seen ? `${m.orderCounts(row.name)} ${share}` : m.contextUnseen(row.name);
    })
    .join(', ');
  return (
    <section className="ts-why" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.why}</h2>
      <ContextChips />
      <p className="ts-why-summary">{m.massFrom(summary)}</p>
      <ShareBar rows={rows} />
      {/* Six columns are wider than a phone: the table scrolls in its box, not the page. */}
      <ScrollBox label={m.massByOrder}>
        <ShareTable rows={rows} />
      </ScrollBox>
    </section>
  );
}
