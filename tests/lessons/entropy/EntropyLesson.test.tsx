// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ENTROPY_PRESETS, EntropyLesson } from '../../../src/lessons/entropy';
import { en } from '../../../src/lessons/messages/en';
import { distribution } from '../../../src/model/distribution';
import { encodeText } from '../../../src/model/encodeText';
import { scoreSegments } from '../../../src/model/scoreSegments';
import { splitSegments } from '../../../src/model/splitSegments';
import type { NgramModel } from '../../../src/model/types';
import { HOSTILE } from '../../views/text/fixtures';
import { entropyModel } from './entropyModel';

/** Mean entropy and bits per token recomputed here, position by position, without the lesson's helpers. */
function expected(model: NgramModel, text: string): { mean: string; bits: string; events: number } {
  const segments = splitSegments(text).map((s) => encodeText(model, s).ids);
  let sum = 0;
  let events = 0;
  for (const ids of segments) {
    for (let i = 0; i <= ids.length; i++) {
      const probs = distribution(model, ids.subarray(0, i));
      sum -= probs.reduce((h, p) => (p > 0 ? h + p * Math.log2(p) : h), 0);
      events++;
    }
  }
  const bits = scoreSegments(model, segments).crossEntropyBits;
  return { mean: (sum / events).toFixed(2), bits: bits.toFixed(2), events };
}

const table = () => screen.getByRole('table', { name: 'Entropy by context, in numbers' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('EntropyLesson', () => {
  it('shows one chart row and one table row per preset with the mean entropy and bits per token', () => {
    render(<EntropyLesson model={entropyModel} modelId="test" />);
    const chart = screen.getByRole('img', { name: 'Entropy by context' });
    expect(chart.querySelectorAll('.ts-entropy-row')).toHaveLength(ENTROPY_PRESETS.length);
    const rows = bodyRows();
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(
      ENTROPY_PRESETS.map((p) => en[p.label]),
    );
    ENTROPY_PRESETS.forEach((preset, i) => {
      const { mean, bits, events } = expected(entropyModel, preset.text);
      expect(cells(rows[i])).toEqual([String(events), mean, bits]);
      const labels = Array.from(
        chart.querySelectorAll(`[data-row="${preset.id}"] .ts-entropy-value`),
        (t) => t.textContent,
      );
      expect(labels).toEqual([mean, bits]);
    });
  });

  it('makes JSON and code plainly less uncertain than fiction', () => {
    render(<EntropyLesson model={entropyModel} modelId="test" />);
    const mean = (label: string) => {
      const row = bodyRows().find((r) => within(r).getByRole('rowheader').textContent === label);
      return Number(row ? cells(row)[1] : Number.NaN);
    };
    expect(mean('JSON')).toBeLessThan(mean('Fiction') / 2);
    expect(mean('Code')).toBeLessThan(mean('Fiction') / 2);
    expect(screen.getByText(/^Most predictable: (JSON|Code)/)).toBeTruthy();
  });

  it('shades the chosen preset token by token, with the bits before each token in its title', () => {
    render(<EntropyLesson model={entropyModel} modelId="test" />);
    fireEvent.click(screen.getByRole('button', { name: 'Code' }));
    expect(screen.getByRole('button', { name: 'Code' }).getAttribute('aria-pressed')).toBe('true');
    const shaded = screen.getByRole('figure', { name: 'Code, shaded by entropy' });
    const tokens = shaded.querySelectorAll('.ts-entropy-token');
    const code = ENTROPY_PRESETS[1].text;
    expect(tokens).toHaveLength(expected(entropyModel, code).events);
    const ids = encodeText(entropyModel, code).ids;
    const first = distribution(entropyModel, ids.subarray(0, 0));
    const h0 = -first.reduce((h, p) => (p > 0 ? h + p * Math.log2(p) : h), 0);
    expect(tokens[0].textContent).toBe('export');
    expect(tokens[0].getAttribute('title')).toMatch(new RegExp(`^${h0.toFixed(2)} bits before`));
    expect(tokens[tokens.length - 1].textContent).toBe('¶');
    const levels = new Set(Array.from(tokens, (t) => t.getAttribute('data-level')));
    expect(levels.has('0')).toBe(true);
  });

  it('adds a "Your text" row for typed text, measured like the presets', async () => {
    render(<EntropyLesson model={entropyModel} modelId="test" />);
    expect(bodyRows()).toHaveLength(ENTROPY_PRESETS.length);
    const text = 'The mayor said that the river ran past the village.';
    await act(async () => {
      fireEvent.change(screen.getByRole('textbox', { name: 'Your text' }), {
        target: { value: text },
      });
    });
    const rows = bodyRows();
    expect(rows).toHaveLength(ENTROPY_PRESETS.length + 1);
    const last = rows[rows.length - 1];
    expect(within(last).getByRole('rowheader').textContent).toBe('Your text');
    const { mean, bits, events } = expected(entropyModel, text);
    expect(cells(last)).toEqual([String(events), mean, bits]);
    const chart = screen.getByRole('img', { name: 'Entropy by context' });
    expect(chart.querySelectorAll('.ts-entropy-row')).toHaveLength(ENTROPY_PRESETS.length + 1);
  });

  it('renders hostile text as text, in the shaded view and nowhere as markup', async () => {
    const { container } = render(<EntropyLesson model={entropyModel} modelId="test" />);
    await act(async () => {
      fireEvent.change(screen.getByRole('textbox', { name: 'Your text' }), {
        target: { value: HOSTILE },
      });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Your text' }));
    const shaded = screen.getByRole('figure', { name: 'Your text, shaded by entropy' });
    expect(shaded.textContent).toContain('<img');
    expect(shaded.textContent).toContain('onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    const unknown = shaded.querySelectorAll('.ts-entropy-unk');
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown[0].getAttribute('title')).toMatch(/not in the vocabulary, read as <unk>$/);
  });
});
