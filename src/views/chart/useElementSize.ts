import { type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Tracks an element's content width (or height) in CSS pixels with a ResizeObserver;
 * `fallbackPx` is used until the element has a size (or where there is no layout, as in tests).
 *
 * The size comes only from the observer, which reports it after the browser's own layout and
 * before it paints; the update is applied there and then (flushSync), so no frame is painted at
 * the fallback size. Reading the size while mounting would instead force that layout inside
 * React's commit, one long task with the whole explorer's first layout in it.
 */
export function useElementSize<T extends HTMLElement>(
  fallbackPx: number,
  axis: 'width' | 'height' = 'width',
): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [sizePx, setSizePx] = useState(fallbackPx);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[entries.length - 1].contentRect[axis];
      if (measured > 0) flushSync(() => setSizePx(Math.floor(measured)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [axis]);
  return [ref, sizePx];
}
