import { useId, useState } from 'react';
import { useMessages } from '../../i18n/LocaleContext';

import { useExplorerStore } from '../ExplorerContext';
import { SessionExportItem } from '../share/SessionExportItem';
import { downloadFile } from './downloadFile';
import type { ExportFormat } from './exportWriters';
import { loadExportWriters } from './loadExportWriters';

/** Export: the full distribution as CSV or JSON, the chart as PNG or SVG, the session as JSON. */
export function ExportMenu() {
  const store = useExplorerStore();
  const m = useMessages();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const formatsId = useId();

  const save = async (format: ExportFormat) => {
    // The state when asked, not when the writers have come.
    const s = store.getState();
    const base = `tokenscope-step-${s.steps.length}`;
    setError(null);
    let writers: Awaited<ReturnType<typeof loadExportWriters>>;
    try {
      writers = await loadExportWriters();
    } catch {
      setError(m.notDownloaded(m.export));
      return;
    }
    try {
      downloadFile(`${base}.${format}`, await writers.exportFile(s, format));
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
