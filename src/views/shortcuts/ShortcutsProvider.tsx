import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useMessages } from '../../i18n/LocaleContext';
import { isTyping } from './isTyping';
import { type Shortcut, ShortcutContext, type ShortcutRegistry } from './ShortcutContext';
import type { ShortcutHelp as Help } from './ShortcutHelp';

/**
 * The page's keyboard map: views register shortcuts with useShortcut; one key listener runs
 * them, never while typing in a text field or with Ctrl, Alt or Meta held. `?` opens a dialog
 * listing them all, where they can also be turned off (WCAG 2.1.4, character key shortcuts).
 */
export function ShortcutsProvider({ children }: { children: ReactNode }) {
  const shortcuts = useRef(new Set<Shortcut>());
  const [version, setVersion] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  // The `?` dialog's code, fetched on its first opening (the first draw does not wait for it).
  const [ShortcutHelp, setShortcutHelp] = useState<typeof Help | null>(null);
  const [helpFailed, setHelpFailed] = useState(false);
  const m = useMessages();
  const [enabled, setEnabled] = useState(true);
  const registry = useMemo<ShortcutRegistry>(
    () => ({
      register(shortcut) {
        shortcuts.current.add(shortcut);
        setVersion((v) => v + 1);
        return () => {
          shortcuts.current.delete(shortcut);
          setVersion((v) => v + 1);
        };
      },
    }),
    [],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.target) || helpOpen) return;
      if (event.key === '?') {
        event.preventDefault();
        setHelpFailed(false);
        import('./ShortcutHelp').then(
          (module) => {
            setShortcutHelp(() => module.ShortcutHelp);
            setHelpOpen(true);
          },
          () => setHelpFailed(true),
        );
        return;
      }
      if (!enabled) return;
      for (const shortcut of shortcuts.current) {
        if (shortcut.keys.includes(event.key)) {
          event.preventDefault();
          shortcut.run();
          return;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, helpOpen]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` marks a change to the set.
  const listed = useMemo(() => [...shortcuts.current], [version]);
  return (
    <ShortcutContext.Provider value={registry}>
      {children}
      {helpFailed && <p role="alert">{m.notDownloaded(m.shortcutsTitle)}</p>}
      {ShortcutHelp && (
        <ShortcutHelp
          open={helpOpen}
          shortcuts={listed}
          enabled={enabled}
          onEnabledChange={setEnabled}
          onClose={() => setHelpOpen(false)}
        />
      )}
    </ShortcutContext.Provider>
  );
}
