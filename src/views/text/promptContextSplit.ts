import { encodeText } from '../../model/encodeText';
import { lastSegment } from '../../model/lastSegment';
import type { NgramModel } from '../../model/types';

/**
 * Splits the prompt where its last `count` tokens begin, so the part the model still sees can be
 * marked: [text before, the last `count` tokens as written].
 */
export function promptContextSplit(
  model: NgramModel,
  prompt: string,
  count: number,
): [string, string] {
  if (count <= 0) return [prompt, ''];
  const segment = lastSegment(prompt);
  const segmentStart = prompt.length - segment.length;
  let start = segmentStart;
  if (model.settings.tokenizer === 'whitespace') {
    const runs = [...segment.matchAll(/\S+/gu)];
    const first = runs[Math.max(0, runs.length - count)];
    if (first?.index !== undefined) start = segmentStart + first.index;
  } else {
    // word and char tokens join back to the segment exactly.
    const { tokens } = encodeText(model, segment);
    const tail = tokens.slice(Math.max(0, tokens.length - count)).join('');
    start = prompt.length - tail.length;
  }
  return [prompt.slice(0, start), prompt.slice(start)];
}
