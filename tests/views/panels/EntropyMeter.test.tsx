// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EntropyMeter } from '../../../src/views/panels/EntropyMeter';
import { renderWithStore, storeFor, wordsModel } from '../text/fixtures';

afterEach(cleanup);

const status = () => screen.getByRole('status', { name: 'Entropy' });

describe('EntropyMeter', () => {
  it('EntropyMeter shows the current entropy as the Entropy status, in bits with two decimals', () => {
    const store = storeFor();
    renderWithStore(<EntropyMeter />, store);
    expect(store.getState().entropyBits).toBeGreaterThan(0.5);
    expect(status().textContent).toBe(`${store.getState().entropyBits.toFixed(2)} bits`);
    act(() => store.getState().step());
    expect(status().textContent).toBe(`${store.getState().entropyBits.toFixed(2)} bits`);
  });

  it('EntropyMeter shows 0.00 bits after setTemperature(0), with the model’s own entropy beside it', () => {
    const store = storeFor();
    const view = renderWithStore(<EntropyMeter />, store);
    expect(view.container.textContent).not.toContain('T = 1');
    act(() => store.getState().setTemperature(0));
    expect(status().textContent).toBe('0.00 bits');
    expect(view.container.textContent).toContain('effective choices (2^H) ≈ 1.0');
    const modelBits = store.getState().modelEntropyBits.toFixed(2);
    expect(screen.getByText(/T = 1/).textContent).toContain(`${modelBits} bits`);
  });

  it('EntropyMeter explains the entropy as 2^H effective choices out of at most log2 V bits', () => {
    const store = storeFor();
    const view = renderWithStore(<EntropyMeter />, store);
    const bits = store.getState().entropyBits;
    const outcomes = wordsModel.vocab.length;
    expect(view.container.textContent).toContain(`(2^H) ≈ ${(2 ** bits).toFixed(1)}`);
    expect(view.container.textContent).toContain(
      `At most ${Math.log2(outcomes).toFixed(2)} bits for ${outcomes} outcomes`,
    );
  });

  it('EntropyMeter fills its meter in proportion to H / log2 V', () => {
    const store = storeFor();
    const view = renderWithStore(<EntropyMeter />, store);
    const fill = view.container.querySelector<HTMLElement>('.ts-entropy-fill');
    // The fill's width, as a share of the track.
    const scale = () => Number.parseFloat(fill?.style.inlineSize ?? '') / 100;
    expect(scale()).toBeCloseTo(
      store.getState().entropyBits / Math.log2(wordsModel.vocab.length),
      3,
    );
    act(() => store.getState().setTemperature(0));
    expect(scale()).toBe(0);
  });

  it('EntropyMeter shows the model’s own entropy when a filter reshapes the distribution', () => {
    const store = storeFor();
    const view = renderWithStore(<EntropyMeter />, store);
    act(() => store.getState().setFilters({ topK: 2 }));
    expect(status().textContent).toBe(`${store.getState().entropyBits.toFixed(2)} bits`);
    expect(Number.parseFloat(status().textContent ?? '')).toBeLessThanOrEqual(1);
    expect(view.container.textContent).toContain(
      `The model itself (T = 1, no filters): ${store.getState().modelEntropyBits.toFixed(2)} bits`,
    );
  });
});
