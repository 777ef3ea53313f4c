import { createRoot, type Root } from 'react-dom/client';
import { Explorer } from '../src/app/Explorer';
import { loadBundledModel, loadManifest } from '../src/app/loadBundledModel';
import type { NgramModel } from '../src/model/types';
import { createExplorerStore } from '../src/store/createExplorerStore';
import { BarSurfacesContext, pageBarSurfaces } from '../src/views/chart/barSurfaces';
import type { ControlName } from '../src/views/controls/controlNames';
import { warmModel } from '../src/worker/warmModel';
import { appBarSurfaces } from '../src/worker/workerBarSurfaces';
import { floorFrame } from './floorFrame';
import { dragTo, measureFrameWork } from './measure';
import { syntheticModel } from './syntheticModel';
import { trainThroughput } from './trainThroughput';
import '../src/app/app.css';

/** Built once per page: a second run (e.g. under a profiler) times only the explorer. */
let synthetic: NgramModel | undefined;
/** The explorer a previous run mounted, unmounted before the next. */
let mounted: Root | undefined;

/** Runs in the page: mounts the explorer on a model and times slider moves and steps. */
async function run(which: 'default' | 'synthetic', moves: number, steps: number) {
  let model: NgramModel;
  if (which === 'synthetic') {
    // Warmed as the app warms every model it loads (bundled, trained or opened) before use.
    if (!synthetic) {
      synthetic = syntheticModel();
      await warmModel(synthetic);
    }
    model = synthetic;
  } else model = await loadBundledModel((await loadManifest())[0]);
  const store = createExplorerStore({ model, modelId: which, prompt: 'The jury said that the' });
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  // The bars drawn as in the app, by a worker (src/worker/workerBarSurfaces.ts), or on the page
  // for comparison (window.benchPageBars).
  const onPage = (window as { benchPageBars?: boolean }).benchPageBars === true;
  mounted?.unmount();
  mounted = createRoot(root);
  mounted.render(
    <BarSurfacesContext.Provider value={onPage ? pageBarSurfaces : appBarSurfaces}>
      <Explorer
        store={store}
        entries={[]}
        load={() => Promise.resolve(model)}
        // A part list for experiments (window.benchShown); all parts by default.
        shown={(window as { benchShown?: ReadonlySet<ControlName> }).benchShown}
      />
    </BarSurfacesContext.Provider>,
  );
  await new Promise((r) => setTimeout(r, 500));
  const slider = document.querySelector<HTMLInputElement>('input[type="range"]');
  const step = Array.from(document.querySelectorAll('button')).find(
    (b) => b.textContent === 'Step',
  );
  if (!slider || !step) throw new Error('controls not found');
  const slide: number[] = [];
  for (let i = 0; i < moves; i++) {
    const value = String(20 + ((i * 7) % 260));
    slide.push(await measureFrameWork(() => dragTo(slider, value)));
  }
  const stepping: number[] = [];
  for (let i = 0; i < steps; i++) stepping.push(await measureFrameWork(() => step.click()));
  // The bar canvas's size, for the floor page (floorFrame) to draw the same number of pixels.
  const canvas = document.querySelector<HTMLCanvasElement>('.ts-chart-canvas');
  const box = canvas?.getBoundingClientRect();
  return {
    outcomes: model.vocab.length,
    slide,
    stepping,
    canvas: { width: box?.width ?? 0, height: box?.height ?? 0 },
  };
}

Object.assign(window, {
  tokenscopeBench: run,
  tokenscopeFloor: floorFrame,
  tokenscopeTrain: trainThroughput,
});
