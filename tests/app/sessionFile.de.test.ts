import { describe, expect, it } from 'vitest';
import { ModelLoadError } from '../../src/app/ModelLoadError';
import { loadSessionFile } from '../../src/app/permalinkLoadSession';
import { readSessionFile } from '../../src/app/permalinkSessionRead';
import { de } from '../../src/i18n/de';
import { en } from '../../src/i18n/en';
import { bundledEntry } from '../fixtures/bundledEntry';
import { tinyModel } from '../fixtures/tinyModel';

const small = tinyModel(['a b c']);
const entries = [bundledEntry('small'), bundledEntry('broken')];
const load = async (e: { id: string; name: string; file: string }) => {
  if (e.id === 'small') return small;
  throw new ModelLoadError({ kind: 'http', id: e.id, name: e.name, status: 404 });
};
/** A session file of the small model, with `change` applied. */
const session = (change: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'tokenscope-session',
    version: 1,
    model: 'small',
    prompt: 'a',
    temperature: 1,
    seed: 42,
    topK: 0,
    topP: 1,
    minP: 0,
    maskUnk: true,
    steps: [{ id: 1, token: small.vocab[1], how: 'sampled', temperature: 1 }],
    ...change,
  });

describe('why a session file is refused, in German', () => {
  it('the file as a whole: not JSON, not a session, another version', () => {
    expect(readSessionFile('[1, 2]', de).errors).toEqual([
      'sie ist keine Tokenscope-Sitzung (kein "format": "tokenscope-session")',
    ]);
    expect(readSessionFile(session({ version: 2 }), de).errors).toEqual([
      'ihre Version 2 ist nicht 1, die Version, die diese Seite liest',
    ]);
    expect(readSessionFile('{"format":', de).errors?.[0]).toMatch(/^sie ist kein JSON \(.+\)$/);
  });

  it('each wrong field, its value kept as written', () => {
    const bad = session({
      model: '../x',
      prompt: 5,
      temperature: '0.5',
      topP: 0,
      maskUnk: 1,
      steps: [{ id: -1, how: 'sampled', temperature: 1 }],
    });
    expect(readSessionFile(bad, de).errors).toEqual([
      'model "../x" ist kein Modellname',
      'prompt ist kein Text von höchstens 10000 Zeichen',
      'temperature "0.5" ist keine Zahl von 0 bis 3',
      'topP 0 ist keine Zahl über 0, höchstens 1',
      'maskUnk 1 ist nicht true oder false',
      'Schritt 1 {"id":-1,"how":"sampled","temperature":1… ist nicht {"id", "token", "how": sampled, greedy oder chosen, "temperature"}',
    ]);
    expect(readSessionFile(session({ steps: 'a_b' }), de).errors).toEqual([
      'steps ist keine Liste von höchstens 1000 Schritten',
    ]);
  });

  it('its model: unknown, failing to load, or with other tokens; English as before', async () => {
    const reasons = async (text: string) => [
      (await loadSessionFile(text, entries, load)).errors,
      (await loadSessionFile(text, entries, load, de)).errors,
    ];
    expect(await reasons(session({ model: 'gpt' }))).toEqual([
      ['its model "gpt" is not one of small, broken'],
      ['ihr Modell "gpt" ist keines von small, broken'],
    ]);
    expect(await reasons(session({ model: 'broken' }))).toEqual([
      [
        'its model "broken" could not be loaded: The model "broken" could not be loaded: the server answered HTTP 404.',
      ],
      [
        'ihr Modell "broken" konnte nicht geladen werden: Das Modell „broken“ konnte nicht geladen werden: der Server antwortete mit HTTP 404.',
      ],
    ]);
    const outside = session({ steps: [{ id: 99, how: 'chosen', temperature: 1 }] });
    const outcomes = small.vocab.length;
    expect(await reasons(outside)).toEqual([
      [`step 1 is token 99 in the file but token 99 of small is outside its ${outcomes} outcomes`],
      [
        `Schritt 1 ist in der Datei Token 99, aber Token 99 von small ist außerhalb seiner ${outcomes} Ausgänge`,
      ],
    ]);
    expect(de.sessionNotLoaded('sie ist kein JSON (x)')).toBe(
      'Sitzung nicht geladen: sie ist kein JSON (x). Die aktuelle Sitzung bleibt.',
    );
    expect(en.sessionSavedToken(3)).toBe('token 3');
  });
});
