import { startTransition, useEffect, useState } from 'react';

/**
 * False on the first render, true once the browser has painted it: secondary views mount a task
 * later, so the first distribution is drawn without waiting for them (two shorter tasks instead
 * of one long one).
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
