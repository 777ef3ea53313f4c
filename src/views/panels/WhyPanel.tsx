import { memo, useId, useMemo, useRef } from 'react';
import { useLocale, useMessages } from '../../i18n/LocaleContext';
import type { NgramModel } from '../../model/types';
import type { Explorer } from '../../store/types';
import { useExplorer } from '../ExplorerContext';
import { formatProbability } from '../format/formatProbability';
import { ScrollBox } from '../ScrollBox';
import { useOnScreen } from '../useOnScreen';
import { useSettledUnless } from '../useSettledUnless';
import { ContextChips } from './ContextChips';
import { ShareBar } from './ShareBar';
import { ShareTable } from './ShareTable';
import { shareRows } from './shareRows';
import './WhyPanel.css';

/** What the panel explains, taken from one state of the store. */
interface WhyState {
  model: NgramModel;
  contextIds: Uint32Array;
  explanation: Explorer['explanation'];
}

/**
 * "Why this distribution": the context window the model used, which orders found that
 * context (and where it backed off), and how much of the mass each order and the uniform
 * floor contributed. Out of sight, it follows autoplay when it settles (see useSettledUnless).
 */
export function WhyPanel() {
  const headingId = useId();
  const m = useMessages();
  const sectionRef = useRef<HTMLElement>(null);
  const model = useExplorer((s) => s.model);
  const contextIds = useExplorer((s) => s.contextIds);
  const explanation = useExplorer((s) => s.explanation);
  const current = useMemo(
    () => ({ model, contextIds, explanation }),
    [model, contextIds, explanation],
  );
  const shown = useSettledUnless(current, useOnScreen(sectionRef));
  return (
    <section className="ts-why" aria-labelledby={headingId} ref={sectionRef}>
      <h2 id={headingId}>{m.why}</h2>
      <WhyBody state={shown} />
    </section>
  );
}

/** The panel's content for one state; skips rendering while that state is unchanged. */
const WhyBody = memo(function WhyBody({ state }: { state: WhyState }) {
  const { model, contextIds, explanation } = state;
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
    <>
      <ContextChips
        vocab={model.vocab}
        width={model.settings.order - 1}
        contextIds={contextIds}
        windowIds={explanation.orders[0]?.context}
      />
      <p className="ts-why-summary">{m.massFrom(summary)}</p>
      <ShareBar rows={rows} />
      {/* Six columns are wider than a phone: the table scrolls in its box, not the page. */}
      <ScrollBox label={m.massByOrder}>
        <ShareTable rows={rows} vocab={model.vocab} />
      </ScrollBox>
    </>
  );
});
