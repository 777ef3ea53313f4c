import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { NgramModel } from '../../model/types';
import { createExplorerStore } from '../../store/createExplorerStore';
import type { Explorer } from '../../store/types';

/** The Loop lab's lanes, each its own explorer store so they never share state. */
export interface LoopLanes {
  greedy: StoreApi<Explorer>;
  sampled: StoreApi<Explorer>;
}

/** Initial settings of the lanes. */
export interface LoopLanesInit {
  prompt: string;
  temperature: number;
  seed: number;
}

/**
 * Makes the greedy (T = 0) and sampled lanes once per mount; a new model replaces the model
 * of both (which clears their text).
 */
export function useLoopLanes(model: NgramModel, modelId: string, init: LoopLanesInit): LoopLanes {
  const [lanes] = useState<LoopLanes>(() => ({
    greedy: createExplorerStore({ model, modelId, prompt: init.prompt, temperature: 0 }),
    sampled: createExplorerStore({
      model,
      modelId,
      prompt: init.prompt,
      temperature: init.temperature,
      seed: init.seed,
    }),
  }));
  useEffect(() => {
    for (const store of [lanes.greedy, lanes.sampled]) {
      const s = store.getState();
      if (s.model !== model || s.modelId !== modelId) s.setModel(model, modelId);
    }
  }, [lanes, model, modelId]);
  return lanes;
}
