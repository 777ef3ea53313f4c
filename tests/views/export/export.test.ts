import { describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../../src/store/createExplorerStore';
import { chartSvg } from '../../../src/views/export/chartSvg';
import { csvCell } from '../../../src/views/export/csvCell';
import { distributionCsv } from '../../../src/views/export/distributionCsv';
import { distributionJson } from '../../../src/views/export/distributionJson';
import { distributionRows } from '../../../src/views/export/distributionRows';
import { tinyModel } from '../../fixtures/tinyModel';
import { parseCsv } from './parseCsv';

const model = tinyModel([
  'the cat sat',
  'the =SUM(A1) <img src=x onerror=alert(1)>',
  'a "quoted", word',
]);
const store = createExplorerStore({ model, modelId: 'tiny', prompt: 'the', temperature: 0.7 });

describe('export', () => {
  it('distributionCsv(rows) has one row per outcome, ranked, summing to 1', () => {
    const rows = parseCsv(distributionCsv(distributionRows(store.getState())));
    expect(rows[0]).toEqual(['rank', 'token', 'probability', 'logit']);
    expect(rows).toHaveLength(model.vocab.length + 1);
    const ps = rows.slice(1).map((r) => Number(r[2]));
    expect(ps.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(ps.map((_, i) => i + 1));
  });

  it('csvCell(text) quotes separators and neutralises formulas', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('"quoted",')).toBe('"""quoted"","');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell(0.25)).toBe('0.25');
  });

  it('distributionJson(state, rows) carries the settings and every outcome', () => {
    const s = store.getState();
    const json = JSON.parse(distributionJson(s, distributionRows(s)));
    expect(json.temperature).toBe(0.7);
    expect(json.outcomes).toHaveLength(model.vocab.length);
    expect(json.entropyBits).toBeCloseTo(s.entropyBits, 12);
    expect(json.context).toEqual(['the']);
  });

  it('chartSvg(state) is well-formed vector SVG with escaped token text', () => {
    const svg = chartSvg(store.getState());
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toContain('<img');
    expect(svg).toMatch(/<rect x=/);
    expect(svg).toMatch(/rank \(1 = most likely\)/);
    const opened = (svg.match(/<g[ >]/g) ?? []).length;
    expect((svg.match(/<\/g>/g) ?? []).length).toBe(opened);
  });
});
