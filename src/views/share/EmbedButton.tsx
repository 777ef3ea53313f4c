import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/LocaleContext';

import { EmbedDialog } from './EmbedDialog';
import { type EmbedSnippets, useShare } from './ShareContext';

/** "Embed": opens the dialog with the snippets of the current state; focus returns on close. */
export function EmbedButton() {
  const share = useShare();
  const m = useMessages();
  const button = useRef<HTMLButtonElement>(null);
  const [snippets, setSnippets] = useState<EmbedSnippets | null>(null);
  const [failed, setFailed] = useState(false);
  // The snippets asked for last; an older request that resolves late is ignored.
  const request = useRef(0);
  useEffect(
    () => () => {
      request.current++;
    },
    [],
  );
  if (!share) return null;
  const close = () => {
    request.current++;
    setSnippets(null);
    button.current?.focus();
  };
  const open = () => {
    const current = ++request.current;
    setFailed(false);
    share.snippets().then(
      (written) => current === request.current && setSnippets(written),
      () => current === request.current && setFailed(true),
    );
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={snippets !== null}
        onClick={() => (snippets ? close() : open())}
      >
        {m.embed}
      </button>
      {failed && <p role="alert">{m.notDownloaded(m.embed)}</p>}
      {snippets && <EmbedDialog snippets={snippets} onClose={close} />}
    </>
  );
}
