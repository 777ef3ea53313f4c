/** The GPT-2 pre-tokenizer pattern; every character belongs to exactly one match. */
const GPT2_PATTERN = /'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+/gu;

/** Splits text with the GPT-2 pre-tokenizer pattern; joining the tokens gives back the text. */
export function tokenizeWord(text: string): string[] {
  return text.match(GPT2_PATTERN) ?? [];
}
