/** Whether a hash holds explorer state (anything but `mode`), rather than only naming a lesson. */
export function carriesState(hash: string): boolean {
  return [...new URLSearchParams(hash.replace(/^#/, '')).keys()].some((key) => key !== 'mode');
}
