import { DEFAULT_PROMPT } from '../app/permalinkState';
import { isLocale, LOCALES, type Locale, MESSAGES } from '../i18n/locales';
import type { Messages } from '../i18n/Messages';
import { CONTROL_NAMES, parseControls } from '../views/controls/controlNames';
import type { EmbedOptions, EmbedSettings } from './embedOptions';

/** The most tokens an embed generates on load. */
export const MAX_EMBED_STEPS = 200;

const CSS_LENGTH = /^\d+(\.\d+)?(px|rem|em|vh|svh|lvh|dvh)$/;

/** The language an embed's options ask for: one the page speaks, else English. */
export function embedLang(options: EmbedOptions): Locale {
  const text = options.lang?.trim().toLowerCase();
  return isLocale(text) ? text : 'en';
}

/**
 * Checks embed options. A value that cannot be used falls back to its default and adds a
 * notice, in the embed's language (`m`), that says what was wrong and what would work; nothing
 * here throws.
 */
export function resolveEmbedOptions(
  options: EmbedOptions,
  m: Messages = MESSAGES[embedLang(options)],
): {
  settings: EmbedSettings;
  notices: string[];
} {
  const notices: string[] = [];
  const langText = options.lang?.trim().toLowerCase();
  const lang = embedLang(options);
  if (options.lang !== undefined && langText !== '' && !isLocale(langText)) {
    notices.push(m.embedBadLang(options.lang, LOCALES.join(', ')));
  }
  const number = (
    name: string,
    value: number | string | undefined,
    fallback: number,
    ok: (n: number) => boolean,
    expected: string,
  ): number => {
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) return fallback;
    const n = typeof value === 'number' ? value : Number(value.trim());
    if (Number.isFinite(n) && ok(n)) return n;
    notices.push(m.embedBadNumber(name, String(value), expected, fallback));
    return fallback;
  };

  const temperature = number(
    'temperature',
    options.temperature,
    1,
    (t) => t >= 0 && t <= 3,
    m.embedTemperatureRange,
  );
  const seed = number(
    'seed',
    options.seed,
    42,
    (s) => Number.isInteger(s) && s >= 0 && s <= 0xffffffff,
    m.embedSeedRange,
  );
  const steps = number(
    'steps',
    options.steps,
    0,
    (s) => Number.isInteger(s) && s >= 0 && s <= MAX_EMBED_STEPS,
    m.embedStepsRange(MAX_EMBED_STEPS),
  );

  const list = Array.isArray(options.controls) ? options.controls.join(',') : options.controls;
  const parsed = parseControls(typeof list === 'string' ? list : null);
  const { unknown } = parsed;
  // The samples link opens a lesson of the full app, which an element on another page is not.
  const shown = new Set([...parsed.shown].filter((name) => name !== 'samples'));
  if (unknown.length > 0) {
    notices.push(
      m.embedBadControls(unknown.map((name) => `"${name}"`).join(', '), CONTROL_NAMES.join(', ')),
    );
  }

  let height: string | null = null;
  if (typeof options.height === 'number' && options.height > 0) height = `${options.height}px`;
  else if (typeof options.height === 'string' && options.height.trim() !== '') {
    const text = options.height.trim();
    if (/^\d+(\.\d+)?$/.test(text)) height = `${text}px`;
    else if (CSS_LENGTH.test(text)) height = text;
  }
  if (height === null && options.height !== undefined && options.height !== '') {
    notices.push(m.embedBadHeight(String(options.height)));
  }

  const model = options.model?.trim() ? options.model.trim() : null;
  return {
    settings: {
      model,
      prompt: options.prompt ?? DEFAULT_PROMPT,
      temperature,
      seed,
      steps,
      shown,
      height,
      lang,
    },
    notices,
  };
}
