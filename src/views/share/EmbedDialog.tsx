import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { useMessages } from '../../i18n/LocaleContext';

import type { EmbedSnippets } from './ShareContext';

/** Props of EmbedDialog. */
export interface EmbedDialogProps {
  snippets: EmbedSnippets;
  onClose: () => void;
}

/**
 * The Embed dialog: the iframe and web-component snippets of the current state in read-only
 * fields. Focus moves into it when it opens; Escape or Close closes it.
 */
export function EmbedDialog({ snippets, onClose }: EmbedDialogProps) {
  const id = useId();
  const m = useMessages();
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    first.current?.focus();
    first.current?.select();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };
  return (
    <dialog open className="ts-embed-dialog" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}>
      <h2 id={`${id}-title`}>{m.embedTitle}</h2>
      <label htmlFor={`${id}-iframe`}>{m.embedIframe}</label>
      <textarea
        id={`${id}-iframe`}
        ref={first}
        readOnly
        rows={4}
        value={snippets.iframe}
        onFocus={(e) => e.currentTarget.select()}
      />
      <label htmlFor={`${id}-element`}>{m.embedWebComponent}</label>
      <textarea
        id={`${id}-element`}
        readOnly
        rows={4}
        value={snippets.webComponent}
        onFocus={(e) => e.currentTarget.select()}
      />
      {snippets.webComponentNote && <p>{snippets.webComponentNote}</p>}
      <button type="button" onClick={onClose}>
        {m.close}
      </button>
    </dialog>
  );
}
