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

/** The power of ten of LOG_FLOOR, the log axis's bottom. */
const LOW_EXP = Math.round(Math.log10(LOG_FLOOR));

/** The linear axis's domain for bars up to `tallest`: from 0 to a nice top. */
function linearDomain(tallest: number): [number, number] {
  return nice(0, tallest > 0 ? tallest : 1, 5);
}

/** The power of ten the log axis ends at for bars up to `tallest`. */
function highExponent(tallest: number): number {
  return Math.max(LOW_EXP + 1, Math.ceil(Math.log10(Math.max(tallest, LOG_FLOOR))));
}

/** The top of the axis `probabilityTicks(log, tallest)` makes, without making its ticks. */
export function axisTop(log: boolean, tallest: number): number {
  return log ? 10 ** highExponent(tallest) : linearDomain(tallest)[1];
}

/**
 * The probability axis for bars up to `tallest`: linear from 0 with about five nice ticks, or log
 * from LOG_FLOOR to the next power of ten with at most six power-of-ten ticks.
 */
export function probabilityTicks(log: boolean, tallest: number): ProbabilityAxis {
  if (!log) {
    const [lo, hi] = linearDomain(tallest);
    return {
      domain: [lo, hi],
      ticks: tickValues(lo, hi, 5).map((v) => ({ value: v, label: formatTick(v) })),
    };
  }
  const highExp = highExponent(tallest);
  const every = Math.ceil((highExp - LOW_EXP + 1) / 6);
  const ticks = [];
  for (let e = highExp; e >= LOW_EXP; e -= every) {
    const value = 10 ** e;
    ticks.push({ value, label: formatTick(value) });
  }
  return { domain: [10 ** LOW_EXP, 10 ** highExp], ticks };
}
