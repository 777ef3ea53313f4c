import type { Random } from './random';

/** A tsconfig.json with a plausible mix of compiler options. */
export function tsconfigJson(r: Random): unknown {
  const options: Record<string, unknown> = {
    target: r.pick(['ES2020', 'ES2021', 'ES2022', 'ESNext']),
    module: r.pick(['ESNext', 'NodeNext', 'CommonJS', 'Preserve']),
  };
  if (options.module !== 'CommonJS') {
    options.moduleResolution = options.module === 'NodeNext' ? 'NodeNext' : 'bundler';
  }
  options.lib = r.chance(0.5) ? ['ES2022', 'DOM', 'DOM.Iterable'] : ['ES2022'];
  if (r.chance(0.4)) options.jsx = r.pick(['react-jsx', 'preserve']);
  options.strict = true;
  for (const flag of [
    'noUncheckedIndexedAccess',
    'noImplicitOverride',
    'exactOptionalPropertyTypes',
  ]) {
    if (r.chance(0.4)) options[flag] = r.chance(0.8);
  }
  options.esModuleInterop = r.chance(0.7);
  options.skipLibCheck = true;
  if (r.chance(0.5)) options.resolveJsonModule = true;
  if (r.chance(0.5)) options.isolatedModules = true;
  if (r.chance(0.5)) {
    options.declaration = true;
    options.outDir = r.pick(['dist', 'build', 'lib']);
    options.rootDir = 'src';
  } else {
    options.noEmit = true;
  }
  if (r.chance(0.3)) options.sourceMap = true;
  if (r.chance(0.3)) {
    options.baseUrl = '.';
    options.paths = { '@/*': ['src/*'] };
  }
  if (r.chance(0.4)) options.types = r.sample(['node', 'vite/client', 'vitest/globals', 'jest'], 2);
  const config: Record<string, unknown> = {};
  if (r.chance(0.3))
    config.extends = r.pick(['./tsconfig.base.json', '@tsconfig/node20/tsconfig.json']);
  config.compilerOptions = options;
  config.include = r.chance(0.6) ? ['src'] : ['src/**/*.ts', 'tests/**/*.ts'];
  if (r.chance(0.6)) config.exclude = r.sample(['node_modules', 'dist', 'coverage', 'build'], 2);
  return config;
}
