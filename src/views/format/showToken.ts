/** Names shown for outcomes that are not text. */
const SPECIAL: Record<string, string> = { '<unk>': '‹unk›', '<eos>': '‹end›' };

/**
 * Makes a token readable as text: spaces as ·, line breaks as ⏎, tabs as →, other control
 * characters as their code (U+0007). `special` marks the vocabulary's `<unk>` and `<eos>`.
 */
export function showToken(token: string, special = false): string {
  if (special && token in SPECIAL) return SPECIAL[token];
  return token
    .replace(/ /g, '·')
    .replace(/\r?\n/g, '⏎')
    .replace(/\t/g, '→')
    .replace(
      /[\u0000-\u001f\u007f]/g,
      (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
}
