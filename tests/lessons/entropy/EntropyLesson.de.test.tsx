// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import { EntropyLesson } from '../../../src/lessons/entropy';
import { entropyModel } from './entropyModel';

function renderGerman() {
  return render(
    <LocaleProvider locale="de">
      <EntropyLesson model={entropyModel} modelId="test" />
    </LocaleProvider>,
  );
}

describe('EntropyLesson in German', () => {
  it('names the comparison, its rows and numbers in German', () => {
    renderGerman();
    expect(screen.getByRole('img', { name: 'Entropie nach Kontext' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Mittlere Entropie jeder Textart' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Wo sich das Modell sicher ist' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Entropie nach Kontext, in Zahlen' });
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(rows).toEqual(['JSON', 'Code', 'Nachrichten', 'Erzählung', 'Dialog']);
    const cells = within(table)
      .getAllByRole('cell')
      .map((c) => c.textContent ?? '');
    expect(cells.filter((c) => /^\d+,\d\d$/.test(c))).toHaveLength(10);
    expect(screen.getByRole('list', { name: 'Legende der Schattierung' }).textContent).toContain(
      'unter 1 Bit: sicher',
    );
  });

  it('still shades the chosen text, marks the English presets lang="en" and adds the reader\'s text', async () => {
    renderGerman();
    fireEvent.click(screen.getByRole('button', { name: 'Erzählung' }));
    const figure = screen.getByRole('figure', { name: 'Erzählung, nach Entropie schattiert' });
    expect(figure.querySelector('p')?.lang).toBe('en');
    expect(figure.querySelector('[title]')?.getAttribute('title')).toMatch(
      /^\d+,\d\d Bit vor diesem Token \(/,
    );
    await act(async () => {
      fireEvent.change(screen.getByRole('textbox', { name: 'Ihr Text' }), {
        target: { value: 'Der Hund schläft.' },
      });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ihr Text' }));
    const own = screen.getByRole('figure', { name: 'Ihr Text, nach Entropie schattiert' });
    expect(own.querySelector('p')?.hasAttribute('lang')).toBe(false);
  });
});
