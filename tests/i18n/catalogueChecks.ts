import { expect } from 'vitest';

/** A message catalogue (a language's messages): each message is text or a function of values. */
type Catalogue = Record<string, unknown>;

/** Sample values for a message function, by the number of values it takes. */
const SAMPLE_ARGS: unknown[] = [3, 'x', 'y', 'z', '0.5', 7, '0.25'];

/**
 * Calls a message with sample values (numbers, strings and lists all print as text); `special`
 * gives the values of messages whose parameters are not plain numbers or text, by key.
 */
export function sampleMessage(
  message: unknown,
  key: string,
  special: Record<string, unknown[]> = {},
): string {
  if (typeof message === 'string') return message;
  if (typeof message !== 'function') throw new Error(`${key} is neither text nor a function`);
  const args = special[key] ?? SAMPLE_ARGS;
  return message(...args.slice(0, message.length));
}

/** Expects `other` to have exactly the keys of `source`, each text or a function of as many values. */
export function expectSameKeys(source: Catalogue, other: Catalogue): void {
  const keys = Object.keys(source);
  expect(Object.keys(other).sort()).toEqual([...keys].sort());
  for (const key of keys) {
    const [a, b] = [source[key], other[key]];
    expect(typeof b, key).toBe(typeof a);
    if (typeof a === 'function' && typeof b === 'function') expect(b.length, key).toBe(a.length);
  }
}

/** Expects every message of every language to give non-empty text for sample values. */
export function expectNonEmptyTexts(
  byLocale: Record<string, Catalogue>,
  keys: readonly string[],
  sample: (message: unknown, key: string) => string,
): void {
  for (const [locale, catalogue] of Object.entries(byLocale)) {
    for (const key of keys) {
      const text = sample(catalogue[key], key);
      expect(typeof text, `${locale}.${key}`).toBe('string');
      expect(text.trim(), `${locale}.${key}`).not.toBe('');
    }
  }
}

/** The share of `keys` whose messages give the same text in both catalogues for sample values. */
export function sameTextShare(
  a: Catalogue,
  b: Catalogue,
  keys: readonly string[],
  sample: (message: unknown, key: string) => string,
): number {
  return keys.filter((key) => sample(a[key], key) === sample(b[key], key)).length / keys.length;
}
