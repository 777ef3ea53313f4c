import type { en } from './en';

/** Every message of the lessons, keyed as in English (en.ts): each language provides exactly these. */
export type LessonMessages = typeof en;

/** The key of a lesson message that is plain text (takes no values), e.g. for a label kept in data. */
export type LessonTextKey = {
  [K in keyof LessonMessages]: LessonMessages[K] extends string ? K : never;
}[keyof LessonMessages];
