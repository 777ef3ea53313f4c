import { useMessages } from '../../i18n/LocaleContext';
import { LEVEL_NAMES } from './entropyLevel';

/** The key to the token shading: each level's tint and underline style. */
export function ShadeLegend() {
  const m = useMessages();
  return (
    <ul className="ts-entropy-shade-legend" aria-label={m.shadingKey}>
      {LEVEL_NAMES.map((name, level) => (
        <li key={name}>
          <span className={`ts-entropy-token ts-entropy-level-${level}`}>abc</span> {m[name]}
        </li>
      ))}
    </ul>
  );
}
