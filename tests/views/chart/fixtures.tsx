import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { createExplorerStore } from '../../../src/store/createExplorerStore';
import type { Explorer } from '../../../src/store/types';
import { ExplorerProvider } from '../../../src/views/ExplorerContext';
import { tinyModel } from '../../fixtures/tinyModel';

/** A tiny whitespace bigram model: "the" is followed by cat (most often), dog, mat, … */
export const model = tinyModel([
  'the cat sat on the mat .',
  'the cat ate the fish .',
  'the cat saw the dog .',
  'the dog sat on the log .',
  'a bird sang in the tree .',
  'the bird flew over the hill and the river .',
  'my cat likes the sun and a warm bed .',
]);

/** The id of `<unk>`, masked for sampling by default. */
export const UNK = model.vocab.length - 2;

/** A fresh store on the tiny model with the prompt "the". */
export function tinyStore(): StoreApi<Explorer> {
  return createExplorerStore({ model, modelId: 'tiny', prompt: 'the', seed: 7 });
}

/** Renders `ui` inside an ExplorerProvider for `store`. */
export function renderWithStore(ui: ReactNode, store: StoreApi<Explorer>) {
  return render(<ExplorerProvider store={store}>{ui}</ExplorerProvider>);
}
