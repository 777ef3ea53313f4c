import { useMessages } from '../../i18n/LocaleContext';
import { useExplorer } from '../ExplorerContext';
import { downloadFile } from '../export/downloadFile';
import { useShare } from './ShareContext';

/** The Export menu's "Session (JSON)": the whole session as a file Load session reads back. */
export function SessionExportItem({ onSaved }: { onSaved: () => void }) {
  const share = useShare();
  const m = useMessages();
  const count = useExplorer((s) => s.steps.length);
  if (!share) return null;
  const save = () => {
    const blob = new Blob([share.sessionFile()], { type: 'application/json;charset=utf-8' });
    downloadFile(`tokenscope-session-step-${count}.json`, blob);
    onSaved();
  };
  return (
    <li>
      <button type="button" onClick={save}>
        {m.sessionJson}
      </button>
    </li>
  );
}
