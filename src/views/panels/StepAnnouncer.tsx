import { useState } from 'react';
import { useLocale, useMessages } from '../../i18n/LocaleContext';
import { useExplorer } from '../ExplorerContext';
import { stepAnnouncement } from './stepAnnouncement';

/**
 * A polite live region, visually hidden, that tells screen-reader users what each step did:
 * "Step 5: ' the', 42 %, entropy 2.10 bits", "Back to step 4.", "Reset: no generated tokens."
 */
export function StepAnnouncer() {
  const steps = useExplorer((s) => s.steps);
  const vocab = useExplorer((s) => s.model.vocab);
  const m = useMessages();
  const locale = useLocale();
  // Worked out while rendering, from the steps the last render saw: an effect that set the
  // message would render the whole tree a second time after every step.
  const [announced, setAnnounced] = useState({ steps, message: '' });
  if (announced.steps !== steps) {
    const text = stepAnnouncement(announced.steps, steps, vocab, m, locale);
    setAnnounced({ steps, message: text ?? announced.message });
  }
  return (
    <p role="status" aria-label={m.stepAnnouncement} className="ts-visually-hidden">
      {announced.message}
    </p>
  );
}
