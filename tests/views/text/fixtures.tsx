import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { trainModel } from '../../../src/model/trainModel';
import type { NgramModel } from '../../../src/model/types';
import { createExplorerStore } from '../../../src/store/createExplorerStore';
import type { Explorer } from '../../../src/store/types';
import { ExplorerProvider } from '../../../src/views/ExplorerContext';

/** Markup that must only ever be shown as text. */
export const HOSTILE = '<img src=x onerror=alert(1)>';

/** A whitespace-tokenized trigram model over a tiny corpus. */
export const wordsModel = trainModel(
  ['the cat sat on the mat .', 'the dog sat on the log .', 'the cat ate the fish .', 'a zebra'],
  {
    tokenizer: 'whitespace',
    order: 3,
    smoothing: 'kn',
    discount: 0.75,
    k: 1,
    vocabSize: 50,
    minCount: 1,
  },
);

/** A GPT-2-style (`word`) tokenizer model: tokens keep their leading spaces; newlines are tokens. */
export const gptModel = trainModel(['The cat sat.\nThe dog ran.', 'A cat ran home.\nThe end.'], {
  tokenizer: 'word',
  order: 3,
  smoothing: 'kn',
  discount: 0.75,
  k: 1,
  vocabSize: 50,
  minCount: 1,
});

/** The id of a token in a model's vocabulary (fails the test when missing). */
export function idOf(model: NgramModel, token: string): number {
  const id = model.vocab.indexOf(token);
  if (id < 0) throw new Error(`${JSON.stringify(token)} is not in the vocabulary`);
  return id;
}

/** The same model with one vocabulary entry renamed (e.g. to markup). */
export function renamed(model: NgramModel, from: string, to: string): NgramModel {
  return { ...model, vocab: model.vocab.map((t) => (t === from ? to : t)) };
}

/** A fresh store for a model and prompt. */
export function storeFor(model: NgramModel = wordsModel, prompt = 'the'): StoreApi<Explorer> {
  return createExplorerStore({ model, modelId: 'tiny', prompt, seed: 7 });
}

/** Renders a view inside a provider of the given store. */
export function renderWithStore(ui: ReactElement, store: StoreApi<Explorer>) {
  return render(<ExplorerProvider store={store}>{ui}</ExplorerProvider>);
}
