/** Names shown for outcomes that are not text. */
const SPECIAL: Record<string, string> = { '<unk>': '‹unk›', '<eos>': '‹end›' };

/** Visible stand-ins for whitespace. */
const VISIBLE: Record<string, string> = { ' ': '·', '\n': '⏎', '\t': '→' };

/**
 * Makes a token readable as text: spaces as ·, line breaks as ⏎, tabs as →, other control
 * characters as their code (U+0007). `special` marks the vocabulary's `<unk>` and `<eos>`.
 */
export function showToken(token: string, special = false): string {
  if (special && token in SPECIAL) return SPECIAL[token];
  let shown = '';
  for (let i = 0; i < token.length; i++) {
    const c = token[i];
    const code = token.charCodeAt(i);
    if (c === '\r' && token[i + 1] === '\n') continue;
    if (c in VISIBLE) shown += VISIBLE[c];
    else if (code < 0x20 || code === 0x7f)
      shown += `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    else shown += c;
  }
  return shown;
}
