import { useId } from 'react';
import { useLocale, useMessages } from '../../i18n/LocaleContext';
import type { UserModelEntry } from '../../worker/UserModelEntry';
import { type StorageProblem, storageProblemText } from '../../worker/useUserModels';

/** Props of the list of the person's models. */
export interface UserModelListProps {
  entries: readonly UserModelEntry[];
  storageProblem: StorageProblem | null;
  onDownload: (entry: UserModelEntry) => void;
  onRemove: (entry: UserModelEntry) => void;
  onOpenFile: (file: File) => void;
}

/** "Your models": each kept model with Download and Remove, and a way to open a model file. */
export function UserModelList({
  entries,
  storageProblem,
  onDownload,
  onRemove,
  onOpenFile,
}: UserModelListProps) {
  const id = useId();
  const m = useMessages();
  const locale = useLocale();
  return (
    <section className="ts-user-models" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{m.yourModels}</h3>
      {entries.length === 0 ? (
        <p className="ts-field-hint">{m.noUserModels}</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.id}>
              <span>
                <strong>{entry.name}</strong>{' '}
                <small>
                  {m.userModelSummary(
                    `${entry.tokenizer} ${entry.smoothing} ${entry.order}-gram`,
                    entry.outcomes.toLocaleString(locale === 'en' ? 'en-US' : locale),
                    m.fileSize(entry.byteLength),
                  )}
                </small>
              </span>
              <button
                type="button"
                aria-label={m.downloadModel(entry.name)}
                onClick={() => onDownload(entry)}
              >
                {m.download}
              </button>
              <button
                type="button"
                aria-label={m.removeModel(entry.name)}
                onClick={() => onRemove(entry)}
              >
                {m.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      {storageProblem && <p className="ts-field-hint">{storageProblemText(storageProblem, m)}</p>}
      <label htmlFor={`${id}-file`}>{m.modelFile}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".tsm,.gz,application/octet-stream"
        aria-describedby={`${id}-file-hint`}
        onChange={(event) => {
          const chosen = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (chosen) onOpenFile(chosen);
        }}
      />
      <small id={`${id}-file-hint`} className="ts-field-hint">
        {m.modelFileHint} <code>npm run tokenscope -- build</code>.
      </small>
    </section>
  );
}
