import type { Locale } from '../../i18n/locales';
import { de } from './de';
import { en } from './en';
import type { LessonMessages } from './LessonMessages';

/**
 * The lesson messages of each language. All of them come with the lesson chunk (which is fetched
 * only when a lesson opens), so a lesson speaks any language the page has loaded.
 */
export const LESSON_MESSAGES: Record<Locale, LessonMessages> = { en, de };
