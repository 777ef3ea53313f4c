import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Coalesces redraws: `markDirty(input)` schedules `paint` for the next animation frame, at most
 * once per frame however often it is called; the frame paints the latest input.
 */
export function useFrameScheduler<T>(paint: (input: T) => void): (input: T) => void {
  const paintRef = useRef(paint);
  const latest = useRef<{ input: T } | null>(null);
  const frame = useRef<number | null>(null);
  // Before any layout effect of the same commit can mark the canvas dirty.
  useLayoutEffect(() => {
    paintRef.current = paint;
  }, [paint]);
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    },
    [],
  );
  return useCallback((input: T) => {
    latest.current = { input };
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      if (latest.current) paintRef.current(latest.current.input);
    });
  }, []);
}
