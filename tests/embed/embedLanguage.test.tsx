// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EmbeddedExplorer } from '../../src/embed/EmbeddedExplorer';
import type { ModelSource } from '../../src/embed/modelSource';
import { resolveEmbedOptions } from '../../src/embed/resolveEmbedOptions';
import { EMBED_ATTRIBUTES } from '../../src/embed/TokenScopeElement';
import { bundledEntry } from '../fixtures/bundledEntry';
import { tinyModel } from '../fixtures/tinyModel';

const model = tinyModel(['the cat sat on the mat .']);
const source: ModelSource = {
  entries: async () => [bundledEntry('tiny')],
  load: async () => model,
};

describe('an embed’s language', () => {
  it('<token-scope lang="de"> observes lang; resolveEmbedOptions reads it, English by default', () => {
    expect(EMBED_ATTRIBUTES).toContain('lang');
    expect(resolveEmbedOptions({ lang: 'de' })).toMatchObject({
      settings: { lang: 'de' },
      notices: [],
    });
    expect(resolveEmbedOptions({ lang: ' DE ' }).settings.lang).toBe('de');
    expect(resolveEmbedOptions({}).settings.lang).toBe('en');
  });

  it('an unknown lang falls back to English with a notice; other notices follow the language', () => {
    expect(resolveEmbedOptions({ lang: 'fr' })).toMatchObject({
      settings: { lang: 'en' },
      notices: ['lang="fr" is not one of en, de; using en.'],
    });
    expect(resolveEmbedOptions({ lang: 'de', seed: 'x' }).notices).toEqual([
      'seed="x" ist keine ganze Zahl von 0 bis 4294967295; es gilt 42.',
    ]);
    expect(resolveEmbedOptions({ seed: 'x' }).notices).toEqual([
      'seed="x" is not a whole number from 0 to 4294967295; using 42.',
    ]);
  });

  it('EmbeddedExplorer with lang="de" names its controls in German and marks its top element', async () => {
    const { container } = render(
      <main>
        <EmbeddedExplorer options={{ lang: 'de', prompt: 'the' }} source={source} />
      </main>,
    );
    await screen.findByRole('button', { name: 'Schritt' });
    expect(container.querySelector('main > div')?.getAttribute('lang')).toBe('de');
    expect(screen.getByRole('log', { name: 'Erzeugter Text' })).toBeTruthy();
    // An embed has no Language picker: the page that embeds it chooses.
    expect(screen.queryByRole('combobox', { name: 'Sprache' })).toBeNull();
  });
});
