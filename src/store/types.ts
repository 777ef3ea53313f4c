import type { Explanation } from '../model/explainPrediction';
import type { NgramModel } from '../model/types';
import type { FilterCuts } from '../sampling/filterCuts';

/** How a generated token was chosen. */
export type ChoiceKind = 'sampled' | 'greedy' | 'chosen';

/** One generated token: what was chosen, how, and what the model thought at that step. */
export interface Step {
  /** Token id. */
  id: number;
  /** Drawn at T > 0, argmax at T = 0, or picked by the person. */
  how: ChoiceKind;
  /** The uniform draw used (the "dart" on the cumulative curve); null when not drawn. */
  u: number | null;
  /** Its probability in the distribution it was chosen from. */
  p: number;
  /** Its probability under the model (T = 1, no filters). */
  modelP: number;
  /** Entropy in bits of the distribution it was chosen from. */
  entropyBits: number;
  /** The most likely outcomes at that step (ids, by rank), for "what else could it have been". */
  alternatives: number[];
  /**
   * The temperature it was chosen at. The store always records it; hand-built steps may leave
   * it out, and links then read it as the current temperature.
   */
  temperature?: number;
}

/** What a session remembers of one step: the token, how it was chosen and at what temperature. */
export interface StepChoice {
  id: number;
  how: ChoiceKind;
  /** The temperature it was chosen at; the session's temperature when left out. */
  temperature?: number;
}

/** Sampler settings a person controls. */
export interface SamplerInputs {
  temperature: number;
  /** 0 = off. */
  topK: number;
  /** 1 = off. */
  topP: number;
  /** 0 = off. */
  minP: number;
  /** Whether `<unk>` is masked for sampling (on by default). */
  maskUnk: boolean;
}

/** Everything derived from the inputs for the current step; recomputed by the actions. */
export interface Derived {
  /** The ids the model sees: the current segment (prompt's last segment + generated). */
  contextIds: Uint32Array;
  /** The model's distribution (T = 1). */
  modelProbs: Float64Array;
  /** ln of modelProbs. */
  logits: Float64Array;
  /** Ids by modelProbs descending, ties by id; independent of temperature. */
  order: Uint32Array;
  /** Exclusive end ranks of the runs of equal logits along `order` (see logitRuns). */
  runEnds: Uint32Array;
  /** The distribution at the current temperature before filters (masked ids at 0). */
  temperedProbs: Float64Array;
  /** The distribution the next token is drawn from (temperature, mask and filters). */
  probs: Float64Array;
  /** Entropy in bits of `probs`. */
  entropyBits: number;
  /** Entropy in bits of the model's distribution (T = 1). */
  modelEntropyBits: number;
  /** Where each filter cuts the ranked distribution. */
  cuts: FilterCuts;
  /** How each order contributed to the prediction. */
  explanation: Explanation;
}

/** The explorer's state: inputs, history and derived arrays. */
export interface ExplorerState extends SamplerInputs, Derived {
  model: NgramModel;
  modelId: string;
  prompt: string;
  seed: number;
  steps: Step[];
  /** Steps undone, most recently undone last; a new step clears them. */
  redoSteps: Step[];
  /** The uniform draw of the last sampled step, for the cumulative chart. */
  lastU: number | null;
}

/** A whole session to rebuild: inputs left out keep their current values. */
export interface SessionInput extends Partial<SamplerInputs> {
  model?: NgramModel;
  modelId?: string;
  prompt?: string;
  seed?: number;
  /** The steps in order; each one's p, entropy and alternatives are recomputed. */
  steps: readonly StepChoice[];
}

/** Actions; each recomputes what it invalidates in the same update. */
export interface ExplorerActions {
  setPrompt(prompt: string): void;
  setTemperature(temperature: number): void;
  setFilters(filters: Partial<Omit<SamplerInputs, 'temperature'>>): void;
  setSeed(seed: number): void;
  setModel(model: NgramModel, modelId: string): void;
  /** Appends one token drawn from the current distribution (argmax at T = 0). */
  step(): void;
  /** Appends the given token instead of sampling: a branch the history remembers. */
  choose(id: number): void;
  undo(): void;
  redo(): void;
  /** Removes every generated token (the prompt stays). */
  reset(): void;
  /** Rewinds to just before step `index`; the removed steps can be redone. */
  rewindTo(index: number): void;
  /**
   * Replaces the session in one update (a link or a session file): sets the given inputs, then
   * replays the steps, step i with draw i of the seed, so further steps continue as they would
   * have. Stops at the first id outside the vocabulary; the redo history is cleared.
   */
  restore(session: SessionInput): void;
}

/** A store's full state. */
export type Explorer = ExplorerState & ExplorerActions;
