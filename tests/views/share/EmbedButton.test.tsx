// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EmbedButton } from '../../../src/views/share/EmbedButton';
import { type ShareApi, ShareProvider } from '../../../src/views/share/ShareContext';
import { HOSTILE, shareSetup } from './shareFixture';

describe('EmbedButton', () => {
  it('Embed opens a dialog with the iframe and web-component snippets of the current state', async () => {
    const { store, renderShare } = shareSetup(HOSTILE);
    act(() => store.getState().step());
    const { container } = renderShare(<EmbedButton />);
    const button = screen.getByRole('button', { name: 'Embed' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Embed this view' });
    const iframe = screen.getByRole('textbox', {
      name: 'iframe (this exact state)',
    }) as HTMLTextAreaElement;
    const element = screen.getByRole('textbox', { name: 'Web component' }) as HTMLTextAreaElement;
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).toBe(iframe);
    expect(iframe.readOnly && element.readOnly).toBe(true);
    expect(iframe.value).toMatch(
      /^<iframe src="http:\/\/localhost(:\d+)?\/embed\.html#mode=explore&amp;/,
    );
    expect(element.value).toContain(
      '<token-scope model="cats" prompt="&lt;img src=x onerror=alert(1)&gt;"',
    );
    expect(element.value).toContain(' steps="1"');
    expect(container.querySelector('img')).toBeNull();
  });

  it('Escape closes the Embed dialog and gives focus back to the button', async () => {
    const { renderShare } = shareSetup();
    renderShare(<EmbedButton />);
    const button = screen.getByRole('button', { name: 'Embed' });
    fireEvent.click(button);
    fireEvent.keyDown(await screen.findByRole('textbox', { name: 'Web component' }), {
      key: 'Escape',
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    fireEvent.click(await screen.findByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says what to do when the snippets cannot be fetched, and opens on a later try', async () => {
    const { api } = shareSetup();
    let fail = true;
    const flaky: ShareApi = {
      ...api,
      snippets: () => (fail ? Promise.reject(new Error('offline')) : api.snippets()),
    };
    render(
      <ShareProvider api={flaky}>
        <EmbedButton />
      </ShareProvider>,
    );
    const button = screen.getByRole('button', { name: 'Embed' });
    fireEvent.click(button);
    expect((await screen.findByRole('alert')).textContent).toBe(
      '“Embed” could not be downloaded (is the network down?). Reload the page and try again.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fail = false;
    fireEvent.click(button);
    await screen.findByRole('dialog', { name: 'Embed this view' });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
