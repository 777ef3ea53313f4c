/** A map from a domain of values to a range of pixels, as the charts draw them. */
export interface Scale {
  (value: number): number;
  readonly domain: readonly [number, number];
}

/**
 * A linear map (as d3's scaleLinear maps inside its domain, with `clamp` as its clamp). Plain
 * arithmetic: paths of hundreds of points are rebuilt on every step, and the explorer needs
 * no more of d3-scale (keeping its interpolators and formats out of the first download).
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  clamp = false,
): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return Object.assign(() => (r0 + r1) / 2, { domain });
  const k = (r1 - r0) / (d1 - d0);
  const map = clamp
    ? (v: number) => r0 + (Math.min(Math.max(v, Math.min(d0, d1)), Math.max(d0, d1)) - d0) * k
    : (v: number) => r0 + (v - d0) * k;
  return Object.assign(map, { domain });
}

/** A logarithmic map over a positive domain (as d3's scaleLog maps inside it). */
export function logScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  clamp = false,
): Scale {
  const linear = linearScale([Math.log(domain[0]), Math.log(domain[1])], range, clamp);
  return Object.assign((v: number) => linear(Math.log(v)), { domain });
}
