import { useMessages } from '../i18n/LocaleContext';

/** Says which embed settings could not be used and what was used instead (nothing if all were fine). */
export function EmbedNotices({ notices }: { notices: readonly string[] }) {
  const m = useMessages();
  if (notices.length === 0) return null;
  return (
    <div role="note" aria-label={m.embedSettings} className="ts-embed-notices">
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    </div>
  );
}
