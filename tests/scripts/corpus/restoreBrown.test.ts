import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBrownProse, restoreBrownParagraph } from '../../../scripts/corpus/restoreBrown';
import { BROWN_DIR, BROWN_NAMES } from './corpusDir';

/** The first paragraph of ca01 as the corpus tags it. */
const CA01_FIRST =
  "\tThe/at Fulton/np-tl County/nn-tl Grand/jj-tl Jury/nn-tl said/vbd Friday/nr an/at investigation/nn of/in Atlanta's/np$ recent/jj primary/nn election/nn produced/vbd ``/`` no/at evidence/nn ''/'' that/cs any/dti irregularities/nns took/vbd place/nn ./.";

/** The first paragraph of ca01 as it was printed. */
const CA01_PROSE =
  'The Fulton County Grand Jury said Friday an investigation of Atlanta\'s recent primary election produced "no evidence" that any irregularities took place.';

describe('restoreBrownParagraph', () => {
  it("restoreBrownParagraph(lines) drops tags, keeps case and turns `` and '' into quotes", () => {
    expect(restoreBrownParagraph([CA01_FIRST])).toBe(CA01_PROSE);
  });

  it('restoreBrownParagraph(lines) joins sentences with one space and a quote may span them', () => {
    const lines = [
      '\t``/`` The/at pie/nn is/bez good/jj ,/, Scotty/np ./.',
      "I/ppss recommend/vb it/ppo ''/'' ./.",
      'He/pps looked/vbd up/rp ./.',
    ];
    expect(restoreBrownParagraph(lines)).toBe(
      '"The pie is good, Scotty. I recommend it." He looked up.',
    );
  });

  it('restoreBrownParagraph(lines) puts a comma or period before closing quotes, as printed', () => {
    const lines = ["\t``/`` Only/rb a/at handful/nn ''/'' ,/, the/at jury/nn said/vbd ./."];
    expect(restoreBrownParagraph(lines)).toBe('"Only a handful," the jury said.');
  });

  it('restoreBrownParagraph(lines) leaves a comma outside a quotation that ends in ? or !', () => {
    const lines = ['\t``/`` Who/wps-tl Cares/vbz-tl ?/. ?/.', "''/'' ,/, and/cc more/ap ./."];
    expect(restoreBrownParagraph(lines)).toBe('"Who Cares?", and more.');
  });

  it('restoreBrownParagraph(lines) undoes the doubled ; ? ! at line ends and doubled , ( )', () => {
    const lines = [
      '\tSince/cs then/rb ,/, Scotty/np had/hvd little/ap appetite/nn ;/. ;/.',
      'yet/cc Henry/np 4/cd-tl ,/, ,/, who/wps died/vbd (/( (/( 1957/cd )/) )/) ,/, smiled/vbd ?/. ?/.',
    ];
    expect(restoreBrownParagraph(lines)).toBe(
      'Since then, Scotty had little appetite; yet Henry 4, who died (1957), smiled?',
    );
  });

  it('restoreBrownParagraph(lines) keeps spaced -- dashes and attaches brackets inside', () => {
    const lines = [
      '\tReps./nns V./np (/( Red/np )/) Berry/np --/-- a/at Democrat/np --/-- spoke/vbd ./.',
    ];
    expect(restoreBrownParagraph(lines)).toBe('Reps. V. (Red) Berry -- a Democrat -- spoke.');
  });

  it("restoreBrownParagraph(lines) tells an opening ' from a closing one", () => {
    const lines = [
      "\t``/`` It's/pps+bez '/' See/vb Joe/np ,/, see/vb Jim/np '/' ''/'' ,/, he/pps says/vbz ./.",
      "We/ppss got/vbd more/ap '/' pro/jj '/' letters/nns than/cs '/' con/jj '/' ./.",
    ];
    expect(restoreBrownParagraph(lines)).toBe(
      "\"It's 'See Joe, see Jim,'\" he says. We got more 'pro' letters than 'con.'",
    );
  });

  it('restoreBrownParagraph(lines) drops the sentence period after an abbreviation', () => {
    const lines = ['\tIt/pps was/bedz won/vbn by/in Ivan/np Allen/np Jr./np ./.'];
    expect(restoreBrownParagraph(lines)).toBe('It was won by Ivan Allen Jr.');
  });

  it("restoreBrownParagraph(lines) writes inch marks as \" and drops the stray '' after them", () => {
    const lines = ["\tCut/vb a/at 1/8''/nn ''/'' bar/nn 12''/nns ''/'' long/jj ./."];
    expect(restoreBrownParagraph(lines)).toBe('Cut a 1/8" bar 12" long.');
  });

  it('restoreBrownParagraph(lines) attaches a bare slash and keeps contractions whole', () => {
    const lines = ["\tI'm/ppss+bem sure/jj counts/nns //in minute/nn can't/md* fall/vb !/. !/."];
    expect(restoreBrownParagraph(lines)).toBe("I'm sure counts/minute can't fall!");
  });
});

/** A copy of ca01–ca05 and every tenth other file, so the corpus-wide checks stay quick. */
function sampleCorpusDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'brown-sample-'));
  BROWN_NAMES.filter((_, i) => i < 5 || i % 10 === 7).forEach((name) => {
    copyFileSync(join(BROWN_DIR, name), join(dir, name));
  });
  return dir;
}

describe('readBrownProse', () => {
  const prose = readBrownProse(sampleCorpusDir());

  it('readBrownProse() starts with the first paragraph of ca01, restored', () => {
    expect(prose[0]).toBe(CA01_PROSE);
  });

  it('readBrownProse() makes a headline its own paragraph before the prose that follows it', () => {
    const headline = prose.indexOf('Merger proposed');
    expect(headline).toBeGreaterThan(0);
    expect(prose[headline + 1]).toMatch(/^However, the jury said it believes "these two offices/);
  });

  it('readBrownProse() leaves no tags, Brown quote tokens or spaces before punctuation', () => {
    expect(prose.length).toBeGreaterThan(1500);
    const leftovers = prose.filter((p) => /``|''|\w\/(at|nn|vbd|in)( |$)| [,;?!)]|\( /.test(p));
    expect(leftovers).toEqual([]);
  });
});
