import { useMessages } from '../../i18n/LocaleContext';

/** Props of LinkNotice. */
export interface LinkNoticeProps {
  /** What the link could not read, one phrase each. */
  problems: readonly string[];
  onDismiss: () => void;
}

/** The visible, dismissible notice listing what a link could not read (text only). */
export function LinkNotice({ problems, onDismiss }: LinkNoticeProps) {
  const m = useMessages();
  if (problems.length === 0) return null;
  return (
    <div role="status" className="ts-link-notice">
      <p>{m.linkNotice(problems)}</p>
      <button type="button" onClick={onDismiss}>
        {m.dismiss}
      </button>
    </div>
  );
}
