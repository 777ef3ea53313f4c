import { useId } from 'react';

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
  return (
    <div className="ts-loop-controls">
      <label htmlFor={promptId}>Prompt</label>{' '}
      <input
        id={promptId}
        type="text"
        value={prompt}
        spellCheck={false}
        onChange={(e) => onPrompt(e.currentTarget.value)}
      />{' '}
      <button type="button" onClick={onStep}>
        Step
      </button>{' '}
      <button type="button" onClick={onTogglePlay}>
        {playing ? 'Pause' : 'Play'}
      </button>{' '}
      <button type="button" onClick={onReset}>
        Reset
      </button>
    </div>
  );
}
