import { en } from '../../i18n/en';
import type { Messages } from '../../i18n/Messages';

/**
 * A NumberField check that accepts numbers from min to max (whole numbers only if `integer`),
 * explaining the rest in the language of `m`.
 */
export function rangeCheck(
  min: number,
  max: number,
  integer = false,
  m: Messages = en,
): (n: number) => string | null {
  return (n) =>
    n >= min && n <= max && (!integer || Number.isInteger(n))
      ? null
      : m.enterInRange(min, max, integer);
}
