import { useId, useState } from 'react';
import { useMessages } from '../../i18n/LocaleContext';

import { useExplorerStore } from '../ExplorerContext';
import { SessionExportItem } from '../share/SessionExportItem';
import { chartSvg } from './chartSvg';
import { distributionCsv } from './distributionCsv';
import { distributionJson } from './distributionJson';
import { distributionRows } from './distributionRows';
import { downloadFile } from './downloadFile';
import { svgToPng } from './svgToPng';

type Format = 'csv' | 'json' | 'png' | 'svg';

/** Export: the full distribution as CSV or JSON, the chart as PNG or SVG, the session as JSON. */
export function ExportMenu() {
  const store = useExplorerStore();
  const m = useMessages();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const formatsId = useId();

  const save = async (format: Format) => {
    const s = store.getState();
    const base = `tokenscope-step-${s.steps.length}`;
    setError(null);
    try {
      if (format === 'csv' || format === 'json') {
        const rows = distributionRows(s);
        const text = format === 'csv' ? distributionCsv(rows) : distributionJson(s, rows);
        const type = format === 'csv' ? 'text/csv' : 'application/json';
        downloadFile(`${base}.${format}`, new Blob([text], { type: `${type};charset=utf-8` }));
      } else {
        const svg = chartSvg(s);
        const blob =
          format === 'svg'
            ? new Blob([svg], { type: 'image/svg+xml' })
            : await svgToPng(svg, 960, 420);
        downloadFile(`${base}.${format}`, blob);
      }
      setOpen(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className="ts-export">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={formatsId}
        onClick={() => setOpen(!open)}
      >
        {m.export}
      </button>
      {open && (
        <ul id={formatsId} className="ts-export-formats" aria-label={m.exportFormats}>
          <li>
            <button type="button" onClick={() => save('csv')}>
              {m.distributionCsv}
            </button>
          </li>
          <li>
            <button type="button" onClick={() => save('json')}>
              {m.distributionJson}
            </button>
          </li>
          <li>
            <button type="button" onClick={() => save('png')}>
              {m.chartPng}
            </button>
          </li>
          <li>
            <button type="button" onClick={() => save('svg')}>
              {m.chartSvg}
            </button>
          </li>
          <SessionExportItem onSaved={() => setOpen(false)} />
        </ul>
      )}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
