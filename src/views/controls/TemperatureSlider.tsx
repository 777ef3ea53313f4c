import { type ChangeEvent, memo, useCallback, useId, useLayoutEffect, useRef } from 'react';
import { useMessages } from '../../i18n/LocaleContext';
import { useExplorerStore } from '../ExplorerContext';
import { useShortcut } from '../shortcuts/ShortcutContext';
import { writeText } from '../writeText';
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

/**
 * The temperature slider: 0 (greedy) to 3, finer between 0 and 1; React's onChange fires on every
 * input event. A move does not render it: a store subscription sets the input's position and
 * value text directly (React would rewrite the whole input, its type and name too, every move).
 */
export function TemperatureSlider() {
  const m = useMessages();
  const store = useExplorerStore();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const valueRef = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const show = (temperature: number) => {
      const text = m.temperatureText(temperature);
      const position = String(positionOf(temperature));
      const input = inputRef.current;
      if (input) {
        if (input.value !== position) input.value = position;
        input.setAttribute('aria-valuetext', text);
      }
      writeText(valueRef.current, text);
    };
    show(store.getState().temperature);
    return store.subscribe((s, before) => {
      if (s.temperature !== before.temperature) show(s.temperature);
    });
  }, [store, m]);
  const onChange = useCallback(
    (event: ChangeEvent<HTMLInputElement>) =>
      store.getState().setTemperature(temperatureAt(Number(event.currentTarget.value))),
    [store],
  );
  const nudge = (by: number) => {
    const from = positionOf(store.getState().temperature);
    const position = Math.min(TEMPERATURE_POSITIONS, Math.max(0, from + by));
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
          ref={inputRef}
          id={id}
          type="range"
          min={0}
          max={TEMPERATURE_POSITIONS}
          step={1}
          onChange={onChange}
        />
      </span>
      <output htmlFor={id} aria-hidden="true">
        T = <span ref={valueRef} className="ts-temperature-value" />
      </output>
      <Presets />
    </div>
  );
}
