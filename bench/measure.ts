/** Resolves after every task queued so far has run (a MessageChannel message queues behind them). */
function afterQueuedTasks(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Main-thread milliseconds from an action to the end of the animation frame that paints it:
 * the synchronous work, the tasks it queued (React's deferred renders), and the frame's
 * callbacks (the views' canvas paint); the idle time before the frame is not counted.
 */
export async function measureFrameWork(action: () => void): Promise<number> {
  let frameStart = Number.POSITIVE_INFINITY;
  // Registered before the action, so it runs first in the next frame and marks its start.
  requestAnimationFrame(() => {
    frameStart = performance.now();
  });
  const t0 = performance.now();
  action();
  await afterQueuedTasks();
  await afterQueuedTasks();
  const t1 = performance.now();
  // Registered after the action, so it runs after the views' own frame callbacks.
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const t2 = performance.now();
  // If the frame began while queued tasks still ran, there was no idle gap to leave out.
  return frameStart < t1 ? t2 - t0 : t1 - t0 + (t2 - frameStart);
}

/** Sets an input's value the way a user's drag does and fires `input`. */
export function dragTo(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
