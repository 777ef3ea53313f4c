/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; a text cell that
 * starts with =, +, -, @, tab or CR gets a leading ' so spreadsheets do not run it as a formula.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
