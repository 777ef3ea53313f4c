import { useEffect, useRef } from 'react';
import type { Explorer, Step } from '../../store/types';
import { useExplorerStore } from '../ExplorerContext';
import { type DartSnapshot, dartSnapshot } from './DartSnapshot';

/** How many steps' darts are kept for undo and redo. */
const KEPT_SNAPSHOTS = 64;

/**
 * The dart of the last step of `state`, if it was drawn while this view was mounted. The store keeps only
 * the current distribution, so the view snapshots the one each draw walked (the state just before
 * the step) at the moment of the step; undo and redo find it again by the step itself.
 */
export function useLastDart(state: Pick<Explorer, 'steps' | 'lastU'>): DartSnapshot | null {
  const store = useExplorerStore();
  // Kept, not rendered: a snapshot is taken while the store tells its listeners of the step, and
  // the view renders that step from `state` afterwards (at once in view, when settled out of it).
  // Only the latest few: the history keeps choices, not curves (undo past them shows no dart).
  const snapshots = useRef(new Map<Step, DartSnapshot>());
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.steps.length !== previous.steps.length + 1) return;
        const step = state.steps[state.steps.length - 1];
        if (snapshots.current.has(step)) return;
        const snapshot = dartSnapshot(previous.probs, previous.order, step);
        if (!snapshot) return;
        snapshots.current.set(step, snapshot);
        if (snapshots.current.size > KEPT_SNAPSHOTS) {
          const oldest = snapshots.current.keys().next().value;
          if (oldest) snapshots.current.delete(oldest);
        }
      }),
    [store],
  );
  const last = state.steps[state.steps.length - 1];
  const { lastU } = state;
  if (!last || lastU === null || last.u !== lastU) return null;
  return snapshots.current.get(last) ?? null;
}
