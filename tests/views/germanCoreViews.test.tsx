// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de';
import { LocaleProvider } from '../../src/i18n/LocaleContext';
import { DistributionChart } from '../../src/views/chart/DistributionChart';
import { TemperatureSlider } from '../../src/views/controls/TemperatureSlider';
import { ExplorerProvider } from '../../src/views/ExplorerContext';
import { EntropyMeter } from '../../src/views/panels/EntropyMeter';
import { storeFor } from './text/fixtures';

afterEach(cleanup);

function renderGerman(ui: ReactNode) {
  const store = storeFor();
  render(
    <LocaleProvider locale="de">
      <ExplorerProvider store={store}>{ui}</ExplorerProvider>
    </LocaleProvider>,
  );
  return store;
}

describe('the chart, entropy and temperature views in German', () => {
  it('name the slider, the entropy and the chart in German and write numbers with a comma', () => {
    const store = renderGerman(
      <>
        <TemperatureSlider />
        <EntropyMeter />
        <DistributionChart />
      </>,
    );
    act(() => store.getState().setTemperature(0.8));
    const slider = screen.getByRole('slider', { name: de.temperature });
    expect(slider.getAttribute('aria-valuetext')).toBe('0,80');
    const bits = store.getState().entropyBits;
    expect(screen.getByRole('status', { name: de.entropy }).textContent).toBe(
      `${bits.toFixed(2).replace('.', ',')} Bit`,
    );
    const figure = screen.getByRole('figure', { name: de.distribution });
    expect(within(figure).getByRole('list', { name: de.mostLikelyTokens })).toBeTruthy();
    expect(figure.textContent).toContain(de.chartBars);
    expect(figure.textContent).not.toMatch(/Beyond the top|Hatched grey/);
    // Every probability in the list, shown and in the buttons' names, is written the German way.
    const named = within(within(figure).getByRole('list', { name: de.mostLikelyTokens }))
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label') ?? '');
    const shown = figure.querySelector('.ts-chart-top-ps')?.textContent?.split('\n') ?? [];
    expect(shown).toHaveLength(named.length);
    for (const text of [...named, ...shown]) {
      expect(text).toMatch(/%/);
      expect(text).not.toMatch(/\d\.\d/);
    }
  });

  it('offers the greedy and T = 1 buttons in German, and they still set the temperature', () => {
    const store = renderGerman(<TemperatureSlider />);
    act(() => screen.getByRole('button', { name: de.greedy }).click());
    expect(store.getState().temperature).toBe(0);
    expect(
      screen.getByRole('slider', { name: de.temperature }).getAttribute('aria-valuetext'),
    ).toBe(de.temperatureText(0));
  });
});
