import type { LessonTextKey } from '../messages/LessonMessages';

/** A built-in text the lesson can score (written in English, like the bundled models' corpus). */
export interface ExampleText {
  id: string;
  /** The key of its name in the messages. */
  label: LessonTextKey;
  text: string;
}

const PROSE =
  'The jury said that the city had been taken by surprise. It was a long day, and the mayor would not comment on the report until the next morning.';

const JSON_TEXT =
  '{"name": "tokenscope", "version": "1.0.0", "private": true, "scripts": {"test": "vitest run"}}';

const CODE =
  'function add(a, b) {\n  return a + b;\n}\n\nconst total = add(1, 2);\nconsole.log(total);';

/** The examples offered in the "Example" menu. */
export const EXAMPLE_TEXTS: readonly ExampleText[] = [
  { id: 'mixed', label: 'kindProseThenJson', text: `${PROSE}\n\n${JSON_TEXT}` },
  { id: 'prose', label: 'kindProse', text: PROSE },
  { id: 'json', label: 'kindJson', text: JSON_TEXT },
  { id: 'code', label: 'kindCode', text: CODE },
];

/** The text a fresh lesson starts with: prose, a blank line, then JSON, so both kinds show. */
export const DEFAULT_SCORING_TEXT = EXAMPLE_TEXTS[0].text;
