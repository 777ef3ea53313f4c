import { en } from '../i18n/en';
import type { Messages } from '../i18n/Messages';
import { NUMBER_FIELDS, quoted, readNumber } from './permalinkFields';
import { LINK_LIMITS, type LinkStep } from './permalinkState';

const STEP = /^([0-9a-z]{1,7})(\*?)$/;
const TEMPERATURE = /^T(.*)$/;

/**
 * Writes steps compactly: base-36 token ids joined by "_", "*" after a step chosen by hand, and
 * "T<temperature>" before a step chosen at another temperature than the step before it (the
 * first step is compared with `temperature`, the session's). "1a_2b_T0.5_k3*_9" is five steps.
 * Whether an unmarked step was sampled or greedy follows from its temperature (greedy at 0).
 */
export function encodeSteps(steps: readonly LinkStep[], temperature: number): string {
  const parts: string[] = [];
  let at = temperature;
  for (const step of steps) {
    if (step.temperature !== at) {
      at = step.temperature;
      parts.push(`T${at}`);
    }
    parts.push(step.id.toString(36) + (step.how === 'chosen' ? '*' : ''));
  }
  return parts.join('_');
}

/**
 * Reads what encodeSteps wrote; never throws. At the first part it cannot read it keeps the
 * steps before it and says so (in the language of `m`); empty parts are skipped and at most
 * LINK_LIMITS.steps are kept.
 */
export function decodeSteps(
  text: string,
  temperature: number,
  m: Messages = en,
): { steps: LinkStep[]; problem: string | null } {
  const steps: LinkStep[] = [];
  let at = temperature;
  const stop = (why: string) => ({ steps, problem: m.linkStepsKept(why, steps.length) });
  for (const part of text.split('_')) {
    if (part === '') continue;
    const marker = TEMPERATURE.exec(part);
    if (marker) {
      const t = readNumber(marker[1]);
      const field = NUMBER_FIELDS.temperature;
      if (!field.ok(t)) {
        return stop(
          m.linkStepBadTemperature(steps.length + 1, quoted(marker[1]), m[field.expected]),
        );
      }
      at = t;
      continue;
    }
    const step = STEP.exec(part);
    if (!step) return stop(m.linkStepNotToken(steps.length + 1, quoted(part)));
    if (steps.length === LINK_LIMITS.steps) {
      return { steps, problem: m.linkTooManySteps(LINK_LIMITS.steps) };
    }
    const how = step[2] === '*' ? 'chosen' : at === 0 ? 'greedy' : 'sampled';
    steps.push({ id: Number.parseInt(step[1], 36), how, temperature: at });
  }
  return { steps, problem: null };
}
