import { ENTITIES } from './entities';
import { toSnakeCase } from './naming';
import { PY_FUNCTIONS, type PyAccess } from './pyFunctions';
import type { Random } from './random';

/** A Python module: imports, a dataclass (or dict records), functions and a main block. */
export function pythonModule(r: Random): string {
  const e = r.pick(ENTITIES);
  const useDataclass = r.chance(0.6);
  const hints = r.chance(0.7);
  const hint = (text: string): string => (hints ? text : '');
  const get: PyAccess = useDataclass
    ? (variable, field) => `${variable}.${toSnakeCase(field)}`
    : (variable, field) => `${variable}["${toSnakeCase(field)}"]`;
  const type = useDataclass ? e : { ...e, type: 'dict' };
  const lines: string[] = [];
  if (hints) lines.push('from __future__ import annotations');
  lines.push('import json');
  if (useDataclass) lines.push('from dataclasses import dataclass');
  if (useDataclass) {
    lines.push('@dataclass', `class ${e.type}:`);
    lines.push(
      '    id: int',
      `    ${toSnakeCase(e.label)}: str`,
      `    ${toSnakeCase(e.amount)}: float`,
    );
    lines.push(
      `    ${toSnakeCase(e.flag)}: bool`,
      `    ${toSnakeCase(e.group)}: str`,
      `    ${toSnakeCase(e.date)}: str`,
    );
  }
  lines.push(`def load_${e.plural}(path${hint(': str')})${hint(` -> list[${type.type}]`)}:`);
  if (r.chance(0.5)) lines.push(`    """Read ${e.plural} from a JSON file."""`);
  lines.push('    with open(path, encoding="utf-8") as f:', '        data = json.load(f)');
  lines.push(useDataclass ? `    return [${e.type}(**item) for item in data]` : '    return data');
  const functions = r.sample(PY_FUNCTIONS, r.int(2, 5));
  for (const template of functions) lines.push(...template(type, get, hint));
  if (r.chance(0.6)) {
    lines.push('if __name__ == "__main__":');
    lines.push(`    ${e.plural} = load_${e.plural}("${e.plural}.json")`);
    lines.push(`    print(f"loaded {len(${e.plural})} ${e.plural}")`);
  }
  return lines.join('\n');
}
