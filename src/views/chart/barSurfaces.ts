import { createContext } from 'react';
import type { BarColours, BarRecording } from './barRecording';
import { drawRecording } from './paintBars';

/** Where one bar canvas is drawn: on the page's main thread, or by a worker that owns it. */
export interface BarSurface {
  /**
   * Draws at once (a worker: drawing there does not hold up the page's frame) or in the next
   * animation frame, coalescing the paints of one frame (the page).
   */
  readonly immediate: boolean;
  paint(recording: BarRecording, colours: BarColours): void;
  /** The canvas left the page: the surface may free what it holds for it. */
  release(): void;
}

/** Opens a surface for each bar canvas the charts mount. */
export interface BarSurfaces {
  /**
   * A surface for `canvas`; the same one again for the same canvas. `onLost` is called if the
   * surface can no longer draw it (its worker failed): the chart then mounts a new canvas, for
   * which this returns a surface on the page.
   */
  open(canvas: HTMLCanvasElement, onLost: () => void): BarSurface;
}

/** Draws every canvas on the main thread (jsdom, embeds on other sites, no worker). */
export const pageBarSurfaces: BarSurfaces = {
  open: (canvas) => ({
    immediate: false,
    paint: (recording, colours) => {
      // jsdom has canvases but no 2D context.
      if (typeof CanvasRenderingContext2D !== 'undefined')
        drawRecording(canvas, recording, colours);
    },
    release: () => {},
  }),
};

/** The bar surfaces of the charts below it; by default the page's own. */
export const BarSurfacesContext = createContext<BarSurfaces>(pageBarSurfaces);
