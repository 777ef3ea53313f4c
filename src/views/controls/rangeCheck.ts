/** A NumberField check that accepts numbers from min to max (whole numbers only if `integer`). */
export function rangeCheck(
  min: number,
  max: number,
  integer = false,
): (n: number) => string | null {
  return (n) =>
    n >= min && n <= max && (!integer || Number.isInteger(n))
      ? null
      : `Enter ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}.`;
}
