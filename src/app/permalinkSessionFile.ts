import type { LinkState } from './permalinkState';

/** What a session file says it is. */
export const SESSION_FORMAT = 'tokenscope-session';

/**
 * The whole session as JSON, loadable again: the format and its version, the model id, the
 * prompt, the sampler settings and seed, and every step with its id, its token (so a file opened
 * with another model is caught), how it was chosen and at what temperature.
 */
export function sessionFile(state: LinkState, vocab: readonly string[]): string {
  const file = {
    format: SESSION_FORMAT,
    version: 1,
    model: state.modelId,
    prompt: state.prompt,
    temperature: state.temperature,
    seed: state.seed,
    topK: state.topK,
    topP: state.topP,
    minP: state.minP,
    maskUnk: state.maskUnk,
    steps: state.steps.map((step) => ({
      id: step.id,
      token: vocab[step.id] ?? null,
      how: step.how,
      temperature: step.temperature,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
