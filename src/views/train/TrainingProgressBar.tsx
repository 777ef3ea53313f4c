import { useMessages } from '../../i18n/LocaleContext';
import { statusText } from '../../worker/statusText';
import type { TrainingStatus } from '../../worker/TrainingStatus';

/** The progress of a training run: stage and bytes in words, and a Cancel button. */
export function TrainingProgressBar({
  status,
  onCancel,
}: {
  status: TrainingStatus;
  onCancel: () => void;
}) {
  const m = useMessages();
  const text = statusText(status, m);
  const percent = Math.round(status.fraction * 100);
  return (
    <div className="ts-train-progress">
      <progress max={100} value={percent} aria-label={m.trainingProgress} aria-valuetext={text} />
      <span>{text}</span>
      <button type="button" onClick={onCancel}>
        {m.cancel}
      </button>
    </div>
  );
}
