import { useMessages } from '../i18n/LocaleContext';
import { EntropyLesson } from '../lessons/entropy';
import { LoopLab } from '../lessons/loop';
import { SamplesLesson } from '../lessons/samples';
import { ScoringLesson } from '../lessons/scoring';
import type { NgramModel } from '../model/types';
import { LESSONS, type Mode } from './lessons';

/** Props of a lesson: its mode, the explorer's model, and where a link asked it to start. */
export interface LessonProps {
  mode: Exclude<Mode, 'explore'>;
  model: NgramModel;
  modelId: string;
  prompt: string | null;
}

/** The lesson of a mode, on the explorer's model; `prompt` is where a link asked it to start. */
export function Lesson(props: LessonProps) {
  const m = useMessages();
  const keys = LESSONS.find((lesson) => lesson.mode === props.mode)?.keys;
  return (
    <section className="ts-lesson" aria-labelledby="ts-lesson-title">
      <h2 id="ts-lesson-title">{keys && m[keys.title]}</h2>
      <LessonBody {...props} />
    </section>
  );
}

function LessonBody({ mode, model, modelId, prompt }: LessonProps) {
  switch (mode) {
    case 'loop':
      return <LoopLab model={model} modelId={modelId} />;
    case 'score':
      return <ScoringLesson key={modelId} model={model} modelId={modelId} />;
    case 'entropy':
      return <EntropyLesson model={model} modelId={modelId} />;
    case 'samples':
      return (
        <SamplesLesson
          key={prompt ?? ''}
          model={model}
          modelId={modelId}
          prompt={prompt ?? undefined}
        />
      );
  }
}
