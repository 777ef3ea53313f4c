import { en } from '../i18n/en';
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
 * is refused as a whole (`errors` says each one), so loading a bad file changes nothing.
 */
export function readSessionFile(text: string): SessionRead {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (e) {
    return { errors: [`it is not JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  if (!isObject(file) || file.format !== SESSION_FORMAT) {
    return { errors: [`it is not a Tokenscope session (no "format": "${SESSION_FORMAT}")`] };
  }
  if (file.version !== 1) {
    return { errors: [`its version ${shown(file.version)} is not 1, the one this page reads`] };
  }
  const errors: string[] = [];
  const state: LinkState = { ...DEFAULT_LINK_STATE };
  if (typeof file.model === 'string' && /^[\w.-]{1,64}$/.test(file.model))
    state.modelId = file.model;
  else errors.push(`model ${shown(file.model)} is not a model name`);
  if (typeof file.prompt === 'string' && file.prompt.length <= LINK_LIMITS.promptChars) {
    state.prompt = file.prompt;
  } else errors.push(`prompt is not text of at most ${LINK_LIMITS.promptChars} characters`);
  for (const [name, field] of Object.entries(NUMBER_FIELDS)) {
    const value = file[name];
    if (typeof value === 'number' && field.ok(value)) state[name as NumberSetting] = value;
    else errors.push(`${name} ${shown(value)} is not ${en[field.expected]}`);
  }
  if (typeof file.maskUnk === 'boolean') state.maskUnk = file.maskUnk;
  else errors.push(`maskUnk ${shown(file.maskUnk)} is not true or false`);

  const tokens: (string | null)[] = [];
  const steps: LinkStep[] = [];
  if (!Array.isArray(file.steps) || file.steps.length > LINK_LIMITS.steps) {
    errors.push(`steps is not a list of at most ${LINK_LIMITS.steps} steps`);
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
        errors.push(
          `step ${i + 1} ${shown(step)} is not {"id", "token", "how": sampled, greedy or chosen, "temperature"}`,
        );
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
