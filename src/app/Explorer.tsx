import { useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { NgramModel } from '../model/types';
import type { Explorer as ExplorerState } from '../store/types';
import { CumulativeChart, DistributionChart } from '../views/chart';
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
}

/** The explorer: the distribution, its entropy and temperature, stepped token by token. */
export function Explorer({ store, entries, load }: ExplorerProps) {
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
      <div className="ts-explorer">
        <div className="ts-toolbar">
          <ModelPicker models={entries} value={modelId} busy={busy} onChange={pickModel} />
          <ExportMenu />
        </div>
        {error && (
          <p role="alert" className="ts-error">
            {error}
          </p>
        )}
        <div className="ts-input">
          <PromptInput />
          <GeneratedText />
          <PlaybackControls />
          <SampleFromHere />
        </div>
        <div className="ts-distribution">
          <TemperatureSlider />
          <EntropyMeter />
          <DistributionChart />
        </div>
        <div className="ts-details">
          <CumulativeChart />
          <WhyPanel />
          <Timeline />
          <SamplerControls />
        </div>
      </div>
    </ExplorerProvider>
  );
}
