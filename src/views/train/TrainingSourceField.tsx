import { type RefObject, useId, useState } from 'react';
import { useMessages } from '../../i18n/LocaleContext';

import { MAX_TRAINING_BYTES } from '../../worker/trainingLimits';

/** Props of the training source: the text box (read on Train), the chosen file and its setter. */
export interface TrainingSourceFieldProps {
  textRef: RefObject<HTMLTextAreaElement | null>;
  file: File | null;
  onChooseFile: (file: File) => void;
  onClearFile: () => void;
}

/** Where the training text comes from: typed or pasted, or a file chosen or dropped. */
export function TrainingSourceField({
  textRef,
  file,
  onChooseFile,
  onClearFile,
}: TrainingSourceFieldProps) {
  const id = useId();
  const m = useMessages();
  const [dragging, setDragging] = useState(false);
  return (
    <div className="ts-train-source">
      <label htmlFor={`${id}-text`}>{m.trainingText}</label>
      {/* A paint boundary: see .ts-train-text in TrainPanel.css. */}
      <div className="ts-train-text">
        {/*
          Uncontrolled: megabytes of pasted text never go through a React render. autocomplete
          off: otherwise Chromium copies the whole text into the history entry on every
          history.replaceState (each permalink update), ~130 ms for 4 MB.
        */}
        <textarea
          id={`${id}-text`}
          ref={textRef}
          rows={7}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${id}-text-hint`}
          placeholder={m.trainingTextPlaceholder}
        />
      </div>
      <small id={`${id}-text-hint`} className="ts-field-hint">
        {m.trainingTextHint}
      </small>
      <fieldset
        className={dragging ? 'ts-drop-zone ts-drop-zone--over' : 'ts-drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const dropped = event.dataTransfer.files[0];
          if (dropped) onChooseFile(dropped);
        }}
      >
        <label htmlFor={`${id}-file`}>{m.textFile}</label>
        <input
          id={`${id}-file`}
          type="file"
          aria-describedby={`${id}-file-hint`}
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0];
            // Cleared so that choosing the same file again still counts as a choice.
            event.currentTarget.value = '';
            if (chosen) onChooseFile(chosen);
          }}
        />
        <small id={`${id}-file-hint`} className="ts-field-hint">
          {m.textFileHint(m.fileSize(MAX_TRAINING_BYTES))}
        </small>
      </fieldset>
      {file && (
        <p className="ts-train-file">
          {m.trainingOnFile} <strong>{file.name}</strong>{' '}
          {m.trainingOnFileNot(m.fileSize(file.size))}{' '}
          <button type="button" onClick={onClearFile}>
            {m.useTextBox}
          </button>
        </p>
      )}
    </div>
  );
}
