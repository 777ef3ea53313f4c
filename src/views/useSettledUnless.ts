import { useEffect, useState } from 'react';

/** How long a value must stay put before a view out of sight follows it. */
export const SETTLE_MS = 200;

/**
 * `value` while `live`; otherwise the last value that stayed unchanged for `delayMs`. A view out
 * of sight follows a slider drag or autoplay once it settles instead of on every frame (nobody
 * sees those frames), and is current again the moment it comes into view.
 */
export function useSettledUnless<T>(value: T, live: boolean, delayMs = SETTLE_MS): T {
  const [settled, setSettled] = useState(value);
  const [wasLive, setWasLive] = useState(live);
  if (wasLive !== live) {
    // Going out of view, it keeps what it showed last (not an older settled value).
    setWasLive(live);
    if (!live) setSettled(value);
  }
  useEffect(() => {
    if (live || Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, live, settled, delayMs]);
  return live ? value : settled;
}
