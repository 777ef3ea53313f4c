import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeModel } from '../src/model/modelFile';
import { splitSegments } from '../src/model/splitSegments';
import { trainModel } from '../src/model/trainModel';
import { BUNDLED_MODELS, type BundledModelRecipe } from './bundledModels';
import { everyNth, trainingSegments } from './trainingText';

/** What `buildBundledModels` wrote for one model. */
export interface BuiltModel {
  id: string;
  file: string;
  name: string;
  description: string;
  outcomes: number;
  bytes: number;
  gzipBytes: number;
  sha256: string;
  seconds: number;
}

/** The training text of one recipe, as the text file `tokenscope build` would read. */
export function recipeText(recipe: BundledModelRecipe, prose: string[], structured: string[]) {
  return [...everyNth(prose, recipe.stride), ...everyNth(structured, recipe.stride)].join('\n\n');
}

/** Trains every bundled model and writes its file into `outDir`; deterministic. */
export function buildBundledModels(outDir: string, log: (line: string) => void = () => {}) {
  mkdirSync(outDir, { recursive: true });
  const { prose, structured } = trainingSegments();
  log(
    `Training text: ${prose.length} prose paragraphs, ${structured.length} JSON and code documents`,
  );
  const built: BuiltModel[] = [];
  for (const recipe of BUNDLED_MODELS) {
    const started = performance.now();
    const segments = splitSegments(recipeText(recipe, prose, structured));
    const meta = { name: recipe.name, description: recipe.description };
    const bytes = encodeModel(trainModel(segments, recipe.settings, meta));
    // Shipped compressed, so any static host sends half the bytes; gzip sets no timestamp here.
    const gzipped = gzipSync(bytes, { level: 9 });
    writeFileSync(join(outDir, recipe.file), gzipped);
    const seconds = (performance.now() - started) / 1000;
    const gzipBytes = gzipped.length;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const { id, file, name, description } = recipe;
    const outcomes = recipe.settings.vocabSize + 2;
    built.push({
      id,
      file,
      name,
      description,
      outcomes,
      bytes: bytes.length,
      gzipBytes,
      sha256,
      seconds,
    });
    log(`${file}: ${bytes.length} bytes (${gzipBytes} gzip) in ${seconds.toFixed(1)} s`);
  }
  return built;
}
