import { useId, useMemo } from 'react';
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
  const rows = useMemo(() => shareRows(explanation), [explanation]);
  const summary = rows
    .map((row) => {
      if (row.order === 0) return `${row.name} ${formatProbability(row.share)}`;
      return row.seen
        ? `${row.name} counts ${formatProbability(row.share)}`
        : `${row.name} context unseen`;
    })
    .join(', ');
  return (
    <section className="ts-why" aria-labelledby={headingId}>
      <h2 id={headingId}>Why this distribution</h2>
      <ContextChips />
      <p className="ts-why-summary">Where the probability mass comes from: {summary}.</p>
      <ShareBar rows={rows} />
      {/* Six columns are wider than a phone: the table scrolls in its box, not the page. */}
      <ScrollBox label="Where the mass comes from, by order">
        <ShareTable rows={rows} />
      </ScrollBox>
    </section>
  );
}
