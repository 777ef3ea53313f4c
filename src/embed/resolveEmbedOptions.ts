import { DEFAULT_PROMPT } from '../app/permalinkState';
import { CONTROL_NAMES, parseControls } from '../views/controls/controlNames';
import type { EmbedOptions, EmbedSettings } from './embedOptions';

/** The most tokens an embed generates on load. */
export const MAX_EMBED_STEPS = 200;

const CSS_LENGTH = /^\d+(\.\d+)?(px|rem|em|vh|svh|lvh|dvh)$/;

/**
 * Checks embed options. A value that cannot be used falls back to its default and adds a
 * notice that says what was wrong and what would work; nothing here throws.
 */
export function resolveEmbedOptions(options: EmbedOptions): {
  settings: EmbedSettings;
  notices: string[];
} {
  const notices: string[] = [];
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
    notices.push(`${name}="${value}" is not ${expected}; using ${fallback}.`);
    return fallback;
  };

  const temperature = number(
    'temperature',
    options.temperature,
    1,
    (t) => t >= 0 && t <= 3,
    'a number from 0 to 3',
  );
  const seed = number(
    'seed',
    options.seed,
    42,
    (s) => Number.isInteger(s) && s >= 0 && s <= 0xffffffff,
    'a whole number from 0 to 4294967295',
  );
  const steps = number(
    'steps',
    options.steps,
    0,
    (s) => Number.isInteger(s) && s >= 0 && s <= MAX_EMBED_STEPS,
    `a whole number from 0 to ${MAX_EMBED_STEPS}`,
  );

  const list = Array.isArray(options.controls) ? options.controls.join(',') : options.controls;
  const parsed = parseControls(typeof list === 'string' ? list : null);
  const { unknown } = parsed;
  // The samples link opens a lesson of the full app, which an element on another page is not.
  const shown = new Set([...parsed.shown].filter((name) => name !== 'samples'));
  if (unknown.length > 0) {
    notices.push(
      `controls: ${unknown.map((name) => `"${name}"`).join(', ')} ignored; ` +
        `known parts are ${CONTROL_NAMES.join(', ')} (or all, none).`,
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
    notices.push(
      `height="${options.height}" is not a length such as 480, 480px or 30rem; using the natural height.`,
    );
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
    },
    notices,
  };
}
