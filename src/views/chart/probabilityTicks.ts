import { nice, ticks as tickValues } from 'd3';

/** The lowest probability a log axis shows; smaller ones sit on the axis. */
export const LOG_FLOOR = 1e-7;

/** A y-axis: its domain and labelled ticks. */
export interface ProbabilityAxis {
  readonly domain: readonly [number, number];
  readonly ticks: readonly { value: number; label: string }[];
}

/** A probability as a short tick label ("25 %", "0.001 %"). */
export function formatTick(p: number): string {
  return `${Number((p * 100).toPrecision(3))} %`;
}

/** The top of the axis `probabilityTicks(log, tallest)` makes, without making its ticks. */
export function axisTop(log: boolean, tallest: number): number {
  if (!log) return nice(0, tallest > 0 ? tallest : 1, 5)[1];
  const lowExp = Math.round(Math.log10(LOG_FLOOR));
  return 10 ** Math.max(lowExp + 1, Math.ceil(Math.log10(Math.max(tallest, LOG_FLOOR))));
}

/**
 * The probability axis for bars up to `tallest`: linear from 0 with about five nice ticks, or log
 * from LOG_FLOOR to the next power of ten with at most six power-of-ten ticks.
 */
export function probabilityTicks(log: boolean, tallest: number): ProbabilityAxis {
  if (!log) {
    const [lo, hi] = nice(0, tallest > 0 ? tallest : 1, 5);
    return {
      domain: [lo, hi],
      ticks: tickValues(lo, hi, 5).map((v) => ({ value: v, label: formatTick(v) })),
    };
  }
  const lowExp = Math.round(Math.log10(LOG_FLOOR));
  const highExp = Math.max(lowExp + 1, Math.ceil(Math.log10(Math.max(tallest, LOG_FLOOR))));
  const every = Math.ceil((highExp - lowExp + 1) / 6);
  const ticks = [];
  for (let e = highExp; e >= lowExp; e -= every) {
    const value = 10 ** e;
    ticks.push({ value, label: formatTick(value) });
  }
  return { domain: [10 ** lowExp, 10 ** highExp], ticks };
}
