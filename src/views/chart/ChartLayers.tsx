import { type RefObject, useLayoutEffect, useMemo, useState } from 'react';
import { useLocale, useMessages } from '../../i18n/LocaleContext';
import { type LabelPaint, recordLabels } from './barRecording';
import { ChartOverlay } from './ChartOverlay';
import { ChartTooltip } from './ChartTooltip';
import { chartLabels } from './chartLabels';
import { labelColours } from './paintBars';
import { summarizeTop } from './summarizeTop';
import { useBarPainter, useRecordingPainter } from './useBarPainter';
import { type ChartLayout, type ChartModel, useChartModel } from './useChartModel';

const labelStyle = (canvas: HTMLCanvasElement, paint: LabelPaint) =>
  labelColours(canvas, paint.frame);

/**
 * The plot's layers: the bar canvas, the SVG overlay, the label canvas and the tooltip. The part
 * of the chart a slider move renders, with the caption's share (the top list writes its numbers
 * from a store subscription): the rest of the figure keeps its elements. The model it draws is
 * published to `modelRef` for the plot's pointer and keys.
 */
export function ChartLayers({
  layout,
  log,
  textScale,
  lineHeightPx,
  cursor,
  brush,
  tooltipId,
  modelRef,
}: {
  layout: ChartLayout;
  log: boolean;
  textScale: number;
  lineHeightPx: number;
  cursor: number | null;
  brush: readonly [number, number] | null;
  tooltipId: string;
  modelRef: RefObject<ChartModel | null>;
}) {
  const m = useMessages();
  const locale = useLocale();
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const [labelCanvas, setLabelCanvas] = useState<HTMLCanvasElement | null>(null);
  // A new key mounts a new canvas: after a worker that drew the old one failed.
  const [canvasKey, setCanvasKey] = useState(0);
  const chart = useChartModel(layout, log);
  useLayoutEffect(() => {
    modelRef.current = chart;
  });
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
  const size = { width: frame.widthPx, height: frame.heightPx };
  return (
    <>
      <canvas
        key={canvasKey}
        ref={setCanvas}
        className="ts-chart-canvas"
        style={size}
        role="img"
        aria-label={summarizeTop(chart.temperedProbs, chart.order, chart.vocab, 3, m, locale)}
      />
      <ChartOverlay chart={chart} cursor={cursor} brush={brush} textScale={textScale} />
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a canvas is not focusable */}
      <canvas
        key={`labels-${canvasKey}`}
        ref={setLabelCanvas}
        className="ts-chart-labels"
        style={size}
        // Decoration: the top list and the tooltip give the same tokens and numbers.
        aria-hidden="true"
      />
      {cursor !== null && <ChartTooltip chart={chart} rank={cursor} id={tooltipId} />}
    </>
  );
}
