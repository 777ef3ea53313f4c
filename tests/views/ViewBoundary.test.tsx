// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useExplorer } from '../../src/views/ExplorerContext';
import { GeneratedText } from '../../src/views/text/GeneratedText';
import { ViewBoundary } from '../../src/views/ViewBoundary';
import { renderWithStore, storeFor } from './text/fixtures';

let broken = false;

/** A view that shows the step count, and throws while `broken` is set. */
function StepCount() {
  const count = useExplorer((s) => s.steps.length);
  if (broken) throw new Error(`cannot draw step ${count}`);
  return <p>{count} steps drawn</p>;
}

afterEach(() => {
  broken = false;
  vi.restoreAllMocks();
});

describe('ViewBoundary', () => {
  it('ViewBoundary shows a failing view’s error with Reset view, keeping the session and other views', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = storeFor();
    renderWithStore(
      <>
        <ViewBoundary name="Step count">
          <StepCount />
        </ViewBoundary>
        <GeneratedText />
      </>,
      store,
    );
    act(() => store.getState().step());
    expect(screen.getByText('1 steps drawn')).toBeTruthy();

    broken = true;
    act(() => store.getState().step());
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The Step count view stopped working (cannot draw step 2)');
    expect(consoleError).toHaveBeenCalled();
    // The session goes on: the store keeps its steps and the other view still follows it.
    act(() => store.getState().step());
    expect(store.getState().steps).toHaveLength(3);
    const log = screen.getByRole('log', { name: 'Generated text' });
    expect(within(log).getAllByRole('button')).toHaveLength(3);

    broken = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Reset view' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('3 steps drawn')).toBeTruthy();
    expect(store.getState().steps).toHaveLength(3);
  });

  it('ViewBoundary shows the view again after Reset view only if it no longer fails', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = storeFor();
    renderWithStore(
      <ViewBoundary name="Step count">
        <StepCount />
      </ViewBoundary>,
      store,
    );
    broken = true;
    act(() => store.getState().step());
    fireEvent.click(screen.getByRole('button', { name: 'Reset view' }));
    expect(screen.getByRole('alert').textContent).toContain('cannot draw step 1');
  });
});
