import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { modelSource } from '../../src/embed/modelSource';
import { encodeModel } from '../../src/model/modelFile';
import { tinyModel } from '../fixtures/tinyModel';

const modelBytes = encodeModel(tinyModel(['the cat sat on the mat .', 'a bird sang .']));
const manifest = JSON.stringify({
  models: [{ id: 'tiny', file: 'tiny.tsm', name: 'Tiny', description: '', bytes: 0 }],
});

let down = false;
/** A static host that can be taken down (every request then fails with 503). */
const host = vi.fn(async (url: string | URL) => {
  if (down) return new Response('', { status: 503 });
  const path = new URL(url).pathname;
  if (path === '/blog/static/models/index.json') return new Response(manifest);
  if (path === '/blog/static/models/tiny.tsm') return new Response(new Uint8Array(modelBytes));
  return new Response('', { status: 404 });
});

beforeEach(() => {
  down = false;
  host.mockClear();
  vi.stubGlobal('fetch', host);
});
afterEach(() => vi.unstubAllGlobals());

describe('modelSource', () => {
  it('modelSource(base) finds models/ under base and fetches each file once for every embed', async () => {
    const base = 'https://one.example/blog/static/';
    expect(modelSource(base)).toBe(modelSource(base));
    const [entries, again] = await Promise.all([
      modelSource(base).entries(),
      modelSource(base).entries(),
    ]);
    expect(entries.map((e) => e.id)).toEqual(['tiny']);
    expect(again).toBe(entries);
    const [a, b] = await Promise.all([
      modelSource(base).load(entries[0]),
      modelSource(base).load(entries[0]),
    ]);
    expect(a).toBe(b);
    expect(a.vocab).toContain('bird');
    expect(host.mock.calls.map(([url]) => String(url))).toEqual([
      'https://one.example/blog/static/models/index.json',
      'https://one.example/blog/static/models/tiny.tsm',
    ]);
  });

  it('modelSource forgets a failed load, so the next embed tries again', async () => {
    const source = modelSource('https://two.example/blog/static/');
    down = true;
    await expect(source.entries()).rejects.toThrow(
      'The model list could not be loaded (HTTP 503).',
    );
    down = false;
    expect((await source.entries()).map((e) => e.id)).toEqual(['tiny']);
    expect(modelSource('https://three.example/elsewhere/')).not.toBe(source);
    await expect(modelSource('https://three.example/elsewhere/').entries()).rejects.toThrow(
      'HTTP 404',
    );
  });
});
