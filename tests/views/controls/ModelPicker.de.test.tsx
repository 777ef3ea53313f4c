// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import type { Locale } from '../../../src/i18n/locales';
import { ModelPicker } from '../../../src/views/controls/ModelPicker';

const models = [
  { id: 'brown-word', name: 'Words: Brown corpus + JSON and code' },
  { id: 'brown-char', name: 'Characters: Brown corpus + JSON and code' },
  { id: 'elsewhere', name: 'A model from another list' },
];
const userModels = [{ id: 'user:1', name: 'brown-word' }];

const optionTexts = () =>
  within(screen.getByRole('combobox'))
    .getAllByRole('option')
    .map((o) => o.textContent);

/** The picker with the models above, in `locale`. */
const renderPicker = (locale: Locale) =>
  render(
    <LocaleProvider locale={locale}>
      <ModelPicker
        models={models}
        userModels={userModels}
        value="brown-word"
        busy={false}
        onChange={() => {}}
      />
    </LocaleProvider>,
  );

describe('ModelPicker names', () => {
  it('names the bundled models in German under German; other and trained models keep their names', () => {
    renderPicker('de');
    expect(optionTexts()).toEqual([
      'Wörter: Brown-Korpus + JSON und Code',
      'Zeichen: Brown-Korpus + JSON und Code',
      'A model from another list',
      'brown-word',
    ]);
  });

  it('names them as the model list does in English', () => {
    renderPicker('en');
    expect(optionTexts()).toEqual([...models.map((m) => m.name), 'brown-word']);
  });
});
