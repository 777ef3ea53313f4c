/**
 * Builds the bundled models into public/models/ with a manifest the page reads. Deterministic:
 * the same input gives the same bytes. Usage: npm run models [-- --if-stale]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildBundledModels } from './buildBundledModels';
import { recipeHash } from './recipeHash';

const OUT_DIR = fileURLToPath(new URL('../public/models/', import.meta.url));
const MANIFEST = `${OUT_DIR}index.json`;

const recipe = recipeHash();
const stale =
  !existsSync(MANIFEST) ||
  (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { recipe?: string }).recipe !== recipe;
if (stale || !process.argv.includes('--if-stale')) {
  const started = performance.now();
  const models = buildBundledModels(OUT_DIR, (line) => console.error(line)).map(
    ({ seconds, ...entry }) => entry,
  );
  writeFileSync(MANIFEST, `${JSON.stringify({ recipe, models }, null, 2)}\n`);
  console.error(
    `Built ${models.length} models in ${((performance.now() - started) / 1000).toFixed(1)} s → public/models/`,
  );
}
