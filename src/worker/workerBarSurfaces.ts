import { type BarSurface, type BarSurfaces, pageBarSurfaces } from '../views/chart/barSurfaces';
import type { BarWorkerMessage } from './barWorkerMessages';

/**
 * Bar surfaces drawn by one Web Worker (started with the first canvas): each canvas's control
 * moves to the worker (transferControlToOffscreen), so the page's main thread only records the
 * bars and posts them, and the worker rasterizes them while the page renders the rest of the
 * frame. Where a canvas cannot be handed over, or the worker cannot start or fails, canvases are
 * drawn on the page; the charts whose canvases the worker held are told to mount new ones.
 */
export function workerBarSurfaces(start: () => Worker): BarSurfaces {
  let worker: Worker | null = null;
  let failed = false;
  let nextId = 1;
  const lost = new Map<number, () => void>();
  const opened = new WeakMap<HTMLCanvasElement, BarSurface>();
  const post = (message: BarWorkerMessage, transfer: Transferable[] = []) =>
    worker?.postMessage(message, transfer);
  const fail = () => {
    failed = true;
    worker?.terminate();
    worker = null;
    const callbacks = [...lost.values()];
    lost.clear();
    for (const onLost of callbacks) onLost();
  };
  const running = (): Worker | null => {
    if (failed) return null;
    if (!worker) {
      try {
        worker = start();
      } catch {
        failed = true;
        return null;
      }
      worker.onerror = (event) => {
        event.preventDefault();
        fail();
      };
    }
    return worker;
  };
  return {
    open(canvas, onLost) {
      const known = opened.get(canvas);
      if (known) return known;
      if (typeof canvas.transferControlToOffscreen !== 'function' || !running()) {
        return pageBarSurfaces.open(canvas, onLost);
      }
      let offscreen: OffscreenCanvas;
      try {
        offscreen = canvas.transferControlToOffscreen();
      } catch {
        // A canvas already drawn on the page cannot be handed over.
        return pageBarSurfaces.open(canvas, onLost);
      }
      const id = nextId++;
      post({ type: 'adopt', id, canvas: offscreen }, [offscreen]);
      lost.set(id, onLost);
      const surface: BarSurface = {
        immediate: true,
        paint: (recording, colours) =>
          post({ type: 'paint', id, recording, colours }, [recording.ops.buffer]),
        release: () => {
          opened.delete(canvas);
          if (lost.delete(id)) post({ type: 'drop', id });
        },
      };
      opened.set(canvas, surface);
      return surface;
    },
  };
}

/** The app's bar surfaces: src/worker/barWorker.ts, started when the first chart mounts. */
export const appBarSurfaces = workerBarSurfaces(
  () => new Worker(new URL('./barWorker.ts', import.meta.url), { type: 'module' }),
);
