import { useId, useRef, useState } from 'react';
import { useLocale, useMessages } from '../../i18n/LocaleContext';
import type { NgramModel } from '../../model/types';
import { modelFileName } from '../../worker/modelFileName';
import { trainingErrorText } from '../../worker/TrainingInputError';
import { trainingProblemText } from '../../worker/TrainingProblem';
import type { TrainedModel, TrainingSource } from '../../worker/TrainRequest';
import { MAX_TRAINING_BYTES } from '../../worker/trainingLimits';
import { DEFAULT_FORM, trainingRequest } from '../../worker/trainingRequest';
import type { UserModelEntry } from '../../worker/UserModelEntry';
import { useTrainingRun } from '../../worker/useTrainingRun';
import type { UserModels } from '../../worker/useUserModels';
import { warmModel } from '../../worker/warmModel';
import { downloadFile } from '../export/downloadFile';
import { TrainingProgressBar } from './TrainingProgressBar';
import { TrainingSettingsFields } from './TrainingSettingsFields';
import { TrainingSourceField } from './TrainingSourceField';
import { UserModelList } from './UserModelList';
import './TrainPanel.css';

/** Props of the training panel. */
export interface TrainPanelProps {
  userModels: UserModels;
  /** Makes a model the explorer's current one. */
  onUse: (model: NgramModel, id: string) => void;
  /** After a model is removed, so the explorer can move off it if it was current. */
  onRemoved: (id: string) => void;
}

/** "Train a model on your own text": paste or drop text, train in a worker, keep the model. */
export function TrainPanel({ userModels, onUse, onRemoved }: TrainPanelProps) {
  const id = useId();
  const m = useMessages();
  const locale = useLocale();
  const kept = m.trainKept;
  const [open, setOpen] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [form, setForm] = useState(DEFAULT_FORM);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const run = useTrainingRun(userModels.runner);

  const say = (nextProblem: string | null, nextNotice: string | null) => {
    setProblem(nextProblem);
    setNotice(nextNotice);
  };
  const keep = async (trained: TrainedModel, fallbackName: string, verb: string) => {
    const entry = await userModels.add(trained, fallbackName);
    await warmModel(trained.model);
    onUse(trained.model, entry.id);
    const { tokenizer, smoothing, order } = entry;
    say(
      null,
      m.modelReady(
        verb,
        entry.name,
        `${tokenizer} ${smoothing} ${order}-gram`,
        entry.outcomes.toLocaleString(locale === 'en' ? 'en-US' : locale),
        m.fileSize(entry.byteLength),
      ),
    );
  };

  const chooseFile = (chosen: File) => {
    if (chosen.size > MAX_TRAINING_BYTES) {
      const values = { file: chosen.name, bytes: chosen.size };
      say(`${trainingProblemText({ code: 'too-large', values }, m)} ${kept}`, null);
    } else {
      say(null, null);
      setFile(chosen);
    }
  };
  const train = async () => {
    const source: TrainingSource = file
      ? { kind: 'file', file, fileName: file.name }
      : { kind: 'text', text: textRef.current?.value ?? '' };
    const request = trainingRequest(form, source, m);
    if (typeof request === 'string') return say(`${request} ${kept}`, null);
    say(null, null);
    try {
      const trained = await run.start(request);
      if (trained) await keep(trained, request.name, m.trained);
      else say(null, `${m.trainCancelled} ${kept}`);
    } catch (error) {
      say(`${trainingErrorText(error, m)} ${kept}`, null);
    }
  };
  const openFile = async (chosen: File) => {
    say(null, null);
    try {
      const opened = await userModels.runner.open(chosen, chosen.name).result;
      if (opened) await keep(opened, chosen.name.replace(/\.tsm(\.gz)?$/i, ''), m.opened);
    } catch (error) {
      say(m.modelKept(trainingErrorText(error, m)), null);
    }
  };
  const download = async (entry: UserModelEntry) => {
    try {
      const bytes = new Uint8Array(await userModels.file(entry.id));
      downloadFile(
        modelFileName(entry.name),
        new Blob([bytes], { type: 'application/octet-stream' }),
      );
    } catch (error) {
      say(`${trainingErrorText(error, m)} ${m.trainAgain}`, null);
    }
  };
  const remove = async (entry: UserModelEntry) => {
    say(null, null);
    try {
      await userModels.remove(entry.id);
    } catch {
      say(m.notRemoved(entry.name), null);
    }
    onRemoved(entry.id);
  };

  return (
    <section className="ts-train" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {m.trainHeading}
        </button>
      </h2>
      {/* Hidden rather than unmounted, so the typed text survives closing the panel. */}
      <div id={`${id}-body`} className="ts-train-body" hidden={!open}>
        <TrainingSourceField
          textRef={textRef}
          file={file}
          onChooseFile={chooseFile}
          onClearFile={() => setFile(null)}
        />
        <TrainingSettingsFields
          form={form}
          onChange={(change) => setForm({ ...form, ...change })}
        />
        <div className="ts-train-actions">
          <button type="button" onClick={train} disabled={run.running}>
            {m.train}
          </button>
          {run.status && <TrainingProgressBar status={run.status} onCancel={run.cancel} />}
        </div>
        {problem && (
          <p role="alert" className="ts-error">
            {problem}
          </p>
        )}
        <p role="status" className="ts-train-notice">
          {notice}
        </p>
        <UserModelList
          entries={userModels.entries}
          storageProblem={userModels.storageProblem}
          onDownload={download}
          onRemove={remove}
          onOpenFile={openFile}
        />
      </div>
    </section>
  );
}
