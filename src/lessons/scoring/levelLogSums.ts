import { findContext } from '../../model/findContext';
import { backoffWeight, discountFor } from '../../model/orderWeights';
import { countOf } from '../../model/probabilityOf';
import type { NgramModel } from '../../model/types';
import { unigramLevel } from '../../model/unigramLevel';

/** ln Σ_w P_k(w | h)^(1/T) per temperature, cached by (order, context row) within one curve. */
export type LogSumCache = Map<string, Float64Array>;

/** ln Σ e^x over the values, −Infinity when empty or all −Infinity. */
function logSumExp(values: Float64Array): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const x of values) if (x > max) max = x;
  if (max === Number.NEGATIVE_INFINITY) return max;
  let sum = 0;
  for (const x of values) sum += Math.exp(x - max);
  return max + Math.log(sum);
}

/** P_level(w) with the same float operations as `probabilityOf`; `rows[j − 2]` is order j's row. */
function levelProbability(model: NgramModel, rows: number[], level: number, w: number): number {
  let p = unigramLevel(model).probs[w];
  for (let j = 2; j <= level; j++) {
    const row = rows[j - 2];
    if (row < 0) continue;
    const table = model.tables[j - 1];
    const c = countOf(table, row, w);
    p *= backoffWeight(table, row);
    if (c > 0) p += Math.max(c - discountFor(table, c), 0) / table.contextTotals[row];
  }
  return p;
}

/**
 * ln Σ_w P_k(w | context)^(1/T) for each temperature, for a Kneser–Ney model, by recursion on
 * the order: P_k = γ_k·P_{k−1} except on the entries of the context's row, so the sum is
 * γ^(1/T)·(the order below's sum minus those entries) plus the entries' own terms. Each
 * (order, row) is computed once, so a frequent short context is paid for once per text.
 */
export function levelLogSums(
  model: NgramModel,
  context: Uint32Array,
  level: number,
  temperatures: readonly number[],
  cache: LogSumCache,
): Float64Array {
  const table = model.tables[level - 1];
  const row = findContext(table, context);
  if (level > 1 && row < 0) return levelLogSums(model, context, level - 1, temperatures, cache);
  const key = `${level}:${row}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const result = new Float64Array(temperatures.length);
  if (level === 1) {
    const lnP1 = unigramLevel(model).probs.map(Math.log);
    temperatures.forEach((t, ti) => {
      result[ti] = logSumExp(lnP1.map((x) => x / t));
    });
  } else {
    const below = levelLogSums(model, context, level - 1, temperatures, cache);
    const rows: number[] = [];
    for (let j = 2; j <= level; j++) rows.push(findContext(model.tables[j - 1], context));
    const start = table.entryStart[row];
    const end = table.entryStart[row + 1];
    const lnBelow = new Float64Array(end - start);
    const lnHere = new Float64Array(end - start);
    for (let e = start; e < end; e++) {
      const w = table.words[e];
      lnBelow[e - start] = Math.log(levelProbability(model, rows, level - 1, w));
      lnHere[e - start] = Math.log(levelProbability(model, rows, level, w));
    }
    const lnGamma = Math.log(backoffWeight(table, row));
    temperatures.forEach((t, ti) => {
      // The entries' share of the order below, relative to its whole sum: each term ≤ 1.
      let share = 0;
      for (const x of lnBelow) share += Math.exp(x / t - below[ti]);
      const rest = 1 - share;
      const lnRest = rest > 0 ? lnGamma / t + below[ti] + Math.log(rest) : Number.NEGATIVE_INFINITY;
      const lnEntries = logSumExp(lnHere.map((x) => x / t));
      const m = Math.max(lnRest, lnEntries);
      result[ti] =
        m === Number.NEGATIVE_INFINITY
          ? m
          : m + Math.log(Math.exp(lnRest - m) + Math.exp(lnEntries - m));
    });
  }
  cache.set(key, result);
  return result;
}
