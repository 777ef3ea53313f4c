import { LEVEL_NAMES } from './entropyLevel';

/** The key to the token shading: each level's tint and underline style. */
export function ShadeLegend() {
  return (
    <ul className="ts-entropy-shade-legend" aria-label="Shading key">
      {LEVEL_NAMES.map((name, level) => (
        <li key={name}>
          <span className={`ts-entropy-token ts-entropy-level-${level}`}>abc</span> {name}
        </li>
      ))}
    </ul>
  );
}
