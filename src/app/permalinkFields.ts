import type { TextKey } from '../i18n/Messages';
import type { LinkState } from './permalinkState';

/** A numeric setting: its key in a link, its name in messages and the values it takes. */
export interface NumberField {
  key: string;
  /** The key of its name in the messages ("temperature"). */
  name: TextKey;
  /** The key of what a good value looks like, for messages ("a number from 0 to 3"). */
  expected: TextKey;
  ok: (n: number) => boolean;
}

/** The numeric settings of a link or a session file, with the checks the controls apply. */
export const NUMBER_FIELDS = {
  temperature: {
    key: 't',
    name: 'fieldTemperature',
    expected: 'expectTemperature',
    ok: (n) => n >= 0 && n <= 3,
  },
  seed: { key: 'seed', name: 'fieldSeed', expected: 'expectWholeNumber', ok: Number.isSafeInteger },
  topK: {
    key: 'k',
    name: 'fieldTopK',
    expected: 'expectWholeNumberOrZero',
    ok: (n) => Number.isSafeInteger(n) && n >= 0,
  },
  topP: {
    key: 'p',
    name: 'fieldTopP',
    expected: 'expectTopP',
    ok: (n) => n > 0 && n <= 1,
  },
  minP: {
    key: 'minp',
    name: 'fieldMinP',
    expected: 'expectZeroToOne',
    ok: (n) => n >= 0 && n <= 1,
  },
} as const satisfies Partial<Record<keyof LinkState, NumberField>>;

/** The numeric settings by name. */
export type NumberSetting = keyof typeof NUMBER_FIELDS;

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A plain decimal number ("0.8", "-3", "1e-7"); NaN for anything else ("", "0x10", "Infinity"). */
export function readNumber(text: string): number {
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}

/** A value quoted for a message, cut to 40 characters so a huge value stays readable. */
export function quoted(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
