export { distinctNgramRatio } from './distinctNgramRatio';
export { LOOP_LAB_PROMPT, LoopLab, type LoopLabProps } from './LoopLab';
export { type LoopStatus, loopStatus } from './loopStatus';
export { repeatedNgramShare } from './repeatedNgramShare';
export { scheduledTemperature } from './scheduledTemperature';
export { type LaneToStep, stepLanes, type TemperatureSchedule } from './stepLanes';
