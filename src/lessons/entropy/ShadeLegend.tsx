import { useLessonMessages } from '../messages/useLessonMessages';
import { LEVEL_NAMES } from './entropyLevel';

/** The key to the token shading: each level's tint and underline style. */
export function ShadeLegend() {
  const lm = useLessonMessages();
  return (
    <ul className="ts-entropy-shade-legend" aria-label={lm.shadingKey}>
      {LEVEL_NAMES.map((name, level) => (
        <li key={name}>
          <span className={`ts-entropy-token ts-entropy-level-${level}`}>abc</span> {lm[name]}
        </li>
      ))}
    </ul>
  );
}
