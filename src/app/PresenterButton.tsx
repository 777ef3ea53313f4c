import { useMessages } from '../i18n/LocaleContext';
import { useShortcut } from '../views/shortcuts/ShortcutContext';

/** Asks for fullscreen when presenter mode starts and leaves it when it ends (if allowed). */
function followFullscreen(on: boolean) {
  const root = document.documentElement;
  if (on && !document.fullscreenElement) root.requestFullscreen?.().catch(() => {});
  if (!on && document.fullscreenElement) document.exitFullscreen?.().catch(() => {});
}

/** The "Presenter mode" switch (a toggle button) and its `p` shortcut. */
export function PresenterButton({
  presenter,
  onChange,
}: {
  presenter: boolean;
  onChange: (on: boolean) => void;
}) {
  const m = useMessages();
  const toggle = () => {
    followFullscreen(!presenter);
    onChange(!presenter);
  };
  useShortcut(['p'], m.presenterShortcut, toggle);
  return (
    <button
      type="button"
      className="ts-presenter-button"
      aria-pressed={presenter}
      aria-keyshortcuts="p"
      onClick={toggle}
    >
      {m.presenterMode}
    </button>
  );
}
