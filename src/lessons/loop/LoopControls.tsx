import { useId } from 'react';
import { useMessages } from '../../i18n/LocaleContext';

/** Props of the Loop lab's shared controls. */
export interface LoopControlsProps {
  prompt: string;
  playing: boolean;
  onPrompt(prompt: string): void;
  onStep(): void;
  onTogglePlay(): void;
  onReset(): void;
}

/** The shared prompt and the Step, Play / Pause and Reset buttons that drive every lane. */
export function LoopControls(props: LoopControlsProps) {
  const { prompt, playing, onPrompt, onStep, onTogglePlay, onReset } = props;
  const promptId = useId();
  const m = useMessages();
  return (
    <div className="ts-loop-controls">
      <label htmlFor={promptId}>{m.prompt}</label>{' '}
      <input
        id={promptId}
        type="text"
        value={prompt}
        spellCheck={false}
        onChange={(e) => onPrompt(e.currentTarget.value)}
      />{' '}
      <button type="button" onClick={onStep}>
        {m.step}
      </button>{' '}
      <button type="button" onClick={onTogglePlay}>
        {playing ? m.pause : m.play}
      </button>{' '}
      <button type="button" onClick={onReset}>
        {m.reset}
      </button>
    </div>
  );
}
