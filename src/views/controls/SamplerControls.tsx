import { useExplorer, useExplorerStore } from '../ExplorerContext';
import type { ControlName } from './controlNames';
import { ALL_CONTROLS } from './controlNames';
import { NumberField } from './NumberField';

const isWhole = (n: number) => (Number.isSafeInteger(n) ? null : 'Use a whole number.');

/** Props of SamplerControls: which of its parts show (`seed`, `sampler`). */
export interface SamplerControlsProps {
  shown?: ReadonlySet<ControlName>;
}

/** Seed, top-k, top-p, min-p (off by default) and whether `<unk>` may be drawn. */
export function SamplerControls({ shown = ALL_CONTROLS }: SamplerControlsProps) {
  const store = useExplorerStore();
  const seed = useExplorer((s) => s.seed);
  const topK = useExplorer((s) => s.topK);
  const topP = useExplorer((s) => s.topP);
  const minP = useExplorer((s) => s.minP);
  const maskUnk = useExplorer((s) => s.maskUnk);
  const actions = store.getState();
  if (!shown.has('seed') && !shown.has('sampler')) return null;
  return (
    <fieldset className="ts-sampler">
      <legend>Sampling</legend>
      {shown.has('seed') && (
        <NumberField
          label="Seed"
          value={seed}
          step={1}
          check={isWhole}
          onCommit={actions.setSeed}
          hint="Same seed, same text."
        />
      )}
      {shown.has('sampler') && (
        <>
          <NumberField
            label="Top-k"
            value={topK}
            step={1}
            min={0}
            hint="0 is off."
            check={(n) => (Number.isInteger(n) && n >= 0 ? null : 'Use a whole number, 0 or more.')}
            onCommit={(n) => actions.setFilters({ topK: n })}
          />
          <NumberField
            label="Top-p"
            value={topP}
            step={0.05}
            min={0}
            max={1}
            hint="1 is off."
            check={(n) => (n > 0 && n <= 1 ? null : 'Use a number above 0, at most 1.')}
            onCommit={(n) => actions.setFilters({ topP: n })}
          />
          <NumberField
            label="Min-p"
            value={minP}
            step={0.01}
            min={0}
            max={1}
            hint="0 is off."
            check={(n) => (n >= 0 && n <= 1 ? null : 'Use a number from 0 to 1.')}
            onCommit={(n) => actions.setFilters({ minP: n })}
          />
          <label className="ts-checkbox">
            <input
              type="checkbox"
              checked={maskUnk}
              onChange={(e) => actions.setFilters({ maskUnk: e.currentTarget.checked })}
            />{' '}
            Never draw ‹unk›
          </label>
        </>
      )}
    </fieldset>
  );
}
