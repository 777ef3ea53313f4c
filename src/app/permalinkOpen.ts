import { en } from '../i18n/en';
import type { Messages } from '../i18n/Messages';
import type { NgramModel } from '../model/types';
import type { SessionInput } from '../store/types';
import type { BundledModelEntry } from './loadBundledModel';
import { loadErrorText } from './ModelLoadError';
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
 * this browser). Rejects only when the model it falls back to cannot be loaded either. The
 * problems are in the language of `m`.
 */
export async function openLink(
  state: LinkState,
  entries: readonly BundledModelEntry[],
  load: (entry: BundledModelEntry) => Promise<NgramModel>,
  loadOther?: (id: string) => Promise<NgramModel>,
  m: Messages = en,
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
        problems.push(m.linkModelNotKept(state.modelId, known, first.id));
      }
    } else if (!named) {
      problems.push(m.linkModelUnknown(state.modelId, known, first.id));
    } else {
      try {
        model = await load(named);
        modelId = named.id;
      } catch (e) {
        problems.push(m.linkModelFailed(named.id, loadErrorText(e, m), first.id));
      }
    }
  }
  model ??= await load(first);

  const size = model.vocab.length;
  const outside = state.steps.findIndex((step) => step.id >= size);
  const steps = outside < 0 ? state.steps : state.steps.slice(0, outside);
  if (outside >= 0) {
    const id = state.steps[outside].id;
    problems.push(m.linkStepOutside(outside + 1, id, size, modelId, outside));
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
