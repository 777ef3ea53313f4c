// @vitest-environment jsdom
import { act, render, renderHook } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useOnScreen } from '../../src/views/useOnScreen';
import { SETTLE_MS, useSettledUnless } from '../../src/views/useSettledUnless';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useSettledUnless', () => {
  it('follows every value while live', () => {
    const { result, rerender } = renderHook(({ v }) => useSettledUnless(v, true), {
      initialProps: { v: 1 },
    });
    rerender({ v: 2 });
    expect(result.current).toBe(2);
  });

  it('out of sight, follows only once the value stays put, and at once when it comes into view', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ v, live }) => useSettledUnless(v, live), {
      initialProps: { v: 1, live: false },
    });
    rerender({ v: 2, live: false });
    act(() => vi.advanceTimersByTime(SETTLE_MS / 2));
    rerender({ v: 3, live: false });
    act(() => vi.advanceTimersByTime(SETTLE_MS / 2));
    expect(result.current).toBe(1);
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(result.current).toBe(3);
    rerender({ v: 4, live: false });
    expect(result.current).toBe(3);
    rerender({ v: 4, live: true });
    expect(result.current).toBe(4);
    rerender({ v: 5, live: true });
    // Out of view again: it keeps what it showed last, then settles on later values.
    rerender({ v: 5, live: false });
    expect(result.current).toBe(5);
    rerender({ v: 6, live: false });
    expect(result.current).toBe(5);
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(result.current).toBe(6);
  });
});

/** An element that records what useOnScreen says of it on each render. */
function Probe({ seen }: { seen: boolean[] }) {
  const ref = useRef<HTMLDivElement>(null);
  seen.push(useOnScreen(ref));
  return <div ref={ref} />;
}

describe('useOnScreen', () => {
  it('reports what the IntersectionObserver says about the element', () => {
    let report: ((entries: { isIntersecting: boolean }[]) => void) | undefined;
    const observed: Element[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          report = callback;
        }
        observe(element: Element) {
          observed.push(element);
        }
        disconnect() {}
      },
    );
    const seen: boolean[] = [];
    render(<Probe seen={seen} />);
    expect(observed).toHaveLength(1);
    expect(seen.at(-1)).toBe(true);
    act(() => report?.([{ isIntersecting: false }]));
    expect(seen.at(-1)).toBe(false);
    act(() => report?.([{ isIntersecting: true }]));
    expect(seen.at(-1)).toBe(true);
  });

  it('is true where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const ref = { current: document.createElement('div') };
    const { result } = renderHook(() => useOnScreen(ref));
    expect(result.current).toBe(true);
  });
});
