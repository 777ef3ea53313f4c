// @vitest-environment jsdom
import { waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from '../../src/embed/index';
import { encodeModel } from '../../src/model/modelFile';
import { tinyModel } from '../fixtures/tinyModel';

const modelBytes = encodeModel(
  tinyModel(['the cat sat on the mat .', 'the dog sat on the log .', 'a bird sang in the tree .']),
);
const manifest = JSON.stringify({
  models: [
    { id: 'tiny', file: 'tiny.tsm', name: 'Tiny', description: '', bytes: modelBytes.length },
  ],
});

/** A static host: models/index.json and models/tiny.tsm under any folder, 404 for the rest. */
const host = vi.fn(async (url: string | URL) => {
  const path = new URL(url).pathname;
  if (path.endsWith('/models/index.json')) return new Response(manifest);
  if (path.endsWith('/models/tiny.tsm')) return new Response(new Uint8Array(modelBytes));
  return new Response('not found', { status: 404 });
});

beforeEach(() => {
  host.mockClear();
  vi.stubGlobal('fetch', host);
});
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** The explorer inside an element's shadow root, for queries. */
function inside(element: Element) {
  const container = element.shadowRoot?.querySelector('div');
  if (!(container instanceof HTMLElement)) throw new Error('nothing rendered in the shadow root');
  return within(container);
}
const tokensIn = (element: Element) =>
  within(inside(element).getByRole('log', { name: 'Generated text' })).queryAllByRole('button');

/** Adds `<token-scope>` with the given attributes and waits for its distribution. */
async function addElement(attributes: Record<string, string>) {
  const element = document.createElement('token-scope');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await waitFor(() => inside(element).getByRole('status', { name: 'Entropy' }));
  return element;
}

describe('<token-scope>', () => {
  it('<token-scope> renders its attributes in an open shadow root, and follows attribute changes', async () => {
    const element = await addElement({
      prompt: 'the',
      steps: '3',
      seed: '9',
      controls: 'temperature,step',
    });
    expect(element.shadowRoot).not.toBeNull();
    expect(tokensIn(element)).toHaveLength(3);
    expect(inside(element).queryByRole('textbox', { name: 'Prompt' })).toBeNull();
    // Models are fetched from the folder of the script, not the page.
    expect(String(host.mock.calls[0][0])).toMatch(/\/src\/embed\/models\/index\.json$/);

    element.setAttribute('temperature', '0');
    await waitFor(() =>
      expect(
        inside(element).getByRole('slider', { name: 'Temperature' }).getAttribute('aria-valuetext'),
      ).toBe('0 (greedy)'),
    );
    expect(tokensIn(element)).toHaveLength(3);

    element.setAttribute('steps', '1');
    await waitFor(() => expect(tokensIn(element)).toHaveLength(1));
    element.setAttribute('controls', 'prompt');
    await waitFor(() => inside(element).getByRole('textbox', { name: 'Prompt' }));
    expect(inside(element).queryByRole('slider')).toBeNull();
  });

  it('elements are independent; one moved keeps its state and one removed is taken down', async () => {
    const one = await addElement({ prompt: 'the', steps: '2' });
    const two = await addElement({ prompt: 'the', steps: '4' });
    inside(one).getByRole('button', { name: 'Step' }).click();
    await waitFor(() => expect(tokensIn(one)).toHaveLength(3));
    expect(tokensIn(two)).toHaveLength(4);

    document.body.prepend(two);
    await Promise.resolve();
    expect(tokensIn(two)).toHaveLength(4);

    one.remove();
    await waitFor(() => expect(one.shadowRoot?.querySelector('div')).toBeNull());
    expect(tokensIn(two)).toHaveLength(4);
  });
});

describe('mount', () => {
  it('mount(element, options) renders into a shadow root and returns unmount (with update)', async () => {
    const target = document.createElement('div');
    document.body.append(target);
    const unmount = mount(target, {
      prompt: 'a bird',
      steps: 1,
      temperature: 0,
      base: 'https://blog.example/static/',
    });
    const shadowHost = target.firstElementChild;
    if (!shadowHost) throw new Error('mount added nothing');
    await waitFor(() => inside(shadowHost).getByRole('status', { name: 'Entropy' }));
    expect(tokensIn(shadowHost).map((t) => t.textContent)).toEqual(['sang']);
    expect(String(host.mock.calls[0][0])).toBe('https://blog.example/static/models/index.json');

    unmount.update({ prompt: 'a bird', steps: 2, temperature: 0 });
    await waitFor(() => expect(tokensIn(shadowHost)).toHaveLength(2));

    unmount();
    expect(target.childElementCount).toBe(0);
  });
});
