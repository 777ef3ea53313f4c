import { useCallback, useState } from 'react';
import { useExplorer, useExplorerStore } from '../ExplorerContext';
import { useShortcut } from '../shortcuts/ShortcutContext';
import { ALL_CONTROLS, type ControlName } from './controlNames';
import { useAutoplay } from './useAutoplay';

/** Autoplay speeds: milliseconds between steps (0: one step every animation frame). */
const SPEEDS = { slow: 800, normal: 300, fast: 60, 'every frame': 0 } as const;
type Speed = keyof typeof SPEEDS;

/** Props of PlaybackControls: which buttons show (`step`, `play`, `undo`, `redo`, `reset`). */
export interface PlaybackControlsProps {
  shown?: ReadonlySet<ControlName>;
}

/** Step, Play / Pause with a speed, Undo, Redo and Reset. */
export function PlaybackControls({ shown = ALL_CONTROLS }: PlaybackControlsProps) {
  const store = useExplorerStore();
  const canUndo = useExplorer((s) => s.steps.length > 0);
  const canRedo = useExplorer((s) => s.redoSteps.length > 0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>('normal');
  const tick = useCallback(() => {
    store.getState().step();
    return true;
  }, [store]);
  useAutoplay(playing, SPEEDS[speed], tick);
  useShortcut(['s'], 'Step', () => store.getState().step(), shown.has('step'));
  useShortcut(['k'], 'Play or pause', () => setPlaying((now) => !now), shown.has('play'));
  useShortcut(['u'], 'Undo', () => store.getState().undo(), shown.has('undo'));
  useShortcut(['r'], 'Redo', () => store.getState().redo(), shown.has('redo'));
  return (
    <div className="ts-playback">
      {shown.has('step') && (
        <button type="button" onClick={() => store.getState().step()}>
          Step
        </button>
      )}
      {shown.has('play') && (
        <>
          <button type="button" onClick={() => setPlaying(!playing)}>
            {playing ? 'Pause' : 'Play'}
          </button>
          <label>
            Speed{' '}
            <select value={speed} onChange={(e) => setSpeed(e.currentTarget.value as Speed)}>
              {Object.keys(SPEEDS).map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {shown.has('undo') && (
        <button type="button" disabled={!canUndo} onClick={() => store.getState().undo()}>
          Undo
        </button>
      )}
      {shown.has('redo') && (
        <button type="button" disabled={!canRedo} onClick={() => store.getState().redo()}>
          Redo
        </button>
      )}
      {shown.has('reset') && (
        <button type="button" disabled={!canUndo} onClick={() => store.getState().reset()}>
          Reset
        </button>
      )}
    </div>
  );
}
