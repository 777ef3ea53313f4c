// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BundledModelEntry } from '../../src/app/loadBundledModel';
import { EmbeddedExplorer } from '../../src/embed/EmbeddedExplorer';
import type { EmbedOptions } from '../../src/embed/embedOptions';
import type { ModelSource } from '../../src/embed/modelSource';
import type { NgramModel } from '../../src/model/types';
import { tinyModel } from '../fixtures/tinyModel';

const words = tinyModel([
  'the cat sat on the mat .',
  'the dog sat on the log .',
  'a bird sang in the tree .',
]);
const letters = tinyModel(['abc abd abe', 'bcd bce'], { tokenizer: 'char', order: 3 });

/** Models held in memory, listed as the bundled ones are. */
function memorySource(models: Record<string, NgramModel>): ModelSource {
  const entries: BundledModelEntry[] = Object.keys(models).map((id) => ({
    id,
    file: `${id}.tsm`,
    name: `Model ${id}`,
    description: '',
    bytes: 0,
  }));
  return { entries: async () => entries, load: async (entry) => models[entry.id] };
}

const source = memorySource({ words, letters });
const log = (scope = screen.getByRole('main')) =>
  within(scope).getByRole('log', { name: 'Generated text' });
const tokens = (scope?: HTMLElement) => within(log(scope)).queryAllByRole('button');

/** Renders one embed inside a <main> and waits for its distribution. */
async function renderEmbed(options: EmbedOptions, from = source) {
  const view = render(
    <main>
      <EmbeddedExplorer options={options} source={from} />
    </main>,
  );
  await screen.findByRole('status', { name: 'Entropy' });
  return view;
}

describe('EmbeddedExplorer', () => {
  it('EmbeddedExplorer generates `steps` tokens from the prompt and shows only the listed parts', async () => {
    await renderEmbed({ prompt: 'the', steps: '3', seed: '5', controls: 'temperature,step' });
    expect(log().textContent).toMatch(/^the/);
    expect(tokens()).toHaveLength(3);
    expect(screen.getByRole('slider', { name: 'Temperature' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Step' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Prompt' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Model' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('the same options give the same text (the seed decides every draw)', async () => {
    const options = { prompt: 'the', steps: 6, seed: 11, temperature: 1.5 };
    const first = await renderEmbed(options);
    const text = log().textContent;
    expect(tokens()).toHaveLength(6);
    first.unmount();
    await renderEmbed(options);
    expect(log().textContent).toBe(text);
  });

  it('a temperature change keeps the text; a prompt change starts again with `steps` new tokens', async () => {
    const view = await renderEmbed({ prompt: 'the', steps: '2', seed: '3' });
    const before = log().textContent;
    view.rerender(
      <main>
        <EmbeddedExplorer
          options={{ prompt: 'the', steps: '2', seed: '3', temperature: '0' }}
          source={source}
        />
      </main>,
    );
    const slider = screen.getByRole('slider', { name: 'Temperature' });
    expect(slider.getAttribute('aria-valuetext')).toBe('0 (greedy)');
    expect(screen.getByRole('status', { name: 'Entropy' }).textContent).toBe('0.00 bits');
    expect(log().textContent).toBe(before);

    view.rerender(
      <main>
        <EmbeddedExplorer
          options={{ prompt: 'a bird', steps: '2', seed: '3', temperature: '0' }}
          source={source}
        />
      </main>,
    );
    await screen.findByText('a bird', { selector: '.ts-prompt' });
    expect(tokens()).toHaveLength(2);
    // Greedy from "a bird": the most likely continuation, twice.
    expect(tokens().map((t) => t.textContent)).toEqual(['sang', 'in']);
  });

  it('an unknown model falls back to the first one, and each unusable setting is named in a notice', async () => {
    await renderEmbed({ model: 'gpt-5', seed: 'banana', controls: 'model,knobs' });
    const note = await screen.findByRole('note', { name: 'Embed settings' });
    const items = within(note)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'seed="banana" is not a whole number from 0 to 4294967295; using 42.',
      expect.stringMatching(/^controls: "knobs" ignored; known parts are /),
      'model="gpt-5" is not a bundled model; using "words" (bundled: words, letters).',
    ]);
    const picker = screen.getByRole('combobox', { name: 'Model' }) as HTMLSelectElement;
    expect(picker.value).toBe('words');
  });

  it('height sets the height of the box, whose content then scrolls', async () => {
    const view = await renderEmbed({ height: '30rem' });
    const box = view.container.querySelector<HTMLElement>('.ts-embed');
    expect(box?.style.height).toBe('30rem');
    expect(box?.classList.contains('ts-embed-fixed')).toBe(true);
  });

  it('the model attribute picks a bundled model by its id', async () => {
    await renderEmbed({ model: 'letters', prompt: 'ab', controls: 'model' });
    const picker = screen.getByRole('combobox', { name: 'Model' }) as HTMLSelectElement;
    expect(picker.value).toBe('letters');
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('a folder without models says where they are expected, and nothing throws', async () => {
    const missing: ModelSource = {
      entries: () => Promise.reject(new Error('The model list could not be loaded (HTTP 404).')),
      load: () => Promise.reject(new Error('unreachable')),
    };
    render(<EmbeddedExplorer options={{}} source={missing} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The model list could not be loaded (HTTP 404). Tokenscope looks for its models in the models/ folder beside tokenscope.js: copy the whole built folder.',
    );
  });

  it('two embeds have their own stores: Step in one leaves the other unchanged', async () => {
    render(
      <>
        <section aria-label="one">
          <EmbeddedExplorer options={{ prompt: 'the', seed: 1 }} source={source} />
        </section>
        <section aria-label="two">
          <EmbeddedExplorer options={{ prompt: 'the', seed: 1 }} source={source} />
        </section>
      </>,
    );
    const one = screen.getByRole('region', { name: 'one' });
    const two = screen.getByRole('region', { name: 'two' });
    await within(one).findByRole('status', { name: 'Entropy' });
    await within(two).findByRole('status', { name: 'Entropy' });
    act(() => fireEvent.click(within(one).getByRole('button', { name: 'Step' })));
    act(() => fireEvent.click(within(one).getByRole('button', { name: 'Step' })));
    expect(tokens(one)).toHaveLength(2);
    expect(tokens(two)).toHaveLength(0);
    // Labels still name their own controls: ids differ between the two.
    const sliders = screen.getAllByRole('slider', { name: 'Temperature' });
    expect(sliders).toHaveLength(2);
    expect(sliders[0].id).not.toBe(sliders[1].id);
  });
});
