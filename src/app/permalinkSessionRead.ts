import { en } from '../i18n/en';
import type { Messages } from '../i18n/Messages';
import type { ChoiceKind } from '../store/types';
import { NUMBER_FIELDS, type NumberSetting } from './permalinkFields';
import { SESSION_FORMAT } from './permalinkSessionFile';
import { DEFAULT_LINK_STATE, LINK_LIMITS, type LinkState, type LinkStep } from './permalinkState';

/** A session file read: its state and each step's token as saved, or why it cannot be loaded. */
export type SessionRead =
  | { state: LinkState; tokens: (string | null)[]; errors?: undefined }
  | { errors: string[] };

const HOW: readonly ChoiceKind[] = ['sampled', 'greedy', 'chosen'];
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** A value as JSON, cut to 40 characters, for messages. */
const shown = (v: unknown) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/**
 * Reads a file written by sessionFile. Never throws. Unlike a link, a file with any wrong field
 * is refused as a whole (`errors` says each one, in the language of `m`), so loading a bad file
 * changes nothing.
 */
export function readSessionFile(text: string, m: Messages = en): SessionRead {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (e) {
    return { errors: [m.sessionNotJson(e instanceof Error ? e.message : String(e))] };
  }
  if (!isObject(file) || file.format !== SESSION_FORMAT) {
    return { errors: [m.sessionNotSession(SESSION_FORMAT)] };
  }
  if (file.version !== 1) {
    return { errors: [m.sessionBadVersion(shown(file.version))] };
  }
  const errors: string[] = [];
  const state: LinkState = { ...DEFAULT_LINK_STATE };
  if (typeof file.model === 'string' && /^[\w.-]{1,64}$/.test(file.model))
    state.modelId = file.model;
  else errors.push(m.sessionBadModelName(shown(file.model)));
  if (typeof file.prompt === 'string' && file.prompt.length <= LINK_LIMITS.promptChars) {
    state.prompt = file.prompt;
  } else errors.push(m.sessionBadPrompt(LINK_LIMITS.promptChars));
  for (const [name, field] of Object.entries(NUMBER_FIELDS)) {
    const value = file[name];
    if (typeof value === 'number' && field.ok(value)) state[name as NumberSetting] = value;
    else errors.push(m.sessionBadNumber(name, shown(value), m[field.expected]));
  }
  if (typeof file.maskUnk === 'boolean') state.maskUnk = file.maskUnk;
  else errors.push(m.sessionBadMaskUnk(shown(file.maskUnk)));

  const tokens: (string | null)[] = [];
  const steps: LinkStep[] = [];
  if (!Array.isArray(file.steps) || file.steps.length > LINK_LIMITS.steps) {
    errors.push(m.sessionBadSteps(LINK_LIMITS.steps));
  } else {
    for (const [i, step] of file.steps.entries()) {
      const ok =
        isObject(step) &&
        Number.isSafeInteger(step.id) &&
        (step.id as number) >= 0 &&
        HOW.includes(step.how as ChoiceKind) &&
        typeof step.temperature === 'number' &&
        NUMBER_FIELDS.temperature.ok(step.temperature) &&
        (step.token === undefined || step.token === null || typeof step.token === 'string');
      if (!ok) {
        errors.push(m.sessionBadStep(i + 1, shown(step)));
        break;
      }
      steps.push({
        id: step.id as number,
        how: step.how as ChoiceKind,
        temperature: step.temperature as number,
      });
      tokens.push(typeof step.token === 'string' ? step.token : null);
    }
  }
  state.steps = steps;
  return errors.length > 0 ? { errors } : { state, tokens };
}
