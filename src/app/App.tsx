import { useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { createExplorerStore } from '../store/createExplorerStore';
import type { Explorer } from '../store/types';
import { Explorer as ExplorerPage } from './Explorer';
import { Lesson } from './Lesson';
import { LessonGallery } from './LessonGallery';
import { modeFromHash, promptFromHash } from './lessons';
import { useBundledModels } from './useBundledModels';
import { useHash } from './useHash';

/** The starting text of a fresh page. */
export const DEFAULT_PROMPT = 'The jury said that the';

/** The standalone page: loads the bundled models, then shows the explorer or a lesson. */
export function App() {
  const models = useBundledModels();
  const hash = useHash();
  const mode = modeFromHash(hash);
  const [store, setStore] = useState<StoreApi<Explorer> | null>(null);
  if (!store && models.first) {
    const { entry, model } = models.first;
    setStore(createExplorerStore({ model, modelId: entry.id, prompt: DEFAULT_PROMPT }));
  }
  return (
    <main className="ts-app">
      <header className="ts-header">
        <h1>Tokenscope</h1>
        <p>The whole next-token distribution of a small language model, step by step.</p>
      </header>
      <LessonGallery current={mode} />
      {models.error && (
        <p role="alert" className="ts-error">
          {models.error}
        </p>
      )}
      {!store && !models.error && <p>Loading the model…</p>}
      {store && mode === 'explore' && (
        <ExplorerPage store={store} entries={models.entries} load={models.load} />
      )}
      {store && mode !== 'explore' && (
        // Lessons use the model picked in the explorer (read when the mode changes).
        <Lesson
          mode={mode}
          model={store.getState().model}
          modelId={store.getState().modelId}
          prompt={promptFromHash(hash)}
        />
      )}
    </main>
  );
}
