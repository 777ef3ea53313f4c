import type { NgramModel } from '../model/types';
import type { SessionInput } from '../store/types';
import type { BundledModelEntry } from './loadBundledModel';
import type { LinkState } from './permalinkState';

/** A session ready for the store, and what of the link or file it could not use. */
export interface OpenedSession {
  session: SessionInput & { model: NgramModel; modelId: string };
  problems: string[];
}

/**
 * Loads the model a link names — the first bundled model when it names none, one that is not
 * listed, or one that fails to load — and keeps the steps up to the first id outside that model's
 * vocabulary. `loadOther` opens a model that is not bundled (one the person trained and keeps in
 * this browser). Rejects only when the model it falls back to cannot be loaded either.
 */
export async function openLink(
  state: LinkState,
  entries: readonly BundledModelEntry[],
  load: (entry: BundledModelEntry) => Promise<NgramModel>,
  loadOther?: (id: string) => Promise<NgramModel>,
): Promise<OpenedSession> {
  const problems: string[] = [];
  const first = entries[0];
  if (!first) throw new Error('No bundled model is listed. Run `npm run models`.');
  let modelId = first.id;
  let model: NgramModel | null = null;
  if (state.modelId !== null && state.modelId !== first.id) {
    const named = entries.find((e) => e.id === state.modelId);
    const known = entries.map((e) => e.id).join(', ');
    if (!named && loadOther) {
      try {
        model = await loadOther(state.modelId);
        modelId = state.modelId;
      } catch {
        problems.push(
          `model "${state.modelId}" is not one of ${known} nor a model kept in this browser (used ${first.id})`,
        );
      }
    } else if (!named) {
      problems.push(`model "${state.modelId}" is not one of ${known} (used ${first.id})`);
    } else {
      try {
        model = await load(named);
        modelId = named.id;
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        problems.push(`model "${named.id}" could not be loaded: ${why} (used ${first.id})`);
      }
    }
  }
  model ??= await load(first);

  const size = model.vocab.length;
  const outside = state.steps.findIndex((step) => step.id >= size);
  const steps = outside < 0 ? state.steps : state.steps.slice(0, outside);
  if (outside >= 0) {
    problems.push(
      `step ${outside + 1} is token ${state.steps[outside].id}, outside the ${size} outcomes of ${modelId} (kept the ${outside} step${outside === 1 ? '' : 's'} before it)`,
    );
  }
  return { session: sessionOf(state, model, modelId, steps), problems };
}

/** The store's session for a link or file state, on the model it was opened with. */
export function sessionOf(
  state: LinkState,
  model: NgramModel,
  modelId: string,
  steps: LinkState['steps'],
): OpenedSession['session'] {
  const { prompt, temperature, seed, topK, topP, minP, maskUnk } = state;
  return { model, modelId, prompt, temperature, seed, topK, topP, minP, maskUnk, steps };
}
