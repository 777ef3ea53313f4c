import { memo } from 'react';
import { useMessages } from '../../i18n/LocaleContext';
import { formatCount } from './formatCount';
import type { RankView } from './useRankView';

/**
 * Zoom buttons, the log-scale switch and the visible rank range as text. Memoized: a slider move
 * changes none of its props, so it is neither rendered nor committed again.
 */
export const ChartControls = memo(function ChartControls({
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
  const m = useMessages();
  return (
    <div className="ts-chart-controls">
      <button type="button" onClick={() => onZoom('in')}>
        {m.zoomIn}
      </button>
      <button type="button" onClick={() => onZoom('out')}>
        {m.zoomOut}
      </button>
      <button type="button" onClick={view.showAll}>
        {m.showAll}
      </button>
      <label className="ts-chart-log">
        <input type="checkbox" checked={log} onChange={(e) => onLogChange(e.target.checked)} />{' '}
        {m.logScale}
      </label>
      <span className="ts-chart-range" aria-live="polite">
        {m.rankRange(formatCount(view.start + 1), formatCount(view.end), formatCount(view.total))}
      </span>
    </div>
  );
});
