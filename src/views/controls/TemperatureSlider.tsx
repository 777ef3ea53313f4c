import { useExplorer, useExplorerStore } from '../ExplorerContext';
import {
  positionOf,
  TEMPERATURE_POSITIONS,
  temperatureAt,
  temperatureText,
} from './temperatureScale';

/** The temperature slider: 0 (greedy) to 3, finer between 0 and 1; React's onChange fires on every input event. */
export function TemperatureSlider() {
  const temperature = useExplorer((s) => s.temperature);
  const store = useExplorerStore();
  const text = temperatureText(temperature);
  return (
    <div className="ts-temperature">
      <label htmlFor="ts-temperature">Temperature</label>
      <input
        id="ts-temperature"
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
      <output htmlFor="ts-temperature" aria-hidden="true">
        T = {text}
      </output>
      <span className="ts-temperature-presets">
        <button type="button" onClick={() => store.getState().setTemperature(0)}>
          Greedy
        </button>
        <button type="button" onClick={() => store.getState().setTemperature(1)}>
          T = 1
        </button>
      </span>
    </div>
  );
}
