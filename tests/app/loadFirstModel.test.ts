import { describe, expect, it } from 'vitest';
import type { BundledModelEntry } from '../../src/app/loadBundledModel';
import { loadFirstModel } from '../../src/app/loadFirstModel';
import { tinyModel } from '../fixtures/tinyModel';

const entry = (id: string): BundledModelEntry => ({
  id,
  file: `${id}.tsm.gz`,
  name: `Model ${id}`,
  description: '',
  bytes: 0,
});
const model = tinyModel(['a b c']);

/** A loader where the named models fail with a message naming them. */
const loader = (failing: string[]) => async (e: BundledModelEntry) => {
  if (failing.includes(e.id)) throw new Error(`The model "${e.name}" could not be loaded.`);
  return model;
};

describe('loadFirstModel', () => {
  it('loadFirstModel(entries, load) gives the first model when it loads', async () => {
    const first = await loadFirstModel([entry('a'), entry('b')], loader([]));
    expect(first.entry.id).toBe('a');
    expect(first.model).toBe(model);
    expect(first.failures).toEqual([]);
  });

  it('loadFirstModel(entries, load) falls back past failing models and says why they failed', async () => {
    const first = await loadFirstModel([entry('a'), entry('b'), entry('c')], loader(['a', 'b']));
    expect(first.entry.id).toBe('c');
    expect(first.failures.map((f) => f.reason)).toEqual([
      'The model "Model a" could not be loaded.',
      'The model "Model b" could not be loaded.',
    ]);
  });

  it('loadFirstModel(entries, load) rejects with every reason and what to do when none loads', async () => {
    await expect(loadFirstModel([entry('a'), entry('b')], loader(['a', 'b']))).rejects.toThrow(
      /^No bundled model could be loaded\. The model "Model a".*"Model b".* Reload the page/,
    );
    await expect(loadFirstModel([], loader([]))).rejects.toThrow(/npm run models/);
  });
});
