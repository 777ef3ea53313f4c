import { apiResponseJson } from './structured/apiResponseJson';
import { appConfigJson } from './structured/appConfigJson';
import { geoJson } from './structured/geoJson';
import { manifestJson } from './structured/manifestJson';
import { pythonModule } from './structured/pythonModule';
import { createRandom, type Random } from './structured/random';
import { tsconfigJson } from './structured/tsconfigJson';
import { typescriptClass } from './structured/typescriptClass';
import { typescriptModule } from './structured/typescriptModule';

/** The kinds of generated structured documents. */
export type StructuredKind =
  | 'manifest'
  | 'api'
  | 'config'
  | 'geojson'
  | 'typescript'
  | 'javascript'
  | 'class'
  | 'python';

/** One generated document and its kind. */
export interface StructuredDocument {
  /** What the document is. */
  kind: StructuredKind;
  /** The text, with no blank line inside. */
  text: string;
}

/** Options for generating structured text. */
export interface StructuredTextOptions {
  /** Number of documents (default 2400, about 2.2 MB). */
  count?: number;
}

/** Pretty-printed JSON, two-space indented, as editors and `JSON.stringify` write it. */
const json = (value: unknown): string => JSON.stringify(value, null, 2);

/** Each kind with its weight and generator. */
const GENERATORS: readonly [StructuredKind, number, (r: Random) => string][] = [
  ['manifest', 14, (r) => json(manifestJson(r))],
  ['api', 18, (r) => json(apiResponseJson(r))],
  ['config', 10, (r) => json(r.chance(0.5) ? tsconfigJson(r) : appConfigJson(r))],
  ['geojson', 7, (r) => json(geoJson(r))],
  ['typescript', 18, (r) => typescriptModule(r, true)],
  ['javascript', 8, (r) => typescriptModule(r, false)],
  ['class', 12, (r) => typescriptClass(r, r.chance(0.7))],
  ['python', 13, (r) => pythonModule(r)],
];

/** Removes blank and whitespace-only lines, which would split a document into segments. */
function withoutBlankLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/** Picks a generator with probability proportional to its weight. */
function pickGenerator(r: Random): (typeof GENERATORS)[number] {
  const totalWeight = GENERATORS.reduce((sum, [, weight]) => sum + weight, 0);
  let target = r.next() * totalWeight;
  for (const entry of GENERATORS) {
    target -= entry[1];
    if (target < 0) return entry;
  }
  return GENERATORS[GENERATORS.length - 1];
}

/** Generates labelled JSON and code documents, deterministically for a seed. */
export function generateStructuredDocuments(
  seed: number,
  options: StructuredTextOptions = {},
): StructuredDocument[] {
  const count = options.count ?? 2400;
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(`count must be a whole number of documents, got ${count}.`);
  }
  const r = createRandom(seed);
  return Array.from({ length: count }, () => {
    const [kind, , generate] = pickGenerator(r);
    return { kind, text: withoutBlankLines(generate(r)) };
  });
}

/** Generates JSON and code documents (one training segment each), deterministic for a seed. */
export function generateStructuredText(seed: number, options?: StructuredTextOptions): string[] {
  return generateStructuredDocuments(seed, options).map((document) => document.text);
}
