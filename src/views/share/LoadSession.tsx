import { type ChangeEvent, useId, useState } from 'react';
import { useMessages } from '../../i18n/LocaleContext';

import { useShare } from './ShareContext';

/** "Load session": a file input for a session saved with Export → Session (JSON). */
export function LoadSession() {
  const share = useShare();
  const m = useMessages();
  const id = useId();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  if (!share) return null;

  const load = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setMessage(null);
    try {
      const error = await share.loadSession(await file.text());
      setMessage(error ? { error: true, text: error } : { error: false, text: m.sessionLoaded });
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      setMessage({ error: true, text: m.sessionNotLoaded(why) });
    } finally {
      // The same file can be chosen again after fixing it.
      input.value = '';
    }
  };

  return (
    <div className="ts-load-session">
      <label htmlFor={id}>{m.loadSession}</label>
      <input id={id} type="file" accept=".json,application/json" onChange={load} />
      {message?.error && <p role="alert">{message.text}</p>}
      <span role="status">{message && !message.error ? message.text : ''}</span>
    </div>
  );
}
