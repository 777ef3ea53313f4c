import { describe, expect, it } from 'vitest';
import { isBrownHeadline, splitBrownParagraphs } from '../../../scripts/corpus/brownParagraphs';

describe('splitBrownParagraphs', () => {
  it('splitBrownParagraphs(text) splits at blank lines and keeps a block of sentences together', () => {
    const text = '\n\n\tA/at b/nn ./.\nC/np d/vbd ./.\n\n\n\tE/np ./.\n';
    expect(splitBrownParagraphs(text)).toEqual([
      ['\tA/at b/nn ./.', 'C/np d/vbd ./.'],
      ['\tE/np ./.'],
    ]);
  });

  it('splitBrownParagraphs(text) gives a headline line a paragraph of its own', () => {
    const text =
      '\tA/at ./.\n\n\nMerger/nn-hl proposed/vbn-hl \nHowever/wrb ,/, it/pps ran/vbd ./.\n';
    expect(splitBrownParagraphs(text)).toEqual([
      ['\tA/at ./.'],
      ['Merger/nn-hl proposed/vbn-hl '],
      ['However/wrb ,/, it/pps ran/vbd ./.'],
    ]);
  });
});

describe('isBrownHeadline', () => {
  it("isBrownHeadline(line) needs every word tagged -hl but lets bare ' and . pass", () => {
    expect(isBrownHeadline("know/vb-hl enough/ap-hl to/to-hl sue/vb-hl '/' ")).toBe(true);
    expect(isBrownHeadline('Midwest/np-hl ./.-hl')).toBe(true);
    expect(isBrownHeadline('Merger/nn-hl proposed/vbn ./.')).toBe(false);
    expect(isBrownHeadline('./.')).toBe(false);
  });
});
