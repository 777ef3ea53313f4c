import { useId, useState } from 'react';
import { useMessages } from '../../i18n/LocaleContext';

import { useShare } from './ShareContext';

/**
 * "Copy link": puts the address of the current state on the clipboard; where the clipboard is
 * unavailable or refused, shows the address selected in a read-only field to copy by hand.
 */
export function CopyLinkButton() {
  const share = useShare();
  const m = useMessages();
  const fieldId = useId();
  const [copied, setCopied] = useState(false);
  const [manual, setManual] = useState<string | null>(null);
  if (!share) return null;

  const copy = async () => {
    const url = share.pageUrl();
    setCopied(false);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setManual(null);
      setCopied(true);
    } catch {
      setManual(url);
    }
  };

  return (
    <div className="ts-copy-link">
      <button type="button" onClick={copy}>
        {m.copyLink}
      </button>
      <span role="status">{copied ? m.linkCopied : ''}</span>
      {manual !== null && (
        <p>
          <label htmlFor={fieldId}>{m.copyByHand}</label>
          <input
            id={fieldId}
            type="text"
            readOnly
            value={manual}
            ref={(input) => input?.select()}
            onFocus={(e) => e.currentTarget.select()}
          />
        </p>
      )}
    </div>
  );
}
