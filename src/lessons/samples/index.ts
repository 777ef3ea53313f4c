export { continuationText } from './continuationText';
export { type ContinuationGroup, groupContinuations } from './groupContinuations';
export {
  SAMPLE_COUNT,
  SAMPLES_PROMPT,
  SamplesLesson,
  type SamplesLessonProps,
} from './SamplesLesson';
export { type ContinuationSettings, sampleContinuations } from './sampleContinuations';
