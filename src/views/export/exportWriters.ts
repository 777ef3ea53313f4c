import type { Explorer } from '../../store/types';
import { chartSvg } from './chartSvg';
import { distributionCsv } from './distributionCsv';
import { distributionJson } from './distributionJson';
import { distributionRows } from './distributionRows';
import { svgToPng } from './svgToPng';

/** What Export writes: the full distribution as CSV or JSON, the chart as PNG or SVG. */
export type ExportFormat = 'csv' | 'json' | 'png' | 'svg';

/** The file Export saves for the explorer's current state in `format`. */
export async function exportFile(s: Explorer, format: ExportFormat): Promise<Blob> {
  if (format === 'csv' || format === 'json') {
    const rows = distributionRows(s);
    const text = format === 'csv' ? distributionCsv(rows) : distributionJson(s, rows);
    const type = format === 'csv' ? 'text/csv' : 'application/json';
    return new Blob([text], { type: `${type};charset=utf-8` });
  }
  const svg = chartSvg(s);
  return format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : svgToPng(svg, 960, 420);
}
