import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

/**
 * Tracks an element's content width in CSS pixels with a ResizeObserver; `fallbackWidthPx` is
 * used until the element has a width (or where there is no layout, as in tests).
 */
export function useElementSize<T extends HTMLElement>(
  fallbackWidthPx: number,
): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [widthPx, setWidthPx] = useState(fallbackWidthPx);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (measured: number) => {
      if (measured > 0) setWidthPx(Math.floor(measured));
    };
    update(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) update(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, widthPx];
}
