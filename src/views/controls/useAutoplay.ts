import { useEffect } from 'react';

/**
 * Calls `tick` every `intervalMs` while `playing` (every animation frame when `intervalMs` is 0);
 * stops when `tick` returns false.
 */
export function useAutoplay(playing: boolean, intervalMs: number, tick: () => boolean): void {
  useEffect(() => {
    if (!playing) return;
    if (intervalMs > 0) {
      const timer = window.setInterval(() => {
        if (!tick()) window.clearInterval(timer);
      }, intervalMs);
      return () => window.clearInterval(timer);
    }
    let frame = requestAnimationFrame(function onFrame() {
      if (tick()) frame = requestAnimationFrame(onFrame);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, intervalMs, tick]);
}
