// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import { SamplesLesson } from '../../../src/lessons/samples';
import { wordsModel } from '../../views/text/fixtures';

function renderGerman() {
  return render(
    <LocaleProvider locale="de">
      <SamplesLesson model={wordsModel} modelId="words" />
    </LocaleProvider>,
  );
}

describe('SamplesLesson in German', () => {
  it('draws 100 continuations from its German button and reports them in German', () => {
    renderGerman();
    expect(screen.getByText('Drücken Sie „100 Fortsetzungen ziehen“, um zu ziehen.')).toBeTruthy();
    fireEvent.change(screen.getByRole('spinbutton', { name: /^Temperatur/ }), {
      target: { value: '0' },
    });
    fireEvent.blur(screen.getByRole('spinbutton', { name: /^Temperatur/ }));
    fireEvent.click(screen.getByRole('button', { name: '100 Fortsetzungen ziehen' }));
    const results = screen.getByRole('region', { name: 'Stichproben' });
    // Greedy: all hundred are the same.
    expect(results.textContent).toMatch(/^1 verschiedene von 100 Fortsetzungen von „The jury/);
    expect(results.textContent).toContain('Startwert 1). Am häufigsten: 100 von 100 (100 %).');
    expect(within(results).getByRole('heading', { name: 'Erstes Token' })).toBeTruthy();
    expect(within(results).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('list', { name: 'Fortsetzungen' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Erste Tokens' })).toBeTruthy();
  });

  it('explains a wrong length in German', () => {
    renderGerman();
    const length = screen.getByRole('spinbutton', { name: /^Länge/ });
    fireEvent.change(length, { target: { value: '99' } });
    fireEvent.blur(length);
    expect(screen.getByText('Geben Sie eine ganze Zahl von 1 bis 20 Tokens ein.')).toBeTruthy();
  });
});
