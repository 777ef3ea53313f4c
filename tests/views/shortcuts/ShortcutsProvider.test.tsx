// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useShortcut } from '../../../src/views/shortcuts/ShortcutContext';
import { ShortcutsProvider } from '../../../src/views/shortcuts/ShortcutsProvider';

function Counter({ onRun }: { onRun: () => void }) {
  useShortcut(['s'], 'Step', onRun);
  return <button type="button">Step</button>;
}

/** Registers `s` through the given module's hook (a freshly imported one after a mock). */
function Registrar({ use, run }: { use: typeof useShortcut; run: () => void }) {
  use(['s'], 'Step', run);
  return null;
}

afterEach(() => {
  vi.doUnmock('../../../src/views/shortcuts/ShortcutHelp');
  vi.resetModules();
});

describe('ShortcutsProvider', () => {
  it('? opens the list of every shortcut, fetched on first use', async () => {
    const run = vi.fn();
    render(
      <ShortcutsProvider>
        <Counter onRun={run} />
      </ShortcutsProvider>,
    );
    fireEvent.keyDown(window, { key: 's' });
    expect(run).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(window, { key: '?' });
    const title = await screen.findByText('Keyboard shortcuts', {}, { timeout: 5000 });
    const dialog = title.closest('dialog');
    expect(dialog?.textContent).toContain('Step');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says what to do when the list cannot be fetched, and the shortcuts keep working', async () => {
    vi.resetModules();
    vi.doMock('../../../src/views/shortcuts/ShortcutHelp', () => {
      throw new Error('offline');
    });
    const { ShortcutsProvider: Provider } = await import(
      '../../../src/views/shortcuts/ShortcutsProvider'
    );
    const { useShortcut: use } = await import('../../../src/views/shortcuts/ShortcutContext');
    const run = vi.fn();
    render(
      <Provider>
        <Registrar use={use} run={run} />
      </Provider>,
    );
    fireEvent.keyDown(window, { key: '?' });
    expect((await screen.findByRole('alert')).textContent).toBe(
      '“Keyboard shortcuts” could not be downloaded (is the network down?). Reload the page and try again.',
    );
    expect(document.querySelector('dialog')).toBeNull();
    fireEvent.keyDown(window, { key: 's' });
    expect(run).toHaveBeenCalledTimes(1);
  });
});
