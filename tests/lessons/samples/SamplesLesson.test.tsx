// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { generateTokens } from '../../../src/cli/generateTokens';
import { SamplesLesson } from '../../../src/lessons/samples';
import type { NgramModel } from '../../../src/model/types';
import { showToken } from '../../../src/views/format/showToken';
import { HOSTILE, renamed, wordsModel } from '../../views/text/fixtures';

const setText = (name: string | RegExp, role: 'textbox' | 'spinbutton', value: string) =>
  fireEvent.change(screen.getByRole(role, { name }), { target: { value } });
const sample = () =>
  fireEvent.click(screen.getByRole('button', { name: 'Sample 100 continuations' }));
const listItems = () =>
  within(screen.getByRole('list', { name: 'Continuations' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

/** The expected list, from 100 independent generateTokens runs grouped here. */
function expectedItems(model: NgramModel, prompt: string, t: number, length: number, seed: number) {
  const counts = new Map<string, number>();
  for (let j = 0; j < 100; j++) {
    const text = generateTokens(model, prompt, length, { temperature: t }, seed + j)
      .map((s) => showToken(s.token, s.id >= model.vocab.length - 2))
      .join('·');
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return Array.from(counts)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([text, n]) => `${text} × ${n}`);
}

function renderLesson(prompt = 'the') {
  render(<SamplesLesson model={wordsModel} modelId="tiny" />);
  setText('Prompt', 'textbox', prompt);
}

describe('SamplesLesson', () => {
  it('starts with the default prompt, T = 1, 5 tokens and seed 1, and draws nothing until asked', () => {
    render(<SamplesLesson model={wordsModel} modelId="tiny" />);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Prompt' }).value).toBe(
      'The jury said that the',
    );
    const value = (name: string) =>
      screen.getByRole<HTMLInputElement>('spinbutton', { name }).value;
    expect([value('Temperature'), value('Length'), value('Seed')]).toEqual(['1', '5', '1']);
    expect(screen.queryByRole('list', { name: 'Continuations' })).toBeNull();
  });

  it('at T = 0 all 100 continuations are the same: 1 distinct of 100', () => {
    renderLesson();
    setText('Temperature', 'spinbutton', '0');
    sample();
    expect(screen.getByText('1 distinct of 100')).toBeTruthy();
    expect(listItems()).toEqual(expectedItems(wordsModel, 'the', 0, 5, 1));
    expect(listItems()[0]).toMatch(/ × 100$/);
    expect(screen.getByText(/Most frequent: 100 of 100 \(100 %\)/)).toBeTruthy();
  });

  it('at T = 1 lists the distinct continuations with counts, most frequent first', () => {
    renderLesson();
    setText('Length', 'spinbutton', '3');
    sample();
    const expected = expectedItems(wordsModel, 'the', 1, 3, 1);
    expect(expected.length).toBeGreaterThan(1);
    expect(listItems()).toEqual(expected);
    expect(screen.getByText(`${expected.length} distinct of 100`)).toBeTruthy();
    const top = Number(/ × (\d+)$/.exec(expected[0])?.[1]);
    expect(screen.getByText(new RegExp(`Most frequent: ${top} of 100`))).toBeTruthy();
    const first = screen.getByRole('list', { name: 'First tokens' });
    const firstCounts = within(first)
      .getAllByRole('listitem')
      .map((li) => Number(/× (\d+)$/.exec(li.textContent ?? '')?.[1]));
    expect(firstCounts.reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('gives the same list for the same seed and another for another seed', () => {
    renderLesson();
    sample();
    const seed1 = listItems();
    setText('Seed', 'spinbutton', '2');
    sample();
    const seed2 = listItems();
    expect(seed2).toEqual(expectedItems(wordsModel, 'the', 1, 5, 2));
    expect(seed2).not.toEqual(seed1);
    setText('Seed', 'spinbutton', '1');
    sample();
    expect(listItems()).toEqual(seed1);
  });

  it('does not redraw while typing: the list keeps the settings it was drawn with', () => {
    renderLesson();
    sample();
    const before = listItems();
    setText('Temperature', 'spinbutton', '0');
    setText('Prompt', 'textbox', 'a');
    expect(listItems()).toEqual(before);
    expect(screen.getByText(/continuations of “the” \(T = 1,/)).toBeTruthy();
  });

  it('renders a hostile prompt and hostile tokens as text', () => {
    const model = renamed(wordsModel, 'cat', HOSTILE);
    const { container } = render(<SamplesLesson model={model} modelId="tiny" />);
    setText('Prompt', 'textbox', `${HOSTILE} the`);
    setText('Temperature', 'spinbutton', '2');
    setText('Length', 'spinbutton', '2');
    sample();
    expect(container.querySelector('img')).toBeNull();
    const summary = screen.getByText(/distinct of 100/).parentElement;
    expect(summary?.textContent).toContain(`continuations of “${HOSTILE} the”`);
    const shown = showToken(HOSTILE);
    expect(listItems().some((item) => item?.includes(shown))).toBe(true);
  });
});
