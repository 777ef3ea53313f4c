import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { BundledModelEntry } from '../../../src/app/loadBundledModel';
import { createShareApi } from '../../../src/app/permalinkShare';
import type { NgramModel } from '../../../src/model/types';
import { createExplorerStore } from '../../../src/store/createExplorerStore';
import { ALL_CONTROLS } from '../../../src/views/controls/controlNames';
import { ExplorerProvider } from '../../../src/views/ExplorerContext';
import { ShareProvider } from '../../../src/views/share/ShareContext';
import { bundledEntry } from '../../fixtures/bundledEntry';
import { tinyModel } from '../../fixtures/tinyModel';

/** Markup that must only ever be shown as text. */
export const HOSTILE = '<img src=x onerror=alert(1)>';

const entry = bundledEntry;
/** Two models with different vocabularies, as the page's bundled list. */
export const models: Record<string, NgramModel> = {
  cats: tinyModel(['the cat sat on the mat .', 'the cat ate the fish .']),
  dogs: tinyModel(['a dog ran to the log', 'the dog sat']),
};
export const entries = [entry('cats'), entry('dogs')];
const load = async (e: BundledModelEntry) => models[e.id];

/** An explorer store on the first model with the page's real share functions. */
export function shareSetup(prompt = 'the') {
  const store = createExplorerStore({ model: models.cats, modelId: 'cats', prompt, seed: 5 });
  const api = createShareApi({ store, controls: ALL_CONTROLS, entries, load, compact: false });
  const renderShare = (ui: ReactElement) =>
    render(
      <ExplorerProvider store={store}>
        <ShareProvider api={api}>{ui}</ShareProvider>
      </ExplorerProvider>,
    );
  return { store, api, renderShare };
}
