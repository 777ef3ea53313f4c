/** Makes whitespace in a token visible: spaces as ·, line breaks as ⏎, tabs as →. */
export function showToken(token: string): string {
  return token.replace(/ /g, '·').replace(/\r?\n/g, '⏎').replace(/\t/g, '→');
}
