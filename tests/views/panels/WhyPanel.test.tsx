// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WhyPanel } from '../../../src/views/panels/WhyPanel';
import { HOSTILE, idOf, renamed, renderWithStore, storeFor, wordsModel } from '../text/fixtures';

afterEach(cleanup);

const panel = () => screen.getByRole('region', { name: 'Why this distribution' });
const chips = (name: string) =>
  within(within(panel()).getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);
/** Table rows below the header: [source, context, lookup, count, passed down, share]. */
const tableRows = () =>
  within(within(panel()).getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
const percent = (text: string) => Number.parseFloat(text.replace(/[<\s%]/g, ''));

describe('WhyPanel', () => {
  it('WhyPanel shows the context window the model uses, with ⟨start⟩ for padding', () => {
    renderWithStore(<WhyPanel />, storeFor());
    expect(chips('Context the model uses')).toEqual(['⟨start⟩', 'the']);
    expect(within(panel()).queryByRole('list', { name: /Earlier tokens/ })).toBeNull();
  });

  it('WhyPanel shows earlier tokens as outside the window', () => {
    const store = storeFor(wordsModel, 'the cat sat on');
    renderWithStore(<WhyPanel />, store);
    expect(chips('Context the model uses')).toEqual(['sat', 'on']);
    expect(chips('Earlier tokens, not seen by the model')).toEqual(['the', 'cat']);
    act(() => store.getState().choose(idOf(wordsModel, 'the')));
    expect(chips('Context the model uses')).toEqual(['on', 'the']);
  });

  it('WhyPanel gives each order’s share of the mass, and the shares sum to 100 %', () => {
    const store = storeFor();
    renderWithStore(<WhyPanel />, store);
    const rows = tableRows();
    expect(rows.map((r) => r[0])).toEqual([
      'trigram counts',
      'bigram counts',
      'unigram counts',
      'uniform floor',
    ]);
    const { explanation } = store.getState();
    const shares = rows.map((r) => percent(r[5]));
    explanation.orders.forEach((o, i) => {
      expect(shares[i]).toBeCloseTo(o.share * 100, 0);
    });
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    expect(rows[0][3]).toBe(String(explanation.orders[0].total));
    expect(panel().textContent).toMatch(/trigram counts \d+(\.\d+)? %, bigram counts/);
  });

  it('WhyPanel shows backoff when the top order’s context is unseen', () => {
    renderWithStore(<WhyPanel />, storeFor(wordsModel, 'zebra the'));
    const [trigram, bigram] = tableRows();
    expect(trigram[1]).toBe('zebra the');
    expect(trigram[2]).toBe('unseen → backs off to bigram');
    expect(percent(trigram[5])).toBe(0);
    expect(bigram[2]).toBe('seen');
    expect(panel().textContent).toContain('trigram context unseen, bigram counts');
  });

  it('WhyPanel renders hostile token text as text, never as markup', () => {
    const model = renamed(wordsModel, 'zebra', HOSTILE);
    const store = storeFor(model, 'a');
    const view = renderWithStore(<WhyPanel />, store);
    act(() => store.getState().choose(idOf(model, HOSTILE)));
    expect(chips('Context the model uses')).toEqual(['a', '<img·src=x·onerror=alert(1)>']);
    expect(view.container.querySelector('img')).toBeNull();
  });
});
