import { createStore, type StoreApi } from 'zustand/vanilla';
import type { NgramModel } from '../model/types';
import { sampleFromDistribution } from '../sampling/sampleFromDistribution';
import { bufferRing } from './bufferRing';
import { contextAfter } from './contextAfter';
import { deriveContext, deriveSampling } from './deriveStep';
import type { Derived, Explorer, ExplorerState, SamplerInputs, SessionInput, Step } from './types';
import { uniformDraws } from './uniformDraws';

/** How many of the most likely outcomes each step remembers as alternatives. */
const ALTERNATIVES = 5;

/** The rotating buffers derived arrays are written into. */
interface Rings {
  probs: (length: number) => Float64Array;
  logits: (length: number) => Float64Array;
  tempered: (length: number) => Float64Array;
}

const rings = (generations?: number): Rings => ({
  probs: bufferRing(generations),
  logits: bufferRing(generations),
  tempered: bufferRing(generations),
});

/** Initial inputs of an explorer; everything but the model has a default. */
export interface ExplorerInit extends Partial<SamplerInputs> {
  model: NgramModel;
  modelId: string;
  prompt?: string;
  seed?: number;
}

/** Makes one explorer store (one per mounted instance, so embeds never share state). */
export function createExplorerStore(init: ExplorerInit): StoreApi<Explorer> {
  return createStore<Explorer>()((set, get) => {
    let draw = uniformDraws(init.seed ?? 42);
    // Rotating buffers for the V-sized arrays replaced on every step and slider move.
    const buffers = rings();

    /** Recomputes the context-dependent arrays, then the sampling ones. */
    const withContext = (
      s: Omit<ExplorerState, keyof Derived>,
      from: Rings = buffers,
    ): ExplorerState => {
      const context = deriveContext(s.model, contextAfter(s.model, s.prompt, s.steps), from);
      return { ...s, ...deriveSampling(s.model, context, s, from.tempered) };
    };
    /** Recomputes only what temperature and filters change: O(V). */
    const withSampling = (s: ExplorerState, from: Rings = buffers): ExplorerState => ({
      ...s,
      ...deriveSampling(s.model, s, s, from.tempered),
    });
    const append = (s: ExplorerState, step: Step): Partial<ExplorerState> =>
      withContext({ ...s, steps: [...s.steps, step], redoSteps: [], lastU: step.u });
    const record = (s: ExplorerState, id: number, how: Step['how'], u: number | null): Step => ({
      id,
      how,
      u,
      p: s.probs[id],
      modelP: s.modelProbs[id],
      entropyBits: s.entropyBits,
      alternatives: Array.from(s.order.subarray(0, ALTERNATIVES)),
      temperature: s.temperature,
    });
    /** Replays a session's steps on scratch buffers, so the arrays views hold stay intact. */
    const replay = (session: SessionInput): ExplorerState => {
      const { steps: choices, ...inputs } = session;
      const start = { ...get(), ...inputs, steps: [], redoSteps: [], lastU: null };
      // No steps: one derivation, straight into the store's own buffers.
      if (choices.length === 0) return withContext(start);
      const scratch = rings(2);
      let s = withContext(start, scratch);
      const temperature = s.temperature;
      for (const choice of choices) {
        if (!Number.isInteger(choice.id) || choice.id < 0 || choice.id >= s.model.vocab.length)
          break;
        const at = choice.temperature ?? temperature;
        if (at !== s.temperature) s = withSampling({ ...s, temperature: at }, scratch);
        const u = choice.how === 'sampled' ? draw(s.steps.length) : null;
        const steps = [...s.steps, record(s, choice.id, choice.how, u)];
        s = withContext({ ...s, steps, lastU: u }, scratch);
      }
      return withContext({ ...s, temperature });
    };

    const initial = withContext({
      model: init.model,
      modelId: init.modelId,
      prompt: init.prompt ?? '',
      seed: init.seed ?? 42,
      temperature: init.temperature ?? 1,
      topK: init.topK ?? 0,
      topP: init.topP ?? 1,
      minP: init.minP ?? 0,
      maskUnk: init.maskUnk ?? true,
      steps: [],
      redoSteps: [],
      lastU: null,
    });

    return {
      ...initial,
      setPrompt: (prompt) =>
        set(withContext({ ...get(), prompt, steps: [], redoSteps: [], lastU: null })),
      setTemperature: (temperature) => {
        if (temperature !== get().temperature) set(withSampling({ ...get(), temperature }));
      },
      setFilters: (filters) => set(withSampling({ ...get(), ...filters })),
      setSeed: (seed) => {
        draw = uniformDraws(seed);
        set({ seed });
      },
      setModel: (model, modelId) =>
        set(withContext({ ...get(), model, modelId, steps: [], redoSteps: [], lastU: null })),
      step: () => {
        const s = get();
        const u = draw(s.steps.length);
        const greedy = s.temperature === 0;
        const id = sampleFromDistribution(s.probs, s.order, u);
        set(append(s, record(s, id, greedy ? 'greedy' : 'sampled', greedy ? null : u)));
      },
      choose: (id) => {
        const s = get();
        set(append(s, record(s, id, 'chosen', null)));
      },
      undo: () => get().rewindTo(get().steps.length - 1),
      redo: () => {
        const s = get();
        const next = s.redoSteps[s.redoSteps.length - 1];
        if (!next) return;
        const steps = [...s.steps, next];
        set(withContext({ ...s, steps, redoSteps: s.redoSteps.slice(0, -1), lastU: next.u }));
      },
      reset: () => get().rewindTo(0),
      rewindTo: (index) => {
        const s = get();
        if (index < 0 || index >= s.steps.length) return;
        const undone = s.steps.slice(index).reverse();
        const steps = s.steps.slice(0, index);
        const lastU = steps.length > 0 ? steps[steps.length - 1].u : null;
        set(withContext({ ...s, steps, redoSteps: [...s.redoSteps, ...undone], lastU }));
      },
      restore: (session) => {
        if (session.seed !== undefined) draw = uniformDraws(session.seed);
        set(replay(session));
      },
    };
  });
}
