// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LinkNotice } from '../../../src/views/share/LinkNotice';
import { HOSTILE } from './shareFixture';

describe('LinkNotice', () => {
  it('LinkNotice lists what the link could not read, as text, and Dismiss asks to close it', () => {
    let dismissed = 0;
    const problems = [
      `prompt ${JSON.stringify(HOSTILE)} is odd`,
      'temperature "abc" is not a number from 0 to 3 (used 1)',
    ];
    const { container } = render(<LinkNotice problems={problems} onDismiss={() => dismissed++} />);
    expect(screen.getByRole('status').textContent).toBe(
      `Part of this link could not be read: prompt "${HOSTILE}" is odd; temperature "abc" is not a number from 0 to 3 (used 1).Dismiss`,
    );
    expect(container.querySelector('img')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(dismissed).toBe(1);
  });

  it('LinkNotice shows nothing when the link was read whole', () => {
    const { container } = render(<LinkNotice problems={[]} onDismiss={() => {}} />);
    expect(container.innerHTML).toBe('');
  });
});
