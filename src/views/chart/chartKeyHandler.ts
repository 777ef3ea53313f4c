import type { KeyboardEvent } from 'react';
import type { RankView } from './useRankView';
import { ZOOM_STEP } from './useRankView';

/**
 * The key handler of the focused plot: + / − zoom around the cursor (or the view's left edge),
 * 0 shows all, ← → (Shift: ×10) and Page Up / Down move the cursor, Home / End jump to the view's
 * ends, Enter or Space chooses the outcome under the cursor, Escape hides the cursor.
 */
export function chartKeyHandler(
  view: RankView,
  cursor: number | null,
  setCursor: (rank: number | null) => void,
  choose: (rank: number) => void,
): (event: KeyboardEvent) => void {
  const moveTo = (rank: number) => {
    const next = Math.min(Math.max(rank, 0), view.total - 1);
    setCursor(next);
    view.showRank(next);
  };
  const moveBy = (delta: number) =>
    moveTo((cursor ?? (delta > 0 ? view.start - 1 : view.end)) + delta);
  const anchor = cursor === null ? view.start : cursor + 0.5;
  const page = Math.max(1, Math.round((view.end - view.start) / 10));
  return (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case '+':
      case '=':
        view.zoomAround(anchor, 1 / ZOOM_STEP);
        break;
      case '-':
      case '_':
        view.zoomAround(anchor, ZOOM_STEP);
        break;
      case '0':
        view.showAll();
        break;
      case 'ArrowRight':
        moveBy(event.shiftKey ? 10 : 1);
        break;
      case 'ArrowLeft':
        moveBy(event.shiftKey ? -10 : -1);
        break;
      case 'PageDown':
        moveBy(page);
        break;
      case 'PageUp':
        moveBy(-page);
        break;
      case 'Home':
        moveTo(view.start);
        break;
      case 'End':
        moveTo(view.end - 1);
        break;
      case 'Enter':
      case ' ':
        if (cursor !== null) choose(cursor);
        break;
      case 'Escape':
        setCursor(null);
        break;
      default:
        return;
    }
    event.preventDefault();
  };
}
