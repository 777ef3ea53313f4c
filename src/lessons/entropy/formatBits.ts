import { en } from '../../i18n/en';
import type { Messages } from '../../i18n/Messages';

/** Bits with two decimals, as the chart labels and the table show them ("3.14", "3,14" in German). */
export function formatBits(bits: number, m: Messages = en): string {
  return m.fixed(bits, 2);
}
