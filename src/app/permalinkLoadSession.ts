import type { NgramModel } from '../model/types';
import type { BundledModelEntry } from './loadBundledModel';
import { quoted } from './permalinkFields';
import { type OpenedSession, sessionOf } from './permalinkOpen';
import { readSessionFile } from './permalinkSessionRead';

/**
 * Reads a session file and loads its model: the session for the store, or every reason it cannot
 * be used (not a session, a wrong field, a model the page does not have or cannot load, a token
 * that is not the model's). Never throws and never falls back: a bad file is refused whole.
 */
export async function loadSessionFile(
  text: string,
  entries: readonly BundledModelEntry[],
  load: (entry: BundledModelEntry) => Promise<NgramModel>,
): Promise<{ session: OpenedSession['session']; errors?: undefined } | { errors: string[] }> {
  const read = readSessionFile(text);
  if (read.errors) return read;
  const { state, tokens } = read;
  const entry = entries.find((e) => e.id === state.modelId);
  if (!entry) {
    const known = entries.map((e) => e.id).join(', ');
    return { errors: [`its model ${quoted(state.modelId ?? '')} is not one of ${known}`] };
  }
  let model: NgramModel;
  try {
    model = await load(entry);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { errors: [`its model ${quoted(entry.id)} could not be loaded: ${why}`] };
  }
  const { vocab } = model;
  const wrong = state.steps.findIndex(
    (step, i) => step.id >= vocab.length || (tokens[i] !== null && tokens[i] !== vocab[step.id]),
  );
  if (wrong >= 0) {
    const { id } = state.steps[wrong];
    const saved = tokens[wrong] === null ? `token ${id}` : quoted(tokens[wrong] ?? '');
    const actual = id < vocab.length ? quoted(vocab[id]) : `outside its ${vocab.length} outcomes`;
    return {
      errors: [
        `step ${wrong + 1} is ${saved} in the file but token ${id} of ${entry.id} is ${actual}`,
      ],
    };
  }
  return { session: sessionOf(state, model, entry.id, state.steps) };
}
