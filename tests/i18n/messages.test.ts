import { describe, expect, it } from 'vitest';
import { browserLocale } from '../../src/i18n/browserLocale';
import { de } from '../../src/i18n/de';
import { en } from '../../src/i18n/en';
import { isLocale, LOCALE_NAMES, LOCALES, MESSAGES } from '../../src/i18n/locales';
import {
  expectNonEmptyTexts,
  expectSameKeys,
  sameTextShare,
  sampleMessage,
} from './catalogueChecks';

/** Values for the messages whose parameters are not plain numbers or text. */
const SPECIAL_ARGS: Record<string, unknown[]> = {
  fixed: [5.4213, 2],
  linkNotice: [['a', 'b']],
  embedNote: [['a', 'b']],
  plain: [0.25],
  linkStepOutside: [3, 33, 5, 'small', 2],
  linkUnknownKeys: ['"a", "b", "c"', 2, 5],
  trainTooLarge: [null, '25.0 MB', '20.0 MB'],
  trainEmpty: ['notes.txt', true],
  trainRefused: ['The training text has no tokens.'],
  openNotGzip: [null],
  openBadFile: [null, 'It is damaged.'],
  openFileProblem: ['truncated', 'This model file is incomplete.'],
  sessionStepMismatch: [3, 'token 7', 7, 'small', '"the"'],
};
/** Calls a message with sample values. */
const sample = (message: unknown, key: string) => sampleMessage(message, key, SPECIAL_ARGS);
const keys = Object.keys(en) as (keyof typeof en)[];

describe('the message catalogue', () => {
  it('de has exactly the keys of en, each a string or a function like its English one', () => {
    expectSameKeys(en, de);
  });

  it('every message of every language gives non-empty text for sample values', () => {
    expectNonEmptyTexts(MESSAGES, keys, sample);
  });

  it('German differs from English for almost every message (names such as "Token" may stay)', () => {
    expect(sameTextShare(de, en, keys, sample)).toBeLessThan(0.1);
    // The controls a person looks for first are all in German.
    for (const key of ['step', 'temperature', 'entropy', 'distribution', 'language'] as const) {
      expect(de[key]).not.toBe(en[key]);
    }
  });

  it('English keeps the names the contract and the end-to-end tests rely on', () => {
    expect([en.temperature, en.step, en.play, en.pause, en.entropy, en.distribution]).toEqual([
      'Temperature',
      'Step',
      'Play',
      'Pause',
      'Entropy',
      'Next-token distribution',
    ]);
    expect(en.announceStep(5, "' the'", '42 %', '', '2.10')).toBe(
      "Step 5: ' the', 42 %, entropy 2.10 bits",
    );
    expect(en.language).toBe('Language');
    expect(de.language).toBe('Sprache');
  });

  it('German writes numbers with a decimal comma', () => {
    expect(de.fixed(5.4213, 2)).toBe('5,42');
    expect(en.fixed(5.4213, 2)).toBe('5.42');
    expect(de.temperatureText(0.8)).toBe('0,80');
    expect(de.temperatureText(0)).toBe('0 (gierig)');
  });

  it('file sizes read in decimal units in each language', () => {
    expect([950, 12_345, 5_900_000, 20_000_000].map(en.fileSize)).toEqual([
      '950 bytes',
      '12.3 KB',
      '5.9 MB',
      '20.0 MB',
    ]);
    expect([950, 12_345, 5_900_000, 20_000_000].map(de.fileSize)).toEqual([
      '950 Byte',
      '12,3 KB',
      '5,9 MB',
      '20,0 MB',
    ]);
  });

  it('each language is named in itself', () => {
    expect(LOCALE_NAMES).toEqual({ en: 'English', de: 'Deutsch' });
    expect(isLocale('de')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale('DE')).toBe(false);
  });
});

describe('browserLocale', () => {
  it('browserLocale(languages) takes the first language the page speaks, by its base', () => {
    expect(browserLocale(['de-AT', 'en-US'])).toBe('de');
    expect(browserLocale(['fr-FR', 'DE', 'en'])).toBe('de');
    expect(browserLocale(['en-GB', 'de'])).toBe('en');
  });

  it('browserLocale(languages) falls back to English', () => {
    expect(browserLocale(['fr', 'ja'])).toBe('en');
    expect(browserLocale([])).toBe('en');
  });
});
