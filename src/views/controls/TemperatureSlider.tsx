import { memo, useId } from 'react';
import { useMessages } from '../../i18n/LocaleContext';
import { useExplorer, useExplorerStore } from '../ExplorerContext';
import { useShortcut } from '../shortcuts/ShortcutContext';
import { positionOf, TEMPERATURE_POSITIONS, temperatureAt } from './temperatureScale';

/** Greedy and T = 1 buttons: unchanged by a slider move (memoized: not committed again). */
const Presets = memo(function Presets() {
  const m = useMessages();
  const store = useExplorerStore();
  return (
    <span className="ts-temperature-presets">
      <button type="button" onClick={() => store.getState().setTemperature(0)}>
        {m.greedy}
      </button>
      <button type="button" onClick={() => store.getState().setTemperature(1)}>
        {m.temperatureOne}
      </button>
    </span>
  );
});

/** The temperature slider: 0 (greedy) to 3, finer between 0 and 1; React's onChange fires on every input event. */
export function TemperatureSlider() {
  const m = useMessages();
  const temperature = useExplorer((s) => s.temperature);
  const store = useExplorerStore();
  const text = m.temperatureText(temperature);
  const id = useId();
  const nudge = (by: number) => {
    const position = Math.min(TEMPERATURE_POSITIONS, Math.max(0, positionOf(temperature) + by));
    store.getState().setTemperature(temperatureAt(position));
  };
  useShortcut(['['], m.temperatureDown, () => nudge(-5));
  useShortcut([']'], m.temperatureUp, () => nudge(5));
  useShortcut(['0'], m.greedyShortcut, () => store.getState().setTemperature(0));
  useShortcut(['1'], m.temperatureOne, () => store.getState().setTemperature(1));
  return (
    <div className="ts-temperature">
      <label htmlFor={id}>{m.temperature}</label>
      {/* The track and the value sit in boxes of fixed size (relayout boundaries): a move
          relayouts only them, not the page, and the buttons beside them never shift. */}
      <span className="ts-temperature-track">
        <input
          id={id}
          type="range"
          min={0}
          max={TEMPERATURE_POSITIONS}
          step={1}
          value={positionOf(temperature)}
          aria-valuetext={text}
          onChange={(e) =>
            store.getState().setTemperature(temperatureAt(Number(e.currentTarget.value)))
          }
        />
      </span>
      <output htmlFor={id} aria-hidden="true">
        T = <span className="ts-temperature-value">{text}</span>
      </output>
      <Presets />
    </div>
  );
}
