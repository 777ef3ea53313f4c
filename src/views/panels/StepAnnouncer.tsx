import { useEffect, useRef, useState } from 'react';
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
  const previous = useRef(steps);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const text = stepAnnouncement(previous.current, steps, vocab, m, locale);
    previous.current = steps;
    if (text !== null) setMessage(text);
  }, [steps, vocab, m, locale]);
  return (
    <p role="status" aria-label={m.stepAnnouncement} className="ts-visually-hidden">
      {message}
    </p>
  );
}
