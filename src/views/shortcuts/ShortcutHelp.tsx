import { useEffect, useId, useRef } from 'react';
import { useMessages } from '../../i18n/LocaleContext';

import type { Shortcut } from './ShortcutContext';

/** The `?` dialog: every keyboard shortcut of the page, and a switch to turn them off. */
export function ShortcutHelp({
  open,
  shortcuts,
  enabled,
  onEnabledChange,
  onClose,
}: {
  open: boolean;
  shortcuts: readonly Shortcut[];
  enabled: boolean;
  onEnabledChange: (on: boolean) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const m = useMessages();
  // "Space" rather than a blank.
  const keyName = (key: string) => (key === ' ' ? m.keySpace : key);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="ts-shortcuts" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{m.shortcutsTitle}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{m.key}</th>
            <th scope="col">{m.does}</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.label}>
              <td>
                {shortcut.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && m.keyOr}
                    <kbd>{keyName(key)}</kbd>
                  </span>
                ))}
              </td>
              <td>{shortcut.label}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>?</kbd>
            </td>
            <td>{m.showThisList}</td>
          </tr>
        </tbody>
      </table>
      <p>{m.shortcutsNeverWhileTyping}</p>
      <label className="ts-checkbox">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(e) => onEnabledChange(e.currentTarget.checked)}
        />{' '}
        {m.shortcutsOn}
      </label>
      <form method="dialog">
        <button type="submit">{m.close}</button>
      </form>
    </dialog>
  );
}
