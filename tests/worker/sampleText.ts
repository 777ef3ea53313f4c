import { createRng } from '../../src/sampling/createRng';

const WORDS = (
  'the a jury said that city election was conducted well and would pay for it of to in is on ' +
  'with as by at from this new old first last time world man day year people "quoted" 12 1961 ' +
  'naïve café — it’s isn’t can’t don’t'
).split(' ');

/** A deterministic text of about `paragraphs` paragraphs of prose-like words, blank-line separated. */
export function sampleText(paragraphs: number, seed = 7): string {
  const rng = createRng(seed);
  const pick = () => WORDS[Math.floor(rng.nextFloat() * WORDS.length)];
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = [];
    const count = 1 + Math.floor(rng.nextFloat() * 4);
    for (let s = 0; s < count; s++) {
      const words = Array.from({ length: 3 + Math.floor(rng.nextFloat() * 12) }, pick);
      sentences.push(`${words.join(' ')}.`);
    }
    out.push(sentences.join(' '));
  }
  return `${out.join('\n\n')}\n`;
}
