import { useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { NgramModel } from '../model/types';
import type { Explorer as ExplorerState } from '../store/types';
import { CumulativeChart, DistributionChart } from '../views/chart';
import { ALL_CONTROLS, type ControlName } from '../views/controls/controlNames';
import { ModelPicker } from '../views/controls/ModelPicker';
import { PlaybackControls } from '../views/controls/PlaybackControls';
import { PromptInput } from '../views/controls/PromptInput';
import { SampleFromHere } from '../views/controls/SampleFromHere';
import { SamplerControls } from '../views/controls/SamplerControls';
import { TemperatureSlider } from '../views/controls/TemperatureSlider';
import { ExplorerProvider } from '../views/ExplorerContext';
import { ExportMenu } from '../views/export/ExportMenu';
import { EntropyMeter, Timeline, WhyPanel } from '../views/panels';
import { GeneratedText } from '../views/text';
import type { BundledModelEntry } from './loadBundledModel';

/** Props of the explorer page. */
export interface ExplorerProps {
  store: StoreApi<ExplorerState>;
  entries: BundledModelEntry[];
  load: (entry: BundledModelEntry) => Promise<NgramModel>;
  /** The parts shown (all unless a compact embed hides some). */
  shown?: ReadonlySet<ControlName>;
  /** A compact layout for embeds: one column, smaller chart. */
  compact?: boolean;
}

/** The explorer: the distribution, its entropy and temperature, stepped token by token. */
export function Explorer({
  store,
  entries,
  load,
  shown = ALL_CONTROLS,
  compact = false,
}: ExplorerProps) {
  const [modelId, setModelId] = useState(store.getState().modelId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const pickModel = async (id: string) => {
    const entry = entries.find((e) => e.id === id);
    if (!entry) return;
    setBusy(true);
    setError(null);
    try {
      store.getState().setModel(await load(entry), entry.id);
      setModelId(entry.id);
    } catch (e) {
      setError(`${e instanceof Error ? e.message : String(e)} The current model is kept.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ExplorerProvider store={store}>
      <div className={compact ? 'ts-explorer ts-compact' : 'ts-explorer'}>
        {(shown.has('model') || shown.has('export')) && (
          <div className="ts-toolbar">
            {shown.has('model') && (
              <ModelPicker models={entries} value={modelId} busy={busy} onChange={pickModel} />
            )}
            {shown.has('export') && <ExportMenu />}
          </div>
        )}
        {error && (
          <p role="alert" className="ts-error">
            {error}
          </p>
        )}
        <div className="ts-input">
          {shown.has('prompt') && <PromptInput />}
          <GeneratedText />
          <PlaybackControls shown={shown} />
          {shown.has('samples') && <SampleFromHere />}
        </div>
        <div className="ts-distribution">
          {shown.has('temperature') && <TemperatureSlider />}
          <EntropyMeter />
          <DistributionChart />
        </div>
        <div className="ts-details">
          {shown.has('cumulative') && <CumulativeChart />}
          {shown.has('why') && <WhyPanel />}
          {shown.has('timeline') && <Timeline />}
          <SamplerControls shown={shown} />
        </div>
      </div>
    </ExplorerProvider>
  );
}
