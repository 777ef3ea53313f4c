// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import { TrainPanel } from '../../../src/views/train/TrainPanel';
import { MAX_TRAINING_BYTES } from '../../../src/worker/trainingLimits';
import { type UserModelStorage, userModelStorage } from '../../../src/worker/userModelStorage';
import { useUserModels } from '../../../src/worker/useUserModels';
import { inProcessRunner } from '../../worker/inProcessRunner';

function Harness({ storage }: { storage: UserModelStorage | null }) {
  const userModels = useUserModels(storage, inProcessRunner());
  return <TrainPanel userModels={userModels} onUse={() => {}} onRemoved={() => {}} />;
}

/** The training panel of a German page, opened. */
function setup(storage: UserModelStorage | null = userModelStorage(new IDBFactory())) {
  render(
    <LocaleProvider locale="de">
      <Harness storage={storage} />
    </LocaleProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Ein Modell auf eigenem Text trainieren' }));
  return screen.getByRole('textbox', { name: 'Trainingstext' }) as HTMLTextAreaElement;
}
const alertText = async () => (await screen.findByRole('alert')).textContent;

describe('TrainPanel in German', () => {
  it('an empty text gets a German message, and the text and model are kept', async () => {
    const textBox = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Trainieren' }));
    expect(await alertText()).toBe(
      'Der Trainingstext ist leer: Es gibt nichts zu lernen. Fügen Sie einen Text ein oder tippen Sie ihn. ' +
        'Ihr Text und das aktuelle Modell bleiben erhalten.',
    );
    expect(textBox.value).toBe('');
  });

  it('an order too high for the text, found in the worker, is told in German', async () => {
    const textBox = setup();
    fireEvent.change(textBox, { target: { value: 'hello' } });
    fireEvent.click(screen.getByRole('button', { name: 'Trainieren' }));
    expect(await alertText()).toMatch(
      /^Ordnung 3 ist zu hoch für diesen Text: Kein Absatz hat 2 Tokens in Folge.*Wählen Sie Ordnung 2 oder niedriger/,
    );
  });

  it('a file over 20 MB is refused in German as soon as it is chosen', async () => {
    setup();
    const big = new File(['x'], 'huge.txt');
    Object.defineProperty(big, 'size', { value: MAX_TRAINING_BYTES * 2 });
    fireEvent.change(screen.getByLabelText('Textdatei'), { target: { files: [big] } });
    expect(await alertText()).toBe(
      'huge.txt ist 40,0 MB groß, mehr als die 20,0 MB, die die Seite zum Trainieren annimmt. ' +
        'Nehmen Sie einen kürzeren Text oder teilen Sie ihn und trainieren Sie mit einem Teil. ' +
        'Ihr Text und das aktuelle Modell bleiben erhalten.',
    );
  });

  it('a bad vocabulary size and a file that is not a model are told in German', async () => {
    const textBox = setup();
    fireEvent.change(textBox, { target: { value: 'some text' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Vokabulargröße' }), {
      target: { value: 'viele' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Trainieren' }));
    expect(await alertText()).toBe(
      'Die Vokabulargröße muss eine ganze Zahl von 1 bis 100.000 sein, nicht „viele“. ' +
        'Ihr Text und das aktuelle Modell bleiben erhalten.',
    );
    fireEvent.change(screen.getByLabelText('Modelldatei'), {
      target: { files: [new File(['hello'], 'notes.txt')] },
    });
    expect(await alertText()).toBe(
      'notes.txt: Das ist keine Tokenscope-Modelldatei (falsche Kennung). Erstellen Sie eine neue ' +
        'mit `npm run tokenscope -- build`. Das aktuelle Modell bleibt.',
    );
  });

  it('without storage in the browser, the hint under Ihre Modelle is German', async () => {
    setup(null);
    expect(
      await screen.findByText(/^Hier gibt es keinen Speicher: Ein trainiertes Modell funktioniert/),
    ).toBeTruthy();
  });
});
