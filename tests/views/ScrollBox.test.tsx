// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ScrollBox } from '../../src/views/ScrollBox';

afterEach(cleanup);

describe('ScrollBox', () => {
  it('holds its content in a named region that a keyboard can focus (and so scroll)', () => {
    render(
      <ScrollBox label="Wide numbers">
        <table>
          <tbody>
            <tr>
              <td>42</td>
            </tr>
          </tbody>
        </table>
      </ScrollBox>,
    );
    const region = screen.getByRole('region', { name: 'Wide numbers' });
    expect(within(region).getByRole('cell').textContent).toBe('42');
    act(() => region.focus());
    expect(document.activeElement).toBe(region);
  });
});
