import { showToken } from '../../views/format/showToken';

/**
 * A continuation with visible whitespace: spaces as ·, line breaks as ⏎, tabs as →, `<eos>` as
 * ‹end› and `<unk>` as ‹unk›; `spaced` (whitespace-tokenized models) puts a · between tokens.
 */
export function continuationText(
  ids: readonly number[],
  vocab: readonly string[],
  spaced: boolean,
): string {
  const special = vocab.length - 2;
  return ids.map((id) => showToken(vocab[id] ?? '', id >= special)).join(spaced ? '·' : '');
}
