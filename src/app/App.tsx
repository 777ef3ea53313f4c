import { useEffect, useMemo, useState } from 'react';
import type { NgramModel } from '../model/types';
import { showToken } from '../views/format/showToken';
import { type BundledModelEntry, loadBundledModel, loadManifest } from './loadBundledModel';
import { topOutcomes } from './topOutcomes';

const DEFAULT_PROMPT = 'The jury said that the';

type Loaded = { entry: BundledModelEntry; model: NgramModel };

/** The first page: loads the default bundled model and lists its top next tokens for a prompt. */
export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [prompt, setPrompt] = useState(DEFAULT_PROMPT);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const [entry] = await loadManifest();
      if (!entry) throw new Error('No bundled model is listed. Run `npm run models`.');
      const model = await loadBundledModel(entry);
      if (!cancelled) setLoaded({ entry, model });
    })().catch((e: unknown) => {
      if (!cancelled) setError(e instanceof Error ? e.message : String(e));
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const result = useMemo(
    () => (loaded ? topOutcomes(loaded.model, prompt, 20) : null),
    [loaded, prompt],
  );

  return (
    <main>
      <h1>Tokenscope</h1>
      <p>The whole next-token distribution of a small language model, in your browser.</p>
      <label htmlFor="prompt">Prompt</label>
      <textarea id="prompt" value={prompt} rows={3} onChange={(e) => setPrompt(e.target.value)} />
      {error && <p role="alert">{error}</p>}
      {!loaded && !error && <p>Loading the model…</p>}
      {loaded && result && (
        <section aria-label="Next-token distribution">
          <p>
            Model: {loaded.entry.name} ({result.vocabSize.toLocaleString('en')} outcomes)
          </p>
          <p role="status" aria-label="Entropy">
            {result.entropyBits.toFixed(2)} bits
          </p>
          <ol className="top-tokens">
            {result.top.map((o) => (
              <li key={o.id}>
                <code>{showToken(o.token)}</code> <span>{(o.p * 100).toFixed(2)} %</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </main>
  );
}
