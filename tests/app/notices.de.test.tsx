// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadFirstModel } from '../../src/app/loadFirstModel';
import { loadErrorText, ModelLoadError } from '../../src/app/ModelLoadError';
import { decodeState } from '../../src/app/permalink';
import { openLink } from '../../src/app/permalinkOpen';
import { DEFAULT_LINK_STATE } from '../../src/app/permalinkState';
import { de } from '../../src/i18n/de';
import { LocaleProvider } from '../../src/i18n/LocaleContext';
import { LinkNotice } from '../../src/views/share/LinkNotice';
import { bundledEntry } from '../fixtures/bundledEntry';
import { tinyModel } from '../fixtures/tinyModel';

const entries = [bundledEntry('small'), bundledEntry('broken')];
const small = tinyModel(['a b c']);
/** "broken" fails as a damaged bundled file does. */
const load = async (e: { id: string; name: string; file: string }) => {
  if (e.id === 'small') return small;
  throw new ModelLoadError({
    kind: 'file',
    id: e.id,
    name: e.name,
    file: e.file,
    code: 'truncated',
  });
};

describe('notices in German', () => {
  it('a link notice reads in German under German, its values kept as written', async () => {
    const { state, problems } = decodeState('#t=abc&mode=bogus&zz=1&steps=1_2_X', de);
    const opened = await openLink({ ...state, modelId: 'broken' }, entries, load, undefined, de);
    render(
      <LocaleProvider locale="de">
        <LinkNotice problems={[...problems, ...opened.problems]} onDismiss={() => {}} />
      </LocaleProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Ein Teil dieses Links konnte nicht gelesen werden: ' +
        'mode "bogus" ist keine Lektion (der Explorer wird gezeigt); ' +
        'Temperatur "abc" ist keine Zahl von 0 bis 3 (es gilt 1); ' +
        'Schritt 3 "X" ist keine Token-ID (die 2 Schritte davor bleiben); ' +
        '"zz" ist keine Einstellung (ignoriert); ' +
        'das Modell „broken“ konnte nicht geladen werden: Das Modell „broken“ konnte nicht geladen ' +
        'werden: seine Datei broken.tsm ist unvollständig (abgeschnitten). (es gilt small).' +
        'Schließen',
    );
  });

  it('the same link gives the same English phrases as before without messages', async () => {
    const hash = '#t=abc&mode=bogus&zz=1&steps=1_2_X';
    expect(decodeState(hash).problems).toEqual([
      'mode "bogus" is not a lesson (showed the explorer)',
      'temperature "abc" is not a number from 0 to 3 (used 1)',
      'step 3 "X" is not a token id (kept the 2 steps before it)',
      '"zz" is not a setting (ignored)',
    ]);
    const opened = await openLink({ ...DEFAULT_LINK_STATE, modelId: 'broken' }, entries, load);
    expect(opened.problems).toEqual([
      'model "broken" could not be loaded: The model "broken" could not be loaded: its file broken.tsm is incomplete (cut off). (used small)',
    ]);
  });

  it('a model-load failure reads in German under German and stays English in its message', async () => {
    const failure = await loadFirstModel([bundledEntry('broken')], load).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ModelLoadError);
    expect((failure as Error).message).toBe(
      'No bundled model could be loaded. The model "broken" could not be loaded: its file broken.tsm is incomplete (cut off). Reload the page; if this keeps happening, the site’s models folder is missing or damaged (rebuild it with `npm run models`).',
    );
    expect(loadErrorText(failure, de)).toBe(
      'Keines der mitgelieferten Modelle konnte geladen werden. Das Modell „broken“ konnte nicht geladen werden: seine Datei broken.tsm ist unvollständig (abgeschnitten). Laden Sie die Seite neu; passiert das immer wieder, fehlt der Modellordner der Website oder ist beschädigt (neu erstellen mit `npm run models`).',
    );
    const http = new ModelLoadError({ kind: 'http', id: 'brown', name: 'Brown', status: 404 });
    expect(http.message).toBe(
      'The model "Brown" could not be loaded: the server answered HTTP 404.',
    );
    expect(loadErrorText(http, de)).toBe(
      'Das Modell „Brown“ konnte nicht geladen werden: der Server antwortete mit HTTP 404.',
    );
    expect(loadErrorText(new Error('plain'), de)).toBe('plain');
    // A bundled model is named in German under German; its message stays English.
    const bundled = new ModelLoadError({
      kind: 'network',
      id: 'brown-word',
      name: 'Words: Brown corpus + JSON and code',
    });
    expect(bundled.message).toContain('"Words: Brown corpus + JSON and code"');
    expect(loadErrorText(bundled, de)).toContain('„Wörter: Brown-Korpus + JSON und Code“');
  });
});
