import { lazy, Suspense, useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { useMessages } from '../i18n/LocaleContext';
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
import { EntropyMeter, StepAnnouncer, Timeline, WhyPanel } from '../views/panels';
import { ShareControls } from '../views/share/ShareControls';
import { GeneratedText } from '../views/text';
import { useMountStages } from '../views/useMountStages';
import { ViewBoundary } from '../views/ViewBoundary';
import { pickerChoices } from '../worker/pickerChoices';
import { TrainingInputError, trainingErrorText } from '../worker/TrainingInputError';
import type { UserModels } from '../worker/useUserModels';
import type { BundledModelEntry } from './loadBundledModel';
import { loadErrorText } from './ModelLoadError';

// Loaded after the first draw: most visits never train a model.
const TrainPanel = lazy(() =>
  import('../views/train/TrainPanel').then((m) => ({ default: m.TrainPanel })),
);

/** Props of the explorer page. */
export interface ExplorerProps {
  store: StoreApi<ExplorerState>;
  entries: BundledModelEntry[];
  load: (entry: BundledModelEntry) => Promise<NgramModel>;
  /** The parts shown (all unless a compact embed hides some). */
  shown?: ReadonlySet<ControlName>;
  /** A compact layout for embeds: one column, smaller chart. */
  compact?: boolean;
  /** The person's own models; when given, the picker lists them and the training panel shows. */
  userModels?: UserModels;
}

/** The explorer: the distribution, its entropy and temperature, stepped token by token. */
export function Explorer({
  store,
  entries,
  load,
  shown = ALL_CONTROLS,
  compact = false,
  userModels,
}: ExplorerProps) {
  const m = useMessages();
  const [modelId, setModelId] = useState(store.getState().modelId);
  // The prompt and text paint first, then one part per frame: the distribution (slider, entropy,
  // chart), cumulative, why, timeline, sampler, training. No frame lays out and paints them all.
  const stage = useMountStages(6);
  const painted = stage >= 2;
  const [busy, setBusy] = useState(false);
  // Why the last model picked could not be loaded, worded when shown (in the page's language).
  const [error, setError] = useState<{ error: unknown } | null>(null);
  // A link or a session file may change the model: the picker follows the store.
  useEffect(
    () =>
      store.subscribe((s, before) => {
        if (s.modelId !== before.modelId) setModelId(s.modelId);
      }),
    [store],
  );

  const showModel = (model: NgramModel, id: string) => {
    store.getState().setModel(model, id);
    setModelId(id);
    setError(null);
  };
  const pickModel = async (id: string) => {
    const entry = entries.find((e) => e.id === id);
    const loadModel = entry ? () => load(entry) : userModels && (() => userModels.load(id));
    if (!loadModel) return;
    setBusy(true);
    setError(null);
    try {
      store.getState().setModel(await loadModel(), id);
      setModelId(id);
    } catch (e) {
      setError({ error: e });
    } finally {
      setBusy(false);
    }
  };

  return (
    <ExplorerProvider store={store}>
      <div className={compact ? 'ts-explorer ts-compact' : 'ts-explorer'}>
        {(shown.has('model') || shown.has('export') || shown.has('share')) && (
          <div className="ts-toolbar">
            {shown.has('model') && (
              <ModelPicker
                models={entries}
                value={modelId}
                busy={busy}
                onChange={pickModel}
                userModels={userModels && pickerChoices(userModels.entries)}
              />
            )}
            {shown.has('share') && <ShareControls />}
            {shown.has('export') && <ExportMenu />}
          </div>
        )}
        {error && (
          <p role="alert" className="ts-error">
            {m.modelKept(
              error.error instanceof TrainingInputError
                ? trainingErrorText(error.error, m)
                : loadErrorText(error.error, m),
            )}
          </p>
        )}
        <div className="ts-input">
          {shown.has('prompt') && <PromptInput />}
          {/* Above the text, so Step and Pause stay put while the text grows under them. */}
          <PlaybackControls shown={shown} />
          <ViewBoundary name={m.generatedText}>
            <GeneratedText />
            <StepAnnouncer />
          </ViewBoundary>
          {shown.has('samples') && <SampleFromHere />}
        </div>
        <div className="ts-distribution">
          {stage >= 1 && (
            <>
              {shown.has('temperature') && <TemperatureSlider />}
              <ViewBoundary name={m.entropy}>
                <EntropyMeter />
              </ViewBoundary>
              <ViewBoundary name={m.distribution}>
                <DistributionChart />
              </ViewBoundary>
            </>
          )}
        </div>
        {painted && (
          <div className="ts-details">
            {shown.has('cumulative') && (
              <ViewBoundary name={m.cumulativeView}>
                <CumulativeChart />
              </ViewBoundary>
            )}
            {stage >= 3 && shown.has('why') && (
              <ViewBoundary name={m.why}>
                <WhyPanel />
              </ViewBoundary>
            )}
            {stage >= 4 && shown.has('timeline') && (
              <ViewBoundary name={m.timeline}>
                <Timeline />
              </ViewBoundary>
            )}
            {stage >= 5 && <SamplerControls shown={shown} />}
          </div>
        )}
        {stage >= 6 && userModels && (
          <Suspense fallback={null}>
            <TrainPanel
              userModels={userModels}
              onUse={showModel}
              // The removed model may be the current one: go back to the default model.
              onRemoved={(id) => id === modelId && entries[0] && pickModel(entries[0].id)}
            />
          </Suspense>
        )}
      </div>
    </ExplorerProvider>
  );
}
