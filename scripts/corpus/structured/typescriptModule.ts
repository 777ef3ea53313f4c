import type { CodeContext, CodeTemplate } from './codeTemplate';
import { ENTITIES } from './entities';
import { capitalize, toWords } from './naming';
import type { Random } from './random';
import { TS_ARRAY_FUNCTIONS } from './tsArrayFunctions';
import { interfaceLines } from './tsInterface';
import { TS_LOOP_FUNCTIONS } from './tsLoopFunctions';

/** A one-line doc comment made from the function's name (`sumPrice` → `Sum price.`). */
function docComment(lines: string[]): string {
  const name = /function (\w+)/.exec(lines[0])?.[1] ?? 'helper';
  return `/** ${capitalize(toWords(name))}. */`;
}

/** Rewrites an ES module's exported functions as a CommonJS `module.exports` object. */
function asCommonJs(lines: string[]): string[] {
  const exported: string[] = [];
  const body = lines.map((line) => {
    const match = /^export ((?:async )?function (\w+).*)$/.exec(line);
    if (match === null) return line;
    exported.push(match[2]);
    return match[1];
  });
  return ["'use strict';", ...body, `module.exports = { ${exported.join(', ')} };`];
}

/** A TypeScript or JavaScript module: imports, maybe an interface, and several functions. */
export function typescriptModule(r: Random, ts: boolean): string {
  const e = r.pick(ENTITIES);
  const context: CodeContext = { r, e, ts };
  const templates: CodeTemplate[] = r.sample(
    [...TS_LOOP_FUNCTIONS, ...TS_ARRAY_FUNCTIONS],
    r.int(2, 6),
  );
  const bodies = templates.map((template) => template(context));
  const usesApi = bodies.some((body) => body.some((line) => line.includes('API_URL')));
  const lines: string[] = [];
  const declareType = ts && r.chance(0.5);
  if (ts && !declareType)
    lines.push(
      `import type { ${e.type} } from '${r.pick(['./types', `../models/${e.singular}`, '@/types'])}';`,
    );
  if (usesApi) {
    lines.push(
      `const API_URL = ${r.chance(0.5) ? `'https://api.example.com/v1'` : "process.env.API_URL ?? 'http://localhost:3000/api'"};`,
    );
  }
  if (declareType) lines.push(...interfaceLines(e, r));
  const withDocs = r.chance(0.5);
  for (const body of bodies) {
    if (withDocs) lines.push(docComment(body));
    lines.push(...body);
  }
  return !ts && r.chance(0.4) ? asCommonJs(lines).join('\n') : lines.join('\n');
}
