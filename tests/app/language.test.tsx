// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { LOCALE_STORAGE_KEY } from '../../src/i18n/storedLocale';
import { bundledEntry } from '../fixtures/bundledEntry';
import { tinyModel } from '../fixtures/tinyModel';

const model = tinyModel(['the cat sat on the mat .', 'the dog sat on the log .']);
vi.mock('../../src/app/loadBundledModel', () => ({
  loadManifest: async () => [bundledEntry('tiny')],
  loadBundledModel: async () => model,
}));

/** The browser's preferred languages, as navigator.languages reports them. */
function browserLanguages(languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

beforeEach(() => {
  window.history.replaceState(null, '', window.location.pathname);
  window.localStorage.clear();
  vi.stubGlobal('indexedDB', new IDBFactory());
  document.documentElement.lang = 'en';
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const tokens = (name: string) => within(screen.getByRole('log', { name })).queryAllByRole('button');

describe('the page language', () => {
  it('App opens in English for an English browser, with the English names of the contract', async () => {
    browserLanguages(['en-US', 'de']);
    render(<App />);
    await screen.findByRole('button', { name: 'Step' });
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveProperty('value', 'en');
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toBeTruthy();
    // The distribution (slider, entropy, chart) mounts a frame after the prompt and text.
    expect(await screen.findByRole('status', { name: 'Entropy' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('App opens in German for a German browser: German names and <html lang="de">', async () => {
    browserLanguages(['de-DE', 'en']);
    render(<App />);
    await screen.findByRole('button', { name: 'Schritt' });
    expect(document.documentElement.lang).toBe('de');
    const picker = screen.getByRole('combobox', { name: 'Sprache' });
    expect(within(picker).getByRole('option', { name: 'English' }).getAttribute('lang')).toBe('en');
    expect(within(picker).getByRole('option', { name: 'Deutsch' }).getAttribute('lang')).toBe('de');
    expect(screen.getByRole('button', { name: 'Rückgängig' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Modell' })).toBeTruthy();
    expect(screen.getByRole('log', { name: 'Erzeugter Text' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Lektionen' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Step' })).toBeNull();
  });

  it('choosing Deutsch switches every name at once, keeps the steps and is remembered', async () => {
    browserLanguages(['en-US']);
    render(<App />);
    const step = await screen.findByRole('button', { name: 'Step' });
    fireEvent.click(step);
    fireEvent.click(step);
    // Under load jsdom may render the steps a task later while the page's later parts still mount
    // (in a transition); in a browser a click's update is drawn before the next paint.
    await waitFor(() => expect(tokens('Generated text')).toHaveLength(2));
    const before = tokens('Generated text').map((t) => t.textContent);

    act(() => {
      fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), {
        target: { value: 'de' },
      });
    });
    expect(await screen.findByRole('button', { name: 'Schritt' })).toBeTruthy();
    expect(tokens('Erzeugter Text').map((t) => t.textContent)).toEqual(before);
    expect(screen.getByRole('button', { name: 'Rückgängig' })).toHaveProperty('disabled', false);
    expect(document.documentElement.lang).toBe('de');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('de');
    // The live region speaks German from the next step on.
    fireEvent.click(screen.getByRole('button', { name: 'Schritt' }));
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Schrittansage' }).textContent).toMatch(
        /^Schritt 3: .*, Entropie \d+,\d\d Bit$/,
      ),
    );
  });

  it('a remembered choice wins over the browser language, and a link’s lang wins over both', async () => {
    browserLanguages(['de-DE']);
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    const first = render(<App />);
    await screen.findByRole('button', { name: 'Step' });
    first.unmount();

    window.history.replaceState(null, '', '#prompt=the&lang=de');
    render(<App />);
    await screen.findByRole('button', { name: 'Schritt' });
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveProperty('value', 'de');
  });

  it('storage that throws does not stop the choice: the page switches and does not remember', async () => {
    browserLanguages(['en']);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    render(<App />);
    await screen.findByRole('button', { name: 'Step' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), {
      target: { value: 'de' },
    });
    expect(await screen.findByRole('button', { name: 'Schritt' })).toBeTruthy();
  });
});
