import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/sampling/createRng';
import { filterCuts } from '../../../src/sampling/filterCuts';
import { filterDistribution } from '../../../src/sampling/filterDistribution';
import { rankOrder } from '../../../src/sampling/rankOrder';
import { createColumnBars } from '../../../src/views/chart/ColumnBars';
import { columnMaxima } from '../../../src/views/chart/columnMaxima';
import { columnMaximaRanked } from '../../../src/views/chart/columnMaximaRanked';
import { shownProbs } from '../../../src/views/chart/shownProbs';
import { referenceTempered } from '../../sampling/reference';

describe('columnMaximaRanked', () => {
  it('columnMaximaRanked(...) reads only each column’s first kept, filtered and masked ranks', () => {
    // Heights fall along the order except at the masked rank 2 (a masked id's own scale).
    const heights = Float64Array.from([0.4, 0.3, 0.05, 0.15, 0.1]);
    const order = Uint32Array.from([0, 1, 2, 3, 4]);
    const out = createColumnBars(2);
    // Kept: ranks 0, 1 (rank 2 masked); filtered from rank 3 on.
    const tallest = columnMaximaRanked(heights, order, 0, 5, 2, 3, [2], out);
    expect(Array.from(out.kept)).toEqual([0.4, 0]);
    expect(Array.from(out.masked)).toEqual([0, 0.15]);
    expect(Array.from(out.firstRank)).toEqual([0, 2]);
    expect(tallest).toBe(0.4);
  });

  it('columnMaximaRanked(...) agrees with columnMaxima on tempered, masked and filtered distributions', () => {
    const rng = createRng(11);
    for (let trial = 0; trial < 300; trial++) {
      const size = 3 + Math.floor(rng.nextFloat() * 60);
      const weights = Float64Array.from({ length: size }, () => rng.nextFloat() ** 4 + 1e-9);
      const total = weights.reduce((a, b) => a + b, 0);
      const logits = weights.map((w) => Math.log(w / total));
      const order = rankOrder(weights);
      const temperature = 0.05 + rng.nextFloat() * 3;
      const masked = rng.nextFloat() < 0.7 ? [Math.floor(rng.nextFloat() * size)] : [];
      const filters = {
        topK: rng.nextFloat() < 0.5 ? 1 + Math.floor(rng.nextFloat() * size) : 0,
        topP: rng.nextFloat() < 0.5 ? 0.2 + rng.nextFloat() * 0.8 : 1,
        minP: rng.nextFloat() < 0.5 ? rng.nextFloat() * 0.3 : 0,
        maskedIds: masked,
      };
      const tempered = referenceTempered(logits, temperature, masked);
      const probs = filterDistribution(tempered, filters, order);
      const cuts = filterCuts(tempered, order, filters);
      const heights = shownProbs(tempered, logits, order, masked, temperature);
      const maskRanks = masked.map((id) => order.indexOf(id));
      const start = Math.floor(rng.nextFloat() * (size - 1));
      const end = start + 1 + Math.floor(rng.nextFloat() * (size - start));
      const columns = 1 + Math.floor(rng.nextFloat() * 40);
      const general = createColumnBars(columns);
      const ranked = createColumnBars(columns);
      const a = columnMaxima(heights, probs, order, start, end, columns, general);
      const b = columnMaximaRanked(
        heights,
        order,
        start,
        end,
        columns,
        cuts.minP.rankEnd,
        maskRanks,
        ranked,
      );
      expect(b).toBe(a);
      expect(ranked).toEqual(general);
    }
  });
});
