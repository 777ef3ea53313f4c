import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de';
import { en } from '../../src/i18n/en';
import { decodeTrainingBytes } from '../../src/worker/decodeTrainingBytes';
import { handleWorkerRequest } from '../../src/worker/handleWorkerRequest';
import { openModelFile } from '../../src/worker/openModelFile';
import { TrainingInputError, trainingErrorText } from '../../src/worker/TrainingInputError';
import { type TrainingProblem, trainingProblemText } from '../../src/worker/TrainingProblem';
import type { TrainingSource } from '../../src/worker/TrainRequest';
import { trainFromSource } from '../../src/worker/trainFromSource';
import { DEFAULT_FORM, type TrainingForm, trainingRequest } from '../../src/worker/trainingRequest';
import { storageProblemText } from '../../src/worker/useUserModels';

/** The error a call throws (or rejects with). */
async function failure(run: () => unknown): Promise<TrainingInputError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(TrainingInputError);
    return error as TrainingInputError;
  }
  throw new Error('did not fail');
}
function train(source: TrainingSource, form: Partial<TrainingForm> = {}) {
  const request = trainingRequest({ ...DEFAULT_FORM, ...form }, source);
  if (typeof request === 'string') throw new Error(request);
  return trainFromSource(request);
}
const text = (value: string): TrainingSource => ({ kind: 'text', text: value });
const file = (value: string | Uint8Array<ArrayBuffer>, fileName: string): TrainingSource => ({
  kind: 'file',
  file: new Blob([value]),
  fileName,
});

/** Each problem as the person hits it: the old English message, and the German sentence. */
const CASES: [string, () => unknown, string, string][] = [
  [
    'empty text',
    () => train(text('')),
    'The training text is empty: there is nothing to learn from. Paste or type some text.',
    'Der Trainingstext ist leer: Es gibt nichts zu lernen. Fügen Sie einen Text ein oder tippen Sie ihn.',
  ],
  [
    'a file of whitespace',
    () => train(file(' \n\n ', 'corpus.txt')),
    'corpus.txt has only whitespace: there is nothing to learn from. Choose another file.',
    'corpus.txt enthält nur Leerraum: Es gibt nichts zu lernen. Wählen Sie eine andere Datei.',
  ],
  [
    'an order too high',
    () => train(text('hello world'), { order: 5 }),
    'Order 5 is too high for this text: no paragraph has 4 tokens in a row to use as context. Choose order 3 or lower, or give a longer text.',
    'Ordnung 5 ist zu hoch für diesen Text: Kein Absatz hat 4 Tokens in Folge, die als Kontext dienen können. Wählen Sie Ordnung 3 oder niedriger oder nehmen Sie einen längeren Text.',
  ],
  [
    'a file that is not UTF-8',
    () => decodeTrainingBytes(Uint8Array.of(0x63, 0x61, 0x66, 0xe9), 'latin1.txt'),
    'latin1.txt is not UTF-8 text. Choose a plain-text file saved as UTF-8, or paste its text.',
    'latin1.txt ist kein UTF-8-Text. Wählen Sie eine als UTF-8 gespeicherte reine Textdatei oder fügen Sie ihren Text ein.',
  ],
  [
    'a binary file',
    () => decodeTrainingBytes(Uint8Array.of(71, 73, 70, 0, 1), 'image.gif'),
    'image.gif contains NUL bytes, so it looks like a binary file, not text. Choose a plain-text file.',
    'image.gif enthält NUL-Bytes und sieht daher nach einer Binärdatei aus, nicht nach Text. Wählen Sie eine reine Textdatei.',
  ],
  [
    'a file over 20 MB',
    () => train({ kind: 'file', file: { size: 40_000_000 } as Blob, fileName: 'huge.txt' }),
    'huge.txt is 40.0 MB, more than the 20.0 MB the page can train on. Use a shorter text, or split it and train on a part.',
    'huge.txt ist 40,0 MB groß, mehr als die 20,0 MB, die die Seite zum Trainieren annimmt. Nehmen Sie einen kürzeren Text oder teilen Sie ihn und trainieren Sie mit einem Teil.',
  ],
  [
    'a model file that is not a model',
    () => openModelFile(new Blob(['hello']), 'notes.txt'),
    'notes.txt: This is not a Tokenscope model file (wrong magic bytes). Build a new one with `npm run tokenscope -- build`.',
    'notes.txt: Das ist keine Tokenscope-Modelldatei (falsche Kennung). Erstellen Sie eine neue mit `npm run tokenscope -- build`.',
  ],
  [
    'a saved model that is not a model',
    () => openModelFile(new Blob(['hello']), null),
    'The saved model: This is not a Tokenscope model file (wrong magic bytes). Build a new one with `npm run tokenscope -- build`.',
    'Das gespeicherte Modell: Das ist keine Tokenscope-Modelldatei (falsche Kennung). Erstellen Sie eine neue mit `npm run tokenscope -- build`.',
  ],
  [
    'a model file that is not valid gzip',
    () => openModelFile(new Blob([Uint8Array.of(0x1f, 0x8b, 1, 2, 3)]), 'abc.tsm.gz'),
    'abc.tsm.gz looks compressed but cannot be unpacked. Download or build it again.',
    'abc.tsm.gz sieht komprimiert aus, lässt sich aber nicht entpacken. Laden Sie es erneut herunter oder erstellen Sie es neu.',
  ],
];

describe('training problems in English and German', () => {
  for (const [what, run, english, german] of CASES) {
    it(`${what}: the old English message, and German under de`, async () => {
      const error = await failure(run);
      expect(error.message).toBe(english);
      expect(trainingErrorText(error, en)).toBe(english);
      expect(trainingErrorText(error, de)).toBe(german);
      // The description crosses postMessage unchanged.
      expect(structuredClone(error.problem)).toEqual(error.problem);
    });
  }

  it('a text just over the limit is measured in bytes, grouped as each language writes them', () => {
    const problem: TrainingProblem = {
      code: 'too-large',
      values: { file: null, bytes: 20_000_002 },
    };
    expect(trainingProblemText(problem)).toBe(
      'The text is 20,000,002 bytes, more than the 20,000,000 bytes the page can train on. Use a shorter text, or split it and train on a part.',
    );
    expect(trainingProblemText(problem, de)).toBe(
      'Der Text ist 20.000.002 Byte groß, mehr als die 20.000.000 Byte, die die Seite zum Trainieren annimmt. Nehmen Sie einen kürzeren Text oder teilen Sie ihn und trainieren Sie mit einem Teil.',
    );
  });

  it('a bad vocabulary size is told in the language asked for, English by default', () => {
    const form = { ...DEFAULT_FORM, vocabSize: 'ten' };
    expect(trainingRequest(form, text('hi'))).toBe(
      'Vocabulary size must be a whole number from 1 to 100,000, not “ten”.',
    );
    expect(trainingRequest(form, text('hi'), de)).toBe(
      'Die Vokabulargröße muss eine ganze Zahl von 1 bis 100.000 sein, nicht „ten“.',
    );
  });

  it('an unexpected failure in the worker is one reply: the English message and its description', async () => {
    const broken = { size: 3, arrayBuffer: () => Promise.reject(new Error('boom')) } as Blob;
    const request = trainingRequest(DEFAULT_FORM, { kind: 'file', file: broken, fileName: 'a' });
    if (typeof request === 'string') throw new Error(request);
    const reply = await handleWorkerRequest({ type: 'train', request }, () => {});
    expect(reply).toEqual({
      type: 'error',
      message:
        'Training stopped unexpectedly (boom). Try again with a shorter text or a smaller vocabulary.',
      problem: { code: 'stopped', values: { reason: 'boom' } },
    });
    if (reply.type !== 'error') return;
    expect(trainingErrorText(new TrainingInputError(reply.problem), de)).toBe(
      'Das Training brach unerwartet ab (boom). Versuchen Sie es erneut mit einem kürzeren Text oder einem kleineren Vokabular.',
    );
  });

  it('the page-side problems keep their English and read in German', () => {
    const cases: [TrainingProblem, string, string][] = [
      [
        { code: 'worker-ended', values: {} },
        'Training stopped: the browser ended the worker (it may have run out of memory). Try a shorter text or a smaller vocabulary.',
        'Das Training brach ab: Der Browser hat den Worker beendet (vielleicht war der Speicher voll). Versuchen Sie einen kürzeren Text oder ein kleineres Vokabular.',
      ],
      [
        { code: 'open-cancelled', values: {} },
        'Opening the model was cancelled.',
        'Das Öffnen des Modells wurde abgebrochen.',
      ],
      [
        { code: 'file-gone', values: {} },
        'The file of this model is gone from the browser’s storage.',
        'Die Datei dieses Modells ist nicht mehr im Speicher des Browsers.',
      ],
    ];
    for (const [problem, english, german] of cases) {
      expect(new TrainingInputError(problem).message).toBe(english);
      expect(trainingProblemText(problem, de)).toBe(german);
    }
    expect(trainingErrorText(new Error('plain'), de)).toBe('plain');
  });

  it('storage problems of saved models keep their English and read in German', () => {
    const kept =
      'will work until you reload the page, but the browser would not store it (storage may be full, or switched off in a private window). Download it to keep it.';
    const behalten =
      'funktioniert, bis Sie die Seite neu laden, aber der Browser wollte es nicht speichern (der Speicher ist vielleicht voll oder in einem privaten Fenster abgeschaltet). Laden Sie es herunter, um es zu behalten.';
    expect(storageProblemText({ code: 'unavailable' })).toBe(
      `Storage is not available here: a trained model ${kept}`,
    );
    expect(storageProblemText({ code: 'unreadable' })).toBe(
      `Your saved models could not be read. A new model ${kept}`,
    );
    expect(storageProblemText({ code: 'not-saved', name: 'Mine' })).toBe(`“Mine” ${kept}`);
    expect(storageProblemText({ code: 'unavailable' }, de)).toBe(
      `Hier gibt es keinen Speicher: Ein trainiertes Modell ${behalten}`,
    );
    expect(storageProblemText({ code: 'unreadable' }, de)).toBe(
      `Ihre gespeicherten Modelle konnten nicht gelesen werden. Ein neues Modell ${behalten}`,
    );
    expect(storageProblemText({ code: 'not-saved', name: 'Mine' }, de)).toBe(`„Mine“ ${behalten}`);
  });
});
