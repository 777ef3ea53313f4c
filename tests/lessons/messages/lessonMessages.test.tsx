// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import { LOCALES, type Locale } from '../../../src/i18n/locales';
import { de } from '../../../src/lessons/messages/de';
import { en } from '../../../src/lessons/messages/en';
import { LESSON_MESSAGES } from '../../../src/lessons/messages/lessonLocales';
import { useLessonMessages } from '../../../src/lessons/messages/useLessonMessages';
import {
  expectNonEmptyTexts,
  expectSameKeys,
  sameTextShare,
  sampleMessage,
} from '../../i18n/catalogueChecks';

/** Values for the messages whose parameters are not plain numbers or text. */
const SPECIAL_ARGS: Record<string, unknown[]> = {
  samplesSummary: ['The jury', '0.5', 1, 2, 3, 100, '3 %'],
  tokenEntropyTitle: ['3.14', '1–3 bits', true],
};
/** Calls a message with sample values. */
const sample = (message: unknown, key: string) => sampleMessage(message, key, SPECIAL_ARGS);
const keys = Object.keys(en) as (keyof typeof en)[];

describe('the lessons’ message catalogue', () => {
  it('de has exactly the keys of en, each a string or a function like its English one', () => {
    expectSameKeys(en, de);
  });

  it('every lesson message of every language gives non-empty text for sample values', () => {
    expectNonEmptyTexts(LESSON_MESSAGES, keys, sample);
  });

  it('German differs from English for almost every lesson message (names such as "JSON" may stay)', () => {
    expect(sameTextShare(de, en, keys, sample)).toBeLessThan(0.1);
  });

  it('useLessonMessages() speaks the language of the views around it', () => {
    const wrapperFor =
      (locale: Locale) =>
      ({ children }: { children: ReactNode }) => (
        <LocaleProvider locale={locale}>{children}</LocaleProvider>
      );
    const inGerman = renderHook(() => useLessonMessages(), { wrapper: wrapperFor('de') });
    expect(inGerman.result.current).toBe(de);
    const inEnglish = renderHook(() => useLessonMessages(), { wrapper: wrapperFor('en') });
    expect(inEnglish.result.current).toBe(en);
    expect(renderHook(() => useLessonMessages()).result.current).toBe(en);
  });
});
