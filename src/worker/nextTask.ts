/** Resolves in a later task, so the work before and after it never adds up to one long task. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
