// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModelLoadError } from '../../src/app/ModelLoadError';
import { EmbeddedExplorer } from '../../src/embed/EmbeddedExplorer';
import type { ModelSource } from '../../src/embed/modelSource';
import { bundledEntry } from '../fixtures/bundledEntry';
import { tinyModel } from '../fixtures/tinyModel';

const model = tinyModel(['the cat sat on the mat .']);
const source: ModelSource = {
  entries: async () => [bundledEntry('words'), bundledEntry('letters')],
  load: async () => model,
};
const failing = (error: unknown): ModelSource => ({
  entries: () => Promise.reject(error),
  load: () => Promise.reject(new Error('unreachable')),
});

describe('the embed’s model notices in German', () => {
  it('a model that is not bundled is named in a German notice', async () => {
    render(<EmbeddedExplorer options={{ lang: 'de', model: 'gpt-5' }} source={source} />);
    const note = await screen.findByRole('note', { name: 'Einbettungseinstellungen' });
    expect(within(note).getByRole('listitem').textContent).toBe(
      'model="gpt-5" ist kein mitgeliefertes Modell; es gilt "words" (mitgeliefert: words, letters).',
    );
  });

  it('a folder without models says in German where they are expected', async () => {
    render(
      <EmbeddedExplorer
        options={{ lang: 'de' }}
        source={failing(new ModelLoadError({ kind: 'list', status: 404 }))}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Die Modellliste konnte nicht geladen werden (HTTP 404). Tokenscope sucht seine Modelle im Ordner models/ neben tokenscope.js: Kopieren Sie den ganzen erstellten Ordner.',
    );
  });

  it('an empty model list: English as before, German under de', async () => {
    const empty: ModelSource = { entries: async () => [], load: async () => model };
    const view = render(<EmbeddedExplorer options={{}} source={empty} />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'models/index.json lists no model. Tokenscope looks for its models in the models/ folder beside tokenscope.js: copy the whole built folder.',
    );
    view.unmount();
    render(<EmbeddedExplorer options={{ lang: 'de' }} source={empty} />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'models/index.json führt kein Modell auf. Tokenscope sucht seine Modelle im Ordner models/ neben tokenscope.js: Kopieren Sie den ganzen erstellten Ordner.',
    );
  });
});
