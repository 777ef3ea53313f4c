import type { BarColours, BarRecording } from '../views/chart/barRecording';

/** What the page sends the bar worker: a canvas to own, a paint of it, or its release. */
export type BarWorkerMessage =
  | { type: 'adopt'; id: number; canvas: OffscreenCanvas }
  | { type: 'paint'; id: number; recording: BarRecording; colours: BarColours }
  | { type: 'drop'; id: number };
