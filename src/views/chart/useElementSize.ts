import { type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Tracks an element's content width (or height) in CSS pixels with a ResizeObserver;
 * `fallbackPx` is used until the element has a size (or where there is no layout, as in tests).
 * The third value says whether the size is measured (always true without a ResizeObserver).
 *
 * The size comes only from the observer, which reports it after the browser's own layout and
 * before it paints; the update is applied there and then (flushSync), so no frame is painted at
 * the fallback size. Reading the size while mounting would instead force that layout inside
 * React's commit, one long task with the whole explorer's first layout in it.
 *
 * With `deferFirst`, the caller draws nothing that depends on the size until it is measured, so
 * the first size need not be applied before that frame paints: it is applied in a task of its
 * own, and the first frame does not also carry the render at the measured size.
 */
export function useElementSize<T extends HTMLElement>(
  fallbackPx: number,
  axis: 'width' | 'height' = 'width',
  deferFirst = false,
): [RefObject<T | null>, number, boolean] {
  const ref = useRef<T | null>(null);
  const [size, setSize] = useState(() => ({
    px: fallbackPx,
    measured: typeof ResizeObserver === 'undefined',
  }));
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let first = true;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[entries.length - 1].contentRect[axis];
      if (measured <= 0) return;
      const px = Math.floor(measured);
      const update = () => setSize((s) => (s.measured && s.px === px ? s : { px, measured: true }));
      if (first && deferFirst) update();
      else flushSync(update);
      first = false;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [axis, deferFirst]);
  return [ref, size.px, size.measured];
}
