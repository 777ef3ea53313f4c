import { formatCount } from './formatCount';
import type { RankView } from './useRankView';

/** Zoom buttons, the log-scale switch and the visible rank range as text. */
export function ChartControls({
  view,
  log,
  onLogChange,
  onZoom,
}: {
  view: RankView;
  log: boolean;
  onLogChange: (log: boolean) => void;
  onZoom: (direction: 'in' | 'out') => void;
}) {
  return (
    <div className="ts-chart-controls">
      <button type="button" onClick={() => onZoom('in')}>
        Zoom in
      </button>
      <button type="button" onClick={() => onZoom('out')}>
        Zoom out
      </button>
      <button type="button" onClick={view.showAll}>
        Show all
      </button>
      <label className="ts-chart-log">
        <input type="checkbox" checked={log} onChange={(e) => onLogChange(e.target.checked)} /> Log
        scale
      </label>
      <span className="ts-chart-range" aria-live="polite">
        Ranks {formatCount(view.start + 1)}–{formatCount(view.end)} of {formatCount(view.total)}
      </span>
    </div>
  );
}
