// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProbability } from '../../../src/views/format/formatProbability';
import { showToken } from '../../../src/views/format/showToken';
import { GeneratedText } from '../../../src/views/text/GeneratedText';
import {
  gptModel,
  HOSTILE,
  idOf,
  renamed,
  renderWithStore,
  storeFor,
  wordsModel,
} from './fixtures';

afterEach(cleanup);

const log = () => screen.getByRole('log', { name: 'Generated text' });
const tokens = () => within(log()).queryAllByRole('button');

describe('GeneratedText', () => {
  it('GeneratedText shows the prompt, then a token for each step() and choose()', () => {
    const store = storeFor();
    renderWithStore(<GeneratedText />, store);
    expect(log().textContent).toBe('the');
    expect(tokens()).toHaveLength(0);
    act(() => store.getState().step());
    act(() => store.getState().step());
    act(() => store.getState().choose(idOf(wordsModel, 'zebra')));
    expect(tokens()).toHaveLength(3);
    const words = store.getState().steps.map((s) => wordsModel.vocab[s.id]);
    // A whitespace-tokenized model's tokens are separated by spaces, as in its corpus.
    expect(log().textContent).toBe(`the ${words.join(' ')}`);
    expect(tokens()[2].textContent).toBe('zebra');
  });

  it('GeneratedText names each token with its probability and how it was chosen', () => {
    const store = storeFor();
    renderWithStore(<GeneratedText />, store);
    act(() => store.getState().step());
    act(() => store.getState().choose(idOf(wordsModel, 'zebra')));
    act(() => store.getState().setTemperature(0));
    act(() => store.getState().step());
    const [sampled, chosen, greedy] = store.getState().steps;
    const name = (id: number) => showToken(wordsModel.vocab[id], id >= wordsModel.vocab.length - 2);
    expect(tokens()[0]).toHaveProperty(
      'ariaLabel',
      `${name(sampled.id)}, ${formatProbability(sampled.p)}, sampled`,
    );
    expect(
      screen.getByRole('button', { name: `zebra, ${formatProbability(chosen.p)}, chosen by you` }),
    ).toBe(tokens()[1]);
    expect(greedy.p).toBe(1);
    expect(tokens()[2].getAttribute('aria-label')).toBe(
      `${name(greedy.id)}, 100 %, greedy (most likely)`,
    );
  });

  it('GeneratedText rewinds when a past token is activated, keeping the rest for redo', () => {
    const store = storeFor();
    renderWithStore(<GeneratedText />, store);
    for (let i = 0; i < 3; i++) act(() => store.getState().step());
    const ids = store.getState().steps.map((s) => s.id);
    fireEvent.click(tokens()[1]);
    expect(store.getState().steps.map((s) => s.id)).toEqual(ids.slice(0, 1));
    expect(tokens()).toHaveLength(1);
    expect(document.activeElement).toBe(tokens()[0]);
    act(() => store.getState().redo());
    act(() => store.getState().redo());
    expect(store.getState().steps.map((s) => s.id)).toEqual(ids);
    expect(tokens()).toHaveLength(3);
  });

  it('GeneratedText is one tab stop; arrow keys, Home and End move between tokens', () => {
    const store = storeFor();
    renderWithStore(<GeneratedText />, store);
    for (let i = 0; i < 4; i++) act(() => store.getState().step());
    const stops = () => tokens().filter((t) => t.tabIndex === 0);
    expect(stops()).toEqual([tokens()[3]]);
    act(() => tokens()[3].focus());
    fireEvent.keyDown(tokens()[3], { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tokens()[2]);
    expect(stops()).toEqual([tokens()[2]]);
    fireEvent.keyDown(tokens()[2], { key: 'Home' });
    expect(document.activeElement).toBe(tokens()[0]);
    fireEvent.keyDown(tokens()[0], { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tokens()[0]);
    fireEvent.keyDown(tokens()[0], { key: 'End' });
    expect(document.activeElement).toBe(tokens()[3]);
    expect(screen.getByRole('tooltip').textContent).toContain('Step 4');
  });

  it('GeneratedText shows a token’s top alternatives with their model probabilities on focus', () => {
    const store = storeFor();
    renderWithStore(<GeneratedText />, store);
    const before = store.getState();
    act(() => store.getState().step());
    act(() => store.getState().step());
    const [step] = store.getState().steps;
    fireEvent.focus(tokens()[0]);
    const tip = screen.getByRole('tooltip');
    expect(tokens()[0].getAttribute('aria-describedby')).toBe(tip.id);
    expect(step.alternatives.length).toBeGreaterThan(1);
    const rows = tip.querySelectorAll('.ts-token-tip-row');
    step.alternatives.forEach((id, rank) => {
      const text = rows[rank].textContent ?? '';
      expect(text).toContain(showToken(wordsModel.vocab[id], true));
      expect(text).toContain(formatProbability(before.modelProbs[id]));
    });
    fireEvent.keyDown(tokens()[0], { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.mouseEnter(tokens()[1]);
    expect(screen.getByRole('tooltip').textContent).toContain('Step 2');
  });

  it('GeneratedText makes whitespace visible: a newline shows ⏎ then breaks, <eos> shows ¶', () => {
    const store = storeFor(gptModel, 'The');
    const view = renderWithStore(<GeneratedText />, store);
    for (const token of [' cat', ' sat', '.', '\n', 'The', '<eos>', 'A']) {
      act(() => store.getState().choose(idOf(gptModel, token)));
    }
    expect(tokens().map((t) => t.textContent)).toEqual([' cat', ' sat', '.', '⏎', 'The', '¶', 'A']);
    const next = (el: Element) => el.parentElement?.nextElementSibling?.tagName;
    expect(next(tokens()[3])).toBe('BR');
    expect(next(tokens()[5])).toBe('BR');
    expect(next(tokens()[1])).not.toBe('BR');
    expect(view.container.querySelectorAll('br')).toHaveLength(2);
    // The word tokenizer keeps spaces inside tokens: no separators are added.
    expect(log().textContent).toBe('The cat sat.⏎The¶A');
    expect(tokens()[3].getAttribute('aria-label')).toMatch(/^⏎, /);
    expect(tokens()[5].getAttribute('aria-label')).toMatch(/^‹end›, /);
  });

  it('GeneratedText marks each token’s probability band with an underline class and a legend', () => {
    const store = storeFor();
    renderWithStore(<GeneratedText />, store);
    act(() => store.getState().setTemperature(0));
    act(() => store.getState().step());
    act(() => store.getState().choose(idOf(wordsModel, 'zebra')));
    expect(store.getState().steps[1].p).toBeLessThan(0.01);
    expect(tokens()[0].classList).toContain('ts-p-b0');
    expect(tokens()[1].classList).toContain('ts-p-b3');
    for (const band of ['50 % or more', '10–50 %', '1–10 %', 'under 1 %']) {
      expect(screen.getByText(band)).toBeTruthy();
    }
  });

  it('GeneratedText renders hostile token text as text, never as markup', () => {
    const model = renamed(wordsModel, 'zebra', HOSTILE);
    const store = storeFor(model, HOSTILE);
    const view = renderWithStore(<GeneratedText />, store);
    act(() => store.getState().choose(idOf(model, HOSTILE)));
    fireEvent.focus(tokens()[0]);
    expect(view.container.querySelector('img')).toBeNull();
    expect(tokens()[0].textContent).toBe(HOSTILE);
    expect(log().textContent).toContain(`${HOSTILE} ${HOSTILE}`);
  });

  it('GeneratedText keeps up with a hundred steps', () => {
    const store = storeFor();
    renderWithStore(<GeneratedText />, store);
    act(() => {
      for (let i = 0; i < 90; i++) store.getState().step();
    });
    // Plain selectors: role queries over hundreds of buttons are slow in jsdom.
    const buttons = () => log().querySelectorAll('button.ts-token');
    expect(buttons()).toHaveLength(90);
    const first = buttons()[0];
    act(() => store.getState().step());
    expect(buttons()).toHaveLength(91);
    expect(buttons()[0]).toBe(first);
    expect(buttons()[90].getAttribute('aria-label')).toContain(
      formatProbability(store.getState().steps[90].p),
    );
  });
});

describe('GeneratedText context window', () => {
  it('GeneratedText boxes the last n − 1 tokens the model sees, in the prompt and in the steps', () => {
    const store = storeFor(gptModel, 'The cat sat on');
    const view = renderWithStore(<GeneratedText />, store);
    const marked = () =>
      view.container.querySelector('[role="log"] mark.ts-in-context')?.textContent ?? '';
    const boxed = () => view.container.querySelectorAll('.ts-token.ts-in-context').length;
    // A trigram sees two tokens: " sat" and " on".
    expect(marked()).toBe(' sat on');
    act(() => store.getState().choose(idOf(gptModel, ' cat')));
    expect(marked()).toBe(' on');
    expect(boxed()).toBe(1);
    act(() => store.getState().choose(idOf(gptModel, ' sat')));
    expect(marked()).toBe('');
    expect(boxed()).toBe(2);
    expect(screen.getAllByRole('button', { name: /in the context window/ })).toHaveLength(2);
  });
});
