import { fakePerson, fakeVersion } from './fakeValues';
import type { Random } from './random';
import { ADJECTIVES, NOUNS, TOPICS } from './words';

/** Parses `name@major` pairs (the name may be scoped: `@types/node@20`). */
function packages(list: string): readonly [string, number][] {
  return list
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const at = entry.lastIndexOf('@');
      return [entry.slice(0, at), Number(entry.slice(at + 1))];
    });
}

/** Runtime dependencies a generated package may use, with a plausible major version. */
const RUNTIME_PACKAGES = packages(`
  express@4 react@18 react-dom@18 lodash@4 zod@3 chalk@5 commander@12 dotenv@16 axios@1 pino@9
  uuid@10 yaml@2 date-fns@3 ws@8 fastify@4 kysely@0 nanoid@5 ms@2 semver@7 debug@4`);

/** Development dependencies a generated package may use. */
const DEV_PACKAGES = packages(`
  typescript@5 vitest@2 eslint@9 prettier@3 @types/node@20 tsx@4 vite@5 jest@29 rimraf@6
  husky@9 @biomejs/biome@1 tsup@8`);

/** A version range as package.json writes it: `^1.2.3`, `~1.2.3` or an exact version. */
function versionRange(r: Random, major: number): string {
  const prefix = r.pick(['^', '^', '^', '~', '']);
  return `${prefix}${major}.${r.int(0, 20)}.${r.int(0, 12)}`;
}

/** Picks dependencies and writes them as a sorted `{ name: range }` object. */
function dependencies(r: Random, pool: readonly [string, number][], count: number) {
  const chosen = r.sample(pool, count).sort(([a], [b]) => (a < b ? -1 : 1));
  return Object.fromEntries(chosen.map(([name, major]) => [name, versionRange(r, major)]));
}

/** npm scripts matching the chosen tooling. */
function scripts(r: Random, name: string): Record<string, string> {
  const entries: Record<string, string> = {};
  if (r.chance(0.7))
    entries.build = r.pick(['tsc -p tsconfig.json', 'vite build', 'tsup src/index.ts']);
  if (r.chance(0.5))
    entries.dev = r.pick(['vite', 'tsx watch src/index.ts', 'node --watch index.js']);
  entries.test = r.pick(['vitest run', 'jest', 'node --test', 'vitest run --coverage']);
  if (r.chance(0.6)) entries.lint = r.pick(['eslint .', 'eslint src --ext .ts', 'biome check .']);
  if (r.chance(0.4)) entries.format = r.pick(['prettier --write .', 'biome format --write .']);
  if (r.chance(0.4)) entries.start = r.pick(['node dist/index.js', `node bin/${name}.js`]);
  if (r.chance(0.2)) entries.prepublishOnly = 'npm run build';
  return entries;
}

/** A package.json-like manifest. */
export function manifestJson(r: Random): unknown {
  const noun = r.pick(NOUNS);
  const name = r.chance(0.3)
    ? `@${r.pick(['acme', 'tools', 'labs', 'open'])}/${noun}`
    : `${r.pick(ADJECTIVES)}-${noun}`;
  const shortName = name.replace(/^@[^/]+\//, '');
  const author = fakePerson(r);
  const manifest: Record<string, unknown> = {
    name,
    version: fakeVersion(r, 4),
    description: `A ${r.pick(ADJECTIVES)} ${noun} for ${r.pick(TOPICS)}.`,
  };
  if (r.chance(0.6)) manifest.type = 'module';
  manifest.main = r.pick(['dist/index.js', 'index.js', 'lib/index.js']);
  if (r.chance(0.5)) manifest.types = 'dist/index.d.ts';
  if (r.chance(0.3)) manifest.bin = { [shortName]: `bin/${shortName}.js` };
  if (r.chance(0.4)) manifest.files = r.sample(['dist', 'bin', 'lib', 'README.md', 'LICENSE'], 2);
  manifest.scripts = scripts(r, shortName);
  if (r.chance(0.5))
    manifest.keywords = [noun, ...r.sample(['cli', 'typescript', 'node', 'fast'], 2)];
  manifest.author = r.chance(0.5)
    ? `${author.firstName} ${author.lastName} <${author.email}>`
    : { name: `${author.firstName} ${author.lastName}`, email: author.email };
  manifest.license = r.pick(['MIT', 'MIT', 'Apache-2.0', 'ISC', 'BSD-3-Clause']);
  if (r.chance(0.4)) {
    manifest.repository = {
      type: 'git',
      url: `https://github.com/${author.username}/${shortName}.git`,
    };
  }
  if (r.chance(0.85)) manifest.dependencies = dependencies(r, RUNTIME_PACKAGES, r.int(1, 6));
  manifest.devDependencies = dependencies(r, DEV_PACKAGES, r.int(2, 7));
  if (r.chance(0.4)) manifest.engines = { node: `>=${r.pick([16, 18, 20, 22])}` };
  return manifest;
}
