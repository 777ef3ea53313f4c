import { useLocale } from '../../i18n/LocaleContext';
import type { LessonMessages } from './LessonMessages';
import { LESSON_MESSAGES } from './lessonLocales';

/** The lesson messages in the language of the views around the caller. */
export function useLessonMessages(): LessonMessages {
  return LESSON_MESSAGES[useLocale()];
}
