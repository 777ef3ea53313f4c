import { en } from '../i18n/en';
import { isLocale, LOCALES } from '../i18n/locales';
import type { Messages } from '../i18n/Messages';
import {
  ALL_CONTROLS,
  CONTROL_NAMES,
  formatControls,
  parseControls,
} from '../views/controls/controlNames';
import { LESSONS } from './lessons';
import { NUMBER_FIELDS, type NumberSetting, quoted, readNumber } from './permalinkFields';
import { DEFAULT_LINK_STATE, LINK_LIMITS, LINK_VERSION, type LinkState } from './permalinkState';
import { decodeSteps, encodeSteps } from './permalinkSteps';

/** The keys a link may hold, in the order encodeState writes them. */
const KEYS = [
  'mode',
  'model',
  't',
  'seed',
  'k',
  'p',
  'minp',
  'unk',
  'prompt',
  'steps',
  'controls',
  'presenter',
  'lang',
  'v',
];
const MODEL_ID = /^[\w.-]{1,64}$/;

/**
 * The URL hash that holds a whole state, e.g.
 * `#mode=explore&model=brown-word&t=0.8&seed=42&k=0&p=1&minp=0&unk=1&prompt=The+jury&steps=1a_k3*&v=1`
 * (`controls` only when some part is hidden, `steps` only when there are any, `lang` only for a
 * language other than English).
 */
export function encodeState(state: LinkState): string {
  const params = new URLSearchParams({ mode: state.mode });
  if (state.modelId !== null) params.set('model', state.modelId);
  for (const [name, field] of Object.entries(NUMBER_FIELDS)) {
    params.set(field.key, String(state[name as NumberSetting]));
  }
  params.set('unk', state.maskUnk ? '1' : '0');
  params.set('prompt', state.prompt);
  if (state.steps.length > 0) params.set('steps', encodeSteps(state.steps, state.temperature));
  if (state.controls.size < ALL_CONTROLS.size)
    params.set('controls', formatControls(state.controls));
  if (state.presenter) params.set('presenter', '1');
  if (state.lang !== undefined && state.lang !== 'en') params.set('lang', state.lang);
  params.set('v', String(LINK_VERSION));
  // Commas are safe in a fragment and keep part lists and prompts readable.
  return `#${params.toString().replaceAll('%2C', ',')}`;
}

/**
 * Reads a URL hash written by encodeState (with or without "#"). Never throws: whatever it
 * cannot read (bad numbers, unknown keys or lessons, broken steps, text too long) takes its
 * default, and `problems` says what and what was used instead, one phrase each, in the language
 * of `m`.
 */
export function decodeState(
  hash: string,
  m: Messages = en,
): { state: LinkState; problems: string[] } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const problems: string[] = [];
  const state: LinkState = { ...DEFAULT_LINK_STATE };
  const given = (key: string): string | null => {
    const values = params.getAll(key);
    if (values.length > 1) problems.push(m.linkGivenTwice(key, values.length));
    return values.length > 0 ? values[0] : null;
  };

  const mode = given('mode');
  if (mode !== null) {
    const known = LESSONS.find((lesson) => lesson.mode === mode);
    if (known) state.mode = known.mode;
    else problems.push(m.linkBadMode(quoted(mode)));
  }
  const model = given('model');
  if (model !== null) {
    if (MODEL_ID.test(model)) state.modelId = model;
    else problems.push(m.linkBadModelName(quoted(model)));
  }
  for (const [name, field] of Object.entries(NUMBER_FIELDS)) {
    const text = given(field.key);
    if (text === null) continue;
    const n = readNumber(text);
    const setting = name as NumberSetting;
    if (field.ok(n)) state[setting] = n;
    else {
      problems.push(
        m.linkBadNumber(m[field.name], quoted(text), m[field.expected], m.plain(state[setting])),
      );
    }
  }
  const unk = given('unk');
  if (unk === '1' || unk === '0') state.maskUnk = unk === '1';
  else if (unk !== null) problems.push(m.linkBadUnk(quoted(unk)));

  const prompt = given('prompt');
  if (prompt !== null) {
    state.prompt = prompt.slice(0, LINK_LIMITS.promptChars);
    if (prompt.length > LINK_LIMITS.promptChars) {
      problems.push(m.linkPromptTooLong(LINK_LIMITS.promptChars));
    }
  }
  const steps = given('steps');
  if (steps !== null) {
    const read = decodeSteps(steps, state.temperature, m);
    state.steps = read.steps;
    if (read.problem) problems.push(read.problem);
  }
  const controls = given('controls');
  if (controls !== null) {
    const read = parseControls(controls);
    state.controls = read.shown;
    if (read.unknown.length > 0) {
      const named = read.unknown.map(quoted).join(', ');
      problems.push(m.linkBadControls(named, read.unknown.length, CONTROL_NAMES.join(', ')));
    }
  }
  const presenter = given('presenter');
  if (presenter === '1' || presenter === '0') state.presenter = presenter === '1';
  else if (presenter !== null) problems.push(m.linkBadPresenter(quoted(presenter)));
  const lang = given('lang');
  if (isLocale(lang)) state.lang = lang;
  else if (lang !== null) problems.push(m.linkBadLang(quoted(lang), LOCALES.join(', ')));
  const version = given('v');
  if (version !== null && version !== String(LINK_VERSION)) {
    problems.push(m.linkBadVersion(quoted(version), LINK_VERSION));
  }

  const unknown = [...new Set(params.keys())].filter((key) => !KEYS.includes(key));
  if (unknown.length > 0) {
    const named = unknown.slice(0, 3).map(quoted).join(', ');
    problems.push(m.linkUnknownKeys(named, Math.max(0, unknown.length - 3), unknown.length));
  }
  return { state, problems };
}
