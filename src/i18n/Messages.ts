import type { en } from './en';

/** Every message of the page, keyed as in English (en.ts): each language provides exactly these. */
export type Messages = typeof en;
