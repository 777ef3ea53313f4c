export { GeneratedText } from './GeneratedText';
export { GeneratedToken } from './GeneratedToken';
export { ProbabilityLegend } from './ProbabilityLegend';
export { PROBABILITY_BUCKETS, probabilityBucket, probabilityShade } from './probabilityBucket';
export { TokenAlternatives } from './TokenAlternatives';
export { visibleToken } from './visibleToken';
