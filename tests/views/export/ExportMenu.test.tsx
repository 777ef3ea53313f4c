// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore, tinyStore } from '../chart/fixtures';

const saved: { name: string; content: Blob }[] = [];
vi.mock('../../../src/views/export/downloadFile', () => ({
  downloadFile: (name: string, content: Blob) => void saved.push({ name, content }),
}));

afterEach(() => {
  cleanup();
  saved.length = 0;
  vi.doUnmock('../../../src/views/export/loadExportWriters');
  vi.resetModules();
});

describe('ExportMenu', () => {
  it('saves the full distribution as CSV, one row per outcome, once its writers have come', async () => {
    const { ExportMenu } = await import('../../../src/views/export/ExportMenu');
    const store = tinyStore();
    renderWithStore(<ExportMenu />, store);
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(screen.getByRole('button', { name: 'Distribution as CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe('tokenscope-step-0.csv');
    const lines = (await saved[0].content.text()).trim().split('\n');
    expect(lines).toHaveLength(store.getState().model.vocab.length + 1);
    // Saved: the list of formats closes.
    expect(screen.queryByRole('list', { name: 'Export formats' })).toBeNull();
  });

  it('says what to do when the writers cannot be fetched, and keeps the formats open', async () => {
    vi.doMock('../../../src/views/export/loadExportWriters', () => ({
      loadExportWriters: () => Promise.reject(new Error('offline')),
    }));
    const { ExportMenu } = await import('../../../src/views/export/ExportMenu');
    // Fresh modules after the mock: the fixtures' provider must be the menu's.
    const fixtures = await import('../chart/fixtures');
    fixtures.renderWithStore(<ExportMenu />, fixtures.tinyStore());
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(screen.getByRole('button', { name: 'Distribution as CSV' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      '“Export” could not be downloaded (is the network down?). Reload the page and try again.',
    );
    expect(saved).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Distribution as CSV' })).toBeTruthy();
  });
});
