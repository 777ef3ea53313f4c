import { useCallback, useState } from 'react';

import type { NgramModel } from '../../model/types';
import { useAutoplay } from '../../views/controls/useAutoplay';
import { ExplorerProvider } from '../../views/ExplorerContext';
import { LoopControls } from './LoopControls';
import { LoopLane } from './LoopLane';
import { SampledSettings, type SampledSettingsValue } from './SampledSettings';
import { stepLanes } from './stepLanes';
import { useLoopLanes } from './useLoopLanes';
import './LoopLab.css';
import { useLessonMessages } from '../messages/useLessonMessages';

/** The prompt a fresh Loop lab starts from. */
export const LOOP_LAB_PROMPT = 'The jury said that the';

/** Milliseconds between steps while playing. */
const PLAY_INTERVAL_MS = 300;

/** Play stops once the lanes hold this many generated tokens. */
const PLAY_LIMIT = 200;

/** Props of the Loop lab. */
export interface LoopLabProps {
  model: NgramModel;
  modelId: string;
}

/**
 * The Loop lab lesson: a greedy (T = 0) lane and a sampled lane continue one shared prompt in
 * lockstep; the greedy lane falls into a loop it can never leave, sampling escapes.
 */
export function LoopLab({ model, modelId }: LoopLabProps) {
  const lm = useLessonMessages();
  const [prompt, setPrompt] = useState(LOOP_LAB_PROMPT);
  const [playing, setPlaying] = useState(false);
  const [settings, setSettings] = useState<SampledSettingsValue>({
    temperature: 0.8,
    seed: 42,
    cooling: false,
    startTemperature: 2,
    coolingSteps: 30,
  });
  const lanes = useLoopLanes(model, modelId, {
    prompt: LOOP_LAB_PROMPT,
    temperature: settings.temperature,
    seed: settings.seed,
  });

  const step = useCallback(() => {
    const { cooling, startTemperature, temperature, coolingSteps } = settings;
    stepLanes([
      { store: lanes.greedy, schedule: null },
      {
        store: lanes.sampled,
        schedule: cooling
          ? { start: startTemperature, target: temperature, steps: coolingSteps }
          : null,
      },
    ]);
  }, [lanes, settings]);
  const tick = useCallback(() => {
    if (lanes.greedy.getState().steps.length >= PLAY_LIMIT) {
      setPlaying(false);
      return false;
    }
    step();
    return true;
  }, [lanes, step]);
  useAutoplay(playing, PLAY_INTERVAL_MS, tick);

  const changePrompt = (next: string) => {
    setPrompt(next);
    lanes.greedy.getState().setPrompt(next);
    lanes.sampled.getState().setPrompt(next);
  };
  const reset = () => {
    lanes.greedy.getState().reset();
    lanes.sampled.getState().reset();
  };
  const changeSettings = (change: Partial<SampledSettingsValue>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    const sampled = lanes.sampled.getState();
    if (change.seed !== undefined) {
      // Same seed, same text: a new seed starts the lane over.
      sampled.setSeed(change.seed);
      sampled.reset();
    }
    if (!next.cooling) sampled.setTemperature(next.temperature);
  };

  return (
    <div className="ts-loop-lab">
      <p className="ts-loop-intro">{lm.loopIntro}</p>
      <LoopControls
        prompt={prompt}
        playing={playing}
        onPrompt={changePrompt}
        onStep={step}
        onTogglePlay={() => setPlaying(!playing)}
        onReset={reset}
      />
      <div className="ts-loop-lanes">
        <ExplorerProvider store={lanes.greedy}>
          <LoopLane label={lm.greedyLane} title={lm.greedyLaneTitle} />
        </ExplorerProvider>
        <ExplorerProvider store={lanes.sampled}>
          <LoopLane label={lm.sampledLane} title={lm.sampledLaneTitle}>
            <SampledSettings value={settings} onChange={changeSettings} />
          </LoopLane>
        </ExplorerProvider>
      </div>
    </div>
  );
}
