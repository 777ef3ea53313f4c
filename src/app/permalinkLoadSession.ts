import { en } from '../i18n/en';
import type { Messages } from '../i18n/Messages';
import type { NgramModel } from '../model/types';
import type { BundledModelEntry } from './loadBundledModel';
import { loadErrorText } from './ModelLoadError';
import { quoted } from './permalinkFields';
import { type OpenedSession, sessionOf } from './permalinkOpen';
import { readSessionFile } from './permalinkSessionRead';

/**
 * Reads a session file and loads its model: the session for the store, or every reason it cannot
 * be used (not a session, a wrong field, a model the page does not have or cannot load, a token
 * that is not the model's), in the language of `m`. Never throws and never falls back: a bad file
 * is refused whole.
 */
export async function loadSessionFile(
  text: string,
  entries: readonly BundledModelEntry[],
  load: (entry: BundledModelEntry) => Promise<NgramModel>,
  m: Messages = en,
): Promise<{ session: OpenedSession['session']; errors?: undefined } | { errors: string[] }> {
  const read = readSessionFile(text, m);
  if (read.errors) return read;
  const { state, tokens } = read;
  const entry = entries.find((e) => e.id === state.modelId);
  if (!entry) {
    const known = entries.map((e) => e.id).join(', ');
    return { errors: [m.sessionModelUnknown(quoted(state.modelId ?? ''), known)] };
  }
  let model: NgramModel;
  try {
    model = await load(entry);
  } catch (e) {
    return { errors: [m.sessionModelFailed(quoted(entry.id), loadErrorText(e, m))] };
  }
  const { vocab } = model;
  const wrong = state.steps.findIndex(
    (step, i) => step.id >= vocab.length || (tokens[i] !== null && tokens[i] !== vocab[step.id]),
  );
  if (wrong >= 0) {
    const { id } = state.steps[wrong];
    const saved = tokens[wrong] === null ? m.sessionSavedToken(id) : quoted(tokens[wrong] ?? '');
    const actual = id < vocab.length ? quoted(vocab[id]) : m.sessionOutside(vocab.length);
    return { errors: [m.sessionStepMismatch(wrong + 1, saved, id, entry.id, actual)] };
  }
  return { session: sessionOf(state, model, entry.id, state.steps) };
}
