import { describe, expect, it } from 'vitest';
import { DEFAULT_PROMPT } from '../../src/app/permalinkState';
import { resolveEmbedOptions } from '../../src/embed/resolveEmbedOptions';

describe('resolveEmbedOptions', () => {
  it('resolveEmbedOptions({}) gives the defaults and no notice', () => {
    const { settings, notices } = resolveEmbedOptions({});
    expect(settings).toMatchObject({
      model: null,
      prompt: DEFAULT_PROMPT,
      temperature: 1,
      seed: 42,
      steps: 0,
      height: null,
    });
    expect(settings.shown.has('temperature')).toBe(true);
    expect(notices).toEqual([]);
  });

  it('resolveEmbedOptions(attributes) reads attribute strings and mount() numbers alike', () => {
    const fromAttributes = resolveEmbedOptions({
      model: ' brown-char ',
      prompt: 'Once upon a time',
      temperature: '0.8',
      seed: '7',
      steps: '12',
      controls: 'temperature, step',
      height: '480',
    });
    const fromNumbers = resolveEmbedOptions({
      model: 'brown-char',
      prompt: 'Once upon a time',
      temperature: 0.8,
      seed: 7,
      steps: 12,
      controls: ['temperature', 'step'],
      height: 480,
    });
    for (const { settings, notices } of [fromAttributes, fromNumbers]) {
      expect(notices).toEqual([]);
      expect(settings).toMatchObject({
        model: 'brown-char',
        prompt: 'Once upon a time',
        temperature: 0.8,
        seed: 7,
        steps: 12,
        height: '480px',
      });
      expect([...settings.shown].sort()).toEqual(['step', 'temperature']);
    }
  });

  it('resolveEmbedOptions keeps an empty prompt and reads CSS lengths', () => {
    expect(resolveEmbedOptions({ prompt: '' }).settings.prompt).toBe('');
    expect(resolveEmbedOptions({ height: '30rem' }).settings.height).toBe('30rem');
    expect(resolveEmbedOptions({ height: '70vh' }).settings.height).toBe('70vh');
    expect(resolveEmbedOptions({ temperature: '0', steps: '0', seed: '0' }).notices).toEqual([]);
  });

  it('resolveEmbedOptions falls back to the default of each bad value and says what would work', () => {
    const { settings, notices } = resolveEmbedOptions({
      temperature: 'hot',
      seed: '-1',
      steps: '2.5',
      height: 'tall',
    });
    expect(settings).toMatchObject({ temperature: 1, seed: 42, steps: 0, height: null });
    expect(notices).toEqual([
      'temperature="hot" is not a number from 0 to 3; using 1.',
      'seed="-1" is not a whole number from 0 to 4294967295; using 42.',
      'steps="2.5" is not a whole number from 0 to 200; using 0.',
      'height="tall" is not a length such as 480, 480px or 30rem; using the natural height.',
    ]);
    expect(resolveEmbedOptions({ temperature: 3.5 }).notices).toHaveLength(1);
    expect(resolveEmbedOptions({ steps: 201 }).notices).toHaveLength(1);
    expect(resolveEmbedOptions({ temperature: Number.NaN }).settings.temperature).toBe(1);
  });

  it('resolveEmbedOptions names unknown controls, keeps the known ones and never offers the samples link', () => {
    const { settings, notices } = resolveEmbedOptions({ controls: 'step,<b>x</b>,samples' });
    expect([...settings.shown]).toEqual(['step']);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^controls: "<b>x<\/b>" ignored; known parts are prompt, model,/);
    expect(resolveEmbedOptions({ controls: 'all' }).settings.shown.has('samples')).toBe(false);
    expect(resolveEmbedOptions({ controls: 'none' }).settings.shown.size).toBe(0);
  });
});
