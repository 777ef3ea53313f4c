import { describe, expect, it } from 'vitest';
import { stepLanes } from '../../../src/lessons/loop/stepLanes';
import { createExplorerStore } from '../../../src/store/createExplorerStore';
import { loopModel } from './loopModel';

const lane = (temperature: number, seed = 42) =>
  createExplorerStore({ model: loopModel, modelId: 'loop', prompt: 'a', temperature, seed });
const tokens = (store: ReturnType<typeof lane>) =>
  store.getState().steps.map((s) => loopModel.vocab[s.id]);

describe('stepLanes', () => {
  it('stepLanes(lanes) appends one token to every lane', () => {
    const greedy = lane(0);
    const sampled = lane(0.8);
    stepLanes([
      { store: greedy, schedule: null },
      { store: sampled, schedule: null },
    ]);
    stepLanes([
      { store: greedy, schedule: null },
      { store: sampled, schedule: null },
    ]);
    expect(tokens(greedy)).toEqual(['b', 'x']);
    expect(sampled.getState().steps).toHaveLength(2);
    expect(sampled.getState().steps.every((s) => s.how === 'sampled')).toBe(true);
  });

  it('stepLanes(lanes) sets a scheduled lane to the temperature of the step it takes', () => {
    const cooled = lane(0.8);
    const schedule = { start: 2, target: 0.8, steps: 30 };
    stepLanes([{ store: cooled, schedule }]);
    expect(cooled.getState().temperature).toBe(2);
    stepLanes([{ store: cooled, schedule }]);
    expect(cooled.getState().temperature).toBeCloseTo(1.96, 12);
  });

  it('stepLanes(lanes) leaves stores it is not given alone (lanes share no state)', () => {
    const greedy = lane(0);
    const other = lane(0);
    stepLanes([{ store: greedy, schedule: { start: 3, target: 0, steps: 1 } }]);
    expect(greedy.getState().steps).toHaveLength(1);
    expect(other.getState().steps).toHaveLength(0);
    expect(other.getState().temperature).toBe(0);
  });
});
