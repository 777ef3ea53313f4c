// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { de } from '../../../src/i18n/de';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import { de as lessonDe } from '../../../src/lessons/messages/de';
import { EXAMPLE_TEXTS, ScoringLesson } from '../../../src/lessons/scoring';
import { gptModel } from '../../views/text/fixtures';
import { SCORING_MODELS, SCORING_TEXT } from './scoringModels';

const model = SCORING_MODELS['kn trigram'];

function renderGerman(m = model) {
  return render(
    <LocaleProvider locale="de">
      <ScoringLesson model={m} modelId="tiny" />
    </LocaleProvider>,
  );
}

describe('ScoringLesson in German', () => {
  it('names its parts in German and writes numbers with a decimal comma', () => {
    renderGerman();
    fireEvent.change(screen.getByRole('textbox', { name: 'Zu bewertender Text' }), {
      target: { value: SCORING_TEXT },
    });
    const status = screen.getByRole('status', { name: 'Kreuzentropie' });
    const bits = Number(status.getAttribute('data-cross-entropy-bits'));
    expect(status.textContent).toContain(`Kreuzentropie ${de.fixed(bits, 2)} Bit pro Token`);
    expect(status.textContent).toContain('über 18 Tokens');
    expect(screen.getByRole('heading', { name: 'An dieser Stelle' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Verlust und Temperatur' })).toBeTruthy();
    expect(screen.getByText('Alle Tokens')).toBeTruthy();
    expect(screen.queryByText(/Loss versus temperature|At this position/)).toBeNull();
    const buttons = within(screen.getByRole('region', { name: 'Bewerteter Text' })).getAllByRole(
      'button',
    );
    expect(buttons[0].getAttribute('aria-label')).toMatch(
      /^"the": Wahrscheinlichkeit \d+(,\d+)? %, Überraschung \d+,\d\d Bit, Rang \d+$/,
    );
    expect(buttons.at(-1)?.getAttribute('aria-label')).toMatch(/^Abschnittsende: /);
  });

  it('still inspects a token and switches examples in German; only the English text is lang="en"', () => {
    renderGerman(gptModel);
    const text = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Zu bewertender Text' });
    expect(text.lang).toBe('en');
    expect(screen.getByText(lessonDe.focusAToken)).toBeTruthy();
    const tokens = within(screen.getByRole('region', { name: 'Bewerteter Text' })).getAllByRole(
      'button',
    );
    fireEvent.click(tokens[1]);
    expect(tokens[1].getAttribute('aria-pressed')).toBe('true');
    const table = screen.getByRole('table', { name: /^Vorhergesagte Verteilung \(erste 10\)/ });
    expect(within(table).getByRole('columnheader', { name: 'Ziel (one-hot)' })).toBeTruthy();
    expect(screen.getByText(/^Verlust −log₂ p\(Ziel\) = \d+,\d\d Bit$/)).toBeTruthy();

    const example = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Beispiel' });
    expect(Array.from(example.options, (o) => o.textContent)).toEqual([
      'Prosa, dann JSON',
      'Prosa',
      'JSON',
      'Code',
    ]);
    fireEvent.change(example, { target: { value: 'code' } });
    expect(text.value).toBe(EXAMPLE_TEXTS[3].text);
    fireEvent.change(text, { target: { value: 'eigener Text' } });
    expect(text.lang).toBe('');
  });
});
