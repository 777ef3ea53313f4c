import { useEffect } from 'react';

/** Calls `tick` every `intervalMs` while `playing`; stops when `tick` returns false. */
export function useAutoplay(playing: boolean, intervalMs: number, tick: () => boolean): void {
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      if (!tick()) window.clearInterval(timer);
    }, intervalMs);
    return () => window.clearInterval(timer);
  }, [playing, intervalMs, tick]);
}
