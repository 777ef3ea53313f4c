/**
 * Benchmarks of issue 2, printed as medians from one run (this machine is shared and noisy).
 * Usage: npm run bench
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { distribution } from '../src/model/distribution';
import { encodeText, tokenIndex } from '../src/model/encodeText';
import { decodeModel } from '../src/model/modelFile';
import { quantile, reportLine } from './benchReport';
import { buildBundledModels } from './buildBundledModels';
import { BUNDLED_MODELS } from './bundledModels';

const MODELS_DIR = fileURLToPath(new URL('../public/models/', import.meta.url));

const [defaultRecipe] = BUNDLED_MODELS;
const bytes = new Uint8Array(gunzipSync(readFileSync(join(MODELS_DIR, defaultRecipe.file))));
const gzipKiB = gzipSync(bytes, { level: 9 }).length / 1024;

const decodeTimes: number[] = [];
for (let i = 0; i < 21; i++) {
  const t0 = performance.now();
  decodeModel(bytes);
  decodeTimes.push(performance.now() - t0);
}
const model = decodeModel(bytes);

// Contexts: every prefix of a mixed passage (prose, JSON, code), so seen and unseen contexts mix.
const passage =
  'The jury said that the election was conducted well, and that the city would pay for it. ' +
  '{"id": 12, "name": "Ada Lovelace", "email": "ada@example.com", "active": true} ' +
  'export function total(items: Item[]): number { return items.reduce((sum, item) => sum + item.price, 0); }';
const { ids } = encodeText(model, passage, tokenIndex(model));
const out = new Float64Array(model.vocab.length);
for (let i = 0; i < ids.length; i++) distribution(model, ids.subarray(0, i), out); // warm-up
const distTimes: number[] = [];
for (let round = 0; round < 20; round++) {
  for (let i = 0; i < ids.length; i++) {
    const t0 = performance.now();
    distribution(model, ids.subarray(0, i), out);
    distTimes.push(performance.now() - t0);
  }
}

const buildDir = mkdtempSync(join(tmpdir(), 'tokenscope-bench-'));
const t0 = performance.now();
const built = buildBundledModels(buildDir);
const buildSeconds = (performance.now() - t0) / 1000;
const sameBytes = built.every((m) =>
  readFileSync(join(buildDir, m.file)).equals(readFileSync(join(MODELS_DIR, m.file))),
);
rmSync(buildDir, { recursive: true, force: true });

console.log(
  `Default model ${defaultRecipe.file}: ${model.vocab.length} outcomes, order ${model.settings.order}`,
);
reportLine(
  'distribution(context), median of calls',
  `${quantile(distTimes, 0.5).toFixed(3)} ms`,
  '≤ 0.5 ms',
  quantile(distTimes, 0.5) <= 0.5,
);
reportLine('distribution(context), p95', `${quantile(distTimes, 0.95).toFixed(3)} ms`, '—', true);
reportLine(
  'decodeModel(default), median of 21',
  `${quantile(decodeTimes, 0.5).toFixed(1)} ms`,
  '≤ 50 ms',
  quantile(decodeTimes, 0.5) <= 50,
);
reportLine('default model size, raw', `${(bytes.length / 1024).toFixed(0)} KiB`, '—', true);
reportLine('default model size, gzip -9', `${gzipKiB.toFixed(0)} KiB`, '≤ 600 KiB', gzipKiB <= 600);
for (const m of built) {
  const sizes = `${(m.bytes / 1024).toFixed(0)} KiB raw, ${(m.gzipBytes / 1024).toFixed(0)} KiB gzip`;
  console.log(`  ${m.file}: ${m.outcomes} outcomes, built in ${m.seconds.toFixed(1)} s, ${sizes}`);
}
reportLine(
  'building all bundled models (one run)',
  `${buildSeconds.toFixed(1)} s`,
  '≤ 20 s',
  buildSeconds <= 20,
);
reportLine('rebuild gives the same bytes', sameBytes ? 'yes' : 'no', 'yes', sameBytes);

// Script sizes as shipped (issue 5): the app's JavaScript (what index.html loads) and the embed
// script, gzip -9, without the model files.
const siteDir = mkdtempSync(join(tmpdir(), 'tokenscope-bench-site-'));
await build({ logLevel: 'warn', build: { outDir: siteDir, emptyOutDir: true, manifest: true } });
await build({ logLevel: 'warn', configFile: 'vite.embed.config.ts', build: { outDir: siteDir } });
const gzipKiBOf = (file: string) =>
  gzipSync(readFileSync(join(siteDir, file)), { level: 9 }).length / 1024;
const manifest: Record<string, { file: string; imports?: string[] }> = JSON.parse(
  readFileSync(join(siteDir, '.vite', 'manifest.json'), 'utf8'),
);
const appFiles = new Set<string>();
const addChunk = (key: string) => {
  if (appFiles.has(manifest[key].file)) return;
  appFiles.add(manifest[key].file);
  for (const imported of manifest[key].imports ?? []) addChunk(imported);
};
addChunk('index.html');
// And the workers those scripts start: the open worker decodes the bundled model at the page's
// start and the bar worker draws the chart, so their scripts are part of the first download.
const workerFiles = new Set<string>();
for (const file of appFiles) {
  const code = readFileSync(join(siteDir, file), 'utf8');
  for (const [, worker] of code.matchAll(/new URL\(`([\w.-]+Worker-[\w-]+\.js)`/g)) {
    workerFiles.add(`assets/${worker}`);
  }
}
const startWorkers = [...workerFiles].filter((f) => /\/(open|bar)Worker-/.test(f));
const appKiB = [...appFiles, ...startWorkers].reduce((sum, file) => sum + gzipKiBOf(file), 0);
// The ES module and the chunks it imports statically (shared with its lazy chunks, e.g. German).
const embedFiles = new Set<string>();
const addImports = (file: string) => {
  if (embedFiles.has(file)) return;
  embedFiles.add(file);
  const code = readFileSync(join(siteDir, file), 'utf8');
  for (const [, imported] of code.matchAll(
    /(?:^|[;}\s])import\s*[^(;]*?from\s*["']\.\/([^"']+\.js)["']/g,
  ))
    addImports(imported);
};
addImports('tokenscope.js');
const embedKiB = [...embedFiles].reduce((sum, file) => sum + gzipKiBOf(file), 0);
const iifeKiB = gzipKiBOf('tokenscope.iife.js');
rmSync(siteDir, { recursive: true, force: true });
if (startWorkers.length !== 2)
  throw new Error(`expected the open and bar workers, found ${[...workerFiles]}`);
reportLine(
  'app JavaScript at start (index.html + open, bar workers), gzip -9',
  `${appKiB.toFixed(1)} KiB`,
  '≤ 120 KiB',
  appKiB <= 120,
);
reportLine(
  `embed script tokenscope.js and the ${embedFiles.size - 1} chunk(s) it imports, gzip -9`,
  `${embedKiB.toFixed(1)} KiB`,
  '≤ 130 KiB',
  embedKiB <= 130,
);
reportLine('embed script tokenscope.iife.js, gzip -9', `${iifeKiB.toFixed(1)} KiB`, '—', true);
