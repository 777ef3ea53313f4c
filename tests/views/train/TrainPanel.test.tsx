// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../src/model/defaultSettings';
import { encodeModel } from '../../../src/model/modelFile';
import { trainModel } from '../../../src/model/trainModel';
import type { NgramModel } from '../../../src/model/types';
import { TrainPanel } from '../../../src/views/train/TrainPanel';
import type { TrainRunner } from '../../../src/worker/TrainRunner';
import { MAX_TRAINING_BYTES } from '../../../src/worker/trainingLimits';
import { userModelStorage } from '../../../src/worker/userModelStorage';
import { useUserModels } from '../../../src/worker/useUserModels';
import { inProcessRunner } from '../../worker/inProcessRunner';
import { sampleText } from '../../worker/sampleText';

function Harness(props: {
  factory: IDBFactory;
  runner: TrainRunner;
  onUse: (model: NgramModel, id: string) => void;
  onRemoved: (id: string) => void;
}) {
  const userModels = useUserModels(userModelStorage(props.factory), props.runner);
  return <TrainPanel userModels={userModels} onUse={props.onUse} onRemoved={props.onRemoved} />;
}

function setup(runner: TrainRunner = inProcessRunner(), factory = new IDBFactory()) {
  const onUse = vi.fn<(model: NgramModel, id: string) => void>();
  const onRemoved = vi.fn<(id: string) => void>();
  const view = render(
    <Harness factory={factory} runner={runner} onUse={onUse} onRemoved={onRemoved} />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Train a model on your own text' }));
  const textBox = screen.getByRole('textbox', { name: 'Training text' }) as HTMLTextAreaElement;
  return { onUse, onRemoved, textBox, view, factory };
}

const train = () => fireEvent.click(screen.getByRole('button', { name: 'Train' }));
const chooseFile = (file: File) =>
  fireEvent.change(screen.getByLabelText('Text file'), { target: { files: [file] } });
const alertText = async () => (await screen.findByRole('alert')).textContent;

describe('TrainPanel', () => {
  it('trains on the typed text, lists the model under Your models and makes it current', async () => {
    const { onUse, textBox } = setup();
    fireEvent.change(textBox, { target: { value: sampleText(30) } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Order' }), { target: { value: '2' } });
    train();
    await waitFor(() => expect(onUse).toHaveBeenCalledTimes(1));
    const [model, id] = onUse.mock.calls[0];
    expect(model.settings).toMatchObject({ tokenizer: 'word', order: 2, smoothing: 'mkn' });
    expect(id).toMatch(/^user-/);
    expect(screen.getByRole('status').textContent).toMatch(
      /Trained “pasted text”: a word mkn 2-gram/,
    );
    expect(screen.getByRole('button', { name: 'Download pasted text' })).toBeTruthy();
    train();
    await waitFor(() => expect(onUse).toHaveBeenCalledTimes(2));
    expect(screen.getByRole('button', { name: 'Download pasted text (2)' })).toBeTruthy();
  });

  it('keeps trained models for the next visit until they are removed', async () => {
    const first = setup();
    fireEvent.change(first.textBox, { target: { value: sampleText(10) } });
    train();
    await waitFor(() => expect(first.onUse).toHaveBeenCalled());
    first.view.unmount();
    const again = setup(inProcessRunner(), first.factory);
    const remove = await screen.findByRole('button', { name: 'Remove pasted text' });
    fireEvent.click(remove);
    await waitFor(() => expect(again.onRemoved).toHaveBeenCalledWith(first.onUse.mock.calls[0][1]));
    expect(screen.queryByRole('button', { name: 'Remove pasted text' })).toBeNull();
    again.view.unmount();
    setup(inProcessRunner(), first.factory);
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(screen.queryByRole('button', { name: 'Remove pasted text' })).toBeNull();
  });

  for (const [what, text, message] of [
    ['empty text', '', /The training text is empty.*Paste or type some text/],
    ['whitespace', ' \n\n \t', /The training text has only whitespace/],
    ['an order too high', 'hello', /Order 3 is too high for this text.*Choose order 2/],
  ] as const) {
    it(`explains ${what} and keeps the text and the current model`, async () => {
      const { onUse, textBox } = setup();
      fireEvent.change(textBox, { target: { value: text } });
      train();
      expect(await alertText()).toMatch(message);
      expect(await alertText()).toMatch(/Your text and the current model are kept/);
      expect(textBox.value).toBe(text);
      expect(onUse).not.toHaveBeenCalled();
    });
  }

  it('explains a bad vocabulary size without starting to train', async () => {
    const { onUse, textBox } = setup();
    fireEvent.change(textBox, { target: { value: 'some text' } });
    const vocab = screen.getByRole('textbox', { name: 'Vocabulary size' }) as HTMLInputElement;
    fireEvent.change(vocab, { target: { value: 'lots' } });
    train();
    expect(await alertText()).toMatch(/Vocabulary size must be a whole number/);
    expect(vocab.value).toBe('lots');
    expect(onUse).not.toHaveBeenCalled();
  });

  it('trains on a chosen file, named after it, and refuses a binary one', async () => {
    const { onUse, textBox } = setup();
    fireEvent.change(textBox, { target: { value: 'typed text stays' } });
    chooseFile(new File([Uint8Array.of(71, 73, 70, 0, 1)], 'image.gif'));
    train();
    expect(await alertText()).toMatch(/image.gif contains NUL bytes/);
    chooseFile(new File([sampleText(20)], 'story.txt'));
    train();
    await waitFor(() => expect(onUse).toHaveBeenCalled());
    expect(onUse.mock.calls[0][0].meta.name).toBe('story.txt');
    expect(textBox.value).toBe('typed text stays');
  });

  it('refuses a file over 20 MB as soon as it is chosen', async () => {
    setup();
    const big = new File(['x'], 'huge.txt');
    Object.defineProperty(big, 'size', { value: MAX_TRAINING_BYTES * 2 });
    chooseFile(big);
    expect(await alertText()).toMatch(/huge.txt is 40.0 MB, more than the 20.0 MB/);
    expect(screen.queryByText(/Training on the file/)).toBeNull();
  });

  it('shows progress while training and Cancel stops it, keeping everything', async () => {
    let open = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const { onUse, textBox } = setup(inProcessRunner(() => gate));
    fireEvent.change(textBox, { target: { value: sampleText(10) } });
    train();
    const bar = await screen.findByRole('progressbar', { name: 'Training progress' });
    expect(bar.getAttribute('aria-valuetext')).toBe('Reading the text…');
    expect((screen.getByRole('button', { name: 'Train' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/Training cancelled/);
    open();
    await act(() => gate);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(onUse).not.toHaveBeenCalled();
  });

  it('opens a model file and makes it current; a file that is not a model gets a message', async () => {
    const { onUse } = setup();
    const modelFile = screen.getByLabelText('Model file');
    fireEvent.change(modelFile, { target: { files: [new File(['hello'], 'notes.txt')] } });
    expect(await alertText()).toMatch(/^notes.txt: .*The current model is kept/);
    const bytes = encodeModel(trainModel(['a b c'], defaultSettings, { name: 'abc' }));
    fireEvent.change(modelFile, {
      target: { files: [new File([new Uint8Array(bytes)], 'abc.tsm')] },
    });
    await waitFor(() => expect(onUse).toHaveBeenCalled());
    expect(screen.getByRole('status').textContent).toMatch(/Opened “abc”/);
  });
});
