import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

/**
 * Tracks an element's content width (or height) in CSS pixels with a ResizeObserver;
 * `fallbackPx` is used until the element has a size (or where there is no layout, as in tests).
 */
export function useElementSize<T extends HTMLElement>(
  fallbackPx: number,
  axis: 'width' | 'height' = 'width',
): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [sizePx, setSizePx] = useState(fallbackPx);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (measured: number) => {
      if (measured > 0) setSizePx(Math.floor(measured));
    };
    update(axis === 'width' ? element.clientWidth : element.clientHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) update(entry.contentRect[axis]);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [axis]);
  return [ref, sizePx];
}
