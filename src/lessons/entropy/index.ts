export { EntropyLesson, type EntropyLessonProps } from './EntropyLesson';
export { entropyLevel } from './entropyLevel';
export { ENTROPY_PRESETS, type EntropyPreset } from './entropyPresets';
export { meanEntropy } from './meanEntropy';
export { type MeasuredToken, measureText, type TextMeasure } from './measureText';
export { predictionEntropies } from './predictionEntropies';
