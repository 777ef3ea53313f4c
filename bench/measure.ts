/**
 * Main-thread script milliseconds from an action to the end of the animation frame that paints
 * it: the synchronous work (store and React render), then the frame callbacks (the canvas paint).
 * Not counted here: the browser's own style, layout and paint, and renders React defers to a
 * later task (the cumulative chart uses useDeferredValue); `scripts/bench-browser.ts` counts
 * those from a trace, between the `tokenscope:in` and `tokenscope:out` marks this sets.
 */
export async function measureFrameWork(action: () => void): Promise<number> {
  let frameStart = 0;
  // Registered before the action, so it runs first in the next frame and marks its start.
  requestAnimationFrame(() => {
    frameStart = performance.now();
  });
  performance.mark('tokenscope:in');
  const t0 = performance.now();
  action();
  // Let microtask-scheduled renders finish before taking the synchronous part.
  for (let i = 0; i < 3; i++) await Promise.resolve();
  const t1 = performance.now();
  // Registered after the action, so it runs after the views' own frame callbacks.
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const t2 = performance.now();
  // A task queued from the frame runs once its style, layout and paint are done.
  await afterFrame();
  performance.mark('tokenscope:out');
  return t1 - t0 + (t2 - frameStart);
}

/** One channel for every measurement: a new one per frame was itself measurable work. */
let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

/** Resolves in a task queued now (after the frame's rendering steps and earlier tasks). */
function afterFrame(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

/** Sets an input's value the way a user's drag does and fires `input`. */
export function dragTo(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
