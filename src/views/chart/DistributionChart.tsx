import { memo, useCallback, useId, useMemo, useState } from 'react';
import { useLocale, useMessages } from '../../i18n/LocaleContext';
import { useExplorer, useExplorerStore } from '../ExplorerContext';
import { formatProbabilityShort } from '../format/formatProbabilityShort';
import { type LabelPaint, recordLabels } from './barRecording';
import { ChartControls } from './ChartControls';
import { ChartOverlay } from './ChartOverlay';
import { ChartTooltip } from './ChartTooltip';
import { chartKeyHandler } from './chartKeyHandler';
import { chartLabels, LABEL_LINE_PX } from './chartLabels';
import { DistributionNumbers } from './DistributionNumbers';
import { formatCount } from './formatCount';
import { isChoosable } from './outcomeStatus';
import { labelColours } from './paintBars';
import { summarizeTop } from './summarizeTop';
import { PROBABILITY_BOX, TOP_COUNT, TopTokenList } from './TopTokenList';
import { tailMass } from './tailMass';
import { useBarPainter, useRecordingPainter } from './useBarPainter';
import { useChartModel } from './useChartModel';
import { useChartPointer } from './useChartPointer';
import { useElementSize } from './useElementSize';
import { useRankView, ZOOM_STEP } from './useRankView';
import './DistributionChart.css';
import { useShortcut } from '../shortcuts/ShortcutContext';

const labelStyle = (canvas: HTMLCanvasElement, paint: LabelPaint) =>
  labelColours(canvas, paint.frame);

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
  const locale = useLocale();
  const store = useExplorerStore();
  // Nothing is drawn in the plot until its width is measured: the first frame lays out the chart
  // without its bars, labels and axes, and they follow in a task of their own.
  const [plotRef, widthPx, measured] = useElementSize<HTMLDivElement>(640, 'width', true);
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const [labelCanvas, setLabelCanvas] = useState<HTMLCanvasElement | null>(null);
  // A new key mounts a new canvas: after a worker that drew the old one failed.
  const [canvasKey, setCanvasKey] = useState(0);
  // The labels' line height: 13 px, more where CSS sets a larger font (presenter mode).
  const [probeRef, lineHeightPx] = useElementSize<HTMLSpanElement>(LABEL_LINE_PX, 'height', true);
  const textScale = lineHeightPx / LABEL_LINE_PX;
  const tooltipId = useId();
  const [log, setLog] = useState(false);
  const [cursor, setCursor] = useState<number | null>(null);
  const total = useExplorer((s) => s.order.length);
  const view = useRankView(total);
  const chart = useChartModel(view, widthPx, heightPx, log, textScale);
  const lost = () => setCanvasKey((key) => key + 1);
  useBarPainter(canvas, chart, lost);
  // The token labels are drawn on a canvas of their own over the bars (by the same worker): as
  // HTML, their new numbers and places on every slider move cost the page a layout and a paint.
  const { fill, y, frame, cuts } = chart;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `fill` marks new heights, order, view or masking (useChartModel); the frame, a new size or label layout.
  const labelPaint = useMemo(
    () => chartLabels(chart, lineHeightPx, m, locale),
    [fill, y, frame, cuts, lineHeightPx, m, locale],
  );
  useRecordingPainter(labelCanvas, labelPaint, recordLabels, labelStyle, lost);

  const choose = (rank: number) => {
    if (isChoosable(chart.statusAt(rank))) store.getState().choose(chart.order[rank]);
  };
  const pointer = useChartPointer(plotRef, chart, view, setCursor, choose);
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
  const tailCount = total - TOP_COUNT;

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
            <>
              <canvas
                key={canvasKey}
                ref={setCanvas}
                className="ts-chart-canvas"
                style={{ width: widthPx, height: heightPx }}
                role="img"
                aria-label={summarizeTop(
                  chart.temperedProbs,
                  chart.order,
                  chart.vocab,
                  3,
                  m,
                  locale,
                )}
              />
              <ChartOverlay
                chart={chart}
                cursor={shownCursor}
                brush={pointer.brush}
                textScale={textScale}
              />
              {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a canvas is not focusable */}
              <canvas
                key={`labels-${canvasKey}`}
                ref={setLabelCanvas}
                className="ts-chart-labels"
                style={{ width: widthPx, height: heightPx }}
                // Decoration: the top list and the tooltip give the same tokens and numbers.
                aria-hidden="true"
              />
              {shownCursor !== null && (
                <ChartTooltip chart={chart} rank={shownCursor} id={tooltipId} />
              )}
            </>
          )}
        </div>
        <TopTokenList chart={chart} onChoose={choose} onShow={setCursor} />
      </div>
      <DistributionNumbers chart={chart} />
      <figcaption className="ts-chart-caption">
        {tailCount > 0 && (
          // The share last, in a box of fixed size: it changes on every move, nothing else does.
          <span className="ts-chart-tail">
            {m.chartTail(TOP_COUNT, formatCount(tailCount))}{' '}
            <span className="ts-fixed-number" style={PROBABILITY_BOX}>
              {formatProbabilityShort(
                tailMass(chart.temperedProbs, chart.order, TOP_COUNT),
                locale,
              )}
            </span>
          </span>
        )}{' '}
        <ChartKey ghost={chart.ghost} />
      </figcaption>
    </figure>
  );
}
