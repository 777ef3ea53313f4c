import { useEffect, useId, useRef } from 'react';
import type { Shortcut } from './ShortcutContext';

/** How a key is written in the list ("Space" rather than a blank). */
const keyName = (key: string) => (key === ' ' ? 'Space' : key);

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
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="ts-shortcuts" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Keyboard shortcuts</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.label}>
              <td>
                {shortcut.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' or '}
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
            <td>Show this list</td>
          </tr>
        </tbody>
      </table>
      <p>Shortcuts never fire while you type in a text field.</p>
      <label className="ts-checkbox">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(e) => onEnabledChange(e.currentTarget.checked)}
        />{' '}
        Single-key shortcuts on
      </label>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
