import { useRef, useState } from 'react';
import { useMessages } from '../../i18n/LocaleContext';

import { EmbedDialog } from './EmbedDialog';
import { type EmbedSnippets, useShare } from './ShareContext';

/** "Embed": opens the dialog with the snippets of the current state; focus returns on close. */
export function EmbedButton() {
  const share = useShare();
  const m = useMessages();
  const button = useRef<HTMLButtonElement>(null);
  const [snippets, setSnippets] = useState<EmbedSnippets | null>(null);
  if (!share) return null;
  const close = () => {
    setSnippets(null);
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={snippets !== null}
        onClick={() => (snippets ? close() : setSnippets(share.snippets()))}
      >
        {m.embed}
      </button>
      {snippets && <EmbedDialog snippets={snippets} onClose={close} />}
    </>
  );
}
