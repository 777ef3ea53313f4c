import { EntropyLesson } from '../lessons/entropy';
import { LoopLab } from '../lessons/loop';
import { SamplesLesson } from '../lessons/samples';
import { ScoringLesson } from '../lessons/scoring';
import type { NgramModel } from '../model/types';
import type { Mode } from './lessons';

/** The lesson of a mode, on the default model. */
export function Lesson({
  mode,
  model,
  modelId,
}: {
  mode: Exclude<Mode, 'explore'>;
  model: NgramModel;
  modelId: string;
}) {
  switch (mode) {
    case 'loop':
      return <LoopLab model={model} modelId={modelId} />;
    case 'score':
      return <ScoringLesson key={modelId} model={model} modelId={modelId} />;
    case 'entropy':
      return <EntropyLesson model={model} modelId={modelId} />;
    case 'samples':
      return <SamplesLesson model={model} modelId={modelId} />;
  }
}
