import { useCallback, useState } from 'react';
import { useMessages } from '../../i18n/LocaleContext';

import { useExplorer, useExplorerStore } from '../ExplorerContext';
import { useShortcut } from '../shortcuts/ShortcutContext';
import { ALL_CONTROLS, type ControlName } from './controlNames';
import { useAutoplay } from './useAutoplay';

/** Autoplay speeds: milliseconds between steps (0: one step every animation frame). */
const SPEEDS = { slow: 800, normal: 300, fast: 60, 'every frame': 0 } as const;
type Speed = keyof typeof SPEEDS;
/** The catalogue key of each speed's name. */
const SPEED_NAMES = {
  slow: 'speedSlow',
  normal: 'speedNormal',
  fast: 'speedFast',
  'every frame': 'speedEveryFrame',
} as const satisfies Record<Speed, string>;

/** Props of PlaybackControls: which buttons show (`step`, `play`, `undo`, `redo`, `reset`). */
export interface PlaybackControlsProps {
  shown?: ReadonlySet<ControlName>;
}

/** Step, Play / Pause with a speed, Undo, Redo and Reset. */
export function PlaybackControls({ shown = ALL_CONTROLS }: PlaybackControlsProps) {
  const store = useExplorerStore();
  const m = useMessages();
  const canUndo = useExplorer((s) => s.steps.length > 0);
  const canRedo = useExplorer((s) => s.redoSteps.length > 0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>('normal');
  const tick = useCallback(() => {
    store.getState().step();
    return true;
  }, [store]);
  useAutoplay(playing, SPEEDS[speed], tick);
  useShortcut(['s'], m.step, () => store.getState().step(), shown.has('step'));
  useShortcut(['k'], m.playOrPause, () => setPlaying((now) => !now), shown.has('play'));
  useShortcut(['u'], m.undo, () => store.getState().undo(), shown.has('undo'));
  useShortcut(['r'], m.redo, () => store.getState().redo(), shown.has('redo'));
  return (
    <div className="ts-playback">
      {shown.has('step') && (
        <button type="button" onClick={() => store.getState().step()}>
          {m.step}
        </button>
      )}
      {shown.has('play') && (
        <>
          <button type="button" onClick={() => setPlaying(!playing)}>
            {playing ? m.pause : m.play}
          </button>
          <label>
            {m.speed}{' '}
            <select value={speed} onChange={(e) => setSpeed(e.currentTarget.value as Speed)}>
              {Object.keys(SPEEDS).map((name) => (
                <option key={name} value={name}>
                  {m[SPEED_NAMES[name as Speed]]}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {shown.has('undo') && (
        <button type="button" disabled={!canUndo} onClick={() => store.getState().undo()}>
          {m.undo}
        </button>
      )}
      {shown.has('redo') && (
        <button type="button" disabled={!canRedo} onClick={() => store.getState().redo()}>
          {m.redo}
        </button>
      )}
      {shown.has('reset') && (
        <button type="button" disabled={!canUndo} onClick={() => store.getState().reset()}>
          {m.reset}
        </button>
      )}
    </div>
  );
}
