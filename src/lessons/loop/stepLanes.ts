import type { StoreApi } from 'zustand/vanilla';
import type { Explorer } from '../../store/types';
import { scheduledTemperature } from './scheduledTemperature';

/** A linear cooling schedule: `start` before the first step, `target` from step `steps` on. */
export interface TemperatureSchedule {
  start: number;
  target: number;
  steps: number;
}

/** One lane to step: its own store, and the schedule its temperature follows (null = fixed). */
export interface LaneToStep {
  store: StoreApi<Explorer>;
  schedule: TemperatureSchedule | null;
}

/**
 * Appends one token to every lane, in lockstep; a scheduled lane first gets the temperature
 * of the step it is about to take (its number of generated tokens).
 */
export function stepLanes(lanes: readonly LaneToStep[]): void {
  for (const { store, schedule } of lanes) {
    const state = store.getState();
    if (schedule) {
      const { start, target, steps } = schedule;
      state.setTemperature(scheduledTemperature(state.steps.length, start, target, steps));
    }
    store.getState().step();
  }
}
