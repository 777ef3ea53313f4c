// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_TEXTS, ScoringLesson } from '../../../src/lessons/scoring';
import { distribution } from '../../../src/model/distribution';
import { encodeText, tokenIndex } from '../../../src/model/encodeText';
import { rankByProbability } from '../../../src/model/rankByProbability';
import { scoreSegments } from '../../../src/model/scoreSegments';
import { splitSegments } from '../../../src/model/splitSegments';
import type { NgramModel } from '../../../src/model/types';
import { softmaxWithTemperature } from '../../../src/sampling/softmaxWithTemperature';
import { formatProbability } from '../../../src/views/format/formatProbability';
import { gptModel, HOSTILE } from '../../views/text/fixtures';
import { SCORING_MODELS, SCORING_TEXT } from './scoringModels';

const model = SCORING_MODELS['kn trigram'];

/** Cross-entropy exactly as `npm run tokenscope -- score` computes it. */
function cliCrossEntropy(m: NgramModel, text: string): number {
  const index = tokenIndex(m);
  return scoreSegments(
    m,
    splitSegments(text).map((s) => encodeText(m, s, index).ids),
  ).crossEntropyBits;
}

function renderLesson(text: string, m: NgramModel = model) {
  const view = render(<ScoringLesson model={m} modelId="tiny" />);
  fireEvent.change(screen.getByRole('textbox', { name: 'Text to score' }), {
    target: { value: text },
  });
  return view;
}

const status = () => screen.getByRole('status', { name: 'Cross-entropy' });
const tokenButtons = () => within(screen.getByLabelText('Scored text')).getAllByRole('button');

describe('ScoringLesson', () => {
  it('starts with prose and JSON and reports the cross-entropy the score command computes', () => {
    render(<ScoringLesson model={gptModel} modelId="gpt" />);
    const text = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Text to score' }).value;
    expect(text).toContain('\n\n{');
    const bits = Number(status().getAttribute('data-cross-entropy-bits'));
    expect(Math.abs(bits - cliCrossEntropy(gptModel, text))).toBeLessThan(1e-9);
    expect(Number(status().getAttribute('data-perplexity'))).toBeCloseTo(2 ** bits, 9);
  });

  it('shows bits with 2 decimals, perplexity and the number of events for a pasted text', () => {
    renderLesson(SCORING_TEXT);
    const expected = cliCrossEntropy(model, SCORING_TEXT);
    expect(Number(status().getAttribute('data-cross-entropy-bits'))).toBeCloseTo(expected, 9);
    expect(status().textContent).toContain(`Cross-entropy ${expected.toFixed(2)} bits per token`);
    // 7 + 9 tokens and two segment ends.
    expect(status().textContent).toContain('over 18 tokens');
    expect(tokenButtons()).toHaveLength(18);
    expect(tokenButtons().filter((b) => b.textContent === '¶')).toHaveLength(2);
  });

  it("labels each token with its probability, surprisal and rank in the model's prediction", () => {
    renderLesson(SCORING_TEXT);
    const history = encodeText(model, 'the cat sat on the').ids;
    const probs = distribution(model, history);
    const order = rankByProbability(model, history, probs);
    const log = model.vocab.indexOf('log');
    const label = tokenButtons()[5].getAttribute('aria-label');
    expect(label).toBe(
      `"log": probability ${formatProbability(probs[log])}, surprisal ${(-Math.log2(probs[log])).toFixed(2)} bits, rank ${order.indexOf(log) + 1}`,
    );
  });

  it('focusing a token shows the one-hot target at 100 % and the loss −log2 p(target)', () => {
    renderLesson(SCORING_TEXT);
    const region = screen.getByRole('region', { name: 'At this position' });
    expect(region.textContent).toContain('Focus or click a token');
    fireEvent.focus(tokenButtons()[5]);
    const p = distribution(model, encodeText(model, 'the cat sat on the').ids)[
      model.vocab.indexOf('log')
    ];
    expect(region.textContent).toContain(
      `Loss −log₂ p(target) = ${(-Math.log2(p)).toFixed(2)} bits`,
    );
    const target = within(region)
      .getByText(/← actual/)
      .closest('tr');
    expect(target?.textContent).toContain('log');
    expect(target?.textContent).toContain('100 %');
    expect(region.textContent).toContain('one-hot target');
  });

  it('marks the lowest point of the loss-versus-temperature curve where a brute force finds it', () => {
    renderLesson(SCORING_TEXT);
    const index = tokenIndex(model);
    const segments = splitSegments(SCORING_TEXT).map((s) => encodeText(model, s, index).ids);
    const lossAt = (t: number) => {
      let total = 0;
      let events = 0;
      for (const ids of segments) {
        for (let i = 0; i <= ids.length; i++) {
          const probs = distribution(model, ids.subarray(0, i));
          const target = i < ids.length ? ids[i] : model.vocab.length - 1;
          total -= Math.log2(softmaxWithTemperature(probs.map(Math.log), t)[target]);
          events++;
        }
      }
      return total / events;
    };
    let bestT = 0.1;
    for (let t = 0.1; t <= 3; t += 0.01) if (lossAt(t) < lossAt(bestT)) bestT = t;
    const figure = screen.getByRole('figure', { name: 'Loss versus temperature' });
    const match = /lowest at T = ([\d.]+): ([\d.]+) bits/.exec(figure.textContent ?? '');
    expect(match).not.toBeNull();
    expect(Math.abs(Number(match?.[1]) - bestT)).toBeLessThanOrEqual(0.06);
    expect(Number(match?.[2])).toBeCloseTo(lossAt(Number(match?.[1])), 2);
    const atOne = cliCrossEntropy(model, SCORING_TEXT).toFixed(2);
    expect(figure.textContent).toContain(`at T = 1 (the model as trained) ${atOne} bits`);
    expect(within(figure).getByRole('img').getAttribute('aria-label')).toContain('lowest at T');
  });

  it('builds the table of every token only when it is opened', () => {
    const { container } = renderLesson(SCORING_TEXT);
    const details = container.querySelector('details');
    expect(details?.querySelectorAll('tbody tr')).toHaveLength(0);
    if (!details) throw new Error('no details');
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const rows = details.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(18);
    expect(rows[0].textContent).toContain('"the"');
  });

  it('fills the text from the Example menu', () => {
    render(<ScoringLesson model={model} modelId="tiny" />);
    const code = EXAMPLE_TEXTS.find((e) => e.id === 'code');
    fireEvent.change(screen.getByRole('combobox', { name: 'Example' }), {
      target: { value: 'code' },
    });
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Text to score' }).value).toBe(
      code?.text,
    );
  });

  it('asks for text when the text is empty or only whitespace', () => {
    renderLesson('   \n\n  \t');
    expect(status().textContent).toBe('Paste some text to score it.');
    expect(status().hasAttribute('data-cross-entropy-bits')).toBe(false);
    expect(screen.queryByLabelText('Scored text')).toBeNull();
  });

  it('renders markup in the text as text, never as elements', () => {
    const { container } = renderLesson(HOSTILE, gptModel);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByLabelText('Scored text').textContent).toContain('<img src=x');
    fireEvent.focus(tokenButtons()[0]);
    expect(container.querySelector('img')).toBeNull();
  });
});
