import { describe, expect, it } from 'vitest';
import { langFromHash } from '../../src/app/langFromHash';
import { decodeState, encodeState } from '../../src/app/permalink';
import { embedSnippets } from '../../src/app/permalinkSnippets';
import { DEFAULT_LINK_STATE } from '../../src/app/permalinkState';
import { de } from '../../src/i18n/de';

describe('the language in a link', () => {
  it('encodeState writes lang=de before the version, and decodeState reads it back', () => {
    const state = { ...DEFAULT_LINK_STATE, lang: 'de' as const };
    const hash = encodeState(state);
    expect(hash).toMatch(/&lang=de&v=1$/);
    expect(decodeState(hash)).toEqual({ state, problems: [] });
    expect(langFromHash(hash)).toBe('de');
  });

  it('English, the default, is never written (an English link is byte for byte what it was)', () => {
    expect(encodeState({ ...DEFAULT_LINK_STATE, lang: 'en' })).toBe(
      encodeState(DEFAULT_LINK_STATE),
    );
    expect(encodeState(DEFAULT_LINK_STATE)).not.toContain('lang');
    expect(decodeState('#lang=en').state.lang).toBe('en');
  });

  it('decodeState never throws on a bad lang: the reader’s language stays and a notice says so', () => {
    for (const bad of ['fr', 'DE', '', '<script>']) {
      const { state, problems } = decodeState(`#prompt=a&lang=${encodeURIComponent(bad)}`);
      expect(state.lang).toBeUndefined();
      expect(state.prompt).toBe('a');
      expect(problems).toEqual([
        `lang ${JSON.stringify(bad)} is not one of en, de (used the browser's language)`,
      ]);
      expect(langFromHash(`#lang=${bad}`)).toBeNull();
    }
  });

  it('embedSnippets carries the language to the iframe and the web component, notes in German', () => {
    const state = {
      ...DEFAULT_LINK_STATE,
      lang: 'de' as const,
      topK: 5,
      steps: [{ id: 1, how: 'chosen' as const, temperature: 1 }],
    };
    const snippets = embedSnippets(
      state,
      'The jury said that the cat',
      'https://example.org/ts/',
      de,
    );
    expect(snippets.iframe).toContain('&amp;lang=de&amp;v=1');
    expect(snippets.webComponent).toContain(' lang="de"');
    expect(snippets.webComponentNote).toMatch(/^Die Web-Komponente beginnt beim aktuellen Text/);
    const english = embedSnippets(DEFAULT_LINK_STATE, '', 'https://example.org/ts/');
    expect(english.webComponent).not.toContain('lang=');
  });
});
