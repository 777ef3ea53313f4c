import type { NgramModel } from '../../model/types';
import type { Step } from '../../store/types';

/** The prompt followed by the generated tokens, as text (an `<eos>` ends the segment: a blank line). */
export function currentText(model: NgramModel, prompt: string, steps: readonly Step[]): string {
  const eosId = model.vocab.length - 1;
  const spaced = model.settings.tokenizer === 'whitespace';
  let text = prompt;
  for (const step of steps) {
    if (step.id === eosId) text += '\n\n';
    else text += (spaced && text !== '' && !text.endsWith('\n') ? ' ' : '') + model.vocab[step.id];
  }
  return text;
}
