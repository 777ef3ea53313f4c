import type { NgramModel } from '../model/types';
import type { UserModelEntry } from './UserModelEntry';
import { uniqueName } from './uniqueName';

/**
 * A new list entry for a model; `fallbackName` names it when its file has no name, and a number
 * is added when another model has that name already.
 */
export function newUserModelEntry(
  model: NgramModel,
  byteLength: number,
  fallbackName: string,
  takenNames: readonly string[] = [],
  now = Date.now(),
): UserModelEntry {
  const { tokenizer, order, smoothing } = model.settings;
  return {
    id: `user-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    name: uniqueName(model.meta.name?.trim() || fallbackName, takenNames),
    tokenizer,
    order,
    smoothing,
    outcomes: model.vocab.length,
    byteLength,
    createdAt: now,
  };
}
