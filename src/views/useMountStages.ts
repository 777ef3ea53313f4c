import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `count` stages of a page may show: 0 on the first render, then one more after each
 * paint. Secondary views mount a stage at a time, so the first distribution is drawn without
 * waiting for them and no single task mounts them all (each mount's commit and layout is a task
 * of its own, short enough not to block input on a slow phone).
 */
export function useMountStages(count: number): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (stage >= count) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setStage((s) => Math.min(s + 1, count))), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [stage, count]);
  return stage;
}
