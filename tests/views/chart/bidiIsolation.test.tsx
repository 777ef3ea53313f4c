// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../../src/store/createExplorerStore';
import { DistributionChart } from '../../../src/views/chart';
import { tinyModel } from '../../fixtures/tinyModel';
import { renderWithStore } from './fixtures';

afterEach(cleanup);

/** A right-to-left override that would reverse whatever follows it on the line. */
const RLO = '\u202Eevil';

describe('bidirectional controls in a token', () => {
  it('stay inside the token: the top list isolates it from its rank and probability', () => {
    const model = tinyModel([`${RLO} ${RLO} ${RLO} a`, `${RLO} b`]);
    const store = createExplorerStore({ model, modelId: 'bidi', prompt: '' });
    renderWithStore(<DistributionChart />, store);
    const list = screen.getByRole('list', { name: 'Most likely next tokens' });
    const top = within(list).getAllByRole('button')[0];
    const isolated = top.querySelector('bdi');
    expect(isolated?.textContent).toBe(RLO);
    // The probability is outside the button's text, in the list's column beside it, so the
    // override cannot reorder it; the button's name still reads rank, token, probability.
    expect(top.textContent).not.toMatch(/%/);
    const column = list.parentElement?.querySelector('.ts-chart-top-ps');
    expect(column?.textContent?.split('\n')[0]).toMatch(/^\S.* %$/);
    expect(top.getAttribute('aria-label')).toBe(`1 ${RLO} ${column?.textContent?.split('\n')[0]}`);
  });
});
