import { drawRecording } from '../views/chart/paintBars';
import type { BarWorkerMessage } from './barWorkerMessages';

/** The part of a dedicated worker's global scope this file uses (the DOM types describe a page). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<BarWorkerMessage>) => void) | null;
}

// The bar worker: draws the charts' bar canvases, whose control the page handed over, so their
// raster work is off the page's main thread. One worker serves every chart of the page.
const canvases = new Map<number, OffscreenCanvas>();
const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'adopt') canvases.set(message.id, message.canvas);
  else if (message.type === 'drop') canvases.delete(message.id);
  else {
    const canvas = canvases.get(message.id);
    if (canvas) drawRecording(canvas, message.recording, message.colours);
  }
};
