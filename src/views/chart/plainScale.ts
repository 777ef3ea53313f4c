import type { ScaleLinear, ScaleLogarithmic } from 'd3';

/**
 * A linear d3 scale as plain arithmetic: the same map without clamping or an interpolator, for
 * paths of hundreds of points rebuilt on every step (a d3 scale call per point cost more than the
 * rest of the path).
 */
export function plainLinear(scale: ScaleLinear<number, number>): (v: number) => number {
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range();
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** A log d3 scale (positive domain) as plain arithmetic, unclamped. */
export function plainLog(scale: ScaleLogarithmic<number, number>): (v: number) => number {
  const [d0, d1] = scale.domain().map(Math.log);
  const [r0, r1] = scale.range();
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (Math.log(v) - d0) * k;
}
