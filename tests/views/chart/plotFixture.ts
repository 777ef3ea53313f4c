import type { PlotFrame } from '../../../src/views/chart/drawBars';

/** A 40 × 120 plot at devicePixelRatio 2, its bars from y = 100 (p = 0) up to y = 0 (p = 1). */
export const frame: PlotFrame = {
  widthPx: 40,
  heightPx: 120,
  left: 10,
  top: 0,
  bottom: 100,
  devicePixelRatio: 2,
};

/** Probability → CSS-pixel y in `frame`. */
export const y = (p: number) => 100 - p * 100;
