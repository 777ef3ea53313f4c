import { useMessages } from '../../i18n/LocaleContext';
import { useExplorer, useExplorerStore } from '../ExplorerContext';
import type { ControlName } from './controlNames';
import { ALL_CONTROLS } from './controlNames';
import { NumberField } from './NumberField';

/** Props of SamplerControls: which of its parts show (`seed`, `sampler`). */
export interface SamplerControlsProps {
  shown?: ReadonlySet<ControlName>;
}

/** Seed, top-k, top-p, min-p (off by default) and whether `<unk>` may be drawn. */
export function SamplerControls({ shown = ALL_CONTROLS }: SamplerControlsProps) {
  const store = useExplorerStore();
  const m = useMessages();
  const isWhole = (n: number) => (Number.isSafeInteger(n) ? null : m.useWholeNumber);
  const seed = useExplorer((s) => s.seed);
  const topK = useExplorer((s) => s.topK);
  const topP = useExplorer((s) => s.topP);
  const minP = useExplorer((s) => s.minP);
  const maskUnk = useExplorer((s) => s.maskUnk);
  const actions = store.getState();
  if (!shown.has('seed') && !shown.has('sampler')) return null;
  return (
    <fieldset className="ts-sampler">
      <legend>{m.sampling}</legend>
      {shown.has('seed') && (
        <NumberField
          label={m.seed}
          value={seed}
          step={1}
          check={isWhole}
          onCommit={actions.setSeed}
          hint={m.seedHint}
        />
      )}
      {shown.has('sampler') && (
        <>
          <NumberField
            label={m.topK}
            value={topK}
            step={1}
            min={0}
            hint={m.zeroIsOff}
            check={(n) => (Number.isInteger(n) && n >= 0 ? null : m.useWholeNumberOrZero)}
            onCommit={(n) => actions.setFilters({ topK: n })}
          />
          <NumberField
            label={m.topP}
            value={topP}
            step={0.05}
            min={0}
            max={1}
            hint={m.oneIsOff}
            check={(n) => (n > 0 && n <= 1 ? null : m.useTopP)}
            onCommit={(n) => actions.setFilters({ topP: n })}
          />
          <NumberField
            label={m.minP}
            value={minP}
            step={0.01}
            min={0}
            max={1}
            hint={m.zeroIsOff}
            check={(n) => (n >= 0 && n <= 1 ? null : m.useZeroToOne)}
            onCommit={(n) => actions.setFilters({ minP: n })}
          />
          <label className="ts-checkbox">
            <input
              type="checkbox"
              checked={maskUnk}
              onChange={(e) => actions.setFilters({ maskUnk: e.currentTarget.checked })}
            />{' '}
            {m.neverDrawUnk}
          </label>
        </>
      )}
    </fieldset>
  );
}
