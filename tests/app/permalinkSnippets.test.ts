import { describe, expect, it } from 'vitest';
import { decodeState } from '../../src/app/permalink';
import { embedSnippets } from '../../src/app/permalinkSnippets';
import { DEFAULT_LINK_STATE, type LinkState } from '../../src/app/permalinkState';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { parseControls } from '../../src/views/controls/controlNames';
import { tinyModel } from '../fixtures/tinyModel';

const base = 'https://blog.example/tools/tokenscope/';
const sampled: LinkState = {
  ...DEFAULT_LINK_STATE,
  modelId: 'brown-word',
  prompt: 'Say "<b>hi</b>" & go',
  temperature: 0.8,
  seed: -1,
  steps: [
    { id: 5, how: 'sampled', temperature: 0.8 },
    { id: 6, how: 'sampled', temperature: 0.8 },
  ],
  controls: parseControls('temperature,step').shown,
};
/** The value of an attribute in a snippet, unescaped. */
const attribute = (snippet: string, name: string) => {
  const value = new RegExp(` ${name}="([^"]*)"`).exec(snippet)?.[1];
  const entities: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>' };
  return value?.replace(/&(amp|quot|lt|gt);/g, (_, name: string) => entities[name]);
};

describe('embedSnippets', () => {
  it('embedSnippets(state) points the iframe at embed.html with the exact state in its hash', () => {
    const { iframe } = embedSnippets(sampled, 'ignored', base);
    expect(iframe).toMatch(
      /^<iframe src="https:\/\/blog\.example\/tools\/tokenscope\/embed\.html#mode=explore&amp;model=brown-word&amp;/,
    );
    const src = attribute(iframe, 'src') ?? '';
    expect(decodeState(new URL(src).hash)).toEqual({ state: sampled, problems: [] });
    expect(iframe).toContain('title="Tokenscope: next-token distribution"');
  });

  it('embedSnippets(state) writes <token-scope> with escaped attributes and a step count it can replay', () => {
    const { webComponent, webComponentNote } = embedSnippets(sampled, 'ignored', base);
    expect(webComponent.split('\n')[0]).toBe(
      '<script type="module" src="https://blog.example/tools/tokenscope/tokenscope.js"></script>',
    );
    expect(webComponent).toContain(' prompt="Say &quot;&lt;b&gt;hi&lt;/b&gt;&quot; &amp; go"');
    expect(webComponent).not.toContain('<b>');
    expect(attribute(webComponent, 'prompt')).toBe(sampled.prompt);
    expect(attribute(webComponent, 'model')).toBe('brown-word');
    expect(attribute(webComponent, 'temperature')).toBe('0.8');
    expect(attribute(webComponent, 'seed')).toBe('4294967295');
    expect(attribute(webComponent, 'steps')).toBe('2');
    expect(attribute(webComponent, 'controls')).toBe('temperature,step');
    expect(webComponentNote).toBeNull();
  });

  it('embedSnippets(state, text) starts the web component from the text when it cannot replay the steps', () => {
    const branched: LinkState = {
      ...sampled,
      topK: 5,
      steps: [...sampled.steps, { id: 7, how: 'chosen', temperature: 0.8 }],
      controls: DEFAULT_LINK_STATE.controls,
    };
    const { webComponent, webComponentNote } = embedSnippets(branched, 'the whole text', base);
    expect(attribute(webComponent, 'prompt')).toBe('the whole text');
    expect(attribute(webComponent, 'steps')).toBeUndefined();
    expect(attribute(webComponent, 'controls')).toBeUndefined();
    expect(webComponentNote).toBe(
      'The web component starts from the current text (its steps were not all sampled at this temperature) and uses the default top-k, top-p, min-p and ‹unk› settings; the iframe shows this exact state.',
    );
  });

  it('embedSnippets(state) gives <token-scope> a seed in 0..2^32 − 1 that draws the same tokens', () => {
    const { webComponent } = embedSnippets(sampled, 'ignored', base);
    const model = tinyModel(['a b c d e f', 'b c a f e d', 'c a b']);
    const tokens = (seed: number) => {
      const store = createExplorerStore({
        model,
        modelId: 'm',
        prompt: 'a',
        seed,
        temperature: 0.8,
      });
      for (let i = 0; i < 20; i++) store.getState().step();
      return store.getState().steps.map((s) => s.id);
    };
    expect(tokens(Number(attribute(webComponent, 'seed')))).toEqual(tokens(sampled.seed));
  });
});
