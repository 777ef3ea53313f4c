import type { LessonTextKey } from '../messages/LessonMessages';

/** One preset text of the entropy lesson (written in English, like the bundled models' corpus). */
export interface EntropyPreset {
  /** Stable key. */
  id: string;
  /** The key of the name shown on the button, the chart row and the table. */
  label: LessonTextKey;
  /** The text, split into segments at blank lines like training text. */
  text: string;
}

/** The preset texts, from the most predictable kind to the most open; all written for this lesson. */
export const ENTROPY_PRESETS: readonly EntropyPreset[] = [
  {
    id: 'json',
    label: 'kindJson',
    text: `{
  "data": [
    {
      "id": 412,
      "name": "Maple Street Bakery",
      "email": "orders@maple.example.com",
      "active": true
    },
    {
      "id": 413,
      "name": "Harbor Light Books",
      "email": "hello@harbor.example.com",
      "active": false
    }
  ],
  "meta": {
    "page": 1,
    "perPage": 20,
    "total": 2
  }
}`,
  },
  {
    id: 'code',
    label: 'kindCode',
    text: `export function totalPrice(items: Item[]): number {
  let total = 0;
  for (const item of items) {
    total += item.price * item.quantity;
  }
  return total;
}`,
  },
  {
    id: 'news',
    label: 'kindNews',
    text: `The city council voted on Tuesday to approve a new budget for the public schools. The plan, which will cost about two million dollars, was opposed by three members of the council. The mayor said that he would sign the bill next week.`,
  },
  {
    id: 'fiction',
    label: 'kindFiction',
    text: `She found the letter under a loose stone by the river, its ink gone pale as frost. Nobody in the village remembered a stranger with silver boots, yet the dogs would not stop howling at the empty road all night.`,
  },
  {
    id: 'dialogue',
    label: 'kindDialogue',
    text: `"Where were you last night?" asked Mary.
"At the station," he said. "The train was late again."
"You could have called me."
"I know. I'm sorry."`,
  },
];
