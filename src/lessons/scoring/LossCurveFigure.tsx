import { extent, line, scaleLinear } from 'd3';
import { useMemo } from 'react';
import { useMessages } from '../../i18n/LocaleContext';
import type { NgramModel } from '../../model/types';
import { useLessonMessages } from '../messages/useLessonMessages';
import { LossCurveTable } from './LossCurveTable';
import { CURVE_TEMPERATURES, lossCurve } from './lossCurve';
import { lowestPoint } from './lowestPoint';
import type { ScoredToken } from './scoreText';

/** Props of the loss-versus-temperature figure. */
export interface LossCurveFigureProps {
  model: NgramModel;
  tokens: readonly ScoredToken[];
}

const WIDTH = 480;
const HEIGHT = 220;
const MARGIN = { top: 16, right: 16, bottom: 36, left: 48 };

/** Mean cross-entropy of softmax(logits / T) over the text, against T, minimum and T = 1 marked. */
export function LossCurveFigure({ model, tokens }: LossCurveFigureProps) {
  const m = useMessages();
  const lm = useLessonMessages();
  const curve = useMemo(
    () =>
      lossCurve(
        model,
        tokens.map((t) => ({
          history: t.segmentIds.subarray(0, t.index),
          probability: t.probability,
        })),
      ),
    [model, tokens],
  );
  const temps = CURVE_TEMPERATURES;
  const low = lowestPoint(temps, curve.bits);
  const atOne = curve.bits[temps.indexOf(1)];
  if (low === null || !Number.isFinite(low.y)) {
    return <p>{lm.lossInfinite}</p>;
  }
  const x = scaleLinear()
    .domain([temps[0], temps[temps.length - 1]])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const [, highest = low.y] = extent(curve.bits);
  // Very low temperatures cost many bits; clamp them so the minimum stays readable.
  const y = scaleLinear()
    .domain([Math.max(0, low.y - 0.5), Math.min(highest, low.y * 2 + 1)])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
    .clamp(true)
    .nice();
  const path = line<number>()
    .x((_, i) => x(temps[i]))
    .y((bits) => y(bits))(Array.from(curve.bits));
  const last = temps.length - 1;
  const lowText = lm.lossLowest(m.fixed(low.x, 1), m.fixed(low.y, 2));
  const summary = lm.lossSummary(
    curve.events,
    lowText,
    m.fixed(atOne, 2),
    m.plain(temps[0]),
    m.fixed(curve.bits[0], 2),
    m.plain(temps[last]),
    m.fixed(curve.bits[last], 2),
  );
  return (
    <figure className="ts-scoring-curve" aria-label={lm.lossVersusTemperature}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        <line
          x1={x(1)}
          x2={x(1)}
          y1={MARGIN.top}
          y2={HEIGHT - MARGIN.bottom}
          className="ts-scoring-t1"
        />
        <text x={x(1) + 4} y={MARGIN.top + 10} className="ts-scoring-axis-label">
          {m.temperatureOne}
        </text>
        <path d={path ?? ''} className="ts-scoring-line" data-testid="loss-curve" />
        <circle cx={x(low.x)} cy={y(low.y)} r={5} className="ts-scoring-min" />
        <text x={x(low.x)} y={y(low.y) - 10} textAnchor="middle" className="ts-scoring-axis-label">
          {lowText}
        </text>
        {x.ticks(6).map((t) => (
          <text key={t} x={x(t)} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle">
            {m.plain(t)}
          </text>
        ))}
        {y.ticks(4).map((b) => (
          <text key={b} x={MARGIN.left - 6} y={y(b) + 4} textAnchor="end">
            {m.plain(b)}
          </text>
        ))}
        <text x={WIDTH / 2} y={HEIGHT - 4} textAnchor="middle">
          {lm.axisTemperature}
        </text>
        <text x={12} y={MARGIN.top - 4}>
          {lm.axisBitsPerToken}
        </text>
      </svg>
      <LossCurveTable temperatures={temps} bits={curve.bits} lowest={low.index} />
      <figcaption>
        {summary}
        {curve.events < tokens.length && ` ${lm.lossFirstOnly(curve.events)}`} {lm.lossExplain}
      </figcaption>
    </figure>
  );
}
