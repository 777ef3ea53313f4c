import type { en } from './en';

/** Every message of the page, keyed as in English (en.ts): each language provides exactly these. */
export type Messages = typeof en;

/** The key of a message that is plain text (takes no values), e.g. for a label kept in data. */
export type TextKey = {
  [K in keyof Messages]: Messages[K] extends string ? K : never;
}[keyof Messages];
