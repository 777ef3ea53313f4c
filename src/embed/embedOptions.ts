import type { Locale } from '../i18n/locales';
import type { ControlName } from '../views/controls/controlNames';

/**
 * What a page may set on an embed: the attributes of `<token-scope>` (as strings) or the
 * options of `mount()` (strings or numbers). Anything left out takes its default.
 */
export interface EmbedOptions {
  /** A bundled model's id from models/index.json (e.g. "brown-char"); the first by default. */
  model?: string;
  /** The starting text. */
  prompt?: string;
  /** 0 (greedy) to 3; 1 by default. */
  temperature?: number | string;
  /** The sampler's integer seed, 0 to 4294967295; 42 by default. */
  seed?: number | string;
  /** How many tokens to generate on load, 0 to 200; 0 by default. */
  steps?: number | string;
  /** The parts to show, e.g. "temperature,step" or ["temperature", "step"]; all by default. */
  controls?: string | readonly string[];
  /** The embed's height: a number of pixels or a CSS length ("480px", "30rem"); content scrolls. */
  height?: number | string;
  /** The language of its labels and messages: "en" (the default) or "de". */
  lang?: string;
}

/** Embed options read and checked: every field has a usable value. */
export interface EmbedSettings {
  /** null: the first bundled model. */
  model: string | null;
  prompt: string;
  temperature: number;
  seed: number;
  steps: number;
  shown: ReadonlySet<ControlName>;
  /** A CSS length, or null for the natural height. */
  height: string | null;
  lang: Locale;
}
