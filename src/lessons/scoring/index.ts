export { DEFAULT_SCORING_TEXT, EXAMPLE_TEXTS, type ExampleText } from './exampleTexts';
export {
  CURVE_TEMPERATURES,
  type CurveEvent,
  DENSE_CURVE_LIMIT,
  type LossCurve,
  lossCurve,
} from './lossCurve';
export { lowestPoint } from './lowestPoint';
export { predictionEntropy } from './predictionEntropy';
export { RANK_BUCKETS, type RankBucket, rankBucket } from './rankBucket';
export { ScoringLesson, type ScoringLessonProps } from './ScoringLesson';
export { type ScoredText, type ScoredToken, scoreText } from './scoreText';
export { type SparsePrediction, sparsePrediction } from './sparsePrediction';
export { targetRank } from './targetRank';
