import { useMessages } from '../../i18n/LocaleContext';
import { useLessonMessages } from '../messages/useLessonMessages';
import { entropyLevel, LEVEL_NAMES } from './entropyLevel';
import { formatBits } from './formatBits';
import type { MeasuredToken } from './measureText';
import { tokenLines } from './tokenLines';

/** Props of ShadedText. */
export interface ShadedTextProps {
  /** Name of the text, for the accessible label. */
  label: string;
  tokens: readonly MeasuredToken[];
  /** Whether tokens are separated by spaces (whitespace-tokenized models). */
  spaced: boolean;
  /** The language of the text when it is known (the English presets), else inherited. */
  lang?: string;
}

/**
 * The text with each token tinted by the entropy of the prediction before it, and underlined
 * more heavily the less sure the model was (not colour alone); each token's bits are in its title.
 * Tokens outside the vocabulary keep their text, boxed with a dotted outline.
 */
export function ShadedText({ label, tokens, spaced, lang }: ShadedTextProps) {
  const m = useMessages();
  const lm = useLessonMessages();
  return (
    <figure className="ts-entropy-shaded" aria-label={lm.shadedByEntropy(label)}>
      <p className="ts-entropy-text" lang={lang}>
        {tokens.map((t, i) => {
          const lines = tokenLines(t.token, t.special);
          const level = entropyLevel(t.entropyBits);
          const unknown = t.special === 'unk';
          const space = spaced && i > 0 && tokens[i - 1].special !== 'eos' && t.special !== 'eos';
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: tokens of a fixed text never reorder
            <span key={i}>
              {space && ' '}
              <span
                className={`ts-entropy-token ts-entropy-level-${level}${unknown ? ' ts-entropy-unk' : ''}`}
                data-level={level}
                title={lm.tokenEntropyTitle(
                  formatBits(t.entropyBits, m),
                  lm[LEVEL_NAMES[level]],
                  unknown,
                )}
              >
                {lines.map((line, b) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the lines of a token never reorder
                  <span key={b}>
                    {b > 0 && <br />}
                    {line}
                  </span>
                ))}
              </span>
              {t.special === 'eos' && <br />}
            </span>
          );
        })}
      </p>
    </figure>
  );
}
