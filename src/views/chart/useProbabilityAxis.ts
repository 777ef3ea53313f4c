import { useMemo } from 'react';
import type { PlotFrame } from './drawBars';
import { axisTop, type ProbabilityAxis, probabilityTicks } from './probabilityTicks';
import { linearScale, logScale } from './scales';

/**
 * The y axis and scale for bars up to `tallest`, kept (same objects) while the tallest bar moves
 * within the axis's rounded top, so the ticks and the T = 1 outline are not redone every frame.
 */
export function useProbabilityAxis(
  log: boolean,
  tallest: number,
  frame: PlotFrame,
): { axis: ProbabilityAxis; y: (p: number) => number } {
  // probabilityTicks of an axis's own top gives the same axis.
  const top = axisTop(log, tallest);
  const axis = useMemo(() => probabilityTicks(log, top), [log, top]);
  const [lo, hi] = axis.domain;
  const y = useMemo(() => {
    const range = [frame.bottom, frame.top] as const;
    const scale = log ? logScale([lo, hi], range, true) : linearScale([lo, hi], range, true);
    return (p: number) => (p > 0 ? scale(p) : frame.bottom);
  }, [log, lo, hi, frame]);
  return { axis, y };
}
