import { nice, ticks } from 'd3';
import type { Explorer } from '../../store/types';
import { linearScale } from '../chart/scales';
import { formatProbability } from '../format/formatProbability';
import { showToken } from '../format/showToken';
import { escapeXml } from './escapeXml';

const WIDTH = 960;
const HEIGHT = 420;
const MARGIN = { top: 40, right: 20, bottom: 50, left: 70 };
const LABELLED = 12;

/**
 * The distribution chart as a standalone vector SVG: one bar per column (the largest
 * probability among the ranks in it), axes with ticks, the top tokens listed, and a title.
 */
export function chartSvg(
  s: Pick<Explorer, 'model' | 'order' | 'probs' | 'temperature' | 'entropyBits'>,
): string {
  const size = s.order.length;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  let maxP = 1e-12;
  for (const p of s.probs) maxP = Math.max(maxP, p);
  const columns = Math.min(plotWidth, size);
  const x = linearScale([0, size], [0, plotWidth]);
  const [yBottom, yTop] = nice(0, maxP, 10);
  const y = linearScale([yBottom, yTop], [plotHeight, 0]);
  const parts: string[] = [];
  for (let c = 0; c < columns; c++) {
    const start = Math.floor((c * size) / columns);
    const end = Math.max(start + 1, Math.floor(((c + 1) * size) / columns));
    let p = 0;
    for (let r = start; r < end; r++) p = Math.max(p, s.probs[s.order[r]]);
    if (p <= 0) continue;
    const x0 = x(start);
    const w = Math.max(x(end) - x0, 0.5);
    parts.push(
      `<rect x="${x0.toFixed(2)}" y="${y(p).toFixed(2)}" width="${w.toFixed(2)}" height="${(plotHeight - y(p)).toFixed(2)}"/>`,
    );
  }
  const yTicks = ticks(yBottom, yTop, 5).map(
    (t) =>
      `<g transform="translate(0,${y(t).toFixed(2)})"><line x2="-5" stroke="#1b1b1b"/><text x="-8" dy="0.32em" text-anchor="end">${escapeXml(formatProbability(t))}</text></g>`,
  );
  const xTicks = ticks(0, size, 6).map(
    (t) =>
      `<g transform="translate(${x(t).toFixed(2)},${plotHeight})"><line y2="5" stroke="#1b1b1b"/><text y="18" text-anchor="middle">${t + 1}</text></g>`,
  );
  const labels: string[] = [];
  let shown = 0;
  for (let r = 0; r < size && shown < LABELLED; r++) {
    const id = s.order[r];
    if (s.probs[id] <= 0) continue;
    const name = escapeXml(
      `${shown + 1}. ${showToken(s.model.vocab[id], true)} ${formatProbability(s.probs[id])}`,
    );
    labels.push(
      `<text x="${plotWidth - 4}" y="${14 + 15 * shown}" text-anchor="end">${name}</text>`,
    );
    shown++;
  }
  const title = escapeXml(
    `Next-token distribution: ${size} outcomes, T = ${s.temperature}, entropy ${s.entropyBits.toFixed(2)} bits`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="11">`,
    `<title>${title}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${MARGIN.left}" y="22" font-size="14">${title}</text>`,
    `<g transform="translate(${MARGIN.left},${MARGIN.top})">`,
    `<g fill="#2f5f9e">${parts.join('')}</g>`,
    `<line x1="0" x2="0" y1="0" y2="${plotHeight}" stroke="#1b1b1b"/>`,
    `<line x1="0" x2="${plotWidth}" y1="${plotHeight}" y2="${plotHeight}" stroke="#1b1b1b"/>`,
    ...yTicks,
    ...xTicks,
    `<text x="${plotWidth}" y="${plotHeight + 40}" text-anchor="end">rank (1 = most likely)</text>`,
    `<g fill="#1b1b1b">${labels.join('')}</g>`,
    '</g></svg>',
  ].join('\n');
}
