import { buildModelFile } from '../model/buildModelFile';
import { EmptyTextError } from '../model/EmptyTextError';
import { TrainingError } from '../model/trainModel';
import { readTrainingText } from './readTrainingText';
import { statusFromProgress } from './statusFromProgress';
import { TrainingInputError } from './TrainingInputError';
import type { TrainingStatus } from './TrainingStatus';
import type { TrainedModel, TrainRequest } from './TrainRequest';
import { usableOrder } from './usableOrder';

/**
 * What the training worker does: reads the source, trains with `buildModelFile` (the same code as
 * `tokenscope build`, so the bytes match) and checks the order suits the text. Every problem a
 * person can fix throws a `TrainingInputError` that says how.
 */
export async function trainFromSource(
  request: TrainRequest,
  report: (status: TrainingStatus) => void = () => {},
): Promise<TrainedModel> {
  const { source, settings } = request;
  report(statusFromProgress({ phase: 'reading', done: 0, total: 1 }, 0));
  const { text, bytes: bytesTotal } = await readTrainingText(source);
  let built: ReturnType<typeof buildModelFile>;
  try {
    built = buildModelFile(text, settings, { name: request.name }, (progress) =>
      report(statusFromProgress(progress, bytesTotal)),
    );
  } catch (error) {
    if (error instanceof EmptyTextError) {
      const file = source.kind === 'file' ? source.fileName : null;
      throw new TrainingInputError(
        { code: 'empty', values: { file, whitespace: text !== '' } },
        { cause: error },
      );
    }
    if (error instanceof TrainingError) {
      throw new TrainingInputError(
        { code: 'refused', values: { message: error.message } },
        { cause: error },
      );
    }
    throw error;
  }
  const usable = usableOrder(built.model);
  if (usable < settings.order) {
    throw new TrainingInputError({
      code: 'order-too-high',
      values: { order: settings.order, usable },
    });
  }
  return { model: built.model, bytes: built.bytes };
}
