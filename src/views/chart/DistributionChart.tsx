import { memo, useCallback, useId, useLayoutEffect, useRef, useState } from 'react';
import { useLocale, useMessages } from '../../i18n/LocaleContext';
import type { Explorer } from '../../store/types';
import { useExplorer, useExplorerStore } from '../ExplorerContext';
import { formatProbabilityShort } from '../format/formatProbabilityShort';
import { useShortcut } from '../shortcuts/ShortcutContext';
import { writeText } from '../writeText';
import { ChartControls } from './ChartControls';
import { ChartLayers } from './ChartLayers';
import { chartKeyHandler } from './chartKeyHandler';
import { LABEL_LINE_PX } from './chartLabels';
import { DistributionNumbers } from './DistributionNumbers';
import { formatCount } from './formatCount';
import { isChoosable } from './outcomeStatus';
import { PROBABILITY_BOX, TOP_COUNT, TopTokenList } from './TopTokenList';
import { tailMass } from './tailMass';
import { type ChartModel, useChartLayout } from './useChartModel';
import { useChartPointer } from './useChartPointer';
import { useElementSize } from './useElementSize';
import { useRankView, ZOOM_STEP } from './useRankView';
import './DistributionChart.css';

/** The caption's key to the bars, hatching and outline: unchanged by a slider move. */
const ChartKey = memo(function ChartKey({ ghost }: { ghost: boolean }) {
  const m = useMessages();
  return (
    <>
      {m.chartBars} <span className="ts-chart-key-masked">{m.chartHatched}</span>
      {m.chartHatchedMeans}
      {ghost && (
        <>
          {' '}
          <span className="ts-chart-key-ghost">{m.chartOutline}</span>
          {m.chartOutlineMeans}
        </>
      )}
    </>
  );
});

/**
 * The caption's share of the outcomes beyond the top list: the one part of it a move changes. A
 * move does not render it: a store subscription writes the share.
 */
function ChartTail({ total }: { total: number }) {
  const m = useMessages();
  const locale = useLocale();
  const store = useExplorerStore();
  const shareRef = useRef<HTMLSpanElement>(null);
  const tailCount = total - TOP_COUNT;
  const shown = tailCount > 0;
  useLayoutEffect(() => {
    if (!shown) return;
    const show = ({ temperedProbs, order }: Explorer) =>
      writeText(
        shareRef.current,
        formatProbabilityShort(tailMass(temperedProbs, order, TOP_COUNT), locale),
      );
    show(store.getState());
    return store.subscribe((s, before) => {
      if (s.temperedProbs !== before.temperedProbs || s.order !== before.order) show(s);
    });
  }, [store, locale, shown]);
  if (!shown) return null;
  return (
    // The share last, in a box of fixed size: it changes on every move, nothing else does.
    <span className="ts-chart-tail">
      {m.chartTail(TOP_COUNT, formatCount(tailCount))}{' '}
      <span ref={shareRef} className="ts-fixed-number" style={PROBABILITY_BOX} />
    </span>
  );
}

/** Props of the full-vocabulary chart. */
export interface DistributionChartProps {
  /** Height of the plot in CSS pixels; its width follows the container. */
  heightPx?: number;
}

/**
 * The whole next-token distribution: one bar per vocabulary outcome, ranked by the model, at the
 * current temperature, with masked outcomes hatched, the T = 1 outline, filter cuts, zoom, a
 * tooltip, and the most likely outcomes as buttons that choose the next token.
 */
export function DistributionChart({ heightPx = 280 }: DistributionChartProps) {
  const m = useMessages();
  const store = useExplorerStore();
  // Nothing is drawn in the plot until its width is measured: the first frame lays out the chart
  // without its bars, labels and axes, and they follow in a task of their own.
  const [plotRef, widthPx, measured] = useElementSize<HTMLDivElement>(640, 'width', true);
  // The labels' line height: 13 px, more where CSS sets a larger font (presenter mode).
  const [probeRef, lineHeightPx] = useElementSize<HTMLSpanElement>(LABEL_LINE_PX, 'height', true);
  const textScale = lineHeightPx / LABEL_LINE_PX;
  const tooltipId = useId();
  const [log, setLog] = useState(false);
  const [cursor, setCursor] = useState<number | null>(null);
  // Only what a slider move leaves alone: the layers, the top list and the caption's share
  // select the distribution themselves, so a move renders them and not the whole figure.
  const total = useExplorer((s) => s.order.length);
  const ghost = useExplorer((s) => s.temperature !== 1);
  const view = useRankView(total);
  const layout = useChartLayout(view, widthPx, heightPx, textScale);
  // The model the layers last drew, for the pointer and keys.
  const modelRef = useRef<ChartModel | null>(null);

  const choose = (rank: number) => {
    const chart = modelRef.current;
    if (chart && isChoosable(chart.statusAt(rank))) store.getState().choose(chart.order[rank]);
  };
  const pointer = useChartPointer(plotRef, layout, modelRef, view, setCursor, choose);
  const onKeyDown = chartKeyHandler(view, cursor, setCursor, choose);
  const zoom = useCallback(
    (direction: 'in' | 'out') =>
      view.zoomAround(
        cursor === null ? view.start : cursor + 0.5,
        direction === 'in' ? 1 / ZOOM_STEP : ZOOM_STEP,
      ),
    [cursor, view],
  );
  useShortcut(['+', '='], m.zoomInShortcut, () => zoom('in'));
  useShortcut(['-'], m.zoomOutShortcut, () => zoom('out'));
  const shownCursor = cursor !== null && cursor >= view.start && cursor < view.end ? cursor : null;

  return (
    <figure className="ts-chart" aria-label={m.distribution}>
      <ChartControls view={view} log={log} onLogChange={setLog} onZoom={zoom} />
      <div className="ts-chart-body">
        <div
          ref={plotRef}
          className="ts-chart-plot"
          style={{ height: heightPx }}
          // A keyboard widget of its own: screen readers pass every key through to it.
          role="application"
          aria-roledescription="chart"
          aria-label={m.chartKeys}
          aria-describedby={shownCursor === null ? undefined : tooltipId}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: an application widget takes focus and keys
          tabIndex={0}
          onKeyDown={onKeyDown}
          onFocus={(event) => {
            if (event.target === event.currentTarget && cursor === null) setCursor(view.start);
          }}
          onBlur={() => setCursor(null)}
          onPointerDown={pointer.onPointerDown}
          onPointerMove={pointer.onPointerMove}
          onPointerUp={pointer.onPointerUp}
          onPointerLeave={pointer.onPointerLeave}
          onPointerCancel={pointer.onPointerCancel}
        >
          <span ref={probeRef} className="ts-chart-label-probe" aria-hidden="true">
            0
          </span>
          {measured && (
            <ChartLayers
              layout={layout}
              log={log}
              textScale={textScale}
              lineHeightPx={lineHeightPx}
              cursor={shownCursor}
              brush={pointer.brush}
              tooltipId={tooltipId}
              modelRef={modelRef}
            />
          )}
        </div>
        <TopTokenList onChoose={choose} onShow={setCursor} />
      </div>
      <DistributionNumbers />
      <figcaption className="ts-chart-caption">
        <ChartTail total={total} /> <ChartKey ghost={ghost} />
      </figcaption>
    </figure>
  );
}
